"""An independent statement of the declared types, for checking the package against.

It is written from the Ruby docs and the parity contract, not from the package's rules,
so a test that compares the two catches a rule stated wrong in either place: the request
models by hand, the response models read from the facts of their Ruby model pages
(tests/data/ruby/models) by the contract's rules. It imports nothing of the package. The limits
of the Integration API specification (talon-one/t1-openapi-specs, the customer session
update body) are part of the contract: coupon codes of at most 100 characters, at most
1 loyalty card and 5 identifiers, and `adjustmentReferenceId` a UUID.
"""

from __future__ import annotations

import json
import math
import re
import string
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

Loc = Tuple[Any, ...]

# field spec: (kind, options); kinds: str, int (signed 64-bit), num (any finite JSON
# number), bool, datetime (RFC 3339 with a zone), json (a JSON object), jsonarray (a JSON
# array of any JSON values, nulls included), any (any JSON value), list:<kind> (no null
# items; options of its items under "item"), map:<Model>, model:<Model>.
# Options: "required"; for str "min" and "max" (lengths in code points), "pattern" (the
# whole string must match), "enum" (closed: nothing else is valid), "known" (an open
# enum: the values Ruby lists, any other string valid too), "uuid" (8-4-4-4-12
# hexadecimal, either letter case); for int and num "minimum" and "maximum" (inclusive);
# for lists "max_items" and "max_sum" (of the items' quantities).
MODELS: Dict[str, Dict[str, Tuple[str, Dict[str, Any]]]] = {
    "Product": {"name": ("str", {"required": True})},
    "AdditionalCost": {"price": ("num", {"required": True})},
    "PriceDetail": {
        "price": ("num", {}),
        "adjustmentReferenceId": ("str", {"uuid": True}),
        "adjustmentEffectiveFrom": ("datetime", {}),
        "adjustmentEffectiveUntil": ("datetime", {}),
    },
    "CartItem": {
        "name": ("str", {}),
        "sku": ("str", {"required": True, "min": 1}),
        "quantity": ("int", {"required": True, "minimum": 1}),
        "returnedQuantity": ("int", {}),
        "remainingQuantity": ("int", {}),
        "price": ("num", {}),
        "category": ("str", {}),
        "product": ("model:Product", {}),
        "weight": ("num", {}),
        "height": ("num", {}),
        "width": ("num", {}),
        "length": ("num", {}),
        "position": ("num", {}),
        "attributes": ("json", {}),
        "additionalCosts": ("map:AdditionalCost", {}),
        "catalogItemID": ("int", {}),
        "selectedPriceType": ("str", {}),
        "adjustmentReferenceId": ("str", {"uuid": True}),
        "adjustmentEffectiveFrom": ("datetime", {}),
        "adjustmentEffectiveUntil": ("datetime", {}),
        "prices": ("map:PriceDetail", {}),
    },
    "NewCustomerSessionV2": {
        "profileId": ("str", {}),
        "storeIntegrationId": ("str", {"min": 1, "max": 1000}),
        "evaluableCampaignIds": ("list:int", {}),
        "couponCodes": ("list:str", {"item": {"max": 100}}),
        "referralCode": ("str", {"max": 100}),
        "loyaltyCards": ("list:str", {"max_items": 1}),
        "state": ("str", {"enum": ("open", "closed", "partially_returned", "cancelled")}),
        "cartItems": ("list:model:CartItem", {"max_items": 1000, "max_sum": 10000}),
        "additionalCosts": ("map:AdditionalCost", {}),
        "identifiers": ("list:str", {"max_items": 5}),
        "attributes": ("json", {}),
    },
}

# The request body of Update customer session, and the session the server returns. The
# returned session has the sent session's fields and rules, but not the per-request cart
# limits, and the fields the server sets.
RESPONSE_CONTENT = (
    "customerSession",
    "customerProfile",
    "coupons",
    "triggeredCampaigns",
    "referral",
    "loyalty",
    "event",
    "awardedGiveaways",
    "ruleFailureReasons",
    "previousReturns",
)
MODELS["IntegrationRequest"] = {
    "customerSession": ("model:NewCustomerSessionV2", {"required": True}),
    "responseContent": ("list:str", {"item": {"enum": RESPONSE_CONTENT}}),
}
_SENT = MODELS["NewCustomerSessionV2"]
MODELS["CustomerSessionV2"] = {
    "id": ("int", {"required": True}),
    "created": ("datetime", {"required": True}),
    "integrationId": ("str", {"required": True, "max": 1000}),
    "applicationId": ("int", {"required": True}),
    "profileId": ("str", {"required": True}),
    "storeIntegrationId": _SENT["storeIntegrationId"],
    "evaluableCampaignIds": _SENT["evaluableCampaignIds"],
    "couponCodes": _SENT["couponCodes"],
    "referralCode": _SENT["referralCode"],
    "loyaltyCards": _SENT["loyaltyCards"],
    "state": ("str", {"known": ("open", "closed", "partially_returned", "cancelled")}),  # open: any string is kept
    "cartItems": ("list:model:CartItem", {"required": True}),
    "additionalCosts": _SENT["additionalCosts"],
    "identifiers": _SENT["identifiers"],
    "attributes": ("json", {"required": True}),
    "firstSession": ("bool", {"required": True}),
    "total": ("num", {"required": True}),
    "cartItemTotal": ("num", {"required": True}),
    "additionalCostTotal": ("num", {"required": True}),
    "updated": ("datetime", {"required": True}),
}

