# Two commands a new machine needs: `make run` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test pytest lint typecheck bench bench-smoke reliability screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Start the desktop app on the default database; the demo programme is loaded on first run.
run: $(STAMP)
	$(BIN)/diaspora-grants --with-demo

## The whole suite: lint, types, then every test (PostgreSQL ones need DIASPORA_GRANTS_TEST_PG).
test: lint typecheck pytest

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench

bench-smoke: $(STAMP)
	$(BIN)/python -m bench --scale smoke

reliability: $(STAMP)
	$(BIN)/python -m pytest tests/reliability -q -p no:randomly --reliability-report

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m diaspora_grants.gui.screenshots --out docs/screenshots

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
