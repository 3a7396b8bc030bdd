#!/usr/bin/env python3
"""Rewrite the vendor API spec data the tests use, in tests/data/spec/, from the Integration API spec.

The spec is the vendor's repository ``talon-one/t1-openapi-specs``: since 2025-08-06 one YAML
file per path (``integration-api/paths/v2-customer_sessions-{customerSessionId}.yaml``), before
that one dereferenced file (``integration-deref.json``, ``.yaml``). Either works as SPEC_FILE: the
script reads the 200 response of ``PUT /v2/customer_sessions/{customerSessionId}`` (the
customer-session update) from it. The tests never read the spec: they read what this script
writes.

* ``effect-props.json``: every member of the ``Effect.props`` ``oneOf``, by its ``title`` (the
  effect type): the name of its schema and its ``example``; the types the Ruby SDK has no props
  model for, and the keys only the spec or only the Ruby model has.
* ``response-examples.json``: the keys of the response, and per schema the ``example`` of each
  of its properties, for the response and every schema it reaches; the keys only the spec or only
  the Ruby model has.
* ``full-response.json``: one complete, realistic response body built from those examples, valid
  by the Ruby SDK's types and rules (``tests/data/ruby/models``) and by the customer-session
  limits; where an example breaks them, the value in ``REPLACED`` stands in for it.
* ``README.md``: what these files are, where they came from, and each replacement.

The spec inlines its schemas, so it names none of them. The names are those of the Ruby SDK's
models, found by walking the response alongside their facts (``tests/data/ruby/models``); a
schema the Ruby SDK has no model for is named by where it hangs (``IntegrationStateV2.advancedEvent``).
A props member is named after its effect type as the vendor's SDKs name them: ``setDiscount`` ->
``SetDiscountEffectProps``, ``customEffect`` -> ``CustomEffectProps``.

Everything is built and checked before anything is written; a check that fails writes nothing.
``--check FILE`` only checks a response body against those rules.

Reading a YAML spec needs PyYAML, a development tool only: the tests and the package never need
it, and a JSON spec is read without it.

Usage: scripts/import-api-spec.py SPEC_FILE --commit SHA --date YYYY-MM-DD [--path PATH_IN_REPOSITORY]
       scripts/import-api-spec.py --check RESPONSE_FILE
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "spec"
RUBY_MODELS = ROOT / "tests" / "data" / "ruby" / "models"

REPOSITORY = "talon-one/t1-openapi-specs"
DEFAULT_PATH = "integration-api/paths/v2-customer_sessions-{customerSessionId}.yaml"
OPERATION = ("/v2/customer_sessions/{customerSessionId}", "put")
ROOT_SCHEMA = "IntegrationStateV2"

Json = Any
Schema = Dict[str, Any]


class SpecProblem(Exception):
    """The spec is not what this script expects, or what it builds breaks a rule."""


# -- reading the spec ---------------------------------------------------------------------------


def load_spec(path: Path) -> Json:
    """The spec document: JSON as it is, YAML with PyYAML (date-times kept as text)."""
    text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        import yaml  # noqa: PLC0415  (a development tool, needed for a YAML spec only)
    except ImportError:
        raise SpecProblem("%s is YAML, and reading YAML needs PyYAML (pip install pyyaml)" % path) from None

    class Loader(yaml.SafeLoader):
        """YAML's own types only where JSON has them: a date-time stays the text it is."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rule) for tag, rule in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    document = yaml.load(text, Loader=Loader)
    for where, value in walk(document):
        if not isinstance(value, (dict, list, str, int, float, bool, type(None))):
            raise SpecProblem("%s holds a %s, which JSON has no type for" % (where, type(value).__name__))
    return document


def walk(value: Json, where: str = "") -> Iterator[Tuple[str, Json]]:
    """Every value in a document, with its path."""
    yield where, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, "%s/%s" % (where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, "%s/%d" % (where, index))


def response_schema(document: Json) -> Schema:
    """The 200 response schema of the customer-session update, in a whole spec or a path file."""
    path, method = OPERATION
    item = document["paths"][path] if "paths" in document else document
    try:
        return item[method]["responses"]["200"]["content"]["application/json"]["schema"]
    except (KeyError, TypeError):
        raise SpecProblem("the spec has no 200 JSON response for %s %s" % (method.upper(), path)) from None


def merged(schema: Schema) -> Schema:
    """A schema with its ``allOf`` parts folded in: properties in order, required lists joined."""
    if "allOf" not in schema:
        return schema
    out: Schema = {"properties": {}, "required": []}
    for part in [*schema["allOf"], {key: value for key, value in schema.items() if key != "allOf"}]:
        for key, value in merged(part).items():
            if key == "properties":
                out["properties"].update(value)
            elif key == "required":
                out["required"] += [name for name in value if name not in out["required"]]
            else:
                out.setdefault(key, value)
    return out


def nested(schema: Schema) -> Optional[Tuple[str, Schema]]:
    """How a property holds an object schema of its own ("one", "list", "map"), or None."""
    schema = merged(schema)
    if schema.get("properties"):
        return "one", schema
    for kind, key in (("list", "items"), ("map", "additionalProperties")):
        inner = schema.get(key)
        if isinstance(inner, dict) and merged(inner).get("properties"):
            return kind, merged(inner)
    return None


# -- the Ruby facts that name the schemas and state the rules -------------------------------------


