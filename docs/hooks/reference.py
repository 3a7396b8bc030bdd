"""Generate the reference parts of the docs from the package: property tables and JSON examples.

Pure functions of the models' field metadata (``dataclasses.fields(Model)``), so every
description, type, default and constraint on the site is the one the code enforces.
The mkdocs hook (``hooks.py`` beside this file) calls :func:`expand` on every page;
the tests call the same functions without mkdocs.

A page asks for generated parts with markers on a line of their own::

    <!-- properties: CartItem -->
    <!-- example-json: CartItem -->
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import List, Tuple, Type

from talon_models._base import Model
from talon_models._examples import example_payload
from talon_models._fields import DateTime, FieldSpec, ListOf, MapOf, Nested, Rule, spec_of
from talon_models._registry import MODELS

MARKER = re.compile(r"^[ \t]*<!--[ \t]*(properties|example-json):[ \t]*([A-Za-z0-9_]+)[ \t]*-->[ \t]*$", re.MULTILINE)

_LIST_ITEM = re.compile(r"^( *)(?:[-*]|(\d+)\.) +(.*)$")


def model_named(name: str) -> Type[Model]:
    """The model class called ``name``.

    Raises:
        ValueError: no model has that name (a typo in a marker fails the build).
    """
    try:
        return MODELS[name]
    except KeyError:
        raise ValueError("no model named %r; the models are %s" % (name, ", ".join(sorted(MODELS)))) from None


def model_link(name: str) -> str:
    """A Markdown link to a model's page; the model pages sit side by side in one folder."""
    return "[`%s`](%s.md)" % (name, name)


def type_markdown(rule: Rule) -> str:
    """The Python type of a field in Markdown, linking every model it names to its page."""
    if isinstance(rule, Nested):
        return model_link(rule.model.__name__)
    if isinstance(rule, ListOf) and isinstance(rule.item, Nested):
        return "`list[`%s`]`" % model_link(rule.item.model.__name__)
    if isinstance(rule, MapOf):
        return "`dict[str, `%s`]`" % model_link(rule.model.__name__)
    return "`%s`" % rule.python_type


def json_type_text(rule: Rule) -> str:
    """How a field is written in JSON, in words."""
    if isinstance(rule, DateTime):
        return "string (RFC 3339 date-time)"
    if isinstance(rule, ListOf):
        return "array of %ss" % ("object" if isinstance(rule.item, Nested) else rule.item.json_type)
    if isinstance(rule, MapOf):
        return "object of objects"
    if isinstance(rule, Nested):
        return "object"
    return rule.json_type


def constraint_notes(rule: Rule) -> List[str]:
    """Each constraint of ``rule`` in words, in a fixed order.

    Raises:
        ValueError: the rule has a constraint this generator cannot describe yet, so a new
            constraint cannot go missing from the docs unnoticed.
    """
    facts = dict(rule.constraints())
    notes = []
    low = facts.pop("min_length", 0)
    high = facts.pop("max_length", None)
    if low and high is not None:
        notes.append("%d\u2013%d characters" % (low, high))  # an en dash
    elif low:
        notes.append("at least %d character%s" % (low, "" if low == 1 else "s"))
    elif high is not None:
        notes.append("at most %d characters" % high)
    if "choices" in facts:
        notes.append("one of " + ", ".join("`%s`" % choice for choice in facts.pop("choices")))
    if "known_values" in facts:
        known = ", ".join("`%s`" % choice for choice in facts.pop("known_values"))
        notes.append("known values: %s; any other string is kept as it is" % known)
    if "pattern" in facts:
        notes.append("matches `%s` as a whole" % facts.pop("pattern"))
    if "minimum" in facts:
        notes.append("at least %s" % facts.pop("minimum"))
    if "maximum" in facts:
        notes.append("at most %s" % facts.pop("maximum"))
    if "max_items" in facts:
        most = facts.pop("max_items")
        notes.append("at most %d item%s" % (most, "" if most == 1 else "s"))
    if "max_total_quantity" in facts:
        notes.append("their `quantity` values add up to at most %d" % facts.pop("max_total_quantity"))
    if "max_depth" in facts:
        notes.append("nested at most %d levels deep" % facts.pop("max_depth"))
    form = facts.pop("format", None)
    if form == "date-time":
        notes.append("with a time zone (`Z` or `±hh:mm`)")
    elif form == "uuid":
        notes.append("a UUID: 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens, in either letter case")
    elif form is not None:
        facts["format"] = form  # refused below: not described yet
    if facts:
        raise ValueError("cannot describe the constraints %s" % ", ".join(sorted(facts)))
    if isinstance(rule, ListOf):
        notes.extend("each item " + note for note in constraint_notes(rule.item))
    return notes


