"""Effect: one effect of the rules on a session, and the typed view of its props.

``Effect.props`` is kept as the JSON object the server sent, whatever ``effectType``
says, so an effect of a type this package does not know, or with props of a newer
shape, is read and written back unchanged. ``EFFECT_PROPS`` says which props model
goes with which effect type; ``Effect.typed_props()`` and ``Effect.props_as()`` read
``props`` with that model when asked, and never change ``props``.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Type, TypeVar

from ._base import Model, model
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
from ._errors import ValidationError, WireErrorDetail
from ._fields import Integer, JSONObject, Number, String, field

P = TypeVar("P", bound=Model)

EFFECT_PROPS: Dict[str, Type[Model]] = {
    "acceptCoupon": AcceptCouponEffectProps,
    "acceptReferral": AcceptReferralEffectProps,
    "addFreeItem": AddFreeItemEffectProps,
    "addLoyaltyPoints": AddLoyaltyPointsEffectProps,
    "addToAudience": AddToAudienceEffectProps,
    "awardGiveaway": AwardGiveawayEffectProps,
    "changeLoyaltyTierLevel": ChangeLoyaltyTierLevelEffectProps,
    "couponCreated": CouponCreatedEffectProps,
    "customEffect": CustomEffectProps,
    "deductLoyaltyPoints": DeductLoyaltyPointsEffectProps,
    "error": ErrorEffectProps,
    "extendLoyaltyPointsExpiryDate": ExtendLoyaltyPointsExpiryDateEffectProps,
    "increaseAchievementProgress": IncreaseAchievementProgressEffectProps,
    "redeemReferral": RedeemReferralEffectProps,
    "referralCreated": ReferralCreatedEffectProps,
    "rejectCoupon": RejectCouponEffectProps,
    "rejectReferral": RejectReferralEffectProps,
    "removeFromAudience": RemoveFromAudienceEffectProps,
    "reserveCoupon": ReserveCouponEffectProps,
    "rollbackAddedLoyaltyPoints": RollbackAddedLoyaltyPointsEffectProps,
    "rollbackCoupon": RollbackCouponEffectProps,
    "rollbackDeductedLoyaltyPoints": RollbackDeductedLoyaltyPointsEffectProps,
    "rollbackDiscount": RollbackDiscountEffectProps,
    "rollbackIncreasedAchievementProgress": RollbackIncreasedAchievementProgressEffectProps,
    "rollbackReferral": RollbackReferralEffectProps,
    "setDiscount": SetDiscountEffectProps,
    "setDiscountPerAdditionalCost": SetDiscountPerAdditionalCostEffectProps,
    "setDiscountPerAdditionalCostPerItem": SetDiscountPerAdditionalCostPerItemEffectProps,
    "setDiscountPerItem": SetDiscountPerItemEffectProps,
    "showBundleMetadata": ShowBundleMetadataEffectProps,
    "showNotification": ShowNotificationEffectProps,
    "triggerWebhook": TriggerWebhookEffectProps,
    "updateAttribute": UpdateAttributeEffectProps,
    "willAwardGiveaway": WillAwardGiveawayEffectProps,
}
"""The props model of each effect type that Ruby 10.0.0 has a props class for, by effect type.

