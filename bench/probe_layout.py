"""A probe for a design question, not a benchmark of the package: what would a different
storage layout of the models cost and save?

``python bench/probe_layout.py`` (any CPython) times ``from_dict`` of the 1000-item
payload against a stripped-down reader that makes the same fast-path checks (the types,
the ranges, the date-time cache, the unknown-key test) but keeps each model's values in a
list held in a ``__slots__`` field instead of a 23-key instance ``__dict__``, and reads
the two small maps (prices, additional costs) with direct calls instead of through
``MapOf``. It also measures the memory that each keeps, and prints both.

The probe has no error reporting (a bad value raises ``ValueError`` at once); it shows
the cost of the good path, which is what the benchmark measures.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
import tracemalloc
from typing import Any, Callable, Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import payloads  # noqa: E402

from talon_models import CartItem, NewCustomerSessionV2, PriceDetail  # noqa: E402
from talon_models._datetimes import canonical_cache  # noqa: E402
from talon_models._fields import INT64_MAX, INT64_MIN, copy_json  # noqa: E402


class _Stored:
    __slots__ = ("_values",)


class _Session(_Stored):
    __slots__ = ()


class _Item(_Stored):
    __slots__ = ()


class _Price(_Stored):
    __slots__ = ()


class _Cost(_Stored):
    __slots__ = ()


class _Product(_Stored):
    __slots__ = ()


_new = object.__new__
_store = _Stored._values.__set__  # type: ignore[attr-defined]
_ITEM_KEYS = CartItem._wire_keys
_PRICE_KEYS = PriceDetail._wire_keys


def _date(raw: Any) -> Any:
    canonical = canonical_cache.get(raw) if type(raw) is str else None
    if canonical is None:
        raise ValueError(raw)
    return canonical


def _price(data: Dict[str, Any]) -> _Price:
    get = data.get
    price = get("price")
    if (type(price) is not float or price - price) and type(price) is not int:
        raise ValueError(price)
    reference = get("adjustmentReferenceId")
    if type(reference) is not str:
        raise ValueError(reference)
    until = _date(get("adjustmentEffectiveUntil"))
    values = [price, reference, _date(get("adjustmentEffectiveFrom")), until]
    values.append(None if _PRICE_KEYS.issuperset(data) else dict(data))
    model = _new(_Price)
    _store(model, values)
    return model


def _cost(data: Dict[str, Any]) -> _Cost:
    price = data.get("price")
    if (type(price) is not float or price - price) and type(price) is not int:
        raise ValueError(price)
    model = _new(_Cost)
    _store(model, [price, None if len(data) == 1 else dict(data)])
    return model


def _product(data: Dict[str, Any]) -> _Product:
    name = data.get("name")
    if type(name) is not str:
        raise ValueError(name)
    model = _new(_Product)
    _store(model, [name, None if len(data) == 1 else dict(data)])
    return model


def _float(value: Any) -> bool:
    return type(value) is float and not value - value


def _int(value: Any, low: int = INT64_MIN) -> bool:
    return type(value) is int and low <= value <= INT64_MAX


def _item(data: Dict[str, Any]) -> _Item:
    get = data.get
    name, sku, quantity = get("name"), get("sku"), get("quantity")
    returned, remaining, catalog = get("returnedQuantity"), get("remainingQuantity"), get("catalogItemID")
    price, weight, height, width, length, position = (
        get("price"),
        get("weight"),
        get("height"),
        get("width"),
        get("length"),
        get("position"),
    )
    category, selected, reference = get("category"), get("selectedPriceType"), get("adjustmentReferenceId")
    if not (
        type(name) is str
        and type(sku) is str
        and sku
        and _int(quantity, 1)
        and _int(returned)
        and _int(remaining)
        and _int(catalog)
        and _float(price)
        and _float(weight)
        and _float(height)
        and _float(width)
        and _float(length)
        and _float(position)
        and type(category) is str
        and type(selected) is str
        and type(reference) is str
    ):
        raise ValueError(data)
    values = [
        name,
        sku,
        quantity,
        returned,
        remaining,
        price,
        category,
        _product(get("product")),
        weight,
        height,
        width,
        length,
        position,
        copy_json(get("attributes"), "attributes", []),
        {key: _cost(cost) for key, cost in get("additionalCosts").items()},
        catalog,
        selected,
        reference,
        _date(get("adjustmentEffectiveFrom")),
        _date(get("adjustmentEffectiveUntil")),
        {key: _price(price) for key, price in get("prices").items()},
        None if _ITEM_KEYS.issuperset(data) else dict(data),
    ]
    model = _new(_Item)
    _store(model, values)
    return model


def probe_decode(data: Dict[str, Any]) -> _Session:
    session = _new(_Session)
    _store(session, [data.get("profileId"), [_item(item) for item in data["cartItems"]]])
    return session


def main() -> int:
    data = payloads.session(1000)
    text = json.dumps(data)
    readers: Dict[str, Callable[[Any], Any]] = {
        "talon_models from_dict (as it is)": NewCustomerSessionV2.from_dict,
        "probe: values list in __slots__": probe_decode,
    }
    best = {name: float("inf") for name in readers}
    for _ in range(40):  # taking turns; the fastest of 40 pairs of calls, in CPU time
        for name, read in readers.items():
            gc.collect()
            start = time.process_time()
            read(data)
            read(data)
            best[name] = min(best[name], (time.process_time() - start) / 2)
    kept: List[Any] = []
    for name, read in readers.items():
        read(json.loads(text))
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept.append(read(json.loads(text)))
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        print("%-36s decode %6.2f ms   keeps %.2f MB" % (name, best[name] * 1e3, grown / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
