"""Resource bounds: big and deep inputs are accepted or refused, without deep recursion,
without work on items past a limit, and without memory out of proportion.

The sizes here are smaller than in bench/bounds.py, which measures the full sizes;
the behaviour is the same at both.
"""

from __future__ import annotations

import json
import platform
import re
import sys
import threading
from typing import Any, Callable, Dict, List

import pytest
from conftest import ROOT, load_file_module

import talon_models
from talon_models import CartItem, NewCustomerSessionV2, Product, ValidationError

on_pypy = platform.python_implementation() == "PyPy"


def _refused(call: Callable[[], Any]) -> List[Any]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.errors


def _in_a_shallow_stack(call: Callable[[], Any], frames: int = 400) -> Any:
    """Run ``call`` in a thread whose recursion limit leaves ``frames`` frames of room."""
    outcome: Dict[str, Any] = {}
    previous = sys.getrecursionlimit()

    def run() -> None:
        try:
            outcome["result"] = call()
        except BaseException as exc:
            outcome["error"] = exc

    sys.setrecursionlimit(frames)
    try:
        worker = threading.Thread(target=run)
        worker.start()
        worker.join()
    finally:
        sys.setrecursionlimit(previous)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


# -- the cart item cap is checked before any item is decoded --------------------------------


class _Untouchable(dict):  # type: ignore[type-arg]
    """A cart item that fails the test the moment anything reads it."""

    def get(self, *args: Any) -> Any:
        raise AssertionError("a cart item was read")

    def __iter__(self) -> Any:
        raise AssertionError("a cart item was read")

    def items(self) -> Any:
        raise AssertionError("a cart item was read")


def test_1001_cart_items_are_refused_before_any_is_read() -> None:
    """The 1000-item cap is checked before the items are looked at."""
    errors = _refused(lambda: NewCustomerSessionV2.from_dict({"cartItems": [_Untouchable()] * 1001}))
    assert [(error.path, error.msg) for error in errors] == [
        ("cartItems", "must have at most 1000 items (it has 1001)")
    ]


def test_1001_cart_items_from_json_are_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    """From JSON text too, the cart item reader is never called past the cap."""
    from talon_models import _session

    calls = []

    def counting(data: Any, unknown: str, errors: List[Any]) -> Any:
        calls.append(1)
        return CartItem._read(data, unknown, errors)

    monkeypatch.setattr(_session, "_read_CartItem", counting)  # the session's cart item reader
    text = json.dumps({"cartItems": [{"sku": "a", "quantity": 1}] * 1001})
    errors = _refused(lambda: NewCustomerSessionV2.from_json(text))
    assert [error.path for error in errors] == ["cartItems"]
    assert calls == []
    NewCustomerSessionV2.from_json(json.dumps({"cartItems": [{"sku": "a", "quantity": 1}] * 1000}))
    assert len(calls) == 1000


def test_the_error_for_a_huge_cart_does_not_hold_the_items() -> None:
    """The cap's error describes the array instead of keeping a reference to it."""
    [error] = _refused(lambda: NewCustomerSessionV2.from_dict({"cartItems": [{}] * 100_000}))
    assert error.input == "<array of 100000 items>"


def test_a_quantity_sum_over_10000_is_refused() -> None:
    """1000 items of which the quantities add up to 10001 are refused at cartItems."""
    items = [{"sku": "a", "quantity": 10}] * 999 + [{"sku": "a", "quantity": 11}]
    [error] = _refused(lambda: NewCustomerSessionV2.from_dict({"cartItems": items}))
    assert (error.path, error.input) == ("cartItems", 10001)


def test_1000_items_with_large_attributes_are_accepted_whole() -> None:
    """1000 items each carrying 200 attribute values are read and written unchanged."""
    attributes = {"k%d" % index: ["v" * 10, index, 1.5, None, {"n": True}] for index in range(40)}
    payload = {"cartItems": [{"sku": "a", "quantity": 1, "attributes": attributes}] * 1000}
    session = NewCustomerSessionV2.from_dict(payload)
    assert session.to_dict() == payload


# -- big values -------------------------------------------------------------------------------


def test_a_big_attributes_object_is_copied_whole() -> None:
    """A 1 MB attributes object survives from_json and to_json unchanged."""
    attributes = {"key%06d" % index: {"list": [index, "text" * 4, None, True]} for index in range(20_000)}
    text = json.dumps({"attributes": attributes})
    assert len(text) > 1_000_000
    session = NewCustomerSessionV2.from_json(text)
    assert session.attributes == attributes
    assert json.loads(session.to_json()) == {"attributes": attributes}


