#!/usr/bin/env python3
"""Rewrite the Ruby facts the tests use, in tests/data/ruby/, from a Ruby reference folder.

The reference folder holds the Ruby SDK's model pages (``ruby-docs/``, ``ruby-docs/envelope/``),
a description of how the Ruby models behave (``RUBY_BEHAVIOUR.md``) and test vectors observed
from the Ruby SDK (``ruby-vectors/``). The tests never read that folder: they read what this
script writes.

* ``tests/data/ruby/vectors/``: every ``*.jsonl`` file of ``ruby-vectors/``, copied as it is.
* ``tests/data/ruby/models/<Model>.json``: the facts of each Ruby model page, one entry per
  property in page order: Ruby attribute, JSON key, Ruby type, required or not, default, the
  URLs its description links, and the value of the page's code sample. The pages' prose is
  not copied.

Usage: scripts/import-ruby-reference.py REFERENCE_FOLDER
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "ruby"

LINK_URL = re.compile(r"\]\((https?://[^)\s]+)\)")
MARKUP = re.compile(r"\[?\*\*(.*?)\*\*\]?(\(.*?\))?")
SAMPLE_ARGUMENT = re.compile(r"^\s*(?:instance = TalonOne::\w+\.new\()?(\w+): (.*?)[,)]?$")


def wire_keys(behaviour: str) -> Dict[str, Dict[str, str]]:
    """Ruby attribute -> JSON key of every model, from the field tables of RUBY_BEHAVIOUR.md.

    A field table is one whose header names the JSON key: either a row per field under a
    heading that is the model's name, or a row per model with ``attribute → key : type`` parts.
    """
    keys: Dict[str, Dict[str, str]] = {}
    heading = ""
    table = ""  # the kind of the field table being read, or "" outside one
    for line in behaviour.splitlines():
        if line.startswith("#"):
            heading = re.sub(r"^\d+\.\s*", "", line.lstrip("#").strip())
            continue
        if not line.startswith("|"):
            table = ""
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if "JSON key" in line:
            table = "per model" if cells[0] == "model" else "per field"
        elif table == "per field" and re.match("\\d+(\u2013\\d+)?$", cells[0]):
            key = re.sub(r"\(.*?\)", "", cells[2]).replace("*", "").strip()
            for attribute in (name.strip() for name in cells[1].split(",")):
                keys.setdefault(heading, {})[attribute] = attribute if key == "same names" else key
        elif table == "per model" and "\u2192" in cells[1]:
            for part in cells[1].split(";"):
                attribute, rest = part.split("\u2192")
                keys.setdefault(cells[0], {})[attribute.strip()] = rest.split(":")[0].strip()
    return keys


def sample_values(page: str) -> Dict[str, str]:
    """The argument texts of the page's Ruby code sample, by attribute (HTML entities decoded)."""
    sample = page.split("## Code Sample", 1)[1]
    values = {}
    for line in sample.splitlines():
        match = SAMPLE_ARGUMENT.match(html.unescape(line))
        if match:
            values[match.group(1)] = match.group(2)
    return values


def page_facts(model: str, page: str, keys: Dict[str, str]) -> Dict[str, Any]:
    """The facts of one Ruby model page."""
    examples = sample_values(page)
    properties: List[Dict[str, Any]] = []
    for line in page.splitlines():
        if not line.startswith("**"):
            continue
        name, kind, description, notes = (cell.strip() for cell in line.split("|"))
        name = name.strip("*")
        default = re.search(r"\[default to (.*?)\]", html.unescape(notes))
        properties.append(
            {
                "name": name,
                "json_key": keys[name],
                "type": html.unescape(MARKUP.sub(r"\1", kind)),
                "type_links": re.findall(r"\]\(([\w.]+\.md)\)", kind),
                "required": "[optional]" not in notes,
                "default": default.group(1).strip("'\"") if default else None,
                "links": LINK_URL.findall(description),
                "example": examples.get(name),
            }
        )
    return {"model": model, "ruby_class": "TalonOne::" + model, "properties": properties}


def main(argv: List[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    reference = Path(argv[1])
    if not (reference / "RUBY_BEHAVIOUR.md").is_file():
        print("no Ruby reference at %s (give its folder as the argument)" % reference, file=sys.stderr)
        return 2
    keys = wire_keys((reference / "RUBY_BEHAVIOUR.md").read_text(encoding="utf-8"))

    vectors = OUT / "vectors"
    models = OUT / "models"
    for folder in (vectors, models):
        if folder.is_dir():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    for path in sorted((reference / "ruby-vectors").glob("*.jsonl")):
        shutil.copyfile(path, vectors / path.name)
    pages = sorted((reference / "ruby-docs").glob("*.md")) + sorted((reference / "ruby-docs").glob("*/*.md"))
    for path in pages:
        facts = page_facts(path.stem, path.read_text(encoding="utf-8"), keys[path.stem])
        text = json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
        (models / (path.stem + ".json")).write_text(text, encoding="utf-8")
    print(
        "wrote %d vector files and %d model facts files under %s"
        % (len(list(vectors.iterdir())), len(pages), OUT.relative_to(ROOT))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
