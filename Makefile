# Two commands a new machine needs: `make run` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist
# Translations: sources edited with Qt Linguist, compiled into the package (never committed).
TS := $(wildcard resources/translations/*.ts)
QM_DIR := src/diaspora_grants/translations
QM := $(patsubst resources/translations/%.ts,$(QM_DIR)/%.qm,$(TS))

.PHONY: run test pytest lint typecheck bench bench-smoke reliability screenshots clean \
	qm translations dist dist-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

$(QM_DIR)/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/python scripts/translations.py release --qm-dir $(QM_DIR) $<

## Compile the translations the app loads (run, test and dist do it themselves).
qm: $(QM)

## After changing strings in the code: update the .ts files (commit them), compile, write the phrase books.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py all

## Start the desktop app on the default database; the demo programme is loaded on first run.
run: $(STAMP) $(QM)
	$(BIN)/diaspora-grants --with-demo

## The whole suite: lint, types, then every test (PostgreSQL ones need DIASPORA_GRANTS_TEST_PG).
test: lint typecheck pytest

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports
	$(BIN)/vulture

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench

bench-smoke: $(STAMP)
	$(BIN)/python -m bench --scale smoke

reliability: $(STAMP)
	$(BIN)/python -m pytest tests/reliability -q -p no:randomly --reliability-report

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m diaspora_grants.gui.screenshots --out docs/screenshots

## The wheel (dist/*.whl) and the standalone app (dist/diaspora-grants/) for this system.
dist: $(DIST_STAMP) $(QM)
	rm -rf dist build/pyinstaller
	$(BIN)/python -m build --wheel --no-isolation --outdir dist
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/diaspora-grants.spec

## Check what dist built: the wheel's contents, the app starting offscreen and on X11, its command line.
dist-check:
	$(BIN)/python packaging/check_dist.py --dist dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build $(QM_DIR)/*.qm
