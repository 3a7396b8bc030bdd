"""Write the fuzz seeds into fuzz/seeds/: small valid and nearly valid payloads.

Run from the repository root: ``python fuzz/make_seeds.py``. The seeds are committed;
run it again after a model changes. It uses only the package, bench/payloads.py and the
spec data in tests/data/spec (a full response, and each effect type's example props).

``python fuzz/make_seeds.py --ruby CASES.jsonl...`` also writes the wire inputs of the Ruby
reference vectors (tests/data/ruby/vectors/*cases.jsonl) into fuzz/corpus/ (git-ignored), a
starting corpus too big to commit.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from typing import Any, Dict, List

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

import payloads  # noqa: E402

from talon_models._examples import example_payload  # noqa: E402
from talon_models._fields import spec_of  # noqa: E402
from talon_models._registry import MODELS  # noqa: E402

SEEDS = os.path.join(ROOT, "fuzz", "seeds")
SPEC = os.path.join(ROOT, "tests", "data", "spec")


def _spec(name: str) -> Any:
    with open(os.path.join(SPEC, name), encoding="utf-8") as source:
        return json.load(source)


def seeds() -> Dict[str, Any]:
    """Name -> JSON data (or raw text, for the seeds that are not JSON data)."""
    out: Dict[str, Any] = {}
    for model in MODELS.values():
        name = model.__name__
        out["example-" + name] = example_payload(model)
        out["empty-" + name] = {}
        # every field wrong in one payload: a string where a number is, and the reverse
        wrong = {}
        for item in dataclasses.fields(model):
            spec = spec_of(item)
            wrong[spec.wire] = "1" if isinstance(spec.example, (int, float)) else 1
        out["wrong-" + name] = wrong
    out.update(response_seeds())
    out["session-1"] = payloads.session(1)
    out["session-3"] = payloads.session(3)
    out["cart-item-full"] = payloads.cart_item(7)
    out["session-unknown-keys"] = dict(payloads.session(1), futureField={"a": [1, 2.5, None, True]})
    out["session-too-many"] = {"cartItems": [{}] * 1001}
    out["session-quantity-sum"] = {"cartItems": [{"sku": "a", "quantity": 5000}] * 3}
    returned = example_payload(MODELS["CustomerSessionV2"])
    returned.update(created="2020-06-10T09:05:27.993483Z", updated="2020-06-10T11:05:27.123456789+02:00")
    returned.update(cartItems=[{"sku": "a", "quantity": 5000}] * 3, updateCount=2)
    out["returned-session-server-fields"] = returned
    out["request-response-content"] = {"customerSession": {}, "responseContent": ["loyalty", "loyalty", "bogus"]}
    out["cart-item-edges"] = {
        "sku": "\u00e9\U0001f600",
        "quantity": 9223372036854775807,
        "returnedQuantity": -9223372036854775808,
        "price": 1.7976931348623157e308,
        "weight": 5e-324,
        "adjustmentEffectiveFrom": "2024-02-29T23:59:59.123456789+14:00",
        "adjustmentEffectiveUntil": "0001-01-01t00:00z",
        "attributes": {"deep": [[[[{"x": [None]}]]]], "": ""},
    }
    out["price-detail-dates"] = {
        "adjustmentEffectiveFrom": "2021-09-12 10:12-23:59",
        "adjustmentEffectiveUntil": "9999-12-31T23:59:59.999999999Z",
    }
    texts: List[str] = [
        '{"sku": "a", "quantity": 1, "sku": "b"}',
        '{"price": NaN}',
        '{"price": -Infinity}',
        '{"price": 1e400}',
        '{"name": "\\ud800"}',
        '{"attributes": ' + "[" * 120 + "]" * 120 + "}",
        '{"quantity": 1} trailing',
        "\ufeff{}",
        "",
    ]
    for index, text in enumerate(texts):
        out["text-%d" % index] = text
    return out


def response_seeds() -> Dict[str, Any]:
    """The response: a full one, the smallest, every effect type, and deep problems."""
    out: Dict[str, Any] = {}
    full = _spec("full-response.json")  # newer keys (advancedEvent) and fractions of seconds
    out["response-full"] = full
    minimal = {"effects": [], "createdCoupons": [], "createdReferrals": []}
    out["response-minimal"] = minimal
    effect = dict(example_payload(MODELS["Effect"]))
    effects = []
    for effect_type, member in sorted(_spec("effect-props.json")["effect_types"].items()):
        effects.append(dict(effect, effectType=effect_type, props=member["example"]))
        out["props-" + effect_type] = member["example"]  # read by every model, its props model too
    out["response-every-effect-type"] = dict(minimal, effects=effects)
    out["response-effect-props-not-object"] = dict(minimal, effects=[dict(effect, props=[1, None, "x"])])
    out["response-effects-null-items"] = dict(minimal, effects=[None, 1, effect])
    deep = json.loads(json.dumps(full))
    deep["loyalty"]["programs"]["deep"] = {"id": 1, "title": "t", "name": "n", "ledger": {"currentTier": {}}}
    deep["triggeredCampaigns"][0]["state"] = "a state of a newer API"  # an open enum: kept
    deep["triggeredCampaigns"][0]["couponSettings"] = {"validCharacters": ["A"], "couponPattern": "bad value!\nok"}
    deep["event"]["effects"] = [[None, {"k": [None]}], None, "x"]  # any JSON values, nulls kept
    out["response-deep-problems"] = deep
    card = dict(example_payload(MODELS["LoyaltyCard"]), identifier="x" * 108, usersPerCardLimit=0)
    out["loyalty-card-edges"] = dict(card, oldCardIdentifier="", newCardIdentifier="x" * 109)
    coupon = example_payload(MODELS["Coupon"])
    out["coupon-bounds"] = dict(coupon, usageLimit=999999, reservationLimit=1000000, discountLimit=1e15, value="abc")
    return out


def write(folder: str, name: str, value: Any) -> None:
    """Write one seed: text as it is, anything else as JSON."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    with open(os.path.join(folder, name + ".json"), "wb") as out:
        out.write(text.encode("utf-8", "surrogatepass"))


def main() -> None:
    os.makedirs(SEEDS, exist_ok=True)
    for name, value in seeds().items():
        write(SEEDS, name, value)
    if sys.argv[1:2] == ["--ruby"]:
        corpus = os.path.join(ROOT, "fuzz", "corpus")
        os.makedirs(corpus, exist_ok=True)
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8") as cases:
                for line in cases:
                    case = json.loads(line)
                    if case["via"] == "build_from_hash":
                        write(corpus, "ruby-" + case["id"], case["input"])


if __name__ == "__main__":
    main()
