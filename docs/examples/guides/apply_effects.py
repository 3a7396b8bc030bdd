"""Apply the effects of an Update customer session response to a shop's cart.

The effects say what the campaigns' rules decided; this turns the ones a shop acts on into
one summary. Each effect is looked at on its own, so their order does not matter, and an
effect of a type the shop does not handle (or whose props do not fit its type) is logged
and left alone: it never stops the others from being applied.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from talon_models import (
    AcceptCouponEffectProps,
    AddFreeItemEffectProps,
    Effect,
    IntegrationStateV2,
    RejectCouponEffectProps,
    SetDiscountEffectProps,
    SetDiscountPerAdditionalCostEffectProps,
    SetDiscountPerItemEffectProps,
    ShowNotificationEffectProps,
    ValidationError,
)

log = logging.getLogger("shop.effects")


@dataclass
class AppliedEffects:
    """What the shop does with one response's effects."""

    session_discounts: Dict[str, float] = field(default_factory=dict)  # discount name -> amount
    item_discounts: Dict[int, float] = field(default_factory=dict)  # cart item position -> amount
    cost_discounts: Dict[str, float] = field(default_factory=dict)  # additional cost -> amount
    free_items: List[Tuple[str, int]] = field(default_factory=list)  # (SKU, quantity)
    accepted_coupons: List[str] = field(default_factory=list)
    rejected_coupons: Dict[str, str] = field(default_factory=dict)  # code -> rejection reason
    notifications: List[Tuple[str, str]] = field(default_factory=list)  # (title, body)
    not_applied: List[str] = field(default_factory=list)  # effect types left alone

    @property
    def total_discount(self) -> float:
        parts = (self.session_discounts, self.item_discounts, self.cost_discounts)
        return round(sum(sum(part.values()) for part in parts), 2)


def apply_effects(response: IntegrationStateV2) -> AppliedEffects:
    """Sum up the effects of ``response`` that a shop acts on."""
    applied = AppliedEffects()
    for effect in response.effects:
        try:
            handled = apply_effect(effect, applied)
        except ValidationError as error:  # props that do not fit their type: skip this one
            log.warning("effect %s of campaign %d not applied: %s", effect.effect_type, effect.campaign_id, error)
            handled = False
        if not handled:
            applied.not_applied.append(effect.effect_type)
    return applied


def apply_effect(effect: Effect, applied: AppliedEffects) -> bool:
    """Add one effect to ``applied``; ``False`` for a type this shop does not handle."""
    kind = effect.effect_type
    if kind == "setDiscount":
        discount = effect.props_as(SetDiscountEffectProps)
        applied.session_discounts[discount.name] = applied.session_discounts.get(discount.name, 0) + discount.value
    elif kind == "setDiscountPerItem":
        per_item = effect.props_as(SetDiscountPerItemEffectProps)
        position = int(per_item.position)  # the index of the cart item, sent as a number
        applied.item_discounts[position] = applied.item_discounts.get(position, 0) + per_item.value
    elif kind == "setDiscountPerAdditionalCost":
        per_cost = effect.props_as(SetDiscountPerAdditionalCostEffectProps)
        cost = per_cost.additional_cost
        applied.cost_discounts[cost] = applied.cost_discounts.get(cost, 0) + per_cost.value
    elif kind == "addFreeItem":
        free = effect.props_as(AddFreeItemEffectProps)
        applied.free_items.append((free.sku, free.desired_quantity or 1))
    elif kind == "acceptCoupon":
        applied.accepted_coupons.append(effect.props_as(AcceptCouponEffectProps).value)
    elif kind == "rejectCoupon":
        rejected = effect.props_as(RejectCouponEffectProps)
        applied.rejected_coupons[rejected.value] = rejected.rejection_reason
    elif kind == "showNotification":
        notice = effect.props_as(ShowNotificationEffectProps)
        applied.notifications.append((notice.title, notice.body))
    else:
        log.info("effect %s of campaign %d not handled by this shop", kind, effect.campaign_id)
        return False
    return True
