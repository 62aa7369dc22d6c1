"""The layout of the README's code map, kept true by checks that run with the tests.

The layers themselves are import-linter contracts in pyproject.toml; these
tests run them and add what import-linter cannot see: imports hidden inside
functions to dodge a circle, and apps that the contracts forget.
"""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parent.parent
PYPROJECT = BASE_DIR / "pyproject.toml"


def importlinter_config():
    return tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]


def our_packages():
    """Top-level packages of this project: every app, `config`, not tests or benchmarks."""
    return sorted(
        path.name
        for path in BASE_DIR.iterdir()
        if (path / "__init__.py").is_file() and path.name not in {"tests", "benchmarks"}
    )


def test_import_contracts_are_kept():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--config", str(PYPROJECT), "--no-cache"],
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_app_is_placed_in_a_layer():
    """A new app must be given its place in the layers, or the contract says nothing of it."""
    config = importlinter_config()
    layered = set()
    for contract in config["contracts"]:
        for layer in contract.get("layers", []):
            layered.update(name.strip() for name in layer.replace(":", "|").split("|"))
    apps = {name for name in our_packages() if name != "config"}
    assert apps <= layered, f"not in the layers contract: {sorted(apps - layered)}"
    assert set(our_packages()) == set(config["root_packages"])
    installed = {name.split(".")[0] for name in settings.INSTALLED_APPS}
    assert apps <= installed


def function_level_project_imports(path: Path, packages: set[str]):
    """(line, module) of each import of a project module made inside a function.

    An import preceded by a comment line is allowed: the comment must say why
    it cannot be at the top of the module.
    """
    source = path.read_text()
    lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                is_ours = node.level > 0 or module.split(".")[0] in packages
            elif isinstance(node, ast.Import):
                module = ", ".join(alias.name for alias in node.names)
                is_ours = any(alias.name.split(".")[0] in packages for alias in node.names)
            else:
                continue
            explained = node.lineno >= 2 and lines[node.lineno - 2].strip().startswith("#")
            if is_ours and not explained:
                found.append((node.lineno, module))
    return found


def test_no_import_of_a_project_module_hides_inside_a_function():
    packages = set(our_packages())
    offenders = []
    for package in sorted(packages):
        for path in sorted((BASE_DIR / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for line, module in function_level_project_imports(path, packages):
                offenders.append(f"{path.relative_to(BASE_DIR)}:{line} imports {module}")
    assert offenders == [], "move these imports to the top (fix the circle):\n" + "\n".join(
        offenders
    )


def test_the_function_level_import_check_finds_one(tmp_path):
    """The check above is not vacuous: it flags a hidden import and accepts an explained one."""
    module = tmp_path / "example.py"
    module.write_text(
        "def hidden():\n"
        "    from pages.models import NewsPage\n"
        "\n"
        "def explained():\n"
        "    # Imported here: the settings module must load without Django's apps.\n"
        "    from core import models\n"
        "\n"
        "def foreign():\n"
        "    import json\n"
    )
    assert function_level_project_imports(module, {"pages", "core"}) == [(2, "pages.models")]


@pytest.mark.parametrize(
    "package", ["core", "taxonomies", "pages", "projects", "campaigns", "surveys", "feedback"]
)
def test_demo_and_config_are_imported_by_no_app(package):
    """Belt and braces for the contracts: every import statement of each app, read directly."""
    for path in (BASE_DIR / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                root = node.module.split(".")[0]
            elif isinstance(node, ast.Import):
                root = node.names[0].name.split(".")[0]
            else:
                continue
            assert root not in {"demo", "config"}, f"{path} imports {root}"
