"""JSON Schema (draft 2020-12) of the wire form of a model, made from its field metadata.

Every fact comes from ``dataclasses.fields(model)``: the wire key, the rule (its type and
``constraints()``), the description, example, default and whether the server calculates
the value. The docs and the models read the same facts, so the three cannot drift apart.

A few rules of the models cannot be said in JSON Schema; the top-level ``description``
of every schema lists the ones that apply (see ``LIMITS``), so nobody mistakes the schema
for the whole contract.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Type

from ._fields import (
    FLOAT_MAX,
    INT64_MAX,
    INT64_MIN,
    MAX_JSON_DEPTH,
    UUID_PATTERN,
    Boolean,
    DateTime,
    FieldSpec,
    Integer,
    JSONArray,
    JSONObject,
    JSONValue,
    ListOf,
    MapOf,
    Nested,
    Number,
    Rule,
    String,
    spec_of,
)

if TYPE_CHECKING:
    from ._base import Model

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _date_time_pattern() -> str:
    """The date-time texts the models read, as an ECMA-262 regular expression.

    It mirrors the grammar in ``_datetimes`` (RFC 3339, lowercase ``t`` and ``z``
    included, plus a space for ``T`` and times without seconds) with the ranges of every
    part. Only whether the day exists in its month is left to the models.
    """
    year = "(?!0000)[0-9]{4}"  # datetime has no year 0
    month = "(?:0[1-9]|1[0-2])"
    day = "(?:0[1-9]|[12][0-9]|3[01])"
    hour = "(?:[01][0-9]|2[0-3])"
    minute = "[0-5][0-9]"
    second = "[0-5][0-9]"  # no leap second 60
    zone = "(?:[Zz]|[+-]%s:%s)" % (hour, minute)
    # "(?![\s\S])" is "end of text" in both ECMA-262 and Python's re; a plain "$" lets
    # Python's re accept a trailing newline, which the models refuse.
    return r"^%s-%s-%s[Tt ]%s:%s(?::%s(?:\.[0-9]+)?)?%s(?![\s\S])" % (year, month, day, hour, minute, second, zone)


DATE_TIME_PATTERN = _date_time_pattern()

# A validator may treat ``format`` as an annotation only, so each format a String rule
# can require is also said as a ``pattern`` (ECMA-262, anchored as DATE_TIME_PATTERN is).
STRING_FORMAT_PATTERNS = {"uuid": r"^%s(?![\s\S])" % UUID_PATTERN}

# The rules a JSON Schema cannot state, each with a short name (the tests refer to them
# by name) and the sentence the schema's description gives.
LIMITS: Dict[str, str] = {
    "quantity-sum": "The `quantity` values of all `cartItems` add up to at most 10000; "
    "a JSON Schema cannot add values up.",
    "whole-integers": "Integer fields take whole numbers written without a fraction or an exponent: "
    "`1.0` and `1e2` are refused, though JSON Schema counts them as integers.",
    "date-time-calendar": "A date-time must name a day that exists: `pattern` checks the range of each "
    "part but not the length of the month (`2021-02-30T00:00:00Z` is refused). RFC 3339 allows a "
    "lowercase `t` and `z`, and so do the models; they also read a space for `T` and times without "
    "seconds, which the `date-time` format of RFC 3339 does not allow, and refuse the leap second "
    "`60` and the year `0000`, which it allows but a Python datetime cannot hold. So treat `format` "
    "as an annotation.",
    "json-depth": "Free-form JSON values (`attributes` and the values of unknown keys) nest at most "
    "%d levels of arrays and objects." % MAX_JSON_DEPTH,
    "finite-numbers": "Numbers are finite: NaN and the infinities are refused (they are not JSON, "
    "but Python can hand them over in a dict).",
    "exact-decimals": "From Python, a `decimal.Decimal` is taken for a number (in number fields and in "
    "free-form JSON) when the double nearest to it writes the same number, and is stored and written as "
    'that double: `Decimal("9.99")` and `Decimal("1E+2")` are taken, '
    '`Decimal("19.99666666666666666666666667")` and values beyond the range of a double are '
    "refused, because a JSON number here is a double and nothing is rounded silently. Integer fields take "
    "no `Decimal`, as they take no `1.0`.",
    "strict-json": "JSON text (`from_json` and the command line) is read strictly: UTF-8 without a "
    "byte order mark, no duplicate keys, no `NaN` or `Infinity`.",
}


def _rules_of(model: Type[Model]) -> List[Tuple[str, FieldSpec, Rule]]:
    """(wire key, declaration, rule) for every field of ``model``, in field order."""
    specs = [spec_of(item) for item in dataclasses.fields(model)]
    return [(spec.wire, spec, spec.rule) for spec in specs]


def _nested_model(rule: Rule) -> Optional[Type[Model]]:
    """The model a rule holds (itself, as list elements or as dict values), if any."""
    if isinstance(rule, ListOf):
        return _nested_model(rule.item)
    if isinstance(rule, (Nested, MapOf)):
        return rule.model
    return None


def _models_under(model: Type[Model]) -> List[Type[Model]]:
    """Every model used inside ``model``, in the order its fields first mention them."""
    found: List[Type[Model]] = []
    pending = [model]
    while pending:
        current = pending.pop(0)
        for _, _, rule in _rules_of(current):
            inner = _nested_model(rule)
            if inner is not None and inner is not model and inner not in found:
                found.append(inner)
                pending.append(inner)
    return found


def _ref(model: Type[Model]) -> Dict[str, Any]:
    return {"$ref": "#/$defs/%s" % model.__name__}


def _value_schema(rule: Rule) -> Dict[str, Any]:
    """The schema of a non-null value that ``rule`` accepts, constraints included."""
    facts = dict(rule.constraints())
    schema: Dict[str, Any]
    if isinstance(rule, String):
        schema = {"type": "string"}
        if "choices" in facts:
            schema["enum"] = list(facts.pop("choices"))
        if "known_values" in facts:  # any string is taken: the values are only named
            schema["examples"] = list(facts.pop("known_values"))
        if "min_length" in facts:
            schema["minLength"] = facts.pop("min_length")
        if "max_length" in facts:
            schema["maxLength"] = facts.pop("max_length")
        if "pattern" in facts:
            schema["pattern"] = "^(?:%s)$" % facts.pop("pattern")  # JSON Schema patterns are not anchored
        if "format" in facts:
            schema["format"] = facts.pop("format")
            schema["pattern"] = STRING_FORMAT_PATTERNS[schema["format"]]
    elif isinstance(rule, Integer):
        # Said even when it is the default: the API stores integers as signed 64-bit.
        schema = {
            "type": "integer",
            "minimum": facts.pop("minimum", INT64_MIN),
            "maximum": facts.pop("maximum", INT64_MAX),
        }
    elif isinstance(rule, Number):
        schema = {
            "type": "number",
            "minimum": facts.pop("minimum", -FLOAT_MAX),
            "maximum": facts.pop("maximum", FLOAT_MAX),
        }
    elif isinstance(rule, Boolean):
        schema = {"type": "boolean"}
    elif isinstance(rule, DateTime):
        schema = {"type": "string", "format": facts.pop("format"), "pattern": DATE_TIME_PATTERN}
    elif isinstance(rule, ListOf):
        schema = {"type": "array", "items": _value_schema(rule.item)}
        if "max_items" in facts:
            schema["maxItems"] = facts.pop("max_items")
        facts.pop("max_total_quantity", None)  # in the description: see LIMITS
    elif isinstance(rule, Nested):
        schema = _ref(rule.model)
    elif isinstance(rule, MapOf):
        schema = {"type": "object", "additionalProperties": _ref(rule.model)}
    elif isinstance(rule, JSONObject):
        schema = {"type": "object"}
        facts.pop("max_depth", None)  # in the description: see LIMITS
    elif isinstance(rule, JSONArray):
        schema = {"type": "array"}
        facts.pop("max_depth", None)
    elif isinstance(rule, JSONValue):
        schema = {"not": {"type": "null"}}  # any JSON value; a null is "not set"
        facts.pop("max_depth", None)
    else:
        raise TypeError("no JSON Schema for a field rule of type %s" % type(rule).__name__)
    if facts:
        # A constraint added to a rule must be added here too, or listed in LIMITS.
        raise TypeError("no JSON Schema for the constraints %s of %s" % (sorted(facts), type(rule).__name__))
    return schema


def _paragraphs(docstring: str) -> str:
    """A docstring as plain text: each paragraph on one line, blank lines between them."""
    paragraphs = [" ".join(paragraph.split()) for paragraph in docstring.strip().split("\n\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _or_null(schema: Dict[str, Any]) -> Dict[str, Any]:
    """Widen ``schema`` to also take ``null``: the models read a null as "not set"."""
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "type" not in schema:  # any JSON value but null (JSONValue): null too, then
        return {}
    widened = dict(schema)
    widened["type"] = [schema["type"], "null"]
    if "enum" in widened:
        widened["enum"] = [*schema["enum"], None]
    return widened


def _field_schema(meta: FieldSpec, rule: Rule) -> Dict[str, Any]:
    value = _value_schema(rule)
    schema = value if rule.required else _or_null(value)
    schema["description"] = meta.description
    if meta.default is not None:
        schema["default"] = meta.default
    if meta.example is not None:
        schema["examples"] = [meta.example]
    if meta.server_calculated:
        schema["readOnly"] = True
    return schema


def _object_schema(model: Type[Model]) -> Dict[str, Any]:
    """The schema of one model's object, without ``$defs``."""
    properties = {}
    required = []
    for wire, meta, rule in _rules_of(model):
        properties[wire] = _field_schema(meta, rule)
        if rule.required:
            required.append(wire)
    schema: Dict[str, Any] = {
        "title": model.__name__,
        # Docstrings quote code reST-style; descriptions are Markdown.
        "description": _paragraphs(model.__doc__ or "").replace("``", "`"),
        "type": "object",
        "properties": properties,
    }
    if required:
        schema["required"] = required
    # Unknown keys are kept and written back (``unknown="keep"``, the default), except a
    # field's Python name where it differs from the JSON key: always a mistake.
    python_names = list(model._python_names)
    if python_names:
        schema["propertyNames"] = {
            "$comment": "the Python names of fields are refused: the JSON keys are camelCase",
            "not": {"enum": python_names},
        }
    schema["additionalProperties"] = True
    return schema