def ruby_facts() -> Dict[str, Dict[str, Any]]:
    """The facts of every Ruby model (tests/data/ruby/models), by model name."""
    facts = {}
    for path in sorted(RUBY_MODELS.glob("*.json")):
        model = json.loads(path.read_text(encoding="utf-8"))
        facts[model["model"]] = model
    if ROOT_SCHEMA not in facts:
        raise SpecProblem("no Ruby facts for %s: run scripts/import-ruby-reference.py first" % ROOT_SCHEMA)
    return facts


def inner_type(ruby_type: str) -> str:
    """The item type of ``Array<X>``, the value type of ``Hash<String, X>``, else the type itself."""
    match = re.match(r"^(?:Array<(.*)>|Hash<String, (.*)>)$", ruby_type)
    return (match.group(1) or match.group(2)) if match else ruby_type


def property_types(facts: Dict[str, Dict[str, Any]], model: str) -> Dict[str, str]:
    """JSON key -> Ruby type of a Ruby model, or {} for a schema Ruby has no model for."""
    return {prop["json_key"]: prop["type"] for prop in facts.get(model, {}).get("properties", [])}


def child_name(facts: Dict[str, Dict[str, Any]], name: str, key: str) -> str:
    """The name of the object schema that property ``key`` of schema ``name`` holds."""
    ruby_model = inner_type(property_types(facts, name).get(key, ""))
    return ruby_model if ruby_model in facts else "%s.%s" % (name, key)


def collect_schemas(root: Schema, facts: Dict[str, Dict[str, Any]]) -> Dict[str, Schema]:
    """Every object schema the response reaches, by name, each once (``Effect.props`` left out).

    A schema reached again under the same name must have the same properties and examples (its
    title and description may say where it hangs), or the names are wrong.
    """
    found: Dict[str, Schema] = {}

    def visit(schema: Schema, name: str) -> None:
        if name in found:
            if (list(found[name]["properties"]), examples(found[name])) != (
                list(schema["properties"]),
                examples(schema),
            ):
                raise SpecProblem("two different schemas would both be named %s" % name)
            return
        found[name] = schema
        for key, prop in schema["properties"].items():
            inner = nested(prop)
            if inner is not None and (name, key) != ("Effect", "props"):
                visit(inner[1], child_name(facts, name, key))

    visit(merged(root), ROOT_SCHEMA)
    return found


def examples(schema: Schema) -> Dict[str, Json]:
    """The ``example`` of each property of a schema that gives one, in the schema's order."""
    out = {}
    for key, prop in schema["properties"].items():
        whole = merged(prop)
        if "example" in whole:
            out[key] = whole["example"]
    return out


def props_schema_name(effect_type: str) -> str:
    """The name of the props schema of an effect type, as the vendor's SDKs name it."""
    if effect_type == "customEffect":
        return "CustomEffectProps"
    return effect_type[0].upper() + effect_type[1:] + "EffectProps"


def props_members(schemas: Dict[str, Schema]) -> Dict[str, Schema]:
    """effect type -> its member of the ``Effect.props`` ``oneOf``, in the spec's order."""
    members = merged(schemas["Effect"]["properties"]["props"]).get("oneOf")
    if not members:
        raise SpecProblem("Effect.props has no oneOf")
    out: Dict[str, Schema] = {}
    for member in members:
        title = member.get("title")
        if not title or "example" not in member:
            raise SpecProblem(
                "an Effect.props member has no title or no example (%s); they came with the spec of 2026-06-06"
                % ", ".join(sorted(member))
            )
        if title in out:
            raise SpecProblem("two Effect.props members are titled %s" % title)
        out[title] = merged(member)
    return out


def effect_props(schemas: Dict[str, Schema]) -> Dict[str, Dict[str, Json]]:
    """effect type -> the name and example of its ``Effect.props`` member, in the spec's order."""
    return {
        title: {"schema": props_schema_name(title), "example": member["example"]}
        for title, member in props_members(schemas).items()
    }


def key_differences(
    spec: Dict[str, List[str]], facts: Dict[str, Dict[str, Any]], models: Dict[str, str]
) -> Dict[str, Dict[str, List[str]]]:
    """``spec_only_keys`` and ``ruby_only_keys``: per name (``models`` maps it to its Ruby model), the
    property keys only the spec, or only the Ruby model, has; names whose keys agree left out."""
    out: Dict[str, Dict[str, List[str]]] = {"spec_only_keys": {}, "ruby_only_keys": {}}
    for name in sorted(models):
        ruby = [prop["json_key"] for prop in facts[models[name]]["properties"]]
        spec_only = [key for key in spec[name] if key not in ruby]
        ruby_only = [key for key in ruby if key not in spec[name]]
        if spec_only:
            out["spec_only_keys"][name] = spec_only
        if ruby_only:
            out["ruby_only_keys"][name] = ruby_only
    return out


# -- what a valid response is: the Ruby SDK's types and rules, and the session limits -----------

# The customer-session rules of the parity contract, which the request models' facts files do
# not carry: Ruby's setter checks (RUBY_BEHAVIOUR.md sections 1 and 2) and the Integration API's
# limits on the session's fields.
SESSION_RULES: Dict[Tuple[str, str], Dict[str, Any]] = {
    ("CustomerSessionV2", "integrationId"): {"max_length": 1000},
    ("CartItem", "sku"): {"min_length": 1},
    ("CartItem", "quantity"): {"minimum": 1},
    ("CartItem", "adjustmentReferenceId"): {"uuid": True},
    ("PriceDetail", "adjustmentReferenceId"): {"uuid": True},
}
for _model in ("NewCustomerSessionV2", "CustomerSessionV2"):
    SESSION_RULES.update(
        {
            (_model, "storeIntegrationId"): {"min_length": 1, "max_length": 1000},
            (_model, "referralCode"): {"max_length": 100},
            (_model, "couponCodes"): {"item_max_length": 100},
            (_model, "loyaltyCards"): {"max_items": 1},
            (_model, "identifiers"): {"max_items": 5},
            (_model, "state"): {"enum": ["open", "closed", "partially_returned", "cancelled"]},
        }
    )
