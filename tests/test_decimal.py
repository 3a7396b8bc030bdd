"""Numbers given as ``decimal.Decimal``, as Python shops hold money.

A Decimal is taken for a number when the double nearest to it writes the same number,
and is stored and written as that double; any other Decimal is refused, never rounded.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal, localcontext
from typing import Any, Callable, Dict, List, Tuple

import pytest
from conftest import ROOT

import talon_models
from talon_models import AdditionalCost, CartItem, NewCustomerSessionV2, PriceDetail, ValidationError
from talon_models._examples import example_payload

FLOAT_MAX = 1.7976931348623157e308

# Decimal text, and the float it must be stored and written as.
EXACT = [
    ("9.99", 9.99),
    ("0.10", 0.1),
    ("1E+2", 100.0),
    ("100", 100.0),
    ("-12.5", -12.5),
    ("0", 0.0),
    ("0E-1000", 0.0),
    ("123456789012345", 123456789012345.0),  # 15 significant digits
    ("0.000123456789012345", 0.000123456789012345),
    ("0.30000000000000004", 0.30000000000000004),  # 17 digits, which its double writes back
    ("1.7976931348623157E+308", FLOAT_MAX),
    ("-1.7976931348623157E+308", -FLOAT_MAX),
    ("2.2250738585072014E-308", 2.2250738585072014e-308),  # the smallest normal double
    ("1E-320", 1e-320),  # subnormal, and its double writes "1e-320"
    ("5E-324", 5e-324),  # the smallest double
]

INEXACT = "is not exactly a JSON number (a 64-bit float): it would be sent as %s; round it to the precision"
TOO_LARGE = "is too large for a 64-bit floating-point number"
TOO_SMALL = "is too small for a 64-bit floating-point number (it would be sent as 0)"
NOT_FINITE = "must be a finite number (NaN and infinities are not JSON)"

# Decimal text, and the start of the message that refuses it.
REFUSED = [
    ("0.1000000000000000055511151231257827", INEXACT % "0.1"),  # the exact value of the double 0.1
    ("1.23456789012345678901234567890", INEXACT % "1.2345678901234567"),  # 30 significant digits
    ("9.990000000000001", INEXACT % "9.99"),  # 16 digits
    ("9007199254740993E+10", INEXACT % "9.007199254740994e+25"),
    ("9007199254740993", INEXACT % "9007199254740992.0"),  # 2**53 + 1
    ("4.9E-324", INEXACT % "5e-324"),  # subnormal: fewer digits fit
    ("1.7976931348623158E+308", INEXACT % "1.7976931348623157e+308"),
    ("1E+400", TOO_LARGE),
    ("-1E+400", TOO_LARGE),
    ("1E+999999999", TOO_LARGE),
    ("1E-400", TOO_SMALL),
    ("-1E-400", TOO_SMALL),
    ("1E-999999999", TOO_SMALL),
    ("NaN", NOT_FINITE),
    ("-NaN", NOT_FINITE),
    ("sNaN", NOT_FINITE),
    ("Infinity", NOT_FINITE),
    ("-Infinity", NOT_FINITE),
]


def _same_float(stored: Any, expected: float) -> bool:
    """``stored`` is the float ``expected``, sign of zero included."""
    return type(stored) is float and stored == expected and math.copysign(1.0, stored) == math.copysign(1.0, expected)


def _errors(call: Callable[[], Any]) -> List[Tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        call()
    return [(error.path, error.msg) for error in caught.value.errors]


# Every place a number is taken: (how to give it a value, where the value is stored, its path).
def _build_price(value: Any) -> Any:
    item = CartItem(sku="a", quantity=1, price=value)
    return item, item.price


def _assign_weight(value: Any) -> Any:
    item = CartItem(sku="a", quantity=1)
    item.weight = value
    return item, item.weight


def _build_cost(value: Any) -> Any:
    cost = AdditionalCost(price=value)
    return cost, cost.price


def _read_cost(value: Any) -> Any:
    session = NewCustomerSessionV2.from_dict({"additionalCosts": {"shipping": {"price": value}}})
    return session, session.additional_costs["shipping"].price


def _read_item_price(value: Any) -> Any:
    session = NewCustomerSessionV2.from_dict({"cartItems": [{"sku": "a", "quantity": 1, "price": value}]})
    return session, session.cart_items[0].price


def _read_price_detail(value: Any) -> Any:
    item = CartItem.from_dict({"sku": "a", "quantity": 1, "prices": {"base": {"price": value}}})
    return item, item.prices["base"].price


def _read_attribute(value: Any) -> Any:
    item = CartItem.from_dict({"sku": "a", "quantity": 1, "attributes": {"w": [{"x": value}]}})
    return item, item.attributes["w"][0]["x"]


def _build_attribute(value: Any) -> Any:
    session = NewCustomerSessionV2(attributes={"total": value})
    return session, session.attributes["total"]


def _read_unknown_key(value: Any) -> Any:
    detail = PriceDetail.from_dict({"discount": value})
    return detail, detail.unknown_fields["discount"]


PLACES = {
    "constructor": (_build_price, "price"),
    "assignment": (_assign_weight, "weight"),
    "required field": (_build_cost, "price"),
    "from_dict, nested": (_read_cost, "additionalCosts.shipping.price"),
    "from_dict, in a list": (_read_item_price, "cartItems[0].price"),
    "from_dict, price detail": (_read_price_detail, "prices.base.price"),
    "from_dict, attributes": (_read_attribute, "attributes.w[0].x"),
    "constructor, attributes": (_build_attribute, "attributes.total"),
    "from_dict, unknown key": (_read_unknown_key, "discount"),
}


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_an_exact_decimal_is_stored_and_written_as_its_float(place: str, text: str, expected: float) -> None:
    make, _ = PLACES[place]
    model, stored = make(Decimal(text))
    assert _same_float(stored, expected)
    wire = model.to_dict()
    assert "Decimal" not in repr(wire)
    assert type(model).from_dict(wire) == model
    assert type(model).from_json(model.to_json()) == model
    assert model == make(expected)[0]  # the same model as the float gives


@pytest.mark.parametrize("text", ["-0", "-0.00", "-0E+5"])
def test_negative_zero_keeps_its_sign(text: str) -> None:
    item = CartItem(sku="a", quantity=1, price=Decimal(text))
    assert _same_float(item.price, -0.0)
    assert item.to_json() == '{"sku":"a","quantity":1,"price":-0.0}'


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_a_decimal_a_double_cannot_carry_is_refused(place: str, text: str, message: str) -> None:
    make, path = PLACES[place]
    with pytest.raises(ValidationError) as caught:
        make(Decimal(text))
    [error] = caught.value.errors
    assert error.path == path
    assert error.msg.startswith(message)
    assert isinstance(error.input, Decimal)


def test_the_refusal_says_what_to_do() -> None:
    [(path, message)] = _errors(lambda: CartItem(sku="a", quantity=1, price=Decimal("19.99000000000000000001")))
    assert path == "price"
    assert message == (
        "is not exactly a JSON number (a 64-bit float): it would be sent as 19.99; round it to the "
        "precision it needs first, such as a price to its currency with .quantize(Decimal('0.01'))"
    )
    rounded = Decimal("19.99000000000000000001").quantize(Decimal("0.01"))
    assert CartItem(sku="a", quantity=1, price=rounded).price == 19.99


def test_a_failed_assignment_keeps_the_old_value() -> None:
    item = CartItem(sku="a", quantity=1, price=Decimal("9.99"))
    with pytest.raises(ValidationError):
        item.price = Decimal("1E-400")
    assert item.price == 9.99


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"sku": "a", "quantity": Decimal("1")}, "quantity"),
        ({"sku": "a", "quantity": Decimal("2.0")}, "quantity"),
        ({"sku": "a", "quantity": 1, "catalogItemID": Decimal("7")}, "catalogItemID"),
        ({"sku": "a", "quantity": 1, "returnedQuantity": Decimal("1E+1")}, "returnedQuantity"),
    ],
)
def test_integer_fields_take_no_decimal(data: Dict[str, Any], path: str) -> None:
    """As they take no 1.0: an integer field takes int, whatever number the value holds."""
    assert _errors(lambda: CartItem.from_dict(data)) == [(path, "expected integer, got Decimal")]


def test_integer_fields_take_no_decimal_from_python_code() -> None:
    arguments = {"sku": "a", "quantity": 1, "catalog_item_id": Decimal("7")}
    assert _errors(lambda: CartItem(**arguments)) == [("catalogItemID", "expected integer, got Decimal")]
    ids = [1, Decimal("2")]
    assert _errors(lambda: NewCustomerSessionV2(evaluable_campaign_ids=ids)) == [
        ("evaluableCampaignIds[1]", "expected integer, got Decimal")
    ]


def test_every_refused_decimal_is_reported_at_once() -> None:
    data = {
        "cartItems": [
            {"sku": "a", "quantity": 1, "price": Decimal("1E+400"), "weight": Decimal("0.5")},
            {"sku": "b", "quantity": 1, "attributes": {"x": [Decimal("NaN"), Decimal("2.5")]}},
        ],
        "additionalCosts": {"shipping": {"price": Decimal("4.999999999999999999")}},
    }
    assert [path for path, _ in _errors(lambda: NewCustomerSessionV2.from_dict(data))] == [
        "cartItems[0].price",
        "cartItems[1].attributes.x[0]",
        "additionalCosts.shipping.price",
    ]


def _payloads() -> List[Tuple[str, Any]]:
    """Every valid payload file of the tests and the examples, with the model that reads it."""
    valid = (ROOT / "tests" / "data" / "valid").glob("*.json")
    found = [(path, getattr(talon_models, path.name.split("--")[0])) for path in valid]
    found.append((ROOT / "examples" / "session-valid.json", NewCustomerSessionV2))
    found.append((ROOT / "examples" / "cart-item.json", CartItem))
    return [(str(path.relative_to(ROOT)), model) for path, model in sorted(found)]


def _decimals(data: Any) -> int:
    if isinstance(data, dict):
        return sum(_decimals(value) for value in data.values())
    if isinstance(data, list):
        return sum(_decimals(value) for value in data)
    return int(isinstance(data, Decimal))


@pytest.mark.parametrize(("name", "model"), _payloads())
def test_json_parsed_with_decimals_reads_as_from_json_does(name: str, model: Any) -> None:
    """``json.loads(text, parse_float=Decimal)``, as shops keep money exact, reads the same models."""
    text = (ROOT / name).read_text("utf-8")
    exact = model.from_dict(json.loads(text, parse_float=Decimal))
    assert exact == model.from_json(text)
    assert exact.to_json() == model.from_json(text).to_json()


@pytest.mark.parametrize(
    "name", ["CustomerSessionV2", "IntegrationRequest", "CartItem", "AdditionalCost", "PriceDetail"]
)
def test_the_docs_examples_parsed_with_decimals_read_as_from_json_does(name: str) -> None:
    """The example of every model with numbers, the returned session's totals included."""
    model = getattr(talon_models, name)
    text = json.dumps(example_payload(model))
    assert _decimals(json.loads(text, parse_float=Decimal)) >= 1
    assert model.from_dict(json.loads(text, parse_float=Decimal)) == model.from_json(text)


