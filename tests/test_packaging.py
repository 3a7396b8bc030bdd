"""Packaging facts: standard library only, vendorable, typed, one version."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path
from types import ModuleType
from typing import List

from conftest import ROOT

import talon_models

PUBLIC = {
    "AdditionalCost",
    "CartItem",
    "CustomerSessionV2",
    "ErrorDetail",
    "IntegrationRequest",
    "NewCustomerSessionV2",
    "PriceDetail",
    "Product",
    "ValidationError",
    "__version__",
}


def _run(code: str, cwd: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=str(cwd), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_loads_only_standard_library_modules() -> None:
    """Importing the package pulls in nothing from outside the standard library."""
    output = _run(
        """
        import sys
        before = set(sys.modules)
        import talon_models
        for name in sorted(set(sys.modules) - before):
            module = sys.modules[name]
            print(name, getattr(module, "__file__", None) or "built-in")
        """,
        ROOT,
    )
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    platstdlib = Path(sysconfig.get_paths()["platstdlib"]).resolve()
    outside = []
    for line in output.splitlines():
        name, location = line.split(" ", 1)
        if name == "talon_models" or name.startswith("talon_models."):
            continue
        if location in {"built-in", "None"}:
            continue
        path = Path(location).resolve()
        if "site-packages" in path.parts or not (stdlib in path.parents or platstdlib in path.parents):
            outside.append(line)
    assert outside == []


def test_package_works_when_vendored_under_another_name(tmp_path: Path) -> None:
    """A copy under another parent package works and never imports the top-level name."""
    vendor = tmp_path / "acme_sdk" / "_vendor"
    vendor.mkdir(parents=True)
    (tmp_path / "acme_sdk" / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    shutil.copytree(ROOT / "talon_models", vendor / "talon_models", ignore=shutil.ignore_patterns("__pycache__"))
    output = _run(
        """
        import sys
        sys.path = [p for p in sys.path if "talon" not in p and p not in ("", ".")]
        sys.path.insert(0, ".")
        from acme_sdk._vendor.talon_models import NewCustomerSessionV2, ValidationError
        session = NewCustomerSessionV2.from_json('{"profileId": "p", "cartItems": [{"sku": "A", "quantity": 2}]}')
        print(session.to_json())
        try:
            NewCustomerSessionV2.from_dict({"cartItems": [{"sku": ""}]})
        except ValueError as error:
            print(isinstance(error, ValidationError), [e.path for e in error.errors])
        print("talon_models" in sys.modules)
        """,
        tmp_path,
    )
    assert output.splitlines() == [
        '{"profileId":"p","cartItems":[{"sku":"A","quantity":2}]}',
        "True ['cartItems[0].sku', 'cartItems[0].quantity']",
        "False",
    ]


def test_exports_are_exactly_the_public_names() -> None:
    """__all__ is sorted (constants, classes, then functions, as ruff sorts it) and names
    every public object, and nothing else."""

    def kind(name: str) -> int:
        bare = name.strip("_")
        return 0 if bare.isupper() else 1 if bare[:1].isupper() else 2

    assert talon_models.__all__ == sorted(talon_models.__all__, key=lambda name: (kind(name), name))
    assert set(talon_models.__all__) >= PUBLIC
    for name in talon_models.__all__:
        assert hasattr(talon_models, name)
    # A public submodule (talon_models.integrations) is an attribute once imported: not an export.
    public = {name: value for name, value in vars(talon_models).items() if not name.startswith("_")}
    submodules = {name for name, value in public.items() if isinstance(value, ModuleType)}
    assert {"talon_models." + name for name in submodules} <= set(sys.modules)
    public_attributes = set(public) - submodules
    assert public_attributes <= set(talon_models.__all__) | {"annotations", "TYPE_CHECKING"}


def test_version_is_one_literal_matching_pyproject() -> None:
    """__version__ is a literal (no metadata lookup) equal to the pyproject version."""
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    match = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE)
    assert match is not None
    assert talon_models.__version__ == match.group(1)
    assert re.search(r'^__version__ = "[^"]+"$', (ROOT / "talon_models" / "__init__.py").read_text("utf-8"), re.M)


def test_package_ships_py_typed() -> None:
    """The py.typed marker is present, so type checkers use the annotations."""
    assert (ROOT / "talon_models" / "py.typed").is_file()


def test_no_runtime_dependencies_are_declared() -> None:
    """pyproject.toml declares an empty dependency list."""
    assert re.search(r"^dependencies = \[\]$", (ROOT / "pyproject.toml").read_text("utf-8"), re.MULTILINE)


def test_package_uses_only_relative_imports_of_itself() -> None:
    """No module imports talon_models by its absolute name, so a vendored copy stays whole."""
    for path in (ROOT / "talon_models").glob("*.py"):
        assert not re.search(r"^\s*(from|import) talon_models\b", path.read_text("utf-8"), re.MULTILINE), path


def test_import_does_not_load_dataclasses_or_inspect() -> None:
    """The dataclass view of the models is made on first use: importing stays cheap."""
    output = _run(
        """
        import sys
        import talon_models
        print("dataclasses" in sys.modules, "inspect" in sys.modules)
        import dataclasses
        print(dataclasses.is_dataclass(talon_models.CartItem), len(dataclasses.fields(talon_models.CartItem)))
        """,
        ROOT,
    )
    assert output.splitlines() == ["False False", "True 21"]


def _published_texts() -> List[Path]:
    """The files users read: the README (the package's long description), the metadata,
    the docs pages and their configuration, the package's own code, and the scripts,
    benchmarks and fuzz target a clone or an sdist carries."""
    return [
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        ROOT / "pyproject.toml",
        ROOT / "mkdocs.yml",
        *sorted((ROOT / "docs").rglob("*.md")),
        *sorted((ROOT / "talon_models").glob("*.py")),
        ROOT / "Makefile",
        ROOT / ".ci" / "run",
        *sorted(
            path
            for folder in ("scripts", "bench", "fuzz")
            for path in (ROOT / folder).rglob("*")
            if path.is_file() and path.suffix in ("", ".py", ".sh", ".md", ".txt")
        ),
    ]


def test_published_texts_name_nothing_of_one_machine() -> None:
    """No page, metadata or module names a folder, path or user of the machine it was written on."""
    local = re.compile(r"/root/|/work/|\.\./shared|shared/reference|\.pyenv/versions|\bas root\b|/home/\w+")
    found = []
    for path in _published_texts():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if local.search(line):
                found.append("%s:%d: %s" % (path.relative_to(ROOT), number, line.strip()))
    assert found == []


def test_no_page_installs_from_a_package_index() -> None:
    """The package is on no index: every pip command installs a clone, a wheel or an sdist."""
    by_name = re.compile(r"pip install\s+(?:-\S+\s+)*['\"]?talon[-_]models\b(?![^\s]*[/\\])")
    found = []
    for path in _published_texts():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if by_name.search(line):
                found.append("%s:%d: %s" % (path.relative_to(ROOT), number, line.strip()))
    assert found == []


def test_import_and_reading_do_not_load_decimal() -> None:
    """Decimals are recognised without importing their module, which most programs never use."""
    output = _run(
        """
        import sys
        import talon_models
        talon_models.CartItem.from_dict({"sku": "a", "quantity": 1, "price": 1.5, "attributes": {"x": 2.5}})
        talon_models.CartItem(sku="a", quantity=1, price=1.5, attributes={"x": 2.5})
        print("decimal" in sys.modules)
        """,
        ROOT,
    )
    assert output.splitlines() == ["False"]
