"""Where the time of a read goes: each part of the payloads next to the strict floor's copy of it.

Run from the repository root: ``python bench/breakdown.py``. A probe for the package's
authors, not a benchmark with targets: it calls the models' internal readers
(``Model._read`` with the first-problem list that ``from_dict`` uses) on each part of
the session's cart item, of an effect and of the response, and times the strict floor
(``payloads.rebuild_strict``) on the same part, the two taking turns; a figure is the
median of 15 samples. The difference is what the model's checks, objects and calls add
to a plain copy of that part.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
import sys
import time
from typing import Any, Callable, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import payloads  # noqa: E402
from payloads import rebuild_strict as strict  # noqa: E402

import talon_models  # noqa: E402
from talon_models._base import new_object  # noqa: E402
from talon_models._errors import FIRST_PROBLEM  # noqa: E402
from talon_models._fields import copy_json  # noqa: E402

ROUNDS = 15


def made(cls: Any, values: List[Any]) -> Any:
    """A model object as the written-out readers make one, with a tuple of 22 values."""
    self = new_object(cls)
    self._values = (*values,)
    return self


def sample(function: Callable[[], Any], loops: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(loops):
        function()
    return (time.perf_counter() - start) / loops


def pair(mine: Callable[[], Any], floor: Callable[[], Any]) -> Tuple[float, float]:
    """Median seconds per call of ``mine`` and of ``floor``, taking turns."""
    mine()
    floor()
    loops = max(1, int(0.02 / max(sample(mine, 1), 1e-7)))
    ours: List[float] = []
    theirs: List[float] = []
    for _ in range(ROUNDS):
        ours.append(sample(mine, loops))
        theirs.append(sample(floor, loops))
    return statistics.median(ours), statistics.median(theirs)


def read(model: Any, data: Any) -> Callable[[], Any]:
    """A model's reader on ``data``, as ``from_dict`` calls it for a valid payload."""
    return lambda: model._read(data, "keep", FIRST_PROBLEM)


def read_each(model: Any, data: List[Any]) -> Callable[[], Any]:
    return lambda: [model._read(entry, "keep", FIRST_PROBLEM) for entry in data]


def copy(data: Any) -> Callable[[], Any]:
    return lambda: strict(data)


def parts() -> List[Tuple[str, Callable[[], Any], Callable[[], Any]]]:
    tm = talon_models
    item = payloads.cart_item(3)
    session = payloads.session(0)
    effect = next(effect for effect in payloads.effects(50) if effect["effectType"] == "setDiscount")
    effect_model = tm.Effect.from_dict(effect)
    response = payloads.response()
    known = tm.CartItem._wire_keys
    values = [None] * len(known)
    price, cost = item["prices"]["member"], item["additionalCosts"]["shipping"]
    return [
        (
            "session without items: `NewCustomerSessionV2.from_dict`",
            lambda: tm.NewCustomerSessionV2.from_dict(session),
            copy(session),
        ),
        ("one cart item: `CartItem._read`", read(tm.CartItem, item), copy(item)),
        ("… one of its two prices: `PriceDetail._read`", read(tm.PriceDetail, price), copy(price)),
        ("… its additional cost: `AdditionalCost._read`", read(tm.AdditionalCost, cost), copy(cost)),
        ("… its product: `Product._read`", read(tm.Product, item["product"]), copy(item["product"])),
        (
            "… its attributes: `copy_json`",
            lambda: copy_json(item["attributes"], "attributes", FIRST_PROBLEM),
            copy(item["attributes"]),
        ),
        (
            "… a model object: `new_object` and its `_values`",
            lambda: made(tm.CartItem, values),
            lambda: {},
        ),
        ("… the unknown-key test: `_wire_keys.issuperset`", lambda: known.issuperset(item), lambda: None),
        ("one effect (setDiscount): `Effect._read`", read(tm.Effect, effect), copy(effect)),
        ("… its typed view: `typed_props()`", effect_model.typed_props, copy(effect["props"])),
        ("response: `IntegrationStateV2.from_dict`", lambda: tm.IntegrationStateV2.from_dict(response), copy(response)),
        (
            "… the 10-item session: `CustomerSessionV2._read`",
            read(tm.CustomerSessionV2, response["customerSession"]),
            copy(response["customerSession"]),
        ),
        (
            "… the profile: `CustomerProfile._read`",
            read(tm.CustomerProfile, response["customerProfile"]),
            copy(response["customerProfile"]),
        ),
        ("… loyalty: `Loyalty._read`", read(tm.Loyalty, response["loyalty"]), copy(response["loyalty"])),
        (
            "… 3 campaigns: `Campaign._read` each",
            read_each(tm.Campaign, response["triggeredCampaigns"]),
            copy(response["triggeredCampaigns"]),
        ),
        ("… 20 effects: `Effect._read` each", read_each(tm.Effect, response["effects"]), copy(response["effects"])),
    ]


def main() -> int:
    print(
        "%s %s; median of %d samples each, taking turns"
        % (platform.python_implementation(), platform.python_version(), ROUNDS)
    )
    print()
    print("| part | talon_models | strict floor | difference |")
    print("|---|---:|---:|---:|")
    for name, mine, floor in parts():
        ours, theirs = pair(mine, floor)
        print(
            "| %s | %.2f µs | %.2f µs | %+.2f µs |" % (name, ours * 1e6, theirs * 1e6, (ours - theirs) * 1e6),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
