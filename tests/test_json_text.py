"""from_json / to_json: JSON text in and out."""

from __future__ import annotations

import json

import pytest

from talon_models import CartItem, NewCustomerSessionV2, Product, ValidationError


def test_from_json_reads_str_bytes_and_bytearray() -> None:
    """Text may come as str, or as UTF-8 bytes."""
    text = '{"name": "Tür"}'
    for value in (text, text.encode("utf-8"), bytearray(text.encode("utf-8"))):
        assert Product.from_json(value).name == "Tür"


def test_to_json_is_compact_by_default() -> None:
    """No spaces by default: the smallest valid text."""
    assert CartItem(sku="A", quantity=1, attributes={"k": [1, 2]}).to_json() == (
        '{"sku":"A","quantity":1,"attributes":{"k":[1,2]}}'
    )


def test_to_json_indents_on_request() -> None:
    """indent= gives readable text, the same data."""
    text = Product(name="x").to_json(indent=2)
    assert text == '{\n  "name": "x"\n}'


def test_to_json_keeps_non_ascii_readable() -> None:
    """Non-ASCII text is written as is, not as escapes."""
    assert Product(name="Straße 😀").to_json() == '{"name":"Straße 😀"}'


def test_to_json_escapes_a_lone_surrogate() -> None:
    """A lone surrogate cannot be UTF-8, so the text escapes it and stays valid."""
    text = Product(name="a\ud800b").to_json()
    text.encode("utf-8")
    assert json.loads(text) == {"name": "a\ud800b"}


def test_json_round_trip_is_exact() -> None:
    """to_json then from_json gives an equal model."""
    session = NewCustomerSessionV2.from_dict(
        {"profileId": "p", "cartItems": [{"sku": "A", "quantity": 2, "price": 0.1, "attributes": {"a": None}}]}
    )
    assert NewCustomerSessionV2.from_json(session.to_json()) == session


def test_syntax_error_says_where() -> None:
    """A JSON syntax error names the line and column."""
    with pytest.raises(ValidationError) as caught:
        Product.from_json('{"sku": 1,\n "name" "x"}')
    assert caught.value.errors[0].msg == "invalid JSON: Expecting ':' delimiter at line 2 column 9"


def test_syntax_error_message_reads_once() -> None:
    """A message of json's that ends in "at" is not followed by a second "at"."""
    with pytest.raises(ValidationError) as caught:
        Product.from_json('{"name": "x')
    assert caught.value.errors[0].msg == "invalid JSON: Unterminated string starting at line 1 column 10"


def test_nan_literal_is_not_json() -> None:
    """NaN is refused at its path even though Python's json module reads it."""
    with pytest.raises(ValidationError) as caught:
        CartItem.from_json('{"sku": "A", "quantity": 1, "price": NaN}')
    assert [(e.path, e.msg) for e in caught.value.errors] == [("price", "NaN is not a JSON value")]


def test_duplicate_keys_are_refused_with_their_path() -> None:
    """Two equal keys in one object are an error, not a silent overwrite."""
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_json('{"cartItems": [{"sku": "A", "quantity": 1, "sku": "B"}]}')
    assert [(e.path, e.msg) for e in caught.value.errors] == [("cartItems[0].sku", 'duplicate key "sku"')]


def test_text_of_the_wrong_type_is_refused() -> None:
    """from_json takes text; a dict is a from_dict job."""
    with pytest.raises(ValidationError) as caught:
        Product.from_json({"name": "x"})  # type: ignore[arg-type]
    assert caught.value.errors[0].msg == "expected JSON text as str or bytes, got dict"


def test_a_wrong_mode_is_reported_before_the_text() -> None:
    """from_json checks its unknown= mode first, as from_dict does."""
    with pytest.raises(ValueError, match="keep"):
        Product.from_json("{", unknown="drop")  # type: ignore[arg-type]


def test_integers_with_too_many_digits_are_refused_in_our_words() -> None:
    """The message is the same on every Python, not the int() limit's own text."""
    with pytest.raises(ValidationError) as caught:
        CartItem.from_json('{"sku": "a", "quantity": ' + "9" * 5000 + "}")
    assert caught.value.errors[0].msg in (
        "invalid JSON: a number has more digits than can be read",  # CPython's digit limit
        "must be at most 2**63 - 1 (a signed 64-bit integer)",  # PyPy reads it, the rule refuses it
    )