# Object fields that hold any JSON value (so do the items of Event.effects); every other Object
# field is a JSON object.
ANY_VALUE = {("UpdateAttributeEffectProps", "value")}
DATE_TIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-](\d\d):(\d\d))", re.ASCII)
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)
INT64 = (-(2**63), 2**63 - 1)


def date_time_problem(text: str) -> Optional[str]:
    """Why a text is not an RFC 3339 date-time with a zone, or None."""
    match = DATE_TIME.fullmatch(text)
    if not match:
        return "not an RFC 3339 date-time with a zone"
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    try:
        datetime(year, month, day, hour, minute, second)
    except ValueError as error:
        return "no such date-time (%s)" % error
    if match.group(9) and (int(match.group(9)) > 23 or int(match.group(10)) > 59):
        return "no such zone offset"
    return None


class Checker:
    """The problems of a response body by the Ruby facts, each with its wire path."""

    def __init__(self, facts: Dict[str, Dict[str, Any]]) -> None:
        self.facts = facts
        self.problems: List[str] = []

    def model(self, model: str, value: Json, where: str) -> None:
        if not isinstance(value, dict):
            self.problems.append("%s: a %s must be a JSON object" % (where or "the body", model))
            return
        for prop in self.facts[model]["properties"]:
            key = prop["json_key"]
            path = "%s.%s" % (where, key) if where else key
            if prop["name"] != key and prop["name"] in value:
                self.problems.append("%s.%s: the Python name of %s is not a wire key" % (where, prop["name"], key))
            if value.get(key) is None:
                if prop["required"] and prop["default"] is None:
                    self.problems.append("%s: required, and %s" % (path, "null" if key in value else "missing"))
                continue
            self.value(model, prop, value[key], path)

    def value(self, model: str, prop: Dict[str, Any], value: Json, where: str) -> None:
        kind = prop["type"]
        rules = dict(prop.get("rules") or {}, **SESSION_RULES.get((model, prop["json_key"]), {}))
        if prop.get("enum"):
            rules["enum"] = prop["enum"]
        inner = inner_type(kind)
        if kind.startswith("Array<"):
            if not isinstance(value, list):
                self.problems.append("%s: must be a JSON array" % where)
                return
            if "max_items" in rules and len(value) > rules["max_items"]:
                self.problems.append("%s: more than %d items" % (where, rules["max_items"]))
            item_rules = {"max_length": rules["item_max_length"]} if "item_max_length" in rules else {}
            for index, item in enumerate(value):
                self.single(inner, item, "%s[%d]" % (where, index), item_rules, any_json=model == "Event")
        elif kind.startswith("Hash<"):
            if not isinstance(value, dict):
                self.problems.append("%s: must be a JSON object" % where)
                return
            for key, item in value.items():
                self.single(inner, item, "%s.%s" % (where, key), {})
        else:
            self.single(kind, value, where, rules, any_json=(model, prop["json_key"]) in ANY_VALUE)

    def single(self, kind: str, value: Json, where: str, rules: Dict[str, Any], *, any_json: bool = False) -> None:
        if value is None:
            self.problems.append("%s: null inside a list or map" % where)
            return
        if kind in self.facts:
            self.model(kind, value, where)
            return
        if kind == "Object":
            if not (any_json or isinstance(value, dict)):
                self.problems.append("%s: must be a JSON object" % where)
            return
        expected = {
            "String": lambda v: isinstance(v, str),
            "DateTime": lambda v: isinstance(v, str),
            "Boolean": lambda v: isinstance(v, bool),
            "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool) and INT64[0] <= v <= INT64[1],
            "Float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v),
        }.get(kind)
        if expected is None:
            self.problems.append("%s: the Ruby type %s is unknown here" % (where, kind))
        elif not expected(value):
            self.problems.append("%s: %r is not of type %s" % (where, value, kind))
        elif kind == "DateTime" and date_time_problem(value):
            self.problems.append("%s: %r is %s" % (where, value, date_time_problem(value)))
        else:
            self.rules(value, rules, where)

    def rules(self, value: Json, rules: Dict[str, Any], where: str) -> None:
        checks = (
            ("min_length", lambda v, bound: len(v) >= bound, "shorter than %s"),
            ("max_length", lambda v, bound: len(v) <= bound, "longer than %s"),
            ("minimum", lambda v, bound: v >= bound, "below %s"),
            ("maximum", lambda v, bound: v <= bound, "above %s"),
            ("pattern", lambda v, pattern: re.fullmatch(pattern.strip("^$"), v) is not None, "not matching %s"),
            ("uuid", lambda v, _: UUID.fullmatch(v) is not None, "not a canonical UUID%.0s"),
            ("enum", lambda v, values: v in values, "not one of Ruby's values %s"),
        )
        for name, passes, message in checks:
            if name in rules and not passes(value, rules[name]):
                self.problems.append("%s: %r is %s" % (where, value, message % (rules[name],)))


def response_problems(body: Json, facts: Dict[str, Dict[str, Any]]) -> List[str]:
    """Every problem of a response body, by the rules above (enums: Ruby's own values)."""
    checker = Checker(facts)
    checker.model(ROOT_SCHEMA, body, "")
    return checker.problems


