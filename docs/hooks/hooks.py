"""mkdocs hook: the model pages and the Models section of the nav, from the package.

Registered in mkdocs.yml under ``hooks:``; the work is done by ``reference.py`` beside this
file, which the tests exercise without mkdocs. A model with a hand-written page in
``docs/models`` gets its generated parts put into it; every other model gets a page made
whole; the nav lists them all, in their docs groups, whatever mkdocs.yml has under Models.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# The pages describe the package in this repository: put its root first on the path, so
# the site builds from a clone with only the docs extra installed, and never describes
# another installed copy.
_ROOT = str(Path(__file__).resolve().parents[2])
if sys.path[:1] != [_ROOT]:
    sys.path.insert(0, _ROOT)

import reference  # noqa: E402  (needs the path above)

MODELS_SECTION = "Models"
"""The nav section that lists the model pages. (mkdocs is imported in the functions that
use it: the tests load this file without it.)"""


def on_config(config: Any, **kwargs: Any) -> Any:
    """Fill the Models section of the nav with every model page, grouped."""
    from mkdocs.exceptions import PluginError  # noqa: PLC0415

    for entry in config["nav"] or []:
        if isinstance(entry, dict) and MODELS_SECTION in entry:
            entry[MODELS_SECTION] = reference.models_nav()
            return config
    raise PluginError("mkdocs.yml: the nav has no %r section for the model pages" % MODELS_SECTION)


def on_files(files: Any, config: Any, **kwargs: Any) -> Any:
    """Add a generated page for each model that has no page in docs/models."""
    from mkdocs.structure.files import File  # noqa: PLC0415

    for name, model in reference.MODELS.items():
        path = "models/%s.md" % name
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=reference.model_page(model)))
    return files


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Expand the ``<!-- properties: X -->`` and ``<!-- example-json: X -->`` markers."""
    return reference.expand(markdown)
