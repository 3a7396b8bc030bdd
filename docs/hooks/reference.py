"""Generate the reference parts of the docs from the package: property tables, JSON
examples, Python code samples, and whole model pages.

Functions of the models' field metadata (``dataclasses.fields(Model)``), so every
description, type, default, constraint and example on the site is the one the code
enforces. The mkdocs hook (``hooks.py`` beside this file) calls :func:`expand` on every
page, adds a page made by :func:`model_page` for each model that has no hand-written page
in ``docs/models``, and puts every model in the nav with :func:`models_nav`; the tests
call the same functions without mkdocs.

A hand-written page asks for generated parts with markers on a line of their own::

    <!-- properties: CartItem -->
    <!-- example-json: CartItem -->

The one input besides the package is the record of the Ruby pages' code samples in
``tests/data/ruby/models`` (written by ``scripts/import-ruby-reference.py``), which a
generated page compares its own sample with.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Type, Union

from talon_models._base import Model
from talon_models._effect import EFFECT_PROPS
from talon_models._examples import example_payload
from talon_models._fields import DateTime, FieldSpec, ListOf, MapOf, Nested, Number, Rule, spec_of
from talon_models._registry import GROUPS, MODELS, group_of

ROOT = Path(__file__).resolve().parents[2]
MODEL_PAGES = ROOT / "docs" / "models"
"""Where the hand-written model pages are; every other model's page is generated."""
RUBY_FACTS = ROOT / "tests" / "data" / "ruby" / "models"
"""The facts of each Ruby model page, its code sample's values included."""
RUBY_PAGE = "https://github.com/talon-one/talon_one.rb/blob/v10.0.0/docs/%s.md"

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
    """The Python type of a field in Markdown, linking every model it names to its page.

    A ``<wbr>`` after ``list[`` or ``dict[str, `` lets a narrow column break the type
    there (the stylesheet keeps each code span of the column on one line), so that
    ``list[LoyaltyCardProfileRegistration]`` does not make the table wider than the page.
    """
    if isinstance(rule, Nested):
        return model_link(rule.model.__name__)
    if isinstance(rule, ListOf) and isinstance(rule.item, Nested):
        return "`list[`<wbr>%s`]`" % model_link(rule.item.model.__name__)
    if isinstance(rule, MapOf):
        return "`dict[str, `<wbr>%s`]`" % model_link(rule.model.__name__)
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
    """The Notes cell of one field: required or optional, default, constraints, read-only,
    and Ruby's name for it where that is not the Python name."""
    rule = meta.rule
    notes = ["**required**" if rule.required else "optional"]
    if meta.default is not None:
        notes.append("default: `%s`" % json.dumps(meta.default))
    notes.extend(constraint_notes(rule))
    if isinstance(rule, Number):
        notes.append("takes a `Decimal` too, when a double carries it exactly; reads back a `float`")
    if meta.server_calculated:
        notes.append("read-only: set by the server")
    if meta.ruby_name is not None:
        notes.append("Ruby's name: `%s`, which the constructor also takes" % meta.ruby_name)
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


# --- Python code samples ------------------------------------------------------------------

SAMPLE_WIDTH = 88
"""The longest line a code sample is broken to fit (ruff format's default width): a line
this long shows whole in the code column of a model page at a desktop width."""

# A piece of a code sample: an atom, or a bracketed sequence (opening, items, closing) whose
# items are (prefix, piece), such as ("Tier(", [("id=", "11")], ")").
Code = Union[str, Tuple[str, List[Tuple[str, Any]], str]]


def _flat(code: Code) -> str:
    if isinstance(code, str):
        return code
    opening, items, closing = code
    return opening + ", ".join(prefix + _flat(item) for prefix, item in items) + closing


