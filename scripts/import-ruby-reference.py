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
* For the 62 response models (``ruby-docs/response/``), the same, with what section 11 of
  RUBY_BEHAVIOUR.md states and the pages may not: the JSON keys, ``required`` (the ``*`` of
  11.1), the default (11.1 and 11.3), ``enum`` (11.3) and ``rules``, the setter checks of 11.4
  (``not_nil``, ``min_length``, ``max_length``, ``minimum``, ``maximum``, ``pattern``; bounds
  inclusive, lengths in code points), and for the 34 effect-props models their ``effect_type``.
  Every response page is checked against section 11 (field count, order, JSON key, type and
  default) and the script stops on the first disagreement.

Usage: scripts/import-ruby-reference.py REFERENCE_FOLDER
"""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any, Dict, List, Tuple

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


# One field of a section 11.1 row: `jsonKey`, the Ruby attribute when it is not the
# snake_case of the key, the type (bare or in backticks), then `*`, `= default`, `enum`, `✓`.
RESPONSE_FIELD = re.compile(
    r"^`(?P<key>[^`]+)`(?: \(`(?P<attr>[^`]+)`\))? `?(?P<type>[^`\s*]+)`?(?P<required>\*)?"
    r"(?: = (?P<default>\S+))?(?P<enum> enum)?(?P<checked> \u2713)?$"
)
REFUSES = (  # the "setter refuses" cells of section 11.4 and the rule each one states
    (re.compile(r"^nil$"), "not_nil"),
    (re.compile(r"^length > (\S+)$"), "max_length"),
    (re.compile(r"^length < (\S+)$"), "min_length"),
    (re.compile(r"^> (\S+)$"), "maximum"),
    (re.compile(r"^< (\S+)$"), "minimum"),
    (re.compile(r"^does not match `/(.*)/`$"), "pattern"),
)
RULE_ORDER = ("not_nil", "min_length", "max_length", "minimum", "maximum", "pattern")


class Contradiction(Exception):
    """The reference disagrees with itself (a page and section 11 say different things), or cannot be read."""


def section(behaviour: str, heading: str) -> str:
    """The text of one ``###`` subsection of RUBY_BEHAVIOUR.md (``heading`` is its number)."""
    match = re.search(r"^### %s .*?$(.*?)(?=^##)" % re.escape(heading), behaviour, re.M | re.S)
    if not match:
        raise Contradiction("RUBY_BEHAVIOUR.md has no section %s" % heading)
    return match.group(1)


def table_rows(text: str) -> List[List[str]]:
    """The body rows of the Markdown tables in ``text``, as lists of stripped cells."""
    rows = []
    for line in text.splitlines():
        if line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return [row for row in rows if row[0] not in ("model", "effectType", "field", "fields")]