def field_notes(meta: FieldSpec) -> List[str]:
    """The Notes cell of one field: required or optional, default, constraints, read-only."""
    rule = meta.rule
    notes = ["**required**" if rule.required else "optional"]
    if meta.default is not None:
        notes.append("default: `%s`" % json.dumps(meta.default))
    notes.extend(constraint_notes(rule))
    if meta.server_calculated:
        notes.append("read-only: set by the server")
    return notes


def _blocks(text: str) -> List[List[str]]:
    """Split Markdown text into blocks at blank lines."""
    blocks: List[List[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _list_html(lines: List[str]) -> str:
    """A Markdown list (nested by indentation) as HTML tags around inline Markdown."""
    out: List[str] = []
    stack: List[Tuple[int, str]] = []  # (indent, "ul" or "ol") of the open lists
    for line in lines:
        match = _LIST_ITEM.match(line)
        if match is None:  # a continuation of the item above
            out.append(" " + line.strip())
            continue
        indent, number, text = len(match.group(1)), match.group(2), match.group(3)
        tag = "ol" if number else "ul"
        while stack and indent < stack[-1][0]:
            out.append("</li></%s>" % stack.pop()[1])
        if stack and indent == stack[-1][0]:
            out.append("</li>")
        else:
            out.append("<%s>" % tag)
            stack.append((indent, tag))
        out.append("<li>" + text)
    while stack:
        out.append("</li></%s>" % stack.pop()[1])
    return "".join(out)


def cell_markdown(text: str) -> str:
    """Fit a Markdown description into one table cell.

    One paragraph stays as it is. Several paragraphs and lists become ``<p>``, ``<ul>``
    and ``<ol>`` tags around the inline Markdown, which still renders inside them. A ``|``
    is escaped so that it cannot end the cell.
    """
    blocks = _blocks(text)
    if len(blocks) == 1 and _LIST_ITEM.match(blocks[0][0]) is None:
        html = " ".join(line.strip() for line in blocks[0])
    else:
        parts = []
        for block in blocks:
            if _LIST_ITEM.match(block[0]):
                parts.append(_list_html(block))
            else:
                parts.append("<p>%s</p>" % " ".join(line.strip() for line in block))
        html = "".join(parts)
    return html.replace("|", "\\|")


def properties_table(model: Type[Model]) -> str:
    """The Properties table of a model page, as Markdown.

    One row per field, in field order: the Python name over the JSON key, the Python type
    over the JSON type, the description, and the notes.
    """
    rows = [
        "| Name | Type | Description | Notes |",
        "| --- | --- | --- | --- |",
    ]
    for item in dataclasses.fields(model):
        meta = spec_of(item)
        rule = meta.rule
        cells = [
            "`%s`<br>JSON key: `%s`" % (item.name, meta.wire),
            "%s<br>JSON: %s" % (type_markdown(rule), json_type_text(rule)),
            cell_markdown(meta.description),
            "<br>".join(field_notes(meta)),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def properties_block(model: Type[Model]) -> str:
    """The Properties table in a ``div.properties``, which the site's stylesheet styles
    (column widths, and stacked rows on narrow screens) apart from every other table."""
    return '<div class="properties" markdown="1">\n\n%s\n\n</div>' % properties_table(model)


def example_json(model: Type[Model]) -> str:
    """The model's example payload as ``to_json(indent=2)`` writes it."""
    return model.from_dict(example_payload(model)).to_json(indent=2)


def example_block(model: Type[Model]) -> str:
    """The example payload as a JSON code block titled Output, as the code samples print it."""
    return '```json title="Output"\n%s\n```' % example_json(model)


def expand(markdown: str) -> str:
    """Replace every marker in a page with the part it asks for.

    Raises:
        ValueError: a marker names no model.
    """

    def replace(match: re.Match[str]) -> str:
        kind, name = match.group(1), match.group(2)
        model = model_named(name)
        return properties_block(model) if kind == "properties" else example_block(model)

    return MARKER.sub(replace, markdown)