def props_problems(props: Dict[str, Dict[str, Json]], facts: Dict[str, Dict[str, Any]]) -> Dict[str, List[str]]:
    """effect type -> the problems of its example as its Ruby props model reads it (the typed view).

    Not part of validity: ``Effect.props`` is kept as it is, whatever its type says.
    """
    out = {}
    for effect_type, member in props.items():
        if member["schema"] not in facts:
            out[effect_type] = ["Ruby 10.0.0 has no %s" % member["schema"]]
            continue
        checker = Checker(facts)
        checker.model(member["schema"], member["example"], "props")
        if checker.problems:
            out[effect_type] = checker.problems
    return out


# -- the full response ---------------------------------------------------------------------------

BUILT = "(built from the examples of the schema it holds)"
GO_LAYOUT = "`Z07:00` is the zone of Go's RFC 3339 layout pasted after a UTC time, not an offset; Ruby reads it as UTC"
# Spec examples the full response does not use, each with what stands in for it and why.
REPLACED: Dict[Tuple[str, str], Tuple[Json, str]] = {
    ("Campaign", "updated"): ("2022-10-27T15:00:00Z", "day 97 and hour 35 do not exist"),
    ("Tier", "startDate"): ("2021-05-03T12:32:00Z", GO_LAYOUT),
    ("Tier", "expiryDate"): ("2022-08-02T15:04:05Z", GO_LAYOUT),
    ("Giveaway", "startDate"): ("2022-01-02T15:04:05Z", GO_LAYOUT),
    ("Giveaway", "endDate"): ("2023-01-02T15:04:05Z", GO_LAYOUT),
    ("LoyaltyProgramLedgers", "joinDate"): ("2024-04-30T15:04:05Z", GO_LAYOUT),
    ("LedgerInfo", "currentTier"): (BUILT, 'a string where a Tier object goes ("bronze" is the name of that Tier)'),
    ("CustomerProfile", "loyaltyMemberships"): (BUILT, "null, where a list of memberships goes"),
    ("CartItem", "prices"): (
        {
            "member": {
                "price": 90,
                "adjustmentContextId": "summer25",
                "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b",
                "adjustmentEffectiveFrom": "2025-05-25T00:00:00Z",
                "adjustmentEffectiveUntil": "2025-05-30T00:00:00Z",
            },
            "base": {"price": 100},
        },
        "its price details name the adjustment dates effectiveFrom and effectiveUntil, which PriceDetail does not "
        "have; the member price takes PriceDetail's own examples instead",
    ),
    ("Effect", "conditionIndex"): (
        2,
        "786 is the example of triggeredForCatalogItem; the rejectCoupon props it goes with name condition 2",
    ),
}
# Values for properties the spec gives no example for, where the body should hold them.
FILLED: Dict[Tuple[str, str], Json] = {
    ("Tier", "downgradePolicy"): "one_down",
    ("LedgerEntry", "accountId"): 31,
    ("LedgerEntry", "referenceId"): 5,
    ("Campaign", "attributes"): {"region": "EU"},
    ("Coupon", "attributes"): {"channel": "email"},
    ("IntegrationCoupon", "attributes"): {"channel": "email"},
    ("Giveaway", "attributes"): {"giftCardValue": 20},
    ("ReferralRejectionReason", "campaignId"): 4,
    ("ReferralRejectionReason", "referralId"): 12,
    ("InventoryReferral", "referredCustomers"): ["BZGGC2454PA"],
    # An array per effect, as the spec types these (array of arrays): campaign, ruleset, rule index,
    # and the effect with its arguments.
    ("Event", "effects"): [[4, 6, 7, ["setDiscount", "10% Off", 2.5]]],
    ("IntegrationStateV2.advancedEvent", "effects"): [[4, 6, 7, ["setDiscount", "10% Off", 2.5]]],
    ("Meta", "campaigns"): {},
    ("Meta", "coupons"): {},
    ("Meta", "warnings"): {},
    ("CartItem", "height"): 12.5,
    ("CartItem", "width"): 31,
    ("CartItem", "length"): 20.5,
    ("CartItem", "position"): 0,
    ("CartItem", "catalogItemID"): 786,
    ("IntegrationStateV2.campaignEligibility.eligibility", "passed"): True,
    ("IntegrationStateV2.campaignEligibility.experiment", "id"): 1,
    ("IntegrationStateV2.campaignEligibility.experiment", "variantId"): 2,
}
# Properties left out although the spec describes them: the eligibility details of a check that passed.
LEFT_OUT = {
    ("Effect", "props"),
    ("IntegrationStateV2.campaignEligibility.eligibility", "details"),
    ("IntegrationStateV2.campaignEligibility.rules.eligibility", "details"),
}
# The key of the one entry of a map of models that has no example.
MAP_KEYS = {
    ("Loyalty", "programs"): "program1",  # keyed by the program's name
    ("LoyaltyProgramLedgers", "subLedgers"): "main",
    ("LoyaltyCard", "subledgers"): "main",
}
# The two further triggered campaigns: what differs from the spec's (the first).
MORE_CAMPAIGNS: List[Dict[str, Json]] = [
    {
        "id": 5,
        "created": "2021-01-12T08:30:00Z",
        "name": "Loyalty rewards",
        "description": "Points, tiers and achievements for loyalty members",
        "startTime": "2021-02-01T00:00:00Z",
        "endTime": "2027-01-31T23:00:00Z",
        "activeRulesetId": 7,
        "tags": ["loyalty"],
        "features": ["loyalty", "achievements"],
        "limits": [{"action": "addLoyaltyPoints", "limit": 100000, "period": "monthly", "entities": ["Profile"]}],
        "budgets": [{"action": "addLoyaltyPoints", "limit": 100000, "counter": 2310.5}],
        "activeRevisionId": 9,
        "activeRevisionVersionId": 14,
        "version": 3,
        "currentRevisionId": 9,
        "currentRevisionVersionId": 14,
    },
    {
        "id": 6,
        "created": "2022-03-01T12:00:00Z",
        "name": "Welcome gifts",
        "description": "A gift card and a welcome message for new customers",
        "startTime": "2022-03-01T00:00:00Z",
        "endTime": "2022-12-31T23:00:00Z",
        "activeRulesetId": 8,
        "tags": ["welcome", "giveaways"],
        "features": ["giveaways"],
        "type": "advanced",
        "limits": [{"action": "awardGiveaway", "limit": 500, "period": "daily", "entities": ["Profile"]}],
        "budgets": [{"action": "awardGiveaway", "limit": 500, "counter": 9}],
        "activeRevisionId": 11,
        "activeRevisionVersionId": 11,
        "version": 1,
        "currentRevisionId": 11,
        "currentRevisionVersionId": 11,
    },
]
# What the two further campaigns leave out: the first campaign's code settings and counters.
NOT_IN_MORE_CAMPAIGNS = (
    "couponSettings",
    "referralSettings",
    "couponRedemptionCount",
    "referralRedemptionCount",
    "discountCount",
    "discountEffectCount",
    "couponCreationCount",
    "referralCreationCount",
    "callApiEffectCount",
    "reservecouponEffectCount",
)
# Per effect type: which triggered campaign (0, 1, 2) fired it, and the name of its rule.
EFFECT_RULES: Dict[str, Tuple[int, str]] = {
    "acceptCoupon": (0, "Accept the summer coupon"),
    "acceptReferral": (0, "Accept a friend's referral code"),
    "redeemReferral": (0, "Redeem the referral code"),
    "rejectCoupon": (0, "Reject coupons past their usage limit"),
    "rejectReferral": (0, "Reject used referral codes"),
    "couponCreated": (0, "Create a coupon for the next order"),
    "referralCreated": (0, "Create a referral code for the customer"),
    "setDiscount": (0, "10% off the order"),
    "setDiscountPerItem": (0, "Discount on the first item"),
    "setDiscountPerAdditionalCost": (0, "Shipping discount"),
    "setDiscountPerAdditionalCostPerItem": (0, "Shipping discount on the first item"),
    "addFreeItem": (0, "Free gift with every order"),
    "showBundleMetadata": (0, "Buy 2 get 1 free"),
    "rollbackCoupon": (0, "Roll back the coupon of a cancelled session"),
    "rollbackReferral": (0, "Roll back the referral of a cancelled session"),
    "rollbackDiscount": (0, "Roll back the discount of a cancelled session"),
    "reserveCoupon": (0, "Reserve the coupon for the customer"),
    "addLoyaltyPoints": (1, "Points for every purchase"),
    "deductLoyaltyPoints": (1, "Deduct points on return"),
    "changeLoyaltyTierLevel": (1, "Tier upgrade on purchase"),
    "rollbackAddedLoyaltyPoints": (1, "Roll back points of a cancelled session"),
    "rollbackDeductedLoyaltyPoints": (1, "Give back points deducted in a cancelled session"),
    "increaseAchievementProgress": (1, "Count coffee orders"),
    "rollbackIncreasedAchievementProgress": (1, "Uncount a cancelled coffee order"),
    "extendLoyaltyPointsExpiryDate": (1, "Extend the points of active members"),
    "setLoyaltyPointsExpiryDate": (1, "Set the expiry of the points of closed accounts"),
    "awardGiveaway": (2, "Award a gift card"),
    "willAwardGiveaway": (2, "Announce the gift card"),
    "addToAudience": (2, "Add new customers to the welcome audience"),
    "removeFromAudience": (2, "Remove returning customers from the welcome audience"),
    "triggerWebhook": (2, "Notify the CRM"),
    "showNotification": (2, "Tell the customer about the discount"),
    "updateAttribute": (2, "Remember the customer's tier"),
    "customEffect": (2, "Show the welcome banner"),
    "error": (2, "Report a failed lookup"),
}
# The Effect fields that some effects carry besides the campaign, rule and type ("*": every effect).
EFFECT_FIELDS = {
    "*": ("evaluationGroupID", "evaluationGroupMode"),
    "setDiscount": ("experimentId", "triggeredByCoupon"),
    "acceptCoupon": ("triggeredByCoupon",),
    "rejectCoupon": ("triggeredByCoupon", "conditionIndex"),
    "rollbackCoupon": ("triggeredByCoupon",),
    "reserveCoupon": ("triggeredByCoupon",),
    "setDiscountPerItem": ("triggeredForCatalogItem", "selectedPriceType", "selectedPrice", "adjustmentReferenceId"),
}