# -- the response models, from the Ruby facts ------------------------------------------------
#
# The 62 models of the response (IntegrationStateV2, the models it reaches, Effect and the
# effect props) are stated by the facts of their Ruby model pages, read as the contract
# says: each field typed as Ruby types it, required where Ruby's list_invalid_properties
# says "cannot be nil" unless Ruby gives it a default, every enum open (a value Ruby does
# not list is kept), and Ruby's setter rules as limits. A hand-written entry above wins.

FACTS_DIR = Path(__file__).resolve().parent / "data" / "ruby" / "models"


def _load_facts() -> Dict[str, Dict[str, Any]]:
    return {path.stem: json.loads(path.read_text("utf-8")) for path in sorted(FACTS_DIR.glob("*.json"))}


FACTS = _load_facts()
"""Per Ruby model, its facts file: ``properties`` in Ruby order, ``effect_type`` for props."""

# The two Ruby attributes that are no good Python names, and the Python names of those
# fields (PEP 8: a trailing underscore for a keyword). The constructor takes both.
PYTHON_NAME_OF = {"_return": "return_", "transaction_uui_ds": "transaction_uuids"}

# Ruby's `Object`, where the contract says it is not a JSON object.
_OBJECT_KINDS = {
    ("UpdateAttributeEffectProps", "value"): "any",  # the spec does not type it
    ("Event", "effects"): "jsonarray",  # Array<Object>: any JSON values, nulls kept
}
_SCALAR_KINDS = {
    "String": "str",
    "Integer": "int",
    "Float": "num",
    "Boolean": "bool",
    "DateTime": "datetime",
    "Object": "json",
}
_RULE_OPTIONS = {"min_length": "min", "max_length": "max", "minimum": "minimum", "maximum": "maximum"}


def _kind_of(ruby_type: str) -> str:
    """The oracle kind of a Ruby type: ``Array<X>`` a list, ``Hash<String, M>`` a map of models."""
    if ruby_type.startswith("Array<") and ruby_type.endswith(">"):
        return "list:" + _kind_of(ruby_type[6:-1])
    if ruby_type.startswith("Hash<String, ") and ruby_type.endswith(">"):
        return "map:" + ruby_type[13:-1]
    if ruby_type in _SCALAR_KINDS:
        return _SCALAR_KINDS[ruby_type]
    if ruby_type in FACTS:
        return "model:" + ruby_type
    raise AssertionError("no oracle kind for the Ruby type %r" % ruby_type)


def _read_default(prop: Dict[str, Any]) -> Any:
    """Ruby's constructor default as a value (the facts give it as Ruby prints it)."""
    default = prop["default"]
    if prop["type"] == "Boolean":
        return {"true": True, "false": False}[default]
    return default


def field_from_facts(model: str, prop: Dict[str, Any]) -> Tuple[str, Dict[str, Any]]:
    """The oracle's (kind, options) of one Ruby property, by the contract's rules."""
    kind = _OBJECT_KINDS.get((model, prop["json_key"])) or _kind_of(prop["type"])
    options: Dict[str, Any] = {}
    if prop["required"] and prop["default"] is None:  # a defaulted field is optional
        options["required"] = True
    if prop.get("enum"):
        options["known"] = tuple(prop["enum"])  # the response's enums are open
    for rule, value in (prop.get("rules") or {}).items():
        if rule == "pattern":
            assert value.startswith("^") and value.endswith("$"), value
            options["pattern"] = value[1:-1]  # matched against the whole string
        elif rule == "not_nil":
            assert options.get("required"), (model, prop["name"])
        else:
            options[_RULE_OPTIONS[rule]] = value
    return kind, options


def model_from_facts(model: str) -> Dict[str, Tuple[str, Dict[str, Any]]]:
    """JSON key -> (kind, options) of every property of a Ruby model, in Ruby order."""
    return {prop["json_key"]: field_from_facts(model, prop) for prop in FACTS[model]["properties"]}


HAND_WRITTEN = tuple(MODELS)
"""The request models and the returned session, stated by hand above with the limits of the
request; the facts give them only Ruby's types."""
for _name in FACTS:
    if _name not in MODELS:
        MODELS[_name] = model_from_facts(_name)

