"""mkdocs hook: put the generated property tables and JSON examples into the model pages.

Registered in mkdocs.yml under ``hooks:``; the work is done by ``reference.py`` beside this
file, which the tests exercise without mkdocs.
"""

from __future__ import annotations

from typing import Any

import reference


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Expand the ``<!-- properties: X -->`` and ``<!-- example-json: X -->`` markers."""
    return reference.expand(markdown)