def ruby_attribute(key: str) -> str:
    """The Ruby attribute OpenAPI Generator makes of a JSON key (ActiveSupport's underscore)."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", key)
    return re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name).lower()


def effect_type(model: str) -> str:
    """The effectType of a props class: its name without EffectProps, lowerCamel (11.6)."""
    if model == "CustomEffectProps":
        return "customEffect"
    name = model[: -len("EffectProps")]
    return name[0].lower() + name[1:]


def response_fields(behaviour: str) -> Dict[str, Dict[str, Any]]:
    """Section 11.1: per response model its field count, effect type and fields in Ruby order."""
    models: Dict[str, Dict[str, Any]] = {}
    for row in table_rows(section(behaviour, "11.1")):
        if len(row) == 2:  # | Model (count) | fields |
            match = re.match(r"^(\w+) \((\d+)\)$", row[0])
            if not match:
                raise Contradiction("11.1: cannot read the model cell %r" % row[0])
            model, count, kind, cells = match.group(1), int(match.group(2)), None, row[1]
        else:  # | `effectType` | PropsClass | fields |
            model, count, kind, cells = row[1], None, row[0].strip("`"), row[2]
        fields = []
        for text in re.split(r", (?=`)", cells):
            field = RESPONSE_FIELD.match(text)
            if not field:
                raise Contradiction("11.1: cannot read the field %r of %s" % (text, model))
            key, attribute = field.group("key"), field.group("attr")
            fields.append(
                {
                    "json_key": key,
                    "name": attribute or ruby_attribute(key),
                    "type": field.group("type").replace(",", ", "),
                    "required": bool(field.group("required")),
                    "default": field.group("default"),
                    "enum": bool(field.group("enum")),
                    "checked": bool(field.group("checked")),
                }
            )
        if count is not None and count != len(fields):
            raise Contradiction("11.1: %s says %d fields and lists %d" % (model, count, len(fields)))
        if kind is not None and kind != effect_type(model):
            raise Contradiction("11.1: %s is listed for %r, its name says %r" % (model, kind, effect_type(model)))
        models[model] = {"count": len(fields), "effect_type": kind, "fields": fields}
    return models


def response_enums(behaviour: str) -> Dict[Tuple[str, str], Dict[str, Any]]:
    """Section 11.3: (model, JSON key) -> its values and constructor default (or None)."""
    enums = {}
    for row in table_rows(section(behaviour, "11.3")):
        field = re.match(r"^(\w+)\.`(\w+)`$", row[0])
        if not field:
            raise Contradiction("11.3: cannot read the field %r" % row[0])
        default = None if row[2] in ("\u2013", "-") else json.loads(row[2].strip("`"))
        enums[(field.group(1), field.group(2))] = {"values": re.findall(r"`([^`]+)`", row[1]), "default": default}
    return enums


def setter_rule(cell: str) -> Tuple[str, Any]:
    """The rule a "setter refuses" cell of section 11.4 states, and its value."""
    for rule, name in REFUSES:
        match = rule.match(cell)
        if not match:
            continue
        if name == "not_nil":
            return name, True
        if name == "pattern":
            return name, match.group(1)
        number = float(match.group(1))
        return name, int(number) if number.is_integer() else number
    raise Contradiction("11.4: cannot read the rule %r" % cell)


def setter_rules(behaviour: str) -> Dict[Tuple[str, str], Dict[str, Any]]:
    """Section 11.4: (model, JSON key) -> the rules its setter checks, in a fixed order."""
    rules: Dict[Tuple[str, str], Dict[str, Any]] = {}
    for row in table_rows(section(behaviour, "11.4")):
        name, value = setter_rule(row[1])
        for field in re.findall(r"(\w+)\.`(\w+)`", row[0]):
            rules.setdefault(field, {})[name] = value
    return {field: {name: found[name] for name in RULE_ORDER if name in found} for field, found in rules.items()}


def response_facts(
    model: str,
    page: str,
    fields: Dict[str, Any],
    enums: Dict[Tuple[str, str], Dict[str, Any]],
    rules: Dict[Tuple[str, str], Dict[str, Any]],
) -> Dict[str, Any]:
    """The facts of one response model page, with what section 11 adds, checked against it."""
    listed = fields["fields"]
    names = [line.split("|")[0].strip().strip("*") for line in page.splitlines() if line.startswith("**")]
    expected = [field["name"] for field in listed]
    if names != expected:
        first = next(i for i, pair in enumerate(zip([*names, None], [*expected, None])) if pair[0] != pair[1])
        raise Contradiction(
            "%s: the page lists %d properties, section 11.1 counts %d; the first difference is #%d: %s, not %s"
            % (model, len(names), fields["count"], first + 1, [*names, None][first], [*expected, None][first])
        )
    facts = page_facts(model, page, {field["name"]: field["json_key"] for field in listed})
    properties = facts["properties"]
    out = []
    for prop, field in zip(properties, listed):
        where = "%s.%s" % (model, field["json_key"])
        if prop["required"] != field["required"]:
            raise Contradiction("%s: the page and section 11.1 disagree on whether it is required" % where)
        if prop["type"] != field["type"]:
            raise Contradiction("%s: the page types it %s, section 11.1 %s" % (where, prop["type"], field["type"]))
        enum = enums.get((model, field["json_key"]))
        if bool(enum) != field["enum"]:
            raise Contradiction("%s: 11.1 and 11.3 disagree on whether it is an enum" % where)
        default = json.loads(field["default"]) if field["default"] else None
        if enum and enum["default"] != default:
            raise Contradiction("%s: 11.1 gives the default %r, 11.3 %r" % (where, default, enum["default"]))
        text = None if default is None else str(default).lower() if isinstance(default, bool) else str(default)
        if prop["default"] != text:
            raise Contradiction("%s: the page gives the default %r, section 11 %r" % (where, prop["default"], text))
        checks = rules.get((model, field["json_key"]), {})
        if bool(checks) != field["checked"]:
            raise Contradiction("%s: 11.1 and 11.4 disagree on whether its setter checks" % where)
        entry = {key: prop[key] for key in ("name", "json_key", "type", "type_links")}
        entry["required"] = field["required"]
        entry["default"] = text
        entry["enum"] = enum["values"] if enum else None
        entry["rules"] = checks
        entry.update({key: prop[key] for key in ("links", "example")})
        out.append(entry)
    head = {"model": model, "ruby_class": facts["ruby_class"]}
    if fields["effect_type"]:
        head["effect_type"] = fields["effect_type"]
    return dict(head, properties=out)


def model_files(reference: Path, behaviour: str) -> Dict[str, str]:
    """The text of every facts file by file name, all read and checked before anything is written."""
    keys = wire_keys(behaviour)
    response = response_fields(behaviour)
    enums = response_enums(behaviour)
    rules = setter_rules(behaviour)
    response_pages = {path.stem for path in (reference / "ruby-docs" / "response").glob("*.md")}
    if response_pages != set(response):
        raise Contradiction(
            "ruby-docs/response/ and section 11.1 list different models: only pages %s, only 11.1 %s"
            % (sorted(response_pages - set(response)), sorted(set(response) - response_pages))
        )
    stated = {(model, field["json_key"]) for model in response for field in response[model]["fields"]}
    unplaced = sorted("%s.%s" % field for field in (set(enums) | set(rules)) - stated)
    if unplaced:
        raise Contradiction("sections 11.3 and 11.4 name fields that 11.1 does not list: %s" % unplaced)
    texts = {}
    pages = sorted((reference / "ruby-docs").glob("*.md")) + sorted((reference / "ruby-docs").glob("*/*.md"))
    for path in pages:
        page = path.read_text(encoding="utf-8")
        if path.parent.name == "response":
            try:
                facts = response_facts(path.stem, page, response[path.stem], enums, rules)
            except Contradiction as error:
                raise Contradiction("ruby-docs/response/%s: %s" % (path.name, error)) from None
        else:
            facts = page_facts(path.stem, page, keys[path.stem])
        texts[path.stem + ".json"] = json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
    return texts


def main(argv: List[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    reference = Path(argv[1])
    if not (reference / "RUBY_BEHAVIOUR.md").is_file():
        print("no Ruby reference at %s (give its folder as the argument)" % reference, file=sys.stderr)
        return 2
    behaviour = (reference / "RUBY_BEHAVIOUR.md").read_text(encoding="utf-8")
    try:
        texts = model_files(reference, behaviour)
    except Contradiction as error:
        print("the reference contradicts itself, nothing written: %s" % error, file=sys.stderr)
        return 1

    vectors = OUT / "vectors"
    models = OUT / "models"
    for folder in (vectors, models):
        if folder.is_dir():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    for path in sorted((reference / "ruby-vectors").glob("*.jsonl")):
        shutil.copyfile(path, vectors / path.name)
    for name, text in texts.items():
        (models / name).write_text(text, encoding="utf-8")
    print(
        "wrote %d vector files and %d model facts files under %s"
        % (len(list(vectors.iterdir())), len(texts), OUT.relative_to(ROOT))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