class Builder:
    """Objects of the response's schemas, made of their examples, REPLACED, FILLED and MAP_KEYS."""

    def __init__(self, schemas: Dict[str, Schema], facts: Dict[str, Dict[str, Any]]) -> None:
        self.schemas = schemas
        self.facts = facts

    def instance(self, name: str) -> Dict[str, Json]:
        schema = self.schemas[name]
        given = examples(schema)
        out: Dict[str, Json] = {}
        for key, prop in schema["properties"].items():
            if (name, key) in LEFT_OUT:
                continue
            replaced, _ = REPLACED.get((name, key), (None, ""))
            inner = nested(prop)
            if replaced is not None and replaced != BUILT:
                out[key] = copy.deepcopy(replaced)
            elif key in given and replaced is None:
                out[key] = copy.deepcopy(given[key])
            elif inner is not None:
                item = self.instance(child_name(self.facts, name, key))
                out[key] = {"one": item, "list": [item], "map": {MAP_KEYS.get((name, key), "key"): item}}[inner[0]]
            elif (name, key) in FILLED:
                out[key] = copy.deepcopy(FILLED[(name, key)])
        return out

    def missing(self, value: Json, name: str, where: str = "") -> Iterator[str]:
        """The paths of the properties the spec requires that ``value`` (of schema ``name``) lacks.

        A key the spec requires but does not declare (see ``undeclared()``) is not looked for.
        """
        schema = self.schemas[name]
        for key in schema.get("required", []):
            if key in schema["properties"] and key not in value and (name, key) not in LEFT_OUT:
                yield "%s.%s" % (where, key) if where else key
        for key, prop in schema["properties"].items():
            inner = nested(prop)
            if inner is None or key not in value or (name, key) == ("Effect", "props"):
                continue
            path = "%s.%s" % (where, key) if where else key
            child = child_name(self.facts, name, key)
            if inner[0] == "one":
                yield from self.missing(value[key], child, path)
            elif inner[0] == "list":
                for index, item in enumerate(value[key]):
                    yield from self.missing(item, child, "%s[%d]" % (path, index))
            else:
                for map_key, item in value[key].items():
                    yield from self.missing(item, child, "%s.%s" % (path, map_key))


