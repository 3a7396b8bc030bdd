"""mkdocs hook: put the generated property tables and JSON examples into the model pages.

Registered in mkdocs.yml under ``hooks:``; the work is done by ``reference.py`` beside this
file, which the tests exercise without mkdocs.
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


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Expand the ``<!-- properties: X -->`` and ``<!-- example-json: X -->`` markers."""
    return reference.expand(markdown)