def _lines(code: Code, depth: int, lead: str, trail: str) -> List[str]:
    """``code`` on one line when it fits, else one item a line with a trailing comma each,
    as ruff format writes it; but a long list of plain values (such as a code generator's
    valid characters) fills its lines instead, as a person would write it."""
    indent = "    " * depth
    line = indent + lead + _flat(code) + trail
    if isinstance(code, str) or not code[1] or len(line) <= SAMPLE_WIDTH:
        return [line]
    opening, items, closing = code
    out = [indent + lead + opening]
    inner = indent + "    "
    if opening == "[" and all(isinstance(item, str) for _, item in items):
        filled = inner
        for _, item in items:
            if filled != inner and len(filled) + len(item) + 1 > SAMPLE_WIDTH:
                out.append(filled.rstrip())
                filled = inner
            filled += item + ", "
        out.append(filled.rstrip())  # ends with a trailing comma, as the other lines
    else:
        for prefix, item in items:
            out.extend(_lines(item, depth + 1, prefix, ","))
    out.append(indent + closing + trail)
    return out


def _literal(value: Any) -> Code:
    """JSON data as a Python literal."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a Python string literal
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return ("[", [("", _literal(item)) for item in value], "]")
    if isinstance(value, dict):
        return ("{", [(json.dumps(key, ensure_ascii=False) + ": ", _literal(item)) for key, item in value.items()], "}")
    raise TypeError("not JSON data: %r" % (value,))


def _datetime_code(value: datetime, names: set) -> Code:
    """``datetime(2020, 6, 10, 9, 5, 27, 993483, tzinfo=timezone.utc)``, trailing zeros left out."""
    parts = [value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond]
    while len(parts) > 3 and parts[-1] == 0:
        parts.pop()
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a date-time of an example has no time zone: %r" % value)
    names.update(("datetime", "timezone"))
    minutes = offset // timedelta(minutes=1)
    if minutes == 0:
        zone = "timezone.utc"
    else:
        names.add("timedelta")
        hours, rest = divmod(minutes, 60)
        zone = "timezone(timedelta(%s))" % ("minutes=%d" % minutes if rest else "hours=%d" % hours)
    return ("datetime(", [("", str(part)) for part in parts] + [("tzinfo=", zone)], ")")


def _value_code(value: Any, rule: Rule, models: set, names: set) -> Code:
    if isinstance(rule, Nested):
        return _model_code(value, models, names)
    if isinstance(rule, ListOf):
        return ("[", [("", _value_code(item, rule.item, models, names)) for item in value], "]")
    if isinstance(rule, MapOf):
        entries = [
            (json.dumps(key, ensure_ascii=False) + ": ", _model_code(entry, models, names))
            for key, entry in value.items()
        ]
        return ("{", entries, "}")
    if isinstance(rule, DateTime):
        return _datetime_code(value, names)
    return _literal(value)


def _model_code(instance: Model, models: set, names: set) -> Code:
    """The constructor call that builds ``instance``: its set fields, in field order."""
    model = type(instance)
    models.add(model.__name__)
    written = instance.to_dict()
    items = []
    for item in dataclasses.fields(model):
        spec = spec_of(item)
        if spec.wire in written:  # set: a default that was not given is left out, as it is in to_dict()
            items.append((item.name + "=", _value_code(getattr(instance, item.name), spec.rule, models, names)))
    return (model.__name__ + "(", items, ")")


def _import_lines(module: str, names: Sequence[str]) -> List[str]:
    """``from module import a, b``, or in parentheses one name a line when that is too long."""
    line = "from %s import %s" % (module, ", ".join(names))
    if len(line) <= SAMPLE_WIDTH:
        return [line]
    return _lines(("from %s import (" % module, [("", name) for name in names], ")"), 0, "", "")


def sample_variable(model: Type[Model]) -> str:
    """The name a code sample gives its model: ``props`` for effect props, else the class
    name in snake case (``IntegrationStateV2``: ``integration_state``)."""
    if model in EFFECT_PROPS.values():
        return "props"
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).lower()
    return re.sub(r"_v\d+$", "", snake)


def _sample_code(model: Type[Model]) -> Tuple[Code, set, set]:
    """The constructor call of the model's example, the models it names, and the names it
    needs from ``datetime``."""
    models: set = set()
    names: set = set()
    return _model_code(model.from_dict(example_payload(model)), models, names), models, names


def python_sample(model: Type[Model]) -> str:
    """A Python code sample that builds the model's example with its constructor (nested
    models with theirs, date-times as ``datetime`` values) and prints its JSON, which is
    :func:`example_json`."""
    code, models, names = _sample_code(model)
    variable = sample_variable(model)
    lines = []
    if names:
        lines.extend(_import_lines("datetime", sorted(names)))
        lines.append("")
    lines.extend(_import_lines("talon_models", sorted(models)))
    lines.append("")
    lines.extend(_lines(code, 0, variable + " = ", ""))
    lines.append("print(%s.to_json(indent=2))" % variable)
    return "\n".join(lines) + "\n"


# --- Where a sample differs from the Ruby page's ---------------------------------------------

_NOT_RFC_3339 = "`Z07:00` is no time zone but `Z`, for UTC, followed by the zone part of a date-format template"
SAMPLE_NOTES: Dict[Tuple[str, str], str] = {
    ("Campaign", "updated"): (
        "The Integration API's example of `updated`, `2022-10-97T35:00:00Z`, is not a date-time (there is no "
        "day 97 nor hour 35), so this sample has one of its own."
    ),
    ("Tier", "startDate"): (
        "The Integration API's example of `start_date`, `2021-05-03T12:32:00Z07:00`, is not an RFC 3339 "
        "date-time (" + _NOT_RFC_3339 + "), so this sample has one of its own."
    ),
    ("Tier", "expiryDate"): (
        "The Integration API's example of `expiry_date`, `2022-08-02T15:04:05Z07:00`, is not an RFC 3339 "
        "date-time (" + _NOT_RFC_3339 + "); this sample reads its `07:00` as the offset it was meant to be."
    ),
    ("Giveaway", "startDate"): (
        "The Integration API's example of `start_date`, `2022-01-02T15:04:05Z07:00`, is not an RFC 3339 "
        "date-time (" + _NOT_RFC_3339 + "), so this sample has one of its own."
    ),
    ("Giveaway", "endDate"): (
        "The Integration API's example of `end_date`, `2023-01-02T15:04:05Z07:00`, is not an RFC 3339 "
        "date-time (" + _NOT_RFC_3339 + "); this sample keeps its time, in UTC."
    ),
    ("LoyaltyProgramLedgers", "joinDate"): (
        "The Integration API's example of `join_date`, `2024-04-30T15:04:05Z07:00`, is not an RFC 3339 "
        "date-time (" + _NOT_RFC_3339 + "); this sample reads its `07:00` as the offset it was meant to be."
    ),
    ("LedgerInfo", "currentTier"): (
        'The Integration API\'s example of `current_tier` is the string `"bronze"`, where a '
        "[`Tier`](Tier.md) object goes; this sample has a tier named `bronze`."
    ),
}
"""Why an example differs from the Integration API specification's, by (model, JSON key):
where the specification's example is not valid. Shown under the model's code sample."""


def ruby_sample(name: str) -> Dict[str, str]:
    """The values of the Ruby page's code sample of model ``name``, as its text, by JSON key."""
    facts = json.loads((RUBY_FACTS / (name + ".json")).read_text(encoding="utf-8"))
    return {prop["json_key"]: prop["example"] for prop in facts["properties"] if prop["example"] is not None}


