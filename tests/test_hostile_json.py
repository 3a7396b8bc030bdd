"""from_json on hostile text: each way JSON text can be wrong gives a clear ValidationError."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, List, Tuple

import pytest
from conftest import load_file_module

from talon_models import CartItem, NewCustomerSessionV2, PriceDetail, Product, ValidationError


def _errors(model: Any, text: Any) -> List[Tuple[str, str]]:
    """(path, message) of every error ``model.from_json(text)`` raises."""
    with pytest.raises(ValidationError) as caught:
        model.from_json(text)
    assert str(caught.value)
    return [(error.path, error.msg) for error in caught.value.errors]


def test_invalid_utf8_names_the_offset() -> None:
    """Bytes that are not UTF-8 are refused with the offset of the first bad byte."""
    assert _errors(Product, b'{"name": "ab\xc3"}') == [("", "JSON text is not valid UTF-8 (bad byte at offset 12)")]


def test_an_encoded_surrogate_is_not_utf8() -> None:
    """A surrogate written out as UTF-8 bytes (CESU style) is not UTF-8."""
    assert _errors(Product, b'{"name": "\xed\xa0\x80"}')[0][1].startswith("JSON text is not valid UTF-8")


def test_byte_order_mark_in_bytes_is_refused() -> None:
    """A UTF-8 byte order mark before the text is refused, not skipped."""
    assert _errors(Product, b'\xef\xbb\xbf{"name": "x"}') == [("", "JSON text must not start with a byte order mark")]


def test_byte_order_mark_in_str_is_refused() -> None:
    """A BOM character at the start of a str is refused too."""
    assert _errors(Product, '\ufeff{"name": "x"}') == [("", "JSON text must not start with a byte order mark")]


@pytest.mark.parametrize("text", [b"", "", "   ", "\n"])
def test_empty_input_is_refused(text: Any) -> None:
    """Empty or blank text is not JSON."""
    [(path, message)] = _errors(Product, text)
    assert path == ""
    assert message.startswith("invalid JSON: Expecting value at line ")


@pytest.mark.parametrize("text", ['{"name": "x"} x', '{"name": "x"}{}', '{"name": "x"}]', '{"name": "x"}\x00'])
def test_trailing_garbage_is_refused(text: str) -> None:
    """Anything but whitespace after the value is refused."""
    [(path, message)] = _errors(Product, text)
    assert path == ""
    assert message.startswith("invalid JSON: Extra data at line 1 column 1")


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_literals_are_refused_at_their_path(literal: str) -> None:
    """NaN and the infinities, which Python's json accepts, are refused where they stand."""
    text = '{"sku": "a", "quantity": 1, "attributes": {"k": [1, %s]}}' % literal
    assert _errors(CartItem, text) == [("attributes.k[1]", "%s is not a JSON value" % literal)]


@pytest.mark.parametrize("literal", ["1e400", "-1e400", "1.5E+309"])
def test_numbers_that_overflow_a_double_are_refused(literal: str) -> None:
    """A number too large for a double (json reads it as infinity) is refused by name."""
    message = "number is too large for a 64-bit floating-point number (it overflows to infinity)"
    assert _errors(PriceDetail, '{"price": %s}' % literal) == [("price", message)]
    assert _errors(Product, '{"name": "x", "more": {"k": %s}}' % literal) == [("more.k", message)]


def test_overflow_in_a_string_field_keeps_the_type_error() -> None:
    """Where a string was expected, an overflowing number is reported as the wrong type."""
    assert _errors(Product, '{"name": 1e400}') == [("name", "expected string, got number")]


def test_integers_longer_than_the_digit_limit_are_refused() -> None:
    """An integer with more digits than Python converts is refused, not a bare ValueError."""
    digits = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 4300
    [(path, message)] = _errors(CartItem, '{"sku": "a", "quantity": 1%s}' % ("0" * digits))
    assert path == ""
    assert message.startswith("invalid JSON: ")


def test_long_integers_within_the_limit_are_range_errors() -> None:
    """A 4000-digit integer parses, and is refused as out of range where it stands."""
    [(path, message)] = _errors(CartItem, '{"sku": "a", "quantity": 1%s}' % ("0" * 3999))
    assert (path, message) == ("quantity", "must be at most 2**63 - 1 (a signed 64-bit integer)")


def test_duplicate_keys_name_the_key_and_path() -> None:
    """Two equal keys in one object are refused, naming the key at its path."""
    text = '{"cartItems": [{"sku": "a", "quantity": 1}, {"sku": "a", "quantity": 1, "sku": "b"}]}'
    assert _errors(NewCustomerSessionV2, text) == [("cartItems[1].sku", 'duplicate key "sku"')]


def test_duplicate_keys_are_found_at_every_depth() -> None:
    """Duplicates deep inside and at the top are all reported, in the order of the keys."""
    text = '{"name": "x", "extra": {"a": [{"b": 1, "b": 2}]}, "name": "y"}'
    assert _errors(Product, text) == [("name", 'duplicate key "name"'), ("extra.a[0].b", 'duplicate key "b"')]