def test_a_hundred_thousand_coupon_codes_are_accepted() -> None:
    """A long list of strings is read in one pass and written back unchanged."""
    codes = ["CODE-%06d" % index for index in range(100_000)]
    session = NewCustomerSessionV2.from_json(json.dumps({"couponCodes": codes}))
    assert session.coupon_codes == codes
    assert session.to_dict() == {"couponCodes": codes}


def test_ten_thousand_bad_coupon_codes_are_each_reported() -> None:
    """Up to the cap, every bad element gets its own error at its index."""
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_json(json.dumps({"couponCodes": list(range(10_000))}))
    assert caught.value.complete
    assert len(caught.value.errors) == 10_000
    assert caught.value.errors[-1].path == "couponCodes[9999]"


def test_a_full_cart_with_three_bad_fields_in_every_item_reports_all_3000() -> None:
    """A realistic worst case stays well under the cap: nothing is left out."""
    items = [{"sku": "", "quantity": 0, "price": "9"}] * 1000
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict({"cartItems": items})
    assert caught.value.complete
    assert len(caught.value.errors) == 3000
    assert [e.path for e in caught.value.errors[-3:]] == [
        "cartItems[999].sku",
        "cartItems[999].quantity",
        "cartItems[999].price",
    ]


@pytest.mark.parametrize(
    "payload",
    [
        {"evaluableCampaignIds": ["x"] * 100_000},
        {"cartItems": [{"sku": 1, "quantity": "q", "attributes": {"n": [float("nan")] * 100}}] * 1000},
        {"attributes": {"deep": {"a": {"b": [b"bytes"] * 100_000}}}},
        {"additionalCosts": {"c%d" % index: {} for index in range(100_000)}},
    ],
    ids=["list", "cart", "attributes", "map"],
)
def test_checking_stops_at_the_cap(payload: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past 10,000 problems checking stops: the first 10,000 are kept, each at its full
    path, the error says it stopped, and no more values are looked at."""
    from talon_models import _errors

    calls = []
    original = _errors.ErrorList.append

    def counting(self: Any, error: Any) -> None:
        calls.append(1)
        original(self, error)

    monkeypatch.setattr(_errors.ErrorList, "append", counting)
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict(payload)
    error = caught.value
    assert not error.complete
    assert len(error.errors) == _errors.MAX_ERRORS
    assert len(calls) == _errors.MAX_ERRORS + 1  # the one that found the list full
    assert all(e.loc[0] == next(iter(payload)) for e in error.errors)
    assert "checking stopped after 10000 problems" in str(error).splitlines()[0]


def test_the_cap_holds_for_constructors_and_validate() -> None:
    """Python values are checked with the same cap."""
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2(coupon_codes=[1] * 50_000)
    assert (len(caught.value.errors), caught.value.complete) == (10_000, False)
    session = NewCustomerSessionV2(coupon_codes=[])
    session.coupon_codes.extend([None] * 50_000)
    for call in (session.validate, session.to_dict):
        with pytest.raises(ValidationError) as caught:
            call()
        assert (len(caught.value.errors), caught.value.complete) == (10_000, False)
        assert caught.value.errors[-1].path == "couponCodes[9999]"


def test_a_million_nan_literals_are_reported_up_to_the_cap() -> None:
    """JSON text with a NaN at every place: the marker search stops at the cap too."""
    text = '{"attributes": {"x": [' + ",".join(["NaN"] * 200_000) + "]}}"
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_json(text)
    assert (len(caught.value.errors), caught.value.complete) == (10_000, False)
    assert caught.value.errors[-1].path == "attributes.x[9999]"


def test_the_text_of_a_huge_report_is_short() -> None:
    """str() shows the first 30 problems and how many more there are, each line bounded."""
    key = "k" * 100_000
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict({"attributes": {key: [key] * 3, "x": [{key: b"x" * 100_000}] * 50_000}})
    text = str(caught.value)
    lines = text.splitlines()
    assert len(lines) == 1 + 30 + 1
    assert lines[-1] == "  and 9970 more"
    assert max(len(line) for line in lines) < 400
    assert len(text) < 20_000


def test_a_long_string_is_kept_where_strings_are_free() -> None:
    """A 1 MB profile id is accepted and written back whole."""
    text = "\U0001f600" * 1_000_000
    assert NewCustomerSessionV2.from_json(json.dumps({"profileId": text})).profile_id == text


def test_a_long_string_over_a_limit_is_refused_briefly() -> None:
    """A 1 MB referral code is refused, and the error's text stays short."""
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict({"referralCode": "r" * 1_000_000})
    assert caught.value.errors[0].msg == "must be at most 100 characters long (it has 1000000)"
    assert len(str(caught.value)) < 300


def test_a_long_date_time_fraction_is_read_but_not_cached() -> None:
    """A date-time with a 100,000-digit fraction is valid, and no cache keeps its text."""
    from talon_models import _datetimes

    text = "2021-01-01T00:00:00." + "1" * 100_000 + "Z"
    item = CartItem.from_dict({"sku": "a", "quantity": 1, "adjustmentEffectiveFrom": text})
    assert item.to_dict()["adjustmentEffectiveFrom"] == text
    assert item.adjustment_effective_from.microsecond == 111111
    assert text not in _datetimes.canonical_cache
    assert all(len(key) < 200 for key in _datetimes.canonical_cache)
    assert all(len(key) < 200 for key in _datetimes._value_cache)


# -- depth ------------------------------------------------------------------------------------


def _deep_list(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("key", ["attributes", "profileId", "cartItems", "additionalCosts", "somethingElse"])
def test_a_100000_deep_value_is_refused_without_recursion(key: str) -> None:
    """from_dict on data nested 100,000 deep needs only a shallow stack, under every key."""
    deep = _deep_list(100_000)
    with pytest.raises(ValidationError) as caught:
        _in_a_shallow_stack(lambda: NewCustomerSessionV2.from_dict({key: deep}))
    assert caught.value.errors[0].loc[0] == key
    assert str(caught.value)


def test_a_100000_deep_value_is_ignored_when_unknown_keys_are() -> None:
    """unknown="ignore" drops a deep unknown value without looking into it."""
    session = NewCustomerSessionV2.from_dict({"x": _deep_list(100_000)}, unknown="ignore")
    assert session.to_dict() == {}


def test_100_levels_of_attributes_are_accepted_and_101_refused() -> None:
    """attributes may nest 100 levels (attributes itself being the first)."""
    ok = {"k": _deep_list(99)}  # attributes is level 1, and k's 99 lists levels 2 to 100
    assert CartItem.from_dict({"sku": "a", "quantity": 1, "attributes": ok}).attributes == ok
    too_deep = {"k": _deep_list(100)}
    [error] = _refused(lambda: CartItem.from_dict({"sku": "a", "quantity": 1, "attributes": too_deep}))
    assert error.msg == "nests deeper than 100 levels"


def test_errors_deep_in_attributes_get_their_location_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of bad numbers 99 levels down are each located without re-prefixing per level."""

    def no_prefixing(*args: Any) -> None:
        raise AssertionError("an error location was rebuilt on the way out of copy_json")

    monkeypatch.setattr(talon_models._fields, "prefix", no_prefixing)
    value: Any = [float("inf")] * 5000
    for _ in range(97):
        value = {"a": value}
    errors = _refused(lambda: CartItem.from_dict({"sku": "a", "quantity": 1, "attributes": value}))
    assert len(errors) == 5000
    assert errors[-1].loc == ("attributes",) + ("a",) * 97 + (4999,)


@pytest.mark.skipif(on_pypy, reason="tracemalloc is CPython's")
def test_markers_deep_in_a_wide_array_cost_memory_in_proportion() -> None:
    """Finding a NaN 900 levels down after 20,000 values costs no more than parsing it."""
    import tracemalloc

    text = '{"name": "x", "more": %s}' % ("[" * 900 + "0," * 20_000 + "NaN" + "]" * 900)
    tracemalloc.start()
    try:
        json.loads(text)
        parsing = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak() if hasattr(tracemalloc, "reset_peak") else None
        tracemalloc.clear_traces()
        tracemalloc.stop()
        tracemalloc.start()
        _refused(lambda: Product.from_json(text))
        reading = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reading < 3 * parsing + 1_000_000


def _without_numbers(text: str) -> str:
    return re.sub(r"\d[\d,.]*", "N", text)


def test_reliability_page_shows_each_outcome_whole() -> None:
    """Each outcome on the Reliability page is what bench/bounds.py prints for that input,
    whole (numbers aside, which depend on the size): no message is cut short."""
    bounds = load_file_module("talon_bench_bounds", ROOT / "bench" / "bounds.py")
    page = (ROOT / "docs" / "reliability.md").read_text("utf-8")
    rows = {}
    for line in page.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if cells[0] in bounds.CASES:
            rows[cells[0]] = cells[2]
    assert set(rows) == set(bounds.CASES)
    for name, (size, build) in bounds.CASES.items():
        small = size if name.startswith(("cart items", "nested")) else max(1, size // 1000)
        if "error flood" in name:
            small = 20_000  # past the cap of kept problems, as at full size
        assert _without_numbers(rows[name]) == _without_numbers(bounds._call(build(small))), name