def test_the_payloads_have_fractions_to_read_as_decimals() -> None:
    """The test above is worth something only if the payloads have numbers with fractions."""
    text = (ROOT / "examples" / "session-valid.json").read_text("utf-8")
    assert _decimals(json.loads(text, parse_float=Decimal)) >= 3


def test_from_json_reads_floats_not_decimals() -> None:
    item = CartItem.from_json('{"sku": "a", "quantity": 1, "price": 9.99, "attributes": {"w": [0.10]}}')
    assert type(item.price) is float
    assert type(item.attributes["w"][0]) is float


def test_the_decimal_context_changes_nothing() -> None:
    """Every step is exact: a context that rounds to 2 digits and traps everything is not used."""
    texts = [text for text, _ in EXACT] + [text for text, _ in REFUSED]

    def outcomes() -> List[Any]:
        found: List[Any] = []
        for text in texts:
            try:
                found.append(repr(CartItem(sku="a", quantity=1, price=Decimal(text)).price))
            except ValidationError as exc:
                found.append(exc.errors[0].msg)
        return found

    usual = outcomes()
    with localcontext() as context:
        context.prec = 2
        context.Emax = 10
        context.Emin = -10
        context.capitals = 0
        for signal in context.traps:
            context.traps[signal] = True
        assert outcomes() == usual


def test_a_decimal_put_in_attributes_later_is_written_as_its_float() -> None:
    item = CartItem(sku="a", quantity=1, attributes={"weights": []})
    item.attributes["weights"].append(Decimal("1.25"))
    item.validate()
    assert item.to_dict()["attributes"] == {"weights": [1.25]}
    item.attributes["weights"].append(Decimal("0.1000000000000000055511151231257827"))
    assert [path for path, _ in _errors(item.validate)] == ["attributes.weights[1]"]
    assert [path for path, _ in _errors(item.to_dict)] == ["attributes.weights[1]"]
