"""Many threads decoding and encoding at once get what one thread gets.

The only shared mutable state is the pair of bounded date-time caches; the payloads
here hold more distinct date-times than the caches keep, so they are cleared while
other threads read them.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, Iterator, List, Tuple

import pytest

from talon_models import CartItem, NewCustomerSessionV2, ValidationError, _datetimes

PAYLOADS = 240
ITEMS = 10


def _stamp(number: int) -> str:
    """A distinct date-time text for each number, with varied offsets and fractions."""
    minutes = number % 1440 - 720
    zone = "Z" if minutes == 0 else "%s%02d:%02d" % ("-" if minutes < 0 else "+", abs(minutes) // 60, abs(minutes) % 60)
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%d%s" % (
        number % 100,
        1 + number % 12,
        1 + number % 28,
        number % 24,
        number % 60,
        (number * 7) % 60,
        number,
        zone,
    )


def _payload(index: int) -> Dict[str, Any]:
    """A session with its own date-times; every seventh one has an error in one item."""
    items = []
    for position in range(ITEMS):
        number = index * 100 + position * 3
        items.append(
            {
                "sku": "SKU-%d-%d" % (index, position),
                "quantity": 1 + position,
                "price": index + position / 8,
                "adjustmentEffectiveFrom": _stamp(number),
                "adjustmentEffectiveUntil": _stamp(number + 1),
                "prices": {"base": {"price": 1, "adjustmentEffectiveFrom": _stamp(number + 2)}},
                "attributes": {"index": index, "tags": ["a", "b", position]},
            }
        )
    if index % 7 == 0:
        items[index % ITEMS]["quantity"] = 0
    return {"profileId": "p%d" % index, "cartItems": items, "attributes": {"n": index}}


def _outcome(text: str) -> Tuple[str, Any]:
    """What one thread gets: the text written back and the date-times, or the errors."""
    try:
        session = NewCustomerSessionV2.from_json(text)
    except ValidationError as exc:
        return "error", [(error.path, error.msg) for error in exc.errors]
    dates = [(item.adjustment_effective_from, item.adjustment_effective_until) for item in session.cart_items]
    return session.to_json(), dates


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter allows, to interleave them finely."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def test_payloads_overflow_the_date_time_caches() -> None:
    """The payloads hold more distinct date-times than the caches keep."""
    stamps = {_stamp(index * 100 + offset) for index in range(PAYLOADS) for offset in range(ITEMS * 3)}
    assert len(stamps) > 4096


def test_threads_decode_and_encode_as_one_thread_does(busy_switching: None) -> None:
    """Eight threads over 240 payloads, each twice, agree with a single thread."""
    payloads = [json.dumps(_payload(index)) for index in range(PAYLOADS)]
    expected = [_outcome(payload) for payload in payloads]
    _datetimes.canonical_cache.clear()
    _datetimes._value_cache.clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(_outcome, payloads + payloads))
    assert results == expected + expected
    assert sum(1 for kind, _ in expected if kind == "error") == len(range(0, PAYLOADS, 7))


def test_threads_building_and_checking_models_agree(busy_switching: None) -> None:
    """Constructors, assignment and validate() in many threads give the same results."""

    def work(index: int) -> List[Any]:
        item = CartItem(sku="s%d" % index, quantity=1 + index % 5)
        item.adjustment_effective_from = CartItem.from_dict(
            {"sku": "x", "quantity": 1, "adjustmentEffectiveFrom": _stamp(index)}
        ).adjustment_effective_from
        item.attributes = {"i": index}
        item.validate()
        return [item.to_json(), item.is_valid(), repr(item)]

    expected = [work(index) for index in range(500)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(work, range(500))) == expected