def test_every_refused_literal_and_key_is_reported_not_only_the_first() -> None:
    """The parse that stops at the first duplicate key or NaN is followed by one that finds them all."""
    text = '{"cartItems": [{"sku": "A", "sku": "B", "quantity": 1, "price": NaN}, {"sku": "C", "quantity": Infinity}]}'
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_json(text)
    assert [(e.path, e.msg) for e in caught.value.errors] == [
        ("cartItems[0].sku", 'duplicate key "sku"'),
        ("cartItems[0].price", "NaN is not a JSON value"),
        ("cartItems[1].quantity", "Infinity is not a JSON value"),
    ]


def test_a_syntax_error_after_a_duplicate_key_is_reported_as_such() -> None:
    """A text that breaks off is invalid JSON, whatever came before the break."""
    with pytest.raises(ValidationError) as caught:
        Product.from_json('{"name": "a", "name": "b", ')
    assert [e.msg for e in caught.value.errors] == [
        "invalid JSON: Expecting property name enclosed in double quotes at line 1 column 28"
    ]


@pytest.mark.parametrize(
    "literal",
    ["0.1", "-0.0", "0.0", "1E2", "1e-300", "5e-324", "0.30000000000000004", "1.7976931348623157e308", "99.99"],
)
def test_numbers_a_double_carries_exactly_are_read_and_written_back(literal: str) -> None:
    """A number whose double writes the same number back is taken, anywhere in the text."""
    text = '{"sku":"a","quantity":1,"price":%s,"attributes":{"n":[%s]}}' % (literal, literal)
    item = CartItem.from_json(text)
    assert item.price == float(literal)
    assert json.loads(item.to_json())["attributes"]["n"] == [float(literal)]


@pytest.mark.parametrize(
    ("literal", "read_as"),
    [
        ("19.99666666666666666666666667", "19.996666666666666"),
        ("12345678901234567890.5", "1.2345678901234567e+19"),
        ("0.1000000000000000055511151231257827", "0.1"),
        ("4.9e-324", "5e-324"),
    ],
)
def test_numbers_a_double_would_round_are_refused_where_they_are(literal: str, read_as: str) -> None:
    """json would round them to the nearest double without a word; here each is reported."""
    text = '{"sku":"a","quantity":1,"price":%s,"attributes":{"n":[1, %s]}}' % (literal, literal)
    with pytest.raises(ValidationError) as caught:
        CartItem.from_json(text)
    assert [error.loc for error in caught.value.errors] == [("price",), ("attributes", "n", 1)]
    for error in caught.value.errors:
        assert error.msg.startswith("number has more digits than a 64-bit floating-point number carries")
        assert "it would be read as %s;" % read_as in error.msg
    assert "(value: %s)" % literal in str(caught.value)


def test_a_number_that_underflows_to_zero_is_refused() -> None:
    """1e-400 is not 0: reading it as 0 would change it."""
    with pytest.raises(ValidationError) as caught:
        CartItem.from_json('{"sku":"a","quantity":1,"weight":1e-400}')
    [error] = caught.value.errors
    assert error.loc == ("weight",)
    assert error.msg == "number is too small for a 64-bit floating-point number (it would be read as 0)"


def test_from_json_agrees_with_decimal_parsed_from_dict_on_long_numbers() -> None:
    """The same text read two ways is taken or refused alike: exactly or not at all."""
    from decimal import Decimal

    for literal in ("9.99", "19.99666666666666666666666667", "1e-400", "0.30000000000000004"):
        text = '{"sku":"a","quantity":1,"price":%s}' % literal
        outcomes = []
        for read in (CartItem.from_json, lambda t: CartItem.from_dict(json.loads(t, parse_float=Decimal))):
            try:
                outcomes.append(read(text).to_dict())
            except ValidationError as exc:
                outcomes.append([error.loc for error in exc.errors])
        assert outcomes[0] == outcomes[1], literal
