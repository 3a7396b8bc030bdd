"""talon_models: the Talon.One models of the Update customer session endpoint, standard library only.

Dataclasses mirror the Ruby SDK's (``talon_one`` 10.0.0) ``NewCustomerSessionV2`` and the
models it uses, the request around it (``IntegrationRequest``), the session the server
returns (``CustomerSessionV2``) and the whole response (``IntegrationStateV2``, with the
customer profile, loyalty, coupons, campaigns and the ``Effect`` objects with the typed
props of each effect type), with checked construction and assignment, lossless
``from_dict``/``to_dict`` and ``from_json``/``to_json``, and one error type,
:class:`ValidationError`.

Each model is imported the first time it is asked for (``from talon_models import
CartItem``), so a program pays only for the models it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List

__version__ = "0.1.0"

# Every public name, with the module that defines it: the one list of them. A name is
# imported from its module the first time it is asked for (PEP 562).
_MODULE_OF: Dict[str, str] = {
    "IntegrationRequest": "_integration_request",
    "NewCustomerSessionV2": "_session",
    "CartItem": "_cart_item",
    "AdditionalCost": "_additional_cost",
    "Product": "_product",
    "PriceDetail": "_price_detail",
    "CustomerSessionV2": "_customer_session",
    "IntegrationStateV2": "_integration_state",
    "LoyaltyMembership": "_profile",
    "AudienceMembership": "_profile",
    "CustomerProfile": "_profile",
    "LedgerEntry": "_event",
    "CouponRejectionReason": "_event",
    "ReferralRejectionReason": "_event",
    "Meta": "_event",
    "Event": "_event",
    "Tier": "_loyalty",
    "LedgerInfo": "_loyalty",
    "LoyaltyCardProfileRegistration": "_loyalty",
    "LoyaltyCard": "_loyalty",
    "LoyaltyProgramLedgers": "_loyalty",
    "Loyalty": "_loyalty",
    "Referral": "_referral",
    "InventoryReferral": "_referral",
    "Coupon": "_coupon",
    "IntegrationCoupon": "_coupon",
    "LimitConfig": "_campaign",
    "CodeGeneratorSettings": "_campaign",
    "CampaignBudget": "_campaign",
    "Campaign": "_campaign",
    "RuleFailureReason": "_rule_failure",
    "Giveaway": "_giveaway",
    "ReturnedCartItem": "_return",
    "ModelReturn": "_return",
    "Effect": "_effect",
    "EFFECT_PROPS": "_effect",
    "AcceptCouponEffectProps": "_effect_props",
    "AcceptReferralEffectProps": "_effect_props",
    "AddFreeItemEffectProps": "_effect_props",
    "AddLoyaltyPointsEffectProps": "_effect_props",
    "AddToAudienceEffectProps": "_effect_props",
    "AwardGiveawayEffectProps": "_effect_props",
    "ChangeLoyaltyTierLevelEffectProps": "_effect_props",
    "CouponCreatedEffectProps": "_effect_props",
    "CustomEffectProps": "_effect_props",
    "DeductLoyaltyPointsEffectProps": "_effect_props",
    "ErrorEffectProps": "_effect_props",
    "ExtendLoyaltyPointsExpiryDateEffectProps": "_effect_props",
    "IncreaseAchievementProgressEffectProps": "_effect_props",
    "RedeemReferralEffectProps": "_effect_props",
    "ReferralCreatedEffectProps": "_effect_props",
    "RejectCouponEffectProps": "_effect_props",
    "RejectReferralEffectProps": "_effect_props",
    "RemoveFromAudienceEffectProps": "_effect_props",
    "ReserveCouponEffectProps": "_effect_props",
    "RollbackAddedLoyaltyPointsEffectProps": "_effect_props",
    "RollbackCouponEffectProps": "_effect_props",
    "RollbackDeductedLoyaltyPointsEffectProps": "_effect_props",
    "RollbackDiscountEffectProps": "_effect_props",
    "RollbackIncreasedAchievementProgressEffectProps": "_effect_props",
    "RollbackReferralEffectProps": "_effect_props",
    "SetDiscountEffectProps": "_effect_props",
    "SetDiscountPerAdditionalCostEffectProps": "_effect_props",
    "SetDiscountPerAdditionalCostPerItemEffectProps": "_effect_props",
    "SetDiscountPerItemEffectProps": "_effect_props",
    "ShowBundleMetadataEffectProps": "_effect_props",
    "ShowNotificationEffectProps": "_effect_props",
    "TriggerWebhookEffectProps": "_effect_props",
    "UpdateAttributeEffectProps": "_effect_props",
    "WillAwardGiveawayEffectProps": "_effect_props",
    "SessionStateName": "_session",
    "RESPONSE_CONTENT": "_integration_request",
    "ResponseContentName": "_integration_request",
    "CAMPAIGN_FRONTEND_STATES": "_campaign",
    "CAMPAIGN_REVISION_FRONTEND_STATES": "_campaign",
    "CAMPAIGN_STATES": "_campaign",
    "CAMPAIGN_TYPES": "_campaign",
    "LIMIT_PERIODS": "_campaign",
    "COUPON_REJECTION_REASONS": "_event",
    "REFERRAL_REJECTION_REASONS": "_event",
    "DOWNGRADE_POLICIES": "_loyalty",
    "SessionOperation": "_states",
    "SessionState": "_states",
    "StateTransition": "_states",
    "next_states": "_states",
    "transition_operation": "_states",
    "transitions": "_states",
    "ErrorDetail": "_errors",
    "ValidationError": "_errors",
}

if TYPE_CHECKING:  # the same names, for type checkers and IDEs; tests/test_exports.py checks them
    from ._additional_cost import AdditionalCost
    from ._campaign import (
        CAMPAIGN_FRONTEND_STATES,
        CAMPAIGN_REVISION_FRONTEND_STATES,
        CAMPAIGN_STATES,
        CAMPAIGN_TYPES,
        LIMIT_PERIODS,
        Campaign,
        CampaignBudget,
        CodeGeneratorSettings,
        LimitConfig,
    )
    from ._cart_item import CartItem
    from ._coupon import Coupon, IntegrationCoupon
    from ._customer_session import CustomerSessionV2
    from ._effect import EFFECT_PROPS, Effect
    from ._effect_props import (
        AcceptCouponEffectProps,
        AcceptReferralEffectProps,
        AddFreeItemEffectProps,
        AddLoyaltyPointsEffectProps,
        AddToAudienceEffectProps,
        AwardGiveawayEffectProps,
        ChangeLoyaltyTierLevelEffectProps,
        CouponCreatedEffectProps,
        CustomEffectProps,
        DeductLoyaltyPointsEffectProps,
        ErrorEffectProps,
        ExtendLoyaltyPointsExpiryDateEffectProps,
        IncreaseAchievementProgressEffectProps,
        RedeemReferralEffectProps,
        ReferralCreatedEffectProps,
        RejectCouponEffectProps,
        RejectReferralEffectProps,
        RemoveFromAudienceEffectProps,
        ReserveCouponEffectProps,
        RollbackAddedLoyaltyPointsEffectProps,
        RollbackCouponEffectProps,
        RollbackDeductedLoyaltyPointsEffectProps,
        RollbackDiscountEffectProps,
        RollbackIncreasedAchievementProgressEffectProps,
        RollbackReferralEffectProps,
        SetDiscountEffectProps,
        SetDiscountPerAdditionalCostEffectProps,
        SetDiscountPerAdditionalCostPerItemEffectProps,
        SetDiscountPerItemEffectProps,
        ShowBundleMetadataEffectProps,
        ShowNotificationEffectProps,
        TriggerWebhookEffectProps,
        UpdateAttributeEffectProps,
        WillAwardGiveawayEffectProps,
    )
    from ._errors import ErrorDetail, ValidationError
    from ._event import (
        COUPON_REJECTION_REASONS,
        REFERRAL_REJECTION_REASONS,
        CouponRejectionReason,
        Event,
        LedgerEntry,
        Meta,
        ReferralRejectionReason,
    )
    from ._giveaway import Giveaway
    from ._integration_request import RESPONSE_CONTENT, IntegrationRequest, ResponseContentName
    from ._integration_state import IntegrationStateV2
    from ._loyalty import (
        DOWNGRADE_POLICIES,
        LedgerInfo,
        Loyalty,
        LoyaltyCard,
        LoyaltyCardProfileRegistration,
        LoyaltyProgramLedgers,
        Tier,
    )
    from ._price_detail import PriceDetail
    from ._product import Product
    from ._profile import AudienceMembership, CustomerProfile, LoyaltyMembership
    from ._referral import InventoryReferral, Referral
    from ._return import ModelReturn, ReturnedCartItem
    from ._rule_failure import RuleFailureReason
    from ._session import NewCustomerSessionV2, SessionStateName
    from ._states import SessionOperation, SessionState, StateTransition, next_states, transition_operation, transitions

__all__ = [
    "CAMPAIGN_FRONTEND_STATES",
    "CAMPAIGN_REVISION_FRONTEND_STATES",
    "CAMPAIGN_STATES",
    "CAMPAIGN_TYPES",
    "COUPON_REJECTION_REASONS",
    "DOWNGRADE_POLICIES",
    "EFFECT_PROPS",
    "LIMIT_PERIODS",
    "REFERRAL_REJECTION_REASONS",
    "RESPONSE_CONTENT",
    "AcceptCouponEffectProps",
    "AcceptReferralEffectProps",
    "AddFreeItemEffectProps",
    "AddLoyaltyPointsEffectProps",
    "AddToAudienceEffectProps",
    "AdditionalCost",
    "AudienceMembership",
    "AwardGiveawayEffectProps",
    "Campaign",
    "CampaignBudget",
    "CartItem",
    "ChangeLoyaltyTierLevelEffectProps",
    "CodeGeneratorSettings",
    "Coupon",
    "CouponCreatedEffectProps",
    "CouponRejectionReason",
    "CustomEffectProps",
    "CustomerProfile",
    "CustomerSessionV2",
    "DeductLoyaltyPointsEffectProps",
    "Effect",
    "ErrorDetail",
    "ErrorEffectProps",
    "Event",
    "ExtendLoyaltyPointsExpiryDateEffectProps",
    "Giveaway",
    "IncreaseAchievementProgressEffectProps",
    "IntegrationCoupon",
    "IntegrationRequest",
    "IntegrationStateV2",
    "InventoryReferral",
    "LedgerEntry",
    "LedgerInfo",
    "LimitConfig",
    "Loyalty",
    "LoyaltyCard",
    "LoyaltyCardProfileRegistration",
    "LoyaltyMembership",
    "LoyaltyProgramLedgers",
    "Meta",
    "ModelReturn",
    "NewCustomerSessionV2",
    "PriceDetail",
    "Product",
    "RedeemReferralEffectProps",
    "Referral",
    "ReferralCreatedEffectProps",
    "ReferralRejectionReason",
    "RejectCouponEffectProps",
    "RejectReferralEffectProps",
    "RemoveFromAudienceEffectProps",
    "ReserveCouponEffectProps",
    "ResponseContentName",
    "ReturnedCartItem",
    "RollbackAddedLoyaltyPointsEffectProps",
    "RollbackCouponEffectProps",
    "RollbackDeductedLoyaltyPointsEffectProps",
    "RollbackDiscountEffectProps",
    "RollbackIncreasedAchievementProgressEffectProps",
    "RollbackReferralEffectProps",
    "RuleFailureReason",
    "SessionOperation",
    "SessionState",
    "SessionStateName",
    "SetDiscountEffectProps",
    "SetDiscountPerAdditionalCostEffectProps",
    "SetDiscountPerAdditionalCostPerItemEffectProps",
    "SetDiscountPerItemEffectProps",
    "ShowBundleMetadataEffectProps",
    "ShowNotificationEffectProps",
    "StateTransition",
    "Tier",
    "TriggerWebhookEffectProps",
    "UpdateAttributeEffectProps",
    "ValidationError",
    "WillAwardGiveawayEffectProps",
    "__version__",
    "next_states",
    "transition_operation",
    "transitions",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError("module %r has no attribute %r" % (__name__, name))
    value = getattr(__import__(__name__ + "." + module, fromlist=[name]), name)
    globals()[name] = value  # the next look-up finds it without calling this
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(__all__))