def _limits_for(model: Type[Model]) -> List[str]:
    """The names of the LIMITS that apply to ``model`` and the models inside it."""
    rules = [rule for current in [model, *_models_under(model)] for _, _, rule in _rules_of(current)]
    rules += [rule.item for rule in rules if isinstance(rule, ListOf)]
    names = []
    if any("max_total_quantity" in rule.constraints() for rule in rules):
        names.append("quantity-sum")
    if any(isinstance(rule, Integer) for rule in rules):
        names.append("whole-integers")
    if any(isinstance(rule, DateTime) for rule in rules):
        names.append("date-time-calendar")
    names.append("json-depth")  # every model keeps unknown keys, which are free-form JSON
    if any(isinstance(rule, Number) for rule in rules):
        names.append("finite-numbers")
        names.append("exact-decimals")
    names.append("strict-json")
    return names


def json_schema(model: Type[Model]) -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``model``'s wire form, as a new dict.

    Nested models are under ``$defs``. The top-level ``description`` ends with the rules
    the schema cannot state.
    """
    body = _object_schema(model)
    limits = "\n".join("- " + LIMITS[name] for name in _limits_for(model))
    description = body.pop("description")
    body.pop("title")
    schema: Dict[str, Any] = {
        "$schema": DIALECT,
        "title": model.__name__,
        "description": "%s\n\nThe models also check these rules, which this schema cannot state:\n\n%s"
        % (description, limits),
    }
    schema.update(body)
    defs = {inner.__name__: _object_schema(inner) for inner in _models_under(model)}
    if defs:
        schema["$defs"] = defs
    return schema