def undeclared(schemas: Dict[str, Schema]) -> Dict[str, List[str]]:
    """Per schema, the keys its ``required`` list names that it has no property for."""
    out = {}
    for name in sorted(schemas):
        keys = [key for key in schemas[name].get("required", []) if key not in schemas[name]["properties"]]
        if keys:
            out[name] = keys
    return out


def full_response(builder: Builder, props: Dict[str, Dict[str, Json]]) -> Dict[str, Json]:
    """One complete response body: every key the spec describes, three campaigns, one effect per type."""
    make = builder.instance

    def changed(name: str, base: Dict[str, Json], /, **changes: Json) -> Dict[str, Json]:
        """``base`` with ``changes``, its keys in the order of schema ``name``."""
        out = dict(base, **copy.deepcopy(changes))
        order = list(builder.schemas[name]["properties"])
        return {key: out[key] for key in sorted(out, key=lambda key: order.index(key) if key in order else len(order))}

    first = make("Campaign")
    campaigns = [first]
    for changes in MORE_CAMPAIGNS:
        campaign = {key: value for key, value in first.items() if key not in NOT_IN_MORE_CAMPAIGNS}
        campaigns.append(changed("Campaign", campaign, **changes))

    effect_example = make("Effect")
    effects = []
    rules_used = [0, 0, 0]
    new = [effect_type for effect_type in props if effect_type not in EFFECT_RULES]
    if new:
        raise SpecProblem("the spec has new effect types %s: give each a campaign and rule in EFFECT_RULES" % new)
    # As a server lists them: campaign by campaign, each campaign's in the order of its rules.
    for effect_type, member in sorted(props.items(), key=lambda item: EFFECT_RULES[item[0]][0]):
        index, rule_name = EFFECT_RULES[effect_type]
        campaign = campaigns[index]
        chosen = {
            "campaignId": campaign["id"],
            "rulesetId": campaign["activeRulesetId"],
            "ruleIndex": rules_used[index],
            "ruleName": rule_name,
            "effectType": effect_type,
            "campaignRevisionId": campaign["activeRevisionId"],
            "campaignRevisionVersionId": campaign["activeRevisionVersionId"],
        }
        for key in EFFECT_FIELDS["*"] + EFFECT_FIELDS.get(effect_type, ()):
            chosen[key] = effect_example[key]
        effect = {key: chosen[key] for key in builder.schemas["Effect"]["properties"] if key in chosen}
        effect["props"] = copy.deepcopy(member["example"])
        effects.append(effect)
        rules_used[index] += 1

    def example_of(effect_type: str, key: str, default: Json) -> Json:
        return props.get(effect_type, {}).get("example", {}).get(key, default)

    coupon_failure = changed(
        "RuleFailureReason",
        make("RuleFailureReason"),
        campaignID=first["id"],
        campaignName=first["name"],
        rulesetID=first["activeRulesetId"],
        couponValue=example_of("rejectCoupon", "value", "COUP-XYZ789"),
        ruleIndex=rules_used[0],
        ruleName="20% off with a coupon on orders over 100",
        conditionIndex=1,
        details="The cart total is below 100",
    )
    referral_failure = changed(
        "RuleFailureReason",
        {key: value for key, value in make("RuleFailureReason").items() if key != "couponID"},
        campaignID=campaigns[1]["id"],
        campaignName=campaigns[1]["name"],
        rulesetID=campaigns[1]["activeRulesetId"],
        referralID=example_of("redeemReferral", "id", 12),
        referralValue=example_of("redeemReferral", "value", "REF-ABC123"),
        ruleIndex=rules_used[1],
        ruleName="Bonus points for referred friends",
        effectIndex=0,
        details="The loyalty program's budget is used up",
    )
    failures = [coupon_failure, referral_failure]

    created_coupon = changed(
        "Coupon",
        make("Coupon"),
        id=7,
        campaignId=first["id"],
        value=example_of("couponCreated", "value", "COUP-NEW123"),
        usageCounter=0,
        discountCounter=0,
        reservationCounter=0,
        recipientIntegrationId=example_of("couponCreated", "profileId", "URNGV8294NV"),
    )
    created_referral = changed(
        "Referral",
        make("Referral"),
        id=7,
        campaignId=first["id"],
        code=example_of("referralCreated", "value", "REF-NEW456"),
        usageCounter=0,
    )
    giveaway = changed(
        "Giveaway",
        make("Giveaway"),
        id=example_of("awardGiveaway", "giveawayId", 5),
        code=example_of("awardGiveaway", "code", "57638t-67439hty"),
        poolId=example_of("awardGiveaway", "poolId", 2),
        profileIntegrationId=example_of("awardGiveaway", "recipientIntegrationId", "URNGV8294NV"),
    )
    earlier_return = changed(
        "ModelReturn", make("ModelReturn"), id=5, eventId=122, created="2020-06-09T16:20:11.482911Z"
    )

    parts: Dict[str, Json] = {
        "customerProfile": make("CustomerProfile"),
        "loyalty": make("Loyalty"),
        "triggeredCampaigns": campaigns,
        "campaignEligibility": [make("IntegrationStateV2.campaignEligibility")],
        "effects": effects,
        "ruleFailureReasons": failures,
        "createdCoupons": [created_coupon],
        "createdReferrals": [created_referral],
        "awardedGiveaways": [giveaway],
        "referral": make("InventoryReferral"),
        "coupons": [make("IntegrationCoupon")],
        "event": make("Event"),
        "advancedEvent": make("IntegrationStateV2.advancedEvent"),
        "customerSession": make("CustomerSessionV2"),
        "return": make("ModelReturn"),
        "previousReturns": [earlier_return],
    }
    keys = list(builder.schemas[ROOT_SCHEMA]["properties"])
    if sorted(keys) != sorted(parts):
        raise SpecProblem(
            "the response's keys changed: the spec has %s; full_response() builds %s" % (keys, list(parts))
        )
    return {key: parts[key] for key in keys}