def _ruby_text(value: Any) -> str:
    """How a Ruby page's code sample shows a plain value or a list of them: ``[a, 1]``."""
    if isinstance(value, list):
        return "[%s]" % ", ".join(_ruby_text(item) for item in value)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return str(value)


def _same_as_ruby(text: str, example: Any, rule: Rule) -> bool:
    """Whether the Ruby sample's ``text`` shows the value ``example`` (JSON data)."""
    if example is None or text == "null":
        return example is None and text == "null"
    if isinstance(rule, DateTime):
        errors: List[Any] = []
        return bool(rule.read(text, "", errors) == rule.read(example, "", errors) and not errors)
    if isinstance(example, float) and not isinstance(example, bool):
        try:
            return float(text) == example
        except ValueError:
            return False
    if isinstance(example, (dict, list)) and text[:1] in "{[":
        try:
            if json.loads(text) == example:
                return True
        except ValueError:
            pass
    return text == _ruby_text(example)


def sample_differences(model: Type[Model]) -> Tuple[List[str], List[str], List[str]]:
    """The fields (Python names) whose example differs from the Ruby page's sample: the
    required and the optional ones that the Ruby sample leaves ``null``, and the others."""
    sample = ruby_sample(model.__name__)
    required, optional, other = [], [], []
    for item in dataclasses.fields(model):
        spec = spec_of(item)
        text = sample.get(spec.wire, "null")
        if _same_as_ruby(text, spec.example, spec.rule):
            continue
        if text == "null":
            (required if spec.rule.required else optional).append(item.name)
        else:
            other.append(item.name)
    return required, optional, other


