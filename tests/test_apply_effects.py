"""The Applying effects guide's example (docs/examples/guides/apply_effects.py), run on a
response with one effect of each type of the API specification, built from its examples."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Dict, List

import pytest
from conftest import load_file_module

from talon_models import EFFECT_PROPS, IntegrationStateV2

ROOT = Path(__file__).resolve().parents[1]
SPEC_PROPS = json.loads((ROOT / "tests" / "data" / "spec" / "effect-props.json").read_text("utf-8"))["effect_types"]
HANDLED = {
    "setDiscount",
    "setDiscountPerItem",
    "setDiscountPerAdditionalCost",
    "addFreeItem",
    "acceptCoupon",
    "rejectCoupon",
    "showNotification",
}


def example() -> Any:
    return load_file_module("talon_docs_apply_effects", ROOT / "docs" / "examples" / "guides" / "apply_effects.py")


def effect(number: int, effect_type: str, props: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "campaignId": 100 + number,
        "rulesetId": 7,
        "ruleIndex": 0,
        "ruleName": "rule %d" % number,
        "effectType": effect_type,
        "props": props,
    }


def response(effects: List[Dict[str, Any]]) -> IntegrationStateV2:
    return IntegrationStateV2.from_dict({"effects": effects, "createdCoupons": [], "createdReferrals": []})


ALL_TYPES = [
    effect(number, name, member["example"]) for number, (name, member) in enumerate(sorted(SPEC_PROPS.items()))
]


def test_the_spec_examples_cover_every_effect_type() -> None:
    """35 types: the 34 with a props model, and setLoyaltyPointsExpiryDate, newer than Ruby 10.0.0."""
    assert len(ALL_TYPES) == 35
    assert set(SPEC_PROPS) - set(EFFECT_PROPS) == {"setLoyaltyPointsExpiryDate"}
    assert set(EFFECT_PROPS) <= set(SPEC_PROPS)


def test_every_handled_type_is_applied_and_the_others_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    """The seven types the shop handles are applied from the spec's examples; the 28 others
    are left alone, each logged."""
    with caplog.at_level(logging.INFO, logger="shop.effects"):
        applied = example().apply_effects(response(ALL_TYPES))
    props = {name: member["example"] for name, member in SPEC_PROPS.items()}
    assert applied.session_discounts == {props["setDiscount"]["name"]: props["setDiscount"]["value"]}
    assert applied.item_discounts == {props["setDiscountPerItem"]["position"]: props["setDiscountPerItem"]["value"]}
    per_cost = props["setDiscountPerAdditionalCost"]
    assert applied.cost_discounts == {per_cost["additionalCost"]: per_cost["value"]}
    assert applied.free_items == [(props["addFreeItem"]["sku"], props["addFreeItem"]["desiredQuantity"])]
    assert applied.accepted_coupons == [props["acceptCoupon"]["value"]]
    assert applied.rejected_coupons == {props["rejectCoupon"]["value"]: props["rejectCoupon"]["rejectionReason"]}
    shown = props["showNotification"]
    assert applied.notifications == [(shown["title"], shown["body"])]
    assert sorted(applied.not_applied) == sorted(set(SPEC_PROPS) - HANDLED)
    assert len(caplog.records) == len(SPEC_PROPS) - len(HANDLED)


def test_the_order_of_the_effects_does_not_matter() -> None:
    """Applied in reverse, or with two discounts on one item, the summary is the same."""
    twice = [*ALL_TYPES, effect(99, "setDiscountPerItem", {"name": "More", "value": 2, "position": 1})]
    forward = example().apply_effects(response(twice))
    backward = example().apply_effects(response(list(reversed(twice))))
    assert forward.item_discounts == backward.item_discounts == {1: 3.5}
    assert forward.total_discount == backward.total_discount
    assert sorted(forward.not_applied) == sorted(backward.not_applied)


def test_one_effect_whose_props_do_not_fit_is_skipped_alone(caplog: pytest.LogCaptureFixture) -> None:
    """A setDiscount whose value is text is logged with its path, and the other effects still apply."""
    odd = effect(50, "setDiscount", {"name": "Odd", "value": "2.5"})
    with caplog.at_level(logging.WARNING, logger="shop.effects"):
        applied = example().apply_effects(response([odd, *ALL_TYPES]))
    assert "Odd" not in applied.session_discounts
    assert len(applied.session_discounts) == 1
    assert "props.value: expected number, got string" in caplog.text
    assert applied.not_applied.count("setDiscount") == 1