# -- writing -------------------------------------------------------------------------------------


def dumps(value: Json) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def inline(value: Json) -> str:
    """A value as one line of Markdown code."""
    return "`%s`" % json.dumps(value, ensure_ascii=False)


def readme(
    source: Dict[str, str],
    schemas: Dict[str, Schema],
    props: Dict[str, Dict[str, Json]],
    facts: Dict[str, Dict[str, Any]],
) -> str:
    """tests/data/spec/README.md: what the files are, where they came from, and every replacement."""
    replaced = []
    for (name, key), (value, why) in REPLACED.items():
        spec = examples(schemas[name])[key]
        if value == BUILT:
            kind, _ = nested(schemas[name]["properties"][key]) or ("one", None)
            held = child_name(facts, name, key)
            ours = ("a list of one `%s`" if kind == "list" else "a `%s`") % held + " made of its property examples"
        else:
            ours = inline(value)
        replaced.append("- `%s.%s`: the spec has %s; we use %s. Why: %s." % (name, key, inline(spec), ours, why))
    filled = ["- `%s.%s`: %s" % (name, key, inline(value)) for (name, key), value in FILLED.items()]
    no_model = sorted(effect_type for effect_type, member in props.items() if member["schema"] not in facts)
    lines = [
        "# Data from the vendor's Integration API spec",
        "",
        "Written by `scripts/import-api-spec.py` from the 200 response of the customer-session update",
        "(`PUT /v2/customer_sessions/{customerSessionId}`) in the vendor's OpenAPI spec. Do not edit these",
        "files by hand: change the script and run it again.",
        "",
        "## Source",
        "",
        "- Repository: `%s` (GitHub)" % source["repository"],
        "- File: `%s`" % source["path"],
        "- Commit: `%s` (%s), the newest when imported" % (source["commit"], source["date"]),
        "",
        "The repository's first commit, `fdd95be` (2025-08-06), holds the whole spec in one file",
        "(`integration-deref.json`, `integration-deref.yaml`), the spec nearest the Ruby SDK 10.0.0. Its",
        "`Effect.props` members have no `title` and no `example`; those came on 2026-06-06 (`b45b1bb`), so",
        "the data here comes from the newest spec. The spec inlines its schemas and names none of them: the",
        "names here are the Ruby SDK's model names, found by walking the response alongside the Ruby facts",
        "(`tests/data/ruby/models`); a schema Ruby has no model for is named by where it hangs",
        "(`IntegrationStateV2.advancedEvent`). A props member is named after its effect type as the vendor's",
        "SDKs name it (`setDiscount`: `SetDiscountEffectProps`; `customEffect`: `CustomEffectProps`).",
        "",
        "## Files",
        "",
        "- `effect-props.json`: each member of the `Effect.props` `oneOf`, by its title (the effect type): the",
        "  name of its schema and its `example`, as the spec has it (%d types); `without_ruby_model`, the types"
        % len(props),
        "  the Ruby SDK 10.0.0 has no props class for (%s); `spec_only_keys` and `ruby_only_keys`, per effect"
        % ", ".join("`%s`" % name for name in no_model),
        "  type, the props keys that only the spec's member or only the Ruby props class has.",
        "- `response-examples.json`: `response_keys`, the keys of the response in the spec's order; `schemas`,",
        "  per schema the spec's `example` of each property that has one, as the spec has it (invalid ones",
        "  included); `spec_only_keys` and `ruby_only_keys`, per Ruby model, the properties that only the spec",
        "  or only the Ruby SDK has.",
        "- `full-response.json`: one complete, realistic 200 body made of those examples: every key of the",
        "  response (the newer `campaignEligibility` and `advancedEvent` too), three triggered campaigns with",
        "  limits and budgets, and one effect per effect type with the spec's example props. It is valid by",
        "  the Ruby SDK's types, required fields and setter rules at every depth, and by the customer-session",
        "  limits; enums hold Ruby's own values. `scripts/import-api-spec.py --check FILE` checks a body so.",
        "  The spec's example props are kept as they are, also where the Ruby SDK's props class would not",
        "  read them (`extendLoyaltyPointsExpiryDate` has no `previousExpirationDate`): `Effect.props` is any",
        "  JSON object. Date-times keep their fractions of a second as the spec has them.",
        "",
        "The spec requires some keys it does not declare, and which a response does not hold; they are not",
        "looked for: %s."
        % "; ".join(
            "`%s`: %s" % (name, ", ".join("`%s`" % key for key in keys)) for name, keys in undeclared(schemas).items()
        ),
        "",
        "## Spec examples replaced in full-response.json",
        "",
        *replaced,
        "",
        "## Values the spec has no example for",
        "",
        "Each property below has no example in the spec; full-response.json holds this value.",
        "",
        *filled,
        "",
        "Besides these, values that tie the body together are the script's: the second and third campaign",
        "(`MORE_CAMPAIGNS`), each effect's campaign, ruleset, rule index and name and revision ids (from the",
        "campaign that fired it, `EFFECT_RULES`), the two rule failures, and the created coupon and referral",
        "and the awarded giveaway, which take the values of the `couponCreated`, `referralCreated` and",
        "`awardGiveaway` props.",
        "",
        "## Regenerating",
        "",
        "```sh",
        "git clone https://github.com/%s.git spec-repo" % source["repository"],
        "git -C spec-repo show '%s:%s' > spec.yaml" % (source["commit"], source["path"]),
        "scripts/import-api-spec.py spec.yaml --commit %s --date %s" % (source["commit"], source["date"]),
        "```",
        "",
        "For a newer spec, take `HEAD` instead, with its commit and date from",
        "`git -C spec-repo log -1 --format='%H %cs'`.",
        "",
        "Reading the YAML file needs PyYAML (a development tool; the tests do not need it). The script reads",
        "the Ruby facts in `tests/data/ruby/models`, so run `scripts/import-ruby-reference.py` first when",
        "those change.",
        "",
    ]
    return "\n".join(lines)