def _names(names: Sequence[str]) -> str:
    """``a``; ``a` and `b``; ``a`, `b` and `c``."""
    quoted = ["`%s`" % name for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def sample_note(model: Type[Model]) -> str:
    """The note under a generated page's code sample: where its values are not the Ruby
    page's sample's, and why; ``""`` when they all are.

    Raises:
        ValueError: a value differs from the Ruby sample's for a reason the note cannot
            give (the sample there is not ``null``, and ``SAMPLE_NOTES`` does not say why).
    """
    required, optional, other = sample_differences(model)
    explained = {
        item.name: SAMPLE_NOTES[(model.__name__, spec_of(item).wire)]
        for item in dataclasses.fields(model)
        if (model.__name__, spec_of(item).wire) in SAMPLE_NOTES
    }
    unexplained = [name for name in other if name not in explained]
    if unexplained:
        raise ValueError(
            "%s: the example of %s differs from the Ruby sample's value; say why in SAMPLE_NOTES"
            % (model.__name__, ", ".join(unexplained))
        )
    sentences = []
    if required or optional:
        parts = []
        if required:
            parts.append("the required %s, which Ruby's own `valid?` refuses" % _names(required))
        if optional:
            parts.append("the optional %s" % _names(optional))
        many = len(required) + len(optional) > 1
        sentences.append(
            "The Ruby page's sample has `null` for %s. This sample gives %s a value."
            % (", and for ".join(parts), "each of them" if many else "it")
        )
    sentences.extend(explained.values())
    if not sentences:
        return ""
    return '!!! note "Where this sample differs from the Ruby page"\n\n    %s' % "\n\n    ".join(sentences)


# --- Generated model pages ------------------------------------------------------------------

_UPDATE_SESSION = "https://docs.talon.one/integration-api#tag/Customer-sessions/operation/updateCustomerSessionV2"

MODEL_NOTES: Dict[str, str] = {
    "IntegrationStateV2": (
        "One problem anywhere refuses the whole response, with every problem listed at its path (see "
        "[Differences from the Ruby SDK](../differences.md"
        "#one-problem-refuses-the-whole-response-and-every-problem-is-listed)). A client that must act on "
        "the effects of a response that fails elsewhere reads `effects` on its own, with "
        "[`Effect`](Effect.md)`.from_dict` for each item, as "
        "[Applying effects](../guides/effects.md#when-a-response-is-refused) shows."
    ),
    "Effect": (
        "[Applying effects](../guides/effects.md) shows how to read `props` by effect type and act on "
        "the effects of a response."
    ),
    "ExtendLoyaltyPointsExpiryDateEffectProps": (
        "`previous_expiration_date` is required, as in Ruby 10.0.0, although the current API no longer sends "
        "it. An effect of this type is still read, with its `props` as they were sent, but its typed view "
        "reports the field missing (`props.previousExpirationDate: is required`); see "
        "[Differences from the Ruby SDK](../differences.md#previousexpirationdate-stays-required)."
    ),
}
"""A paragraph of its own for the page of a model that needs one, by model name."""


def _clean_docstring(model: Type[Model]) -> str:
    """The class docstring as one Markdown paragraph, without its ``(Ruby: ...)`` aside,
    which the page says with a link."""
    text = inspect.cleandoc(model.__doc__ or "")
    text = re.sub(r"\s*\(Ruby: ``[\w:]+``\)", "", text)
    text = re.sub(r"``([^`]+)``", r"`\1`", text)
    return " ".join(text.split())


def holders(model: Type[Model]) -> List[Tuple[str, str]]:
    """The (model name, field name) pairs whose field holds ``model``, alone, in a list or in a map."""
    found = []
    for name, other in MODELS.items():
        for item in dataclasses.fields(other):
            rule = spec_of(item).rule
            if isinstance(rule, ListOf):
                rule = rule.item
            if isinstance(rule, (Nested, MapOf)) and rule.model is model:
                found.append((name, item.name))
    return found


def effect_type_of(model: Type[Model]) -> Optional[str]:
    """The effect type whose props ``model`` reads, or ``None`` for a model that is not effect props."""
    return next((kind for kind, props in EFFECT_PROPS.items() if props is model), None)


def _used_in(model: Type[Model]) -> str:
    kind = effect_type_of(model)
    if kind is not None:
        return (
            "**Effect type:** `%(kind)s`. This model reads the `props` of an [`Effect`](Effect.md) whose "
            "`effect_type` is `%(kind)s`: `effect.typed_props()` gives one, as does "
            "`effect.props_as(%(name)s)`, while `effect.props` stays the JSON object that was sent. "
            "No other model holds it." % {"kind": kind, "name": model.__name__}
        )
    held = holders(model)
    if model.__name__ == "IntegrationStateV2":
        return (
            "**Used in:** no other model holds it: it is the body of the response of "
            "[Update customer session](%s)." % _UPDATE_SESSION
        )
    if not held:
        return "**Used in:** no other model holds it."
    by_model: Dict[str, List[str]] = {}
    for name, field in held:
        by_model.setdefault(name, []).append(field)
    return "**Used in:** %s." % ", ".join(
        "%s of %s" % (_names(fields), model_link(name)) for name, fields in by_model.items()
    )


def _effect_types_table() -> str:
    rows = ["| `effect_type` | Props model |", "| --- | --- |"]
    rows.extend("| `%s` | %s |" % (kind, model_link(props.__name__)) for kind, props in EFFECT_PROPS.items())
    return (
        "## Effect types\n\n"
        "The effect types that have a props model, for `typed_props()` and `props_as()`. An effect of any "
        "other type, such as `setLoyaltyPointsExpiryDate` (which the API sends and Ruby 10.0.0 has no class "
        "for) or a type added later, is read like any other: its `props` are kept as sent, and "
        "`typed_props()` gives `None`.\n\n" + "\n".join(rows)
    )


def model_page(model: Type[Model]) -> str:
    """The whole page of a model that has no hand-written page, as Markdown: what it is and
    the Ruby page it mirrors, where it is used, its properties, and a code sample that
    builds its example and prints its JSON, with a note where the values are not the Ruby
    sample's.
    """
    name = model.__name__
    parts = [
        "---\nhide:\n  - toc\n---",
        "# %s" % name,
        "%s It mirrors the Ruby SDK's [`TalonOne::%s`](%s)." % (_clean_docstring(model), name, RUBY_PAGE % name),
        _used_in(model),
    ]
    if name in MODEL_NOTES:
        parts.append(MODEL_NOTES[name])
    parts.extend(["## Properties", properties_block(model)])
    if name == "Effect":
        parts.append(_effect_types_table())
    nested = len(_sample_code(model)[1]) > 1
    parts.extend(
        [
            "## Code Sample",
            "The example of this page, built in Python%s:"
            % (" (the models inside it with their own constructors)" if nested else ""),
            "```python\n%s```" % python_sample(model),
            example_block(model),
        ]
    )
    note = sample_note(model)
    if note:
        parts.append(note)
    return "\n\n".join(parts) + "\n"


def hand_written_models() -> List[str]:
    """The models whose page is a file in ``docs/models``, in registry order."""
    return [name for name in MODELS if (MODEL_PAGES / (name + ".md")).is_file()]


def generated_models() -> List[str]:
    """The models whose page :func:`model_page` makes, in registry order."""
    written = set(hand_written_models())
    return [name for name in MODELS if name not in written]


def nav_title(model: Type[Model]) -> str:
    """A model's title in the nav: its class name, or for effect props its effect type
    (``setDiscount``), which is what a reader looks for there, and short enough for the
    sidebar, where ``RollbackIncreasedAchievementProgressEffectProps`` would be cut."""
    return effect_type_of(model) or model.__name__


def models_nav() -> List[Dict[str, List[Dict[str, str]]]]:
    """The Models section of the nav: the docs groups in order, each with its models' pages
    in registry order."""
    groups: Dict[str, List[Dict[str, str]]] = {group: [] for group, _ in GROUPS}
    for name, model in MODELS.items():
        groups[group_of(model)].append({nav_title(model): "models/%s.md" % name})
    return [{group: pages} for group, pages in groups.items() if pages]