The one place that pairs them. A type not in it (``setLoyaltyPointsExpiryDate``, which the
API sends and Ruby has no class for, or a type added later) is still a valid effect type:
its props are kept as sent, and ``Effect.typed_props()`` gives ``None``.
"""

_ID = Integer()
_ID_REQUIRED = Integer(required=True)
_TEXT = String()

_API_EFFECTS = "https://docs.talon.one/docs/dev/integration-api/api-effects"
_EVALUATION = "https://docs.talon.one/docs/product/applications/managing-campaign-evaluation"


@model
class Effect(Model):
    """One effect that a campaign's rules triggered, with its props as sent (Ruby: ``TalonOne::Effect``)."""

    __slots__ = ()

    campaign_id: int = field(
        "campaignId", _ID_REQUIRED, "The ID of the campaign that triggered the effect.", example=244
    )
    ruleset_id: int = field(
        "rulesetId",
        _ID_REQUIRED,
        "The ID of the ruleset that was active in the campaign when the effect was triggered.",
        example=73,
    )
    rule_index: int = field(
        "ruleIndex", _ID_REQUIRED, "The position, within the ruleset, of the rule that triggered the effect.", example=2
    )
    rule_name: str = field(
        "ruleName",
        String(required=True),
        "The name of the rule that triggered the effect.",
        example="Give 20% discount",
    )
    effect_type: str = field(
        "effectType",
        String(required=True),
        "The type of the effect, which says what `props` holds; see [API effects](" + _API_EFFECTS + "). "
        "Any string is taken: a type with no props model here is kept like any other.",
        example="rejectCoupon",
    )
    triggered_by_coupon: Optional[int] = field(
        "triggeredByCoupon",
        _ID,
        "The ID of the coupon that was being evaluated when the effect was triggered.",
        example=4928,
    )
    triggered_for_catalog_item: Optional[int] = field(
        "triggeredForCatalogItem",
        _ID,
        "The ID of the catalog item that was being evaluated when the effect was triggered.",
        example=786,
    )
    condition_index: Optional[int] = field(
        "conditionIndex", _ID, "The index of the condition that was triggered.", example=786
    )
    evaluation_group_id: Optional[int] = field(
        "evaluationGroupID",
        _ID,
        "The ID of the evaluation group; see [Managing campaign evaluation](" + _EVALUATION + ").",
        example=3,
    )
    evaluation_group_mode: Optional[str] = field(
        "evaluationGroupMode",
        _TEXT,
        "The evaluation mode of the evaluation group; see [Managing campaign evaluation](" + _EVALUATION + ").",
        example="stackable",
    )
    campaign_revision_id: Optional[int] = field(
        "campaignRevisionId",
        _ID,
        "The ID of the revision of the campaign that was used when the effect was triggered.",
        example=1,
    )
    campaign_revision_version_id: Optional[int] = field(
        "campaignRevisionVersionId",
        _ID,
        "The ID of the version of the campaign revision that was used when the effect was triggered.",
        example=5,
    )
    selected_price_type: Optional[str] = field(
        "selectedPriceType", _TEXT, "The price type selected for the SKU the effect targets.", example="member"
    )
    selected_price: Optional[float] = field(
        "selectedPrice",
        Number(),
        "The price of the selected price type for the SKU the effect targets, before any discount.",
        example=100.0,
    )
    adjustment_reference_id: Optional[str] = field(
        "adjustmentReferenceId",
        _TEXT,
        "The reference ID of the price adjustment selected for this SKU. Only returned when "
        "`selectedPrice` comes from a price adjustment.",
        example="68851723-e6fa-488f-ace9-112581e6c19b",
    )
    props: Dict[str, Any] = field(
        "props",
        JSONObject(required=True),
        "The properties of the effect, whose shape depends on `effectType`; see [API effects]("
        + _API_EFFECTS
        + "). A JSON object, kept exactly as sent whatever the type: `typed_props()` reads it "
        "with the props model of the type, without changing it.",
        example={
            "value": "COUP-XYZ789",
            "rejectionReason": "CouponRejectedByCondition",
            "conditionIndex": 2,
            "effectIndex": 0,
            "campaignExclusionReason": "CampaignGaveLowerDiscount",
        },
    )

    def typed_props(self) -> Optional[Model]:
        """``props`` read by the props model of ``effect_type``, or ``None`` for a type that has none.

        The view is read anew on each call (from a copy: ``props`` and ``to_dict()`` stay as
        they are), so it follows every change to ``props``. Unknown keys of ``props`` are kept
        in the view.

        Raises:
            ValidationError: ``props`` does not fit the model of its type; each error's path
                starts with ``props`` (``props.value``).
        """
        props_model = EFFECT_PROPS.get(self.effect_type)
        return None if props_model is None else self._read_props(props_model)

    def props_as(self, model: Type[P]) -> P:
        """``props`` read by ``model``, which must be the props model of ``effect_type``.

        For code that already knows the type: ``effect.props_as(SetDiscountEffectProps)``
        is typed as a ``SetDiscountEffectProps``. Reads anew on each call, as
        :meth:`typed_props` does.

        Raises:
            TypeError: ``model`` is not the props model of this effect's type. A mistake in
                the calling code rather than in the data, so not a ``ValueError``, which
                ``except ValidationError`` or ``except ValueError`` would take for bad props.
            ValidationError: ``props`` does not fit ``model``; each error's path starts with
                ``props``.
        """
        expected = EFFECT_PROPS.get(self.effect_type)
        if model is not expected:
            if expected is None:
                has = "no props model"
            else:
                has = "the props model %s" % expected.__name__
            asked = getattr(model, "__name__", repr(model))
            raise TypeError(
                "an effect of type %r has %s; its props cannot be read as %s" % (self.effect_type, has, asked)
            )
        return self._read_props(model)

    def _read_props(self, props_model: Type[P]) -> P:
        """``props`` read by ``props_model``, with every error located under ``props``."""
        try:
            # from_dict copies what it keeps and never changes what it reads.
            return props_model.from_dict(self.props)
        except ValidationError as exc:
            errors = [WireErrorDetail(("props", *error.loc), error.msg, error.input) for error in exc.errors]
            what = "Effect.props read as %s" % props_model.__name__
            raise ValidationError(errors, what, complete=exc.complete) from None