def main(argv: List[str]) -> int:
    usage = __doc__.strip().split("Usage: ", 1)[1]
    parser = argparse.ArgumentParser(usage=usage, description=__doc__.strip().splitlines()[0])
    parser.add_argument("spec", nargs="?", help="the Integration API spec file (YAML or JSON)")
    parser.add_argument("--commit", help="the spec repository's commit the file comes from (40 hex digits)")
    parser.add_argument("--date", help="that commit's date, YYYY-MM-DD")
    parser.add_argument("--path", default=DEFAULT_PATH, help="the file's path in the spec repository")
    parser.add_argument("--check", metavar="RESPONSE_FILE", help="only check a response body, and list its problems")
    args = parser.parse_args(argv[1:])
    facts = ruby_facts()
    if args.check:
        problems = response_problems(json.loads(Path(args.check).read_text(encoding="utf-8")), facts)
        for problem in problems:
            print(problem)
        print("%s: %d problems" % (args.check, len(problems)), file=sys.stderr)
        return 1 if problems else 0
    if (
        not args.spec
        or not re.match(r"^[0-9a-f]{40}$", args.commit or "")
        or not re.match(r"^\d{4}-\d\d-\d\d$", args.date or "")
    ):
        parser.error("give the spec file, --commit (40 hex digits) and --date (YYYY-MM-DD)")
    source = {"repository": REPOSITORY, "path": args.path, "commit": args.commit, "date": args.date}
    try:
        schemas = collect_schemas(response_schema(load_spec(Path(args.spec))), facts)
        props = effect_props(schemas)
        builder = Builder(schemas, facts)
        body = full_response(builder, props)
        problems = response_problems(body, facts)
        problems += [
            "%s: the spec requires it; give it a value in FILLED" % path for path in builder.missing(body, ROOT_SCHEMA)
        ]
        if problems:
            raise SpecProblem("the full response breaks the rules:\n  " + "\n  ".join(problems))
        text = readme(source, schemas, props, facts)
    except SpecProblem as error:
        print("nothing written: %s" % error, file=sys.stderr)
        return 1

    members = props_members(schemas)
    files = {
        "effect-props.json": {
            "source": source,
            "effect_types": {key: props[key] for key in sorted(props)},
            "without_ruby_model": sorted(key for key, member in props.items() if member["schema"] not in facts),
            **key_differences(
                {key: list(member.get("properties", {})) for key, member in members.items()},
                facts,
                {key: member["schema"] for key, member in props.items() if member["schema"] in facts},
            ),
        },
        "response-examples.json": {
            "source": source,
            "response_keys": list(schemas[ROOT_SCHEMA]["properties"]),
            "schemas": {name: examples(schemas[name]) for name in sorted(schemas)},
            **key_differences(
                {name: list(schema["properties"]) for name, schema in schemas.items()},
                facts,
                {name: name for name in schemas if name in facts},
            ),
        },
        "full-response.json": body,
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, value in files.items():
        (OUT / name).write_text(dumps(value), encoding="utf-8")
    (OUT / "README.md").write_text(text, encoding="utf-8")

    print("wrote %s under %s" % (", ".join([*files, "README.md"]), OUT.relative_to(ROOT)))
    print("%d effect types: %s" % (len(props), ", ".join(props)))
    print("%d response keys: %s" % (len(body), ", ".join(body)))
    for effect_type, found in props_problems(props, facts).items():
        print("the %s example, read by its Ruby props model: %s" % (effect_type, "; ".join(found)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
