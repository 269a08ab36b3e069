"""The layers of docs/architecture.md hold, and the rule that checks them can fail.

scripts/test.sh runs import-linter on the tree; these tests show the contracts catch a forbidden
import (on a copy of the code, with one line added) and keep the imports inside functions honest.
"""

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
APPS = CONFIG["root_packages"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd):
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--no-logo"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_code(destination):
    shutil.copy(ROOT / "pyproject.toml", destination)
    for app in APPS:
        shutil.copytree(ROOT / app, destination / app, ignore=shutil.ignore_patterns("*.pyc"))


def test_the_contracts_pass_on_the_code():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "forbidden", "contract"),
    [
        # Infrastructure reaching into a content app.
        ("core/json_ld.py", "from offers import choices", "Infrastructure imports no project app"),
        # A content area importing a feature that serves it.
        ("offers/choices.py", "from alerts import links", "Layers"),
        # The two content areas are independent.
        ("guides/paths.py", "from offers import choices", "Layers"),
        # Site search naming a page type.
        ("search/engine.py", "from guides import paths", "Site search knows no content area"),
    ],
)
def test_a_forbidden_import_breaks_a_contract(tmp_path, module, forbidden, contract):
    copy_of_the_code(tmp_path)
    path = tmp_path / module
    path.write_text(path.read_text() + f"\n{forbidden}  # noqa\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[1]
    assert contract in broken
    importer = module.removesuffix(".py").replace("/", ".")
    assert f"{importer} -> " in broken


def imports_inside_functions(path):
    """(line, imported app, comment nearby) for each import of another app in a function."""
    source = path.read_text()
    lines = source.splitlines()
    own_app = path.relative_to(ROOT).parts[0]
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                app = name.split(".")[0]
                if app in APPS and app != own_app:
                    nearby = lines[max(node.lineno - 4, 0) : node.end_lineno]
                    yield node.lineno, app, any("#" in line for line in nearby)


def test_imports_of_other_apps_inside_functions_say_why():
    """Start-up cycles are gone; an import left inside a function needs its reason."""
    unexplained = [
        f"{path.relative_to(ROOT)}:{line} imports {app}"
        for app_name in APPS
        for path in sorted((ROOT / app_name).rglob("*.py"))
        if "migrations" not in path.parts
        for line, app, commented in imports_inside_functions(path)
        if not commented
    ]
    assert unexplained == []