SNAKE: Dict[str, Dict[str, str]] = {
    name: {PYTHON_NAME_OF.get(prop["name"], prop["name"]): prop["json_key"] for prop in facts["properties"]}
    for name, facts in FACTS.items()
}
"""Per model, each field's Python name -> its JSON key, in Ruby order."""

RUBY_NAMES: Dict[str, Dict[str, str]] = {
    name: {prop["name"]: PYTHON_NAME_OF[prop["name"]] for prop in facts["properties"] if prop["name"] in PYTHON_NAME_OF}
    for name, facts in FACTS.items()
}
"""Per model, Ruby's attribute -> the Python name, where they differ (the constructor takes both)."""

DEFAULTS: Dict[str, Dict[str, Any]] = {
    name: {prop["json_key"]: _read_default(prop) for prop in facts["properties"] if prop["default"] is not None}
    for name, facts in FACTS.items()
}
"""Per model, what a defaulted field reads while unset, by JSON key."""

EFFECT_TYPES: Dict[str, str] = {
    facts["effect_type"]: name for name, facts in FACTS.items() if facts.get("effect_type") is not None
}
"""Effect type -> the Ruby props model of it."""


def wire_key(model: str, attribute: str) -> Optional[str]:
    """The JSON key of a constructor argument (Python or Ruby name), or None if unknown."""
    return SNAKE[model].get(RUBY_NAMES[model].get(attribute, attribute))


def python_name(model: str, attribute: str) -> str:
    """The Python attribute of a constructor argument (Python or Ruby name)."""
    return RUBY_NAMES[model].get(attribute, attribute)


_DATETIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$",
    re.ASCII,
)


