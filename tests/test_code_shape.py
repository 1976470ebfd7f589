"""The shape the code keeps: short functions, and no module reaching into another's private names.

A service's underscore names are its own: an importer or a page that calls them would change
behaviour silently when the service is refactored. Layers are checked by import-linter and dead
code by vulture (`make lint`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "diaspora_grants"
MAX_FUNCTION_LINES = 60


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts and "versions" in path.parts:
            continue  # generated revisions are data, not code to read
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(path: Path, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = _module_of(path).split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def private_uses(path: Path, tree: ast.Module) -> list[str]:
    """`from x import _name` and `module_alias._name` where the module is another of ours."""
    found: list[str] = []
    own = _module_of(path)
    module_aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            source = _resolve(path, node)
            for alias in node.names:
                if _private(alias.name) and source != own and source.startswith("diaspora_grants"):
                    found.append(f"{path.name}:{node.lineno} imports {source}.{alias.name}")
                if (PACKAGE.parent / (source.replace(".", "/") + f"/{alias.name}.py")).exists():
                    module_aliases.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in module_aliases
            and _private(node.attr)
        ):
            found.append(f"{path.name}:{node.lineno} uses {node.value.id}.{node.attr}")
    return found


def test_no_module_uses_the_private_names_of_another() -> None:
    uses = [use for path, tree in _modules() for use in private_uses(path, tree)]
    assert uses == []


def test_the_private_name_check_catches_both_forms(tmp_path: Path) -> None:
    source = (
        "from diaspora_grants.services.finance import _validated_line\n"
        "from diaspora_grants.services import finance as finance_rules\n"
        "finance_rules._check_transition(None, None)\n"
    )
    path = PACKAGE / "importing" / "example.py"
    uses = private_uses(path, ast.parse(source))
    assert len(uses) == 2 and "_validated_line" in uses[0] and "_check_transition" in uses[1]


def test_functions_stay_short_enough_to_read() -> None:
    long = [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []
