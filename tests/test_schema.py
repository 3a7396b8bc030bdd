"""The JSON Schema of each model: valid 2020-12, made from the field metadata, and in step
with ``from_dict`` on every payload we have, except where the schema says it cannot be."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Tuple

import jsonschema
import pytest
from conftest import RUBY_DATA

import talon_models
from talon_models import (
    AdditionalCost,
    CartItem,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    ValidationError,
)
from talon_models._base import Model
from talon_models._datetimes import DateTimeError, canonical_text
from talon_models._fields import INT64_MAX, INT64_MIN, DateTime, ListOf, Rule, String
from talon_models._registry import MODELS
from talon_models._schema import DATE_TIME_PATTERN, LIMITS, json_schema

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


class Case(NamedTuple):
    """One payload, the model it is for, and where it comes from."""

    id: str
    model: str
    payload: Any


def nested(levels: int) -> Dict[str, Any]:
    """A JSON object whose objects nest ``levels`` deep, itself included."""
    value: Dict[str, Any] = {}
    for _ in range(levels - 1):
        value = {"deeper": value}
    return value


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max([_depth(item) for item in value.values()], default=0)
    if isinstance(value, list):
        return 1 + max([_depth(item) for item in value], default=0)
    return 0


# Payloads written for this test: each shows one rule the schema states in its
# description but cannot check, or sits right on a limit the schema does check.
WITNESSES = [
    Case("witness:quantity-sum", "NewCustomerSessionV2", {"cartItems": [{"sku": "A", "quantity": 6000}] * 2}),
    Case("witness:quantity-sum-at-limit", "NewCustomerSessionV2", {"cartItems": [{"sku": "A", "quantity": 5000}] * 2}),
    Case("witness:integer-with-exponent", "CartItem", {"sku": "A", "quantity": json.loads("1e2")}),
    Case("witness:february-30", "PriceDetail", {"adjustmentEffectiveFrom": "2021-02-30T00:00:00Z"}),
    Case("witness:february-29-leap-year", "PriceDetail", {"adjustmentEffectiveFrom": "2024-02-29T00:00:00Z"}),
    Case("witness:hour-24", "PriceDetail", {"adjustmentEffectiveFrom": "2021-02-01T24:00:00Z"}),
    Case("witness:trailing-newline", "PriceDetail", {"adjustmentEffectiveFrom": "2021-02-01T10:00:00Z\n"}),
    Case("witness:attributes-100-levels", "NewCustomerSessionV2", {"attributes": nested(100)}),
    Case("witness:attributes-101-levels", "NewCustomerSessionV2", {"attributes": nested(101)}),
    Case("witness:unknown-key-101-levels", "Product", {"name": "P", "extra": nested(101)}),
    Case("witness:nan-price", "AdditionalCost", {"price": float("nan")}),
    Case("witness:infinite-price", "AdditionalCost", {"price": float("inf")}),
    Case("witness:integer-beyond-a-double", "AdditionalCost", {"price": 10**400}),
    Case("witness:int64-max", "CartItem", {"sku": "A", "quantity": 1, "catalogItemID": INT64_MAX}),
    Case("witness:int64-overflow", "CartItem", {"sku": "A", "quantity": 1, "catalogItemID": INT64_MAX + 1}),
    Case("witness:int64-min", "CartItem", {"sku": "A", "quantity": 1, "returnedQuantity": INT64_MIN}),
    Case("witness:1000-cart-items", "NewCustomerSessionV2", {"cartItems": [{"sku": "A", "quantity": 1}] * 1000}),
    Case("witness:1001-cart-items", "NewCustomerSessionV2", {"cartItems": [{"sku": "A", "quantity": 1}] * 1001}),
    Case("witness:coupon-code-100", "NewCustomerSessionV2", {"couponCodes": ["c" * 100]}),
    Case("witness:coupon-code-101", "NewCustomerSessionV2", {"couponCodes": ["c" * 101]}),
    Case("witness:one-loyalty-card", "NewCustomerSessionV2", {"loyaltyCards": ["card"]}),
    Case("witness:two-loyalty-cards", "NewCustomerSessionV2", {"loyaltyCards": ["card", "card"]}),
    Case("witness:5-identifiers", "NewCustomerSessionV2", {"identifiers": ["i"] * 5}),
    Case("witness:6-identifiers", "NewCustomerSessionV2", {"identifiers": ["i"] * 6}),
    Case("witness:uuid-upper-case", "PriceDetail", {"adjustmentReferenceId": "68851723-E6FA-488F-ACE9-112581E6C19B"}),
    Case("witness:uuid-undashed", "PriceDetail", {"adjustmentReferenceId": "68851723e6fa488face9112581e6c19b"}),
    Case(
        "witness:uuid-trailing-newline",
        "CartItem",
        {"sku": "A", "quantity": 1, "adjustmentReferenceId": "68851723-e6fa-488f-ace9-112581e6c19b\n"},
    ),
    Case("witness:python-name-key", "CartItem", {"sku": "A", "quantity": 1, "catalog_item_id": 1}),
    Case("witness:null-optional-fields", "CartItem", {"sku": "A", "quantity": 1, "price": None, "product": None}),
    Case("witness:null-required-field", "Product", {"name": None}),
    Case("witness:null-state", "NewCustomerSessionV2", {"state": None}),
    Case("witness:null-in-a-list", "NewCustomerSessionV2", {"identifiers": ["a", None]}),
    Case("witness:null-map-value", "CartItem", {"sku": "A", "quantity": 1, "prices": {"base": None}}),
    Case("witness:bool-for-integer", "CartItem", {"sku": "A", "quantity": True}),
]

# Where the schema and from_dict disagree: the case id, the LIMITS entry that explains
# it (and that the model's schema description must list), and why.
KNOWN_DISAGREEMENTS: Dict[str, Tuple[str, str]] = {
    "ruby:cart.bfh.quantity.float_1_0": ("whole-integers", "1.0 is an integer to JSON Schema, a float to the models"),
    "ruby:cart.bfh.field_returned_quantity.float_2_0": ("whole-integers", "2.0, likewise"),
    "witness:integer-with-exponent": ("whole-integers", "1e2 parses as a float; JSON Schema sees the integer 100"),
    "witness:quantity-sum": ("quantity-sum", "6000 + 6000 > 10000, and a schema cannot add"),
    "ruby:request.bfh.customer_session.items_quantity_sum_10001": ("quantity-sum", "likewise, inside a request"),
    "fixture:invalid.json#quantity-sum-over-limit": ("quantity-sum", "the fixture's quantities add up past 10000"),
    "witness:february-30": ("date-time-calendar", "every part is in range, but February has no 30th"),
    "witness:attributes-101-levels": ("json-depth", "a schema cannot count nesting levels"),
    "witness:unknown-key-101-levels": ("json-depth", "likewise, for the value of an unknown key"),
    "witness:nan-price": ("finite-numbers", "NaN compares false with minimum and maximum, so it passes them"),
    **{
        "ruby:%s.bfh.datetime_%s.feb_30" % case: ("date-time-calendar", "February has no 30th")
        for case in (
            ("campaign", "created"),
            ("coupon", "expiryDate"),
            ("loyaltycard", "modified"),
            ("props.addLoyaltyPoints", "startDate"),
            ("props.extendLoyaltyPointsExpiryDate", "previousExpirationDate"),
            ("tier", "startDate"),
        )
    },
    **{
        "ruby:%s.bfh.rule_%s_as_float" % case: ("whole-integers", "a bound written as a float, such as 999999.0")
        for case in (
            ("coupon", "reservationLimit.max_at_bound"),
            ("coupon", "reservationLimit.min_at_bound"),
            ("coupon", "usageLimit.max_at_bound"),
            ("integrationcoupon", "reservationLimit.max_at_bound"),
            ("integrationcoupon", "usageLimit.max_at_bound"),
            ("integrationcoupon", "usageLimit.min_at_bound"),
            ("inventoryreferral", "usageLimit.max_at_bound"),
            ("inventoryreferral", "usageLimit.min_at_bound"),
            ("loyaltycard", "usersPerCardLimit.min_at_bound"),
            ("referral", "usageLimit.max_at_bound"),
        )
    },
}


def ruby_cases() -> List[Case]:
    """Every wire (build_from_hash) case of the Ruby vectors."""
    cases = []
    for name in ("cases.jsonl", "envelope-cases.jsonl", "response-cases.jsonl"):
        with (RUBY_DATA / "vectors" / name).open(encoding="utf-8") as lines:
            for line in lines:
                case = json.loads(line)
                if case["via"] == "build_from_hash":
                    cases.append(Case("ruby:" + case["id"], case["model"], case["input"]))
    return cases


def fixture_cases() -> List[Case]:
    """The test fixtures (tests/data) and the bundled examples (examples/)."""
    cases = []
    for path in sorted((DATA / "valid").glob("*.json")):
        model = path.name.split("--")[0]
        cases.append(Case("fixture:valid/" + path.name, model, json.loads(path.read_text("utf-8"))))
    invalid = DATA / "invalid.json"
    if invalid.exists():
        for entry in json.loads(invalid.read_text("utf-8")):
            cases.append(Case("fixture:invalid.json#" + entry["name"], entry["model"], entry["payload"]))
    bundled = {"session-valid.json": "NewCustomerSessionV2", "session-invalid.json": "NewCustomerSessionV2"}
    bundled["cart-item.json"] = "CartItem"  # examples/session-truncated.json is not JSON, on purpose
    for name, model in bundled.items():
        cases.append(Case("example:" + name, model, json.loads((ROOT / "examples" / name).read_text("utf-8"))))
    return cases


CORPUS = ruby_cases() + fixture_cases() + WITNESSES
VALIDATORS = {name: jsonschema.Draft202012Validator(model.json_schema()) for name, model in MODELS.items()}


def model_accepts(case: Case) -> bool:
    try:
        MODELS[case.model].from_dict(case.payload)
    except ValidationError:
        return False
    return True


def schema_accepts(case: Case) -> bool:
    return bool(VALIDATORS[case.model].is_valid(case.payload))


# -- the schema as a document ------------------------------------------------------------


@pytest.mark.parametrize("name", list(MODELS))
def test_schema_is_valid_against_the_2020_12_metaschema(name: str) -> None:
    """Each model's schema passes the draft 2020-12 metaschema and declares that dialect."""
    schema = MODELS[name].json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert jsonschema.validators.validator_for(schema) is jsonschema.Draft202012Validator


@pytest.mark.parametrize("name", list(MODELS))
def test_schema_is_plain_json(name: str) -> None:
    """The schema survives a trip through json.dumps/loads unchanged, so it can be saved as a file."""
    schema = MODELS[name].json_schema()
    assert json.loads(json.dumps(schema, allow_nan=False)) == schema


def test_each_call_returns_a_new_schema() -> None:
    """Changing a returned schema does not change the next one."""
    first = NewCustomerSessionV2.json_schema()
    first["properties"]["cartItems"]["maxItems"] = 1
    assert NewCustomerSessionV2.json_schema()["properties"]["cartItems"]["maxItems"] == 1000


@pytest.mark.parametrize("name", list(MODELS))
def test_properties_are_the_wire_keys_in_field_order(name: str) -> None:
    """properties lists every field by wire key, in field (Ruby) order, with its description."""
    model = MODELS[name]
    properties = model.json_schema()["properties"]
    fields = dataclasses.fields(model)
    assert list(properties) == [item.metadata["talon_models"].wire for item in fields]
    for item in fields:
        assert (
            properties[item.metadata["talon_models"].wire]["description"] == item.metadata["talon_models"].description
        )


@pytest.mark.parametrize("name", list(MODELS))
def test_required_lists_the_required_fields(name: str) -> None:
    """required names exactly the fields whose rule is required."""
    model = MODELS[name]
    expected = [
        item.metadata["talon_models"].wire
        for item in dataclasses.fields(model)
        if item.metadata["talon_models"].rule.required
    ]
    assert model.json_schema().get("required", []) == expected


def test_required_fields_are_not_nullable_and_optional_ones_are() -> None:
    """A required field takes no null; an optional one does, since null means unset."""
    properties = CartItem.json_schema()["properties"]
    assert properties["sku"] == {**properties["sku"], "type": "string", "minLength": 1}
    assert properties["quantity"]["type"] == "integer"
    assert properties["name"]["type"] == ["string", "null"]
    assert properties["product"]["anyOf"] == [{"$ref": "#/$defs/Product"}, {"type": "null"}]


def test_nested_models_are_under_defs() -> None:
    """The session schema defines every nested model once under $defs and refers to it there."""
    schema = NewCustomerSessionV2.json_schema()
    assert list(schema["$defs"]) == ["CartItem", "AdditionalCost", "Product", "PriceDetail"]
    assert schema["properties"]["cartItems"]["items"] == {"$ref": "#/$defs/CartItem"}
    assert schema["properties"]["additionalCosts"]["additionalProperties"] == {"$ref": "#/$defs/AdditionalCost"}
    assert schema["$defs"]["CartItem"]["properties"]["prices"]["additionalProperties"] == {
        "$ref": "#/$defs/PriceDetail"
    }
    assert "$defs" not in Product.json_schema()


def test_unknown_keys_are_allowed_at_every_level() -> None:
    """additionalProperties is true for the model and every nested model, as unknown keys are kept."""
    schema = NewCustomerSessionV2.json_schema()
    assert schema["additionalProperties"] is True
    assert all(definition["additionalProperties"] is True for definition in schema["$defs"].values())


def test_cart_items_state_the_request_limit() -> None:
    """cartItems has maxItems 1000, and items without nulls."""
    cart_items = NewCustomerSessionV2.json_schema()["properties"]["cartItems"]
    assert cart_items["type"] == ["array", "null"]
    assert cart_items["maxItems"] == 1000


def test_string_constraints_come_from_the_rules() -> None:
    """Lengths and the state enum (plus null, for unset) come from the field rules."""
    properties = NewCustomerSessionV2.json_schema()["properties"]
    assert (properties["storeIntegrationId"]["minLength"], properties["storeIntegrationId"]["maxLength"]) == (1, 1000)
    assert properties["referralCode"]["maxLength"] == 100
    assert properties["state"]["enum"] == ["open", "closed", "partially_returned", "cancelled", None]
    assert properties["state"]["default"] == "open"


def test_the_api_specification_limits_are_stated() -> None:
    """Coupon code length, loyalty card and identifier counts, and UUID references with a pattern."""
    properties = NewCustomerSessionV2.json_schema()["properties"]
    assert properties["couponCodes"]["items"] == {"type": "string", "maxLength": 100}
    assert properties["loyaltyCards"]["maxItems"] == 1
    assert properties["identifiers"]["maxItems"] == 5
    for model in (CartItem, PriceDetail):
        reference = model.json_schema()["properties"]["adjustmentReferenceId"]
        assert reference["format"] == "uuid"
        pattern = re.compile(reference["pattern"])
        assert pattern.search("68851723-e6fa-488f-ace9-112581e6c19b")
        assert pattern.search("68851723-E6FA-488F-ACE9-112581E6C19B")
        assert not pattern.search("68851723-e6fa-488f-ace9-112581e6c19b\n")
        assert not pattern.search("{68851723-e6fa-488f-ace9-112581e6c19b}")


def test_python_names_are_refused_property_names() -> None:
    """A field's Python name (where it differs from the JSON key) is no allowed key, at every level."""
    schema = NewCustomerSessionV2.json_schema()
    assert "profile_id" in schema["propertyNames"]["not"]["enum"]
    assert "state" not in schema["propertyNames"]["not"]["enum"]
    assert "catalog_item_id" in schema["$defs"]["CartItem"]["propertyNames"]["not"]["enum"]
    assert "propertyNames" not in schema["$defs"]["Product"]  # name is its own Python name


def test_integers_are_signed_64_bit() -> None:
    """Every integer field states the signed 64-bit range; quantity starts at 1."""
    properties = CartItem.json_schema()["properties"]
    assert (properties["catalogItemID"]["minimum"], properties["catalogItemID"]["maximum"]) == (INT64_MIN, INT64_MAX)
    assert (properties["quantity"]["minimum"], properties["quantity"]["maximum"]) == (1, INT64_MAX)


def test_numbers_are_finite_doubles() -> None:
    """Number fields are bounded by the largest finite double."""
    price = AdditionalCost.json_schema()["properties"]["price"]
    largest = 1.7976931348623157e308
    assert (price["type"], price["minimum"], price["maximum"]) == ("number", -largest, largest)


def test_date_times_have_a_format_and_a_pattern() -> None:
    """Date-time fields are strings with format date-time and the models' grammar as a pattern."""
    field = PriceDetail.json_schema()["properties"]["adjustmentEffectiveFrom"]
    assert (field["type"], field["format"], field["pattern"]) == (["string", "null"], "date-time", DATE_TIME_PATTERN)


def test_examples_defaults_and_read_only_come_from_metadata() -> None:
    """examples, default and readOnly (server-calculated fields) are copied from the metadata."""
    properties = CartItem.json_schema()["properties"]
    assert properties["sku"]["examples"] == ["SKU1241028"]
    # The nine CartItem fields that the vendor's Integration API spec marks readOnly in the
    # customer session body.
    assert [key for key, value in properties.items() if value.get("readOnly")] == [
        "returnedQuantity",
        "remainingQuantity",
        "position",
        "catalogItemID",
        "selectedPriceType",
        "adjustmentReferenceId",
        "adjustmentEffectiveFrom",
        "adjustmentEffectiveUntil",
        "prices",
    ]
    assert "examples" not in properties["height"]


def test_a_rule_constraint_the_schema_does_not_know_is_an_error() -> None:
    """A new constraint on a rule must be mapped or listed in LIMITS, never dropped silently."""

    class Pattern(String):
        def constraints(self) -> Dict[str, Any]:
            return {"multiple_of": 3}

    @talon_models._base.model
    class Coded(Model):
        __slots__ = ()
        code: str = talon_models._fields.field("code", Pattern(), "A code.")

    with pytest.raises(TypeError, match="constraints"):
        json_schema(Coded)


def test_an_unknown_rule_type_is_an_error() -> None:
    """A field rule the schema has no mapping for is reported, not skipped."""

    @talon_models._base.model
    class Odd(Model):
        __slots__ = ()
        value: Any = talon_models._fields.field("value", Rule(), "Anything.")

    with pytest.raises(TypeError, match="no JSON Schema for a field rule of type Rule"):
        json_schema(Odd)


# -- what the schema cannot say ------------------------------------------------------------


@pytest.mark.parametrize("name", list(MODELS))
def test_description_lists_the_limits_that_apply(name: str) -> None:
    """The top-level description starts with the model's docstring and lists its limits."""
    description = MODELS[name].json_schema()["description"]
    summary = " ".join(MODELS[name].__doc__.split("(Ruby")[0].split()).replace("``", "`")
    assert description.startswith(summary)
    assert "cannot state" in description
    assert LIMITS["strict-json"] in description
    # The request's session has the sum limit; the returned session does not.
    assert (LIMITS["quantity-sum"] in description) == (name in ("NewCustomerSessionV2", "IntegrationRequest"))
    assert (LIMITS["date-time-calendar"] in description) == _holds_date_times(MODELS[name])


def _holds_date_times(model: Any, seen: Tuple[Any, ...] = ()) -> bool:
    """Whether ``model`` or a model inside it has a date-time field."""
    for _, _, spec in model._specs:
        rule = spec.rule.item if isinstance(spec.rule, ListOf) else spec.rule
        if isinstance(rule, DateTime):
            return True
        inner = getattr(rule, "model", None)
        if inner is not None and inner not in seen and _holds_date_times(inner, (*seen, model)):
            return True
    return False


def test_every_limit_is_shown_by_a_case() -> None:
    """Each data-level limit explains at least one known disagreement (strict-json is about
    text, exact-decimals about Python values that JSON data cannot hold)."""
    shown = {limit for limit, _ in KNOWN_DISAGREEMENTS.values()}
    assert shown == set(LIMITS) - {"strict-json", "exact-decimals"}


def test_strict_json_is_a_text_rule_the_data_cannot_show() -> None:
    """Duplicate keys are refused by from_json, while the data a lax parser makes passes the schema."""
    text = '{"name": "A", "name": "B"}'
    with pytest.raises(ValidationError):
        Product.from_json(text)
    assert VALIDATORS["Product"].is_valid(json.loads(text))


def test_corpus_is_large_and_covers_every_model() -> None:
    """The comparison below runs on the Ruby vectors, the fixtures and the witnesses, for every model."""
    assert len(CORPUS) > 450
    assert {case.model for case in CORPUS} == set(MODELS)
    assert {case.id.split(":")[0] for case in CORPUS} == {"ruby", "fixture", "example", "witness"}


def test_schema_accepts_exactly_what_from_dict_accepts() -> None:
    """On every payload, schema and from_dict agree, except the listed cases that a stated limit explains."""
    disagreements = {case.id: case for case in CORPUS if model_accepts(case) != schema_accepts(case)}
    unexplained = sorted(set(disagreements) - set(KNOWN_DISAGREEMENTS))
    assert unexplained == []
    stale = sorted(set(KNOWN_DISAGREEMENTS) - set(disagreements))
    assert stale == []


@pytest.mark.parametrize("case_id", sorted(KNOWN_DISAGREEMENTS))
def test_each_disagreement_is_the_schema_being_lenient(case_id: str) -> None:
    """In every listed case the schema accepts what the models refuse, never the other way round."""
    case = next(case for case in CORPUS if case.id == case_id)
    assert schema_accepts(case)
    assert not model_accepts(case)


@pytest.mark.parametrize("case_id", sorted(KNOWN_DISAGREEMENTS))
def test_each_disagreement_is_announced_in_the_schema(case_id: str) -> None:
    """The limit behind every listed case is in the description of that model's schema."""
    case = next(case for case in CORPUS if case.id == case_id)
    limit, _ = KNOWN_DISAGREEMENTS[case_id]
    assert LIMITS[limit] in MODELS[case.model].json_schema()["description"]


def test_witness_payloads_nest_as_their_names_say() -> None:
    """The nesting helper builds exactly the depth asked for (100 is allowed, 101 is not)."""
    assert [_depth(nested(levels)) for levels in (1, 2, 100, 101)] == [1, 2, 100, 101]


# -- the date-time pattern ---------------------------------------------------------------------

DATE_TIMES = [
    "2021-09-12T10:12:42Z",
    "2021-09-12t10:12:42z",
    "2021-09-12 10:12:42+02:00",
    "2021-09-12T10:12Z",
    "2021-09-12T10:12:42.123456789-05:30",
    "2021-09-12T23:59:59+23:59",
    "0001-01-01T00:00:00Z",
    "2021-09-12",
    "2021-09-12T10:12:42",
    "2021-09-12T10:12:42+0200",
    "2021-09-12T10:12:60Z",
    "2021-09-12T24:00:00Z",
    "2021-13-01T00:00:00Z",
    "2021-00-01T00:00:00Z",
    "2021-01-32T00:00:00Z",
    "2021-01-00T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "2021-09-12T10:12:42+24:00",
    "2021-09-12T10:12:42+02:60",
    "2021-09-12T10:12:42.Z",
    "2021-09-12T10:12:42Z\n",
    " 2021-09-12T10:12:42Z",
    "2021-09-12T10:12:42Z ",
    "2021-٠٩-12T10:12:42Z",
    "Sun, 12 Sep 2021 10:12:42 GMT",
]


def _models_read(text: str) -> bool:
    try:
        canonical_text(text)
    except DateTimeError:
        return False
    return True


@pytest.mark.parametrize("text", DATE_TIMES)
def test_date_time_pattern_matches_what_the_models_read(text: str) -> None:
    """The pattern accepts a date-time text exactly when the models read it (real calendar days)."""
    assert bool(re.search(DATE_TIME_PATTERN, text)) == _models_read(text)


def test_date_time_pattern_cannot_check_the_length_of_a_month() -> None:
    """30 February passes the pattern but not the models: the date-time-calendar limit."""
    assert re.search(DATE_TIME_PATTERN, "2021-02-30T00:00:00Z")
    assert not _models_read("2021-02-30T00:00:00Z")