def parse_datetime(text: str) -> Optional[Tuple[int, int]]:
    """(instant, offset minutes) of an RFC 3339 text with a zone, or None. The instant is
    in microseconds from 0001-01-01T00:00Z, so that one just outside Python's datetime
    range (``0001-01-01T00:00+00:01``) has one too."""
    match = _DATETIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    if second == "60" or (off_h is not None and (int(off_h) > 23 or int(off_m) > 59)):
        return None
    offset = 0 if sign is None else (int(off_h) * 60 + int(off_m)) * (1 if sign == "+" else -1)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro)
    except ValueError:
        return None
    seconds = (local.toordinal() - 1) * 86400 + local.hour * 3600 + local.minute * 60 + local.second - offset * 60
    return seconds * 1_000_000 + local.microsecond, offset


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _is_num(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    if isinstance(value, float):
        return math.isfinite(value)
    return abs(value) <= 1.7976931348623157e308


def _json_problems(value: Any, loc: Loc, depth: int) -> List[Loc]:
    if value is None or isinstance(value, (str, bool)) or _is_num(value):
        return []
    if isinstance(value, (dict, list)):
        if depth > 100:
            return [loc]
        items = value.items() if isinstance(value, dict) else enumerate(value)
        out: List[Loc] = []
        for key, item in items:
            if isinstance(value, dict) and not isinstance(key, str):
                out.append((*loc, key))
            else:
                out += _json_problems(item, (*loc, key), depth + 1)
        return out
    return [loc]


def is_uuid(text: str) -> bool:
    """Whether ``text`` is 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens."""
    groups = text.split("-")
    return [len(group) for group in groups] == [8, 4, 4, 4, 12] and all(
        digit in string.hexdigits for group in groups for digit in group
    )


def _in_bounds(value: Any, options: Dict[str, Any]) -> bool:
    """Within the inclusive ``minimum`` and ``maximum`` (``-0.0`` is not below 0)."""
    return options.get("minimum", -math.inf) <= value <= options.get("maximum", math.inf)


def _value_problems(kind: str, options: Dict[str, Any], value: Any, loc: Loc) -> List[Loc]:
    if kind == "str":
        if not isinstance(value, str):
            return [loc]
        if len(value) < options.get("min", 0) or len(value) > options.get("max", math.inf):
            return [loc]
        if "enum" in options and value not in options["enum"]:
            return [loc]
        if options.get("uuid") and not is_uuid(value):
            return [loc]
        if "pattern" in options and not re.fullmatch(options["pattern"], value):
            return [loc]
        return []
    if kind == "int":
        return [] if _is_int(value) and _in_bounds(value, options) else [loc]
    if kind == "num":
        return [] if _is_num(value) and _in_bounds(value, options) else [loc]
    if kind == "bool":
        return [] if isinstance(value, bool) else [loc]
    if kind == "datetime":
        return [] if isinstance(value, str) and parse_datetime(value) else [loc]
    if kind == "json":
        return _json_problems(value, loc, 1) if isinstance(value, dict) else [loc]
    if kind == "jsonarray":
        return _json_problems(value, loc, 1) if isinstance(value, list) else [loc]
    if kind == "any":
        return _json_problems(value, loc, 1)
    if kind.startswith("model:"):
        return problems(kind[6:], value, loc)
    if kind.startswith("map:"):
        if not isinstance(value, dict):
            return [loc]
        out: List[Loc] = []
        for key, item in value.items():
            out += [(*loc, key)] if not isinstance(key, str) else problems(kind[4:], item, (*loc, key))
        return out
    if kind.startswith("list:"):
        if not isinstance(value, list) or len(value) > options.get("max_items", math.inf):
            return [loc]
        out = []
        item_options = options.get("item", {})
        for index, item in enumerate(value):
            out += [(*loc, index)] if item is None else _value_problems(kind[5:], item_options, item, (*loc, index))
        if not out and "max_sum" in options and sum(item["quantity"] for item in value) > options["max_sum"]:
            out.append(loc)
        return out
    raise AssertionError(kind)


def unknown_enum_values(model: str, data: Any, loc: Loc = ()) -> List[Loc]:
    """Where valid wire ``data`` holds a value of an open enum (data the server owns) that
    Ruby 10.0.0 does not list: Ruby refuses it, and the contract keeps it."""
    out: List[Loc] = []
    if not isinstance(data, dict):
        return out
    for key, (kind, options) in MODELS[model].items():
        value = data.get(key)
        if value is None:
            continue
        if "known" in options and value not in options["known"]:
            out.append((*loc, key))
        elif kind.startswith("model:"):
            out += unknown_enum_values(kind[6:], value, (*loc, key))
        elif kind.startswith("map:"):
            for name, item in value.items():
                out += unknown_enum_values(kind[4:], item, (*loc, key, name))
        elif kind.startswith("list:model:"):
            for index, item in enumerate(value):
                out += unknown_enum_values(kind[11:], item, (*loc, key, index))
    return out


def problems(model: str, data: Any, loc: Loc = ()) -> List[Loc]:
    """Every location where wire ``data`` breaks the declared types of ``model``."""
    if not isinstance(data, dict):
        return [loc]
    out: List[Loc] = []
    for key, (kind, options) in MODELS[model].items():
        value = data.get(key)
        if value is None:
            if options.get("required"):
                out.append((*loc, key))
            continue
        out += _value_problems(kind, options, value, (*loc, key))
    for key, value in data.items():
        if key in MODELS[model]:
            continue
        wire = SNAKE[model].get(key, key)
        if wire != key:  # a field's Python name, refused in every mode
            out.append((*loc, key))
            if wire not in data and value is not None:  # and its value checked as that field's
                kind, options = MODELS[model][wire]
                out += _value_problems(kind, options, value, (*loc, key))
        else:
            out += _json_problems(value, (*loc, key), 1) if isinstance(key, str) else [(*loc, key)]
    return out


def expected_wire(model: str, data: Dict[str, Any]) -> Dict[str, Any]:
    """What ``to_dict`` must give for valid ``data``: nulls of known fields dropped, known
    fields first in field order, then unknown keys; date-times as (instant, offset)."""
    out: Dict[str, Any] = {}
    fields = MODELS[model]
    for key, (kind, _) in fields.items():
        value = data.get(key)
        if value is not None:
            out[key] = _expected_value(kind, value)
    for key, value in data.items():
        if key not in fields:
            out[key] = value
    return out


def _expected_value(kind: str, value: Any) -> Any:
    if kind == "datetime":
        return parse_datetime(value)
    if kind.startswith("model:"):
        return expected_wire(kind[6:], value)
    if kind.startswith("map:"):
        return {key: expected_wire(kind[4:], item) for key, item in value.items()}
    if kind.startswith("list:model:"):
        return [expected_wire(kind[11:], item) for item in value]
    return value


def comparable_wire(model: str, data: Dict[str, Any]) -> Dict[str, Any]:
    """``to_dict`` output with date-times as (instant, offset), for comparing."""
    return expected_wire(model, data)


def strict_equal(left: Any, right: Any) -> bool:
    """Equal with types: ``1`` is not ``True``, ``9`` is not ``9.0``, key order counts.

    Walks with a list of pairs still to compare, not by recursion, so that data nested
    deeper than the recursion limit (which json reads on Python 3.13) compares too."""
    pending = [(left, right)]
    while pending:
        one, other = pending.pop()
        if type(one) is not type(other):
            return False
        if isinstance(one, dict):
            if list(one) != list(other):
                return False
            pending.extend((one[key], other[key]) for key in one)
        elif isinstance(one, (list, tuple)):
            if len(one) != len(other):
                return False
            pending.extend(zip(one, other))
        elif one != other:
            return False
    return True
