"""Shared test settings and paths."""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, List

ROOT = Path(__file__).resolve().parents[1]
# Facts observed from the Ruby SDK: its test vectors and the facts of its model pages,
# written by scripts/import-ruby-reference.py.
RUBY_DATA = ROOT / "tests" / "data" / "ruby"


# The libraries an embedding SDK is built on, which the tests extra installs: pydantic and
# msgspec on CPython only (the markers in pyproject.toml say why), cattrs everywhere.
EMBEDDING_LIBRARIES = ("cattrs", "pydantic", "msgspec")
CPYTHON_ONLY_LIBRARIES = ("pydantic", "msgspec")


def extra_leaves_out(library: str) -> bool:
    """Whether the tests extra installs no ``library`` on this interpreter."""
    return library in CPYTHON_ONLY_LIBRARIES and platform.python_implementation() != "CPython"


def load_file_module(name: str, path: Path) -> ModuleType:
    """Import the Python file ``path`` as module ``name`` (once), for code outside the package."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# Hypothesis: "ci" (the default) keeps the property tests to seconds on every interpreter;
# TALON_HYPOTHESIS_PROFILE=deep tries far more inputs. No example database is written.
try:
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - hypothesis is in the tests extra
    pass
else:
    _slow_data = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    # PyPy, and the older hypothesis that Python 3.8 gets, generate data several times
    # slower: fewer examples keep them within the same time.
    _slow_generation = platform.python_implementation() == "PyPy" or sys.version_info < (3, 9)
    _ci_examples = 50 if _slow_generation else 100
    _ci = settings(
        parent=settings.get_profile("default"),
        max_examples=_ci_examples,
        deadline=None,
        database=None,
        suppress_health_check=_slow_data,
    )
    settings.register_profile("ci", _ci)
    # The deep run: TALON_HYPOTHESIS_PROFILE=deep python -m pytest tests/test_properties.py (CONTRIBUTING.md).
    settings.register_profile("deep", _ci, max_examples=6000)
    settings.load_profile(os.environ.get("TALON_HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config: Any, items: List[Any]) -> None:
    """Skip the docs build tests, with the reason, where mkdocs is not installed; with
    TALON_REQUIRE_DOCS=1 (as scripts/check runs them) a missing mkdocs is an error."""
    import pytest

    if importlib.util.find_spec("mkdocs") is not None:
        return
    if os.environ.get("TALON_REQUIRE_DOCS") == "1":
        raise pytest.UsageError("TALON_REQUIRE_DOCS=1, but mkdocs is not installed (pip install .[docs])")
    skip = pytest.mark.skip(reason="needs the docs extra (mkdocs): pip install .[docs]")
    for item in items:
        if item.get_closest_marker("docs_build") is not None:
            item.add_marker(skip)