@pytest.mark.parametrize("opener", ["[", '{"a": ', '[{"a": '])
def test_nesting_deeper_than_json_parses_is_refused(opener: str) -> None:
    """100,000 levels of nesting: json's RecursionError becomes a ValidationError."""
    closer = {"[": "]", '{"a": ': "}", '[{"a": ': "}]"}[opener]
    text = opener * 100_000 + "1" + closer * 100_000
    assert _errors(Product, text) == [("", "JSON text nests too deeply to parse")]


def test_unclosed_deep_nesting_is_refused() -> None:
    """Deep nesting that never closes is refused the same way."""
    assert _errors(Product, "[" * 100_000) == [("", "JSON text nests too deeply to parse")]


def test_nesting_json_parses_but_attributes_forbid_is_refused_at_its_path() -> None:
    """A few hundred levels parse, and the attributes rule stops at level 100."""
    text = '{"sku": "a", "quantity": 1, "attributes": {"k": %s}}' % ("[" * 300 + "]" * 300)
    [(path, message)] = _errors(CartItem, text)
    assert path == "attributes.k" + "[0]" * 99  # attributes is level 1, its k level 2
    assert message == "nests deeper than 100 levels"


def test_a_marker_deep_in_a_wide_array_is_found_cheaply() -> None:
    """A NaN after many values 500 levels down is found, with its full path."""
    text = "[" * 500 + "0," * 20_000 + "NaN" + "]" * 500
    [(path, message)] = _errors(Product, '{"name": "x", "more": %s}' % text)
    assert path == "more" + "[0]" * 499 + "[20000]"
    assert message == "NaN is not a JSON value"


def test_a_raw_control_character_is_refused() -> None:
    """Control characters must be escaped inside JSON strings."""
    [(path, message)] = _errors(Product, '{"name": "a\x01"}')
    assert path == ""
    assert message.startswith("invalid JSON: Invalid control character")


def test_escaped_lone_surrogates_are_kept() -> None:
    """An escaped lone surrogate is valid JSON text and kept as it is."""
    assert Product.from_json(b'{"name": "\\ud800x"}').name == "\ud800x"


def test_escaped_surrogate_pairs_are_one_character() -> None:
    """An escaped surrogate pair is read as the one character it encodes."""
    assert Product.from_json(b'{"name": "\\ud83d\\ude00"}').name == "\U0001f600"


def test_a_split_surrogate_pair_cannot_be_written() -> None:
    """A high then a low surrogate as two code points would come back as one character."""
    product = Product.from_dict({"name": "ok", "extra": {"k\ud800": ["\ud83d\ude00"]}})
    with pytest.raises(ValidationError) as caught:
        product.to_json()
    assert [error.path for error in caught.value.errors] == ['extra["k\ud800"][0]']
    assert "surrogate pair" in caught.value.errors[0].msg


def test_a_split_surrogate_pair_in_a_key_cannot_be_written() -> None:
    """The same for an unknown key that holds one."""
    product = Product.from_dict({"name": "ok", "x\udbff\udfff": 1})
    with pytest.raises(ValidationError) as caught:
        product.to_json()
    assert [error.path for error in caught.value.errors] == ['["x\udbff\udfff"]']


def test_text_with_raw_surrogates_reads_as_given() -> None:
    """A str holding raw lone surrogates parses; they stay as they were."""
    assert Product.from_json('{"name": "a\udcff"}').name == "a\udcff"


@pytest.mark.parametrize("value", [None, 1, 1.5, ["{}"], {"name": "x"}, memoryview(b"{}")])
def test_text_that_is_not_str_or_bytes_is_refused(value: Any) -> None:
    """from_json takes str, bytes or bytearray only."""
    [(path, message)] = _errors(Product, value)
    assert path == ""
    assert message.startswith("expected JSON text as str or bytes, got ")


FUZZ = Path(__file__).resolve().parents[1] / "fuzz"


def _fuzz_check() -> Any:
    """fuzz/check.py, the fuzz target's checks, loaded without atheris."""
    return load_file_module("talon_fuzz_check", FUZZ / "check.py")


@pytest.mark.parametrize("path", sorted((FUZZ / "regressions").glob("*")), ids=lambda path: path.name)
def test_fuzz_findings_stay_fixed(path: Path) -> None:
    """Every input the fuzzer found a failure with now passes all of its checks."""
    _fuzz_check().check_input(path.read_bytes())


@pytest.mark.parametrize("path", sorted((FUZZ / "seeds").glob("*.json")), ids=lambda path: path.name)
def test_fuzz_seeds_pass_the_fuzz_checks(path: Path) -> None:
    """The fuzz seeds themselves pass the fuzz target's checks."""
    _fuzz_check().check_input(path.read_bytes())
