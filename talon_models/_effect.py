"""Effect: one effect of the rules on a session, and the typed view of its props.

``Effect.props`` is kept as the JSON object the server sent, whatever ``effectType``
says, so an effect of a type this package does not know, or with props of a newer
shape, is read and written back unchanged. ``EFFECT_PROPS`` says which props model
goes with which effect type; ``Effect.typed_props()`` and ``Effect.props_as()`` read
``props`` with that model when asked, and never change ``props``.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Type, TypeVar

from ._base import (
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    FloatOrDecimal,
    Model,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
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
from ._errors import FIRST_PROBLEM, ProblemFound, ValidationError, WireErrorDetail
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
        props = self.props
        # The reader of from_dict, called straight: a typed view of valid props (the usual
        # case) costs no more than that reading. It copies what it keeps and changes nothing.
        try:
            view = props_model._read(props, "keep", FIRST_PROBLEM)
        except ProblemFound:
            view = None
        if view is not None:
            return view
        try:
            return props_model.from_dict(props)  # raises, with every problem
        except ValidationError as exc:
            errors = [
                WireErrorDetail(("props", *error.loc), error.msg, error.input, error.code) for error in exc.errors
            ]
            what = "Effect.props read as %s" % props_model.__name__
            raise ValidationError(errors, what, complete=exc.complete) from None

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "campaign_id",
        "ruleset_id",
        "rule_index",
        "rule_name",
        "effect_type",
        "triggered_by_coupon",
        "triggered_for_catalog_item",
        "condition_index",
        "evaluation_group_id",
        "evaluation_group_mode",
        "campaign_revision_id",
        "campaign_revision_version_id",
        "selected_price_type",
        "selected_price",
        "adjustment_reference_id",
        "props",
    )

    def __init__(
        self,
        *,
        campaign_id: int,
        ruleset_id: int,
        rule_index: int,
        rule_name: str,
        effect_type: str,
        triggered_by_coupon: Optional[int] = None,
        triggered_for_catalog_item: Optional[int] = None,
        condition_index: Optional[int] = None,
        evaluation_group_id: Optional[int] = None,
        evaluation_group_mode: Optional[str] = None,
        campaign_revision_id: Optional[int] = None,
        campaign_revision_version_id: Optional[int] = None,
        selected_price_type: Optional[str] = None,
        selected_price: Optional[FloatOrDecimal] = None,
        adjustment_reference_id: Optional[str] = None,
        props: Dict[str, Any],
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Effect]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        campaign_id = get("campaignId")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _Effect_campaign_id.check(campaign_id, "campaignId", errors)
        ruleset_id = get("rulesetId")
        if not (type(ruleset_id) is int and INT64_MIN <= ruleset_id <= INT64_MAX):
            ruleset_id = _Effect_ruleset_id.check(ruleset_id, "rulesetId", errors)
        rule_index = get("ruleIndex")
        if not (type(rule_index) is int and INT64_MIN <= rule_index <= INT64_MAX):
            rule_index = _Effect_rule_index.check(rule_index, "ruleIndex", errors)
        rule_name = get("ruleName")
        if type(rule_name) is not str:
            rule_name = _Effect_rule_name.check(rule_name, "ruleName", errors)
        effect_type = get("effectType")
        if type(effect_type) is not str:
            effect_type = _Effect_effect_type.check(effect_type, "effectType", errors)
        triggered_by_coupon = get("triggeredByCoupon")
        if (
            not (type(triggered_by_coupon) is int and INT64_MIN <= triggered_by_coupon <= INT64_MAX)
            and triggered_by_coupon is not None
        ):
            triggered_by_coupon = _Effect_triggered_by_coupon.check(triggered_by_coupon, "triggeredByCoupon", errors)
        triggered_for_catalog_item = get("triggeredForCatalogItem")
        if (
            not (type(triggered_for_catalog_item) is int and INT64_MIN <= triggered_for_catalog_item <= INT64_MAX)
            and triggered_for_catalog_item is not None
        ):
            triggered_for_catalog_item = _Effect_triggered_for_catalog_item.check(
                triggered_for_catalog_item, "triggeredForCatalogItem", errors
            )
        condition_index = get("conditionIndex")
        if (
            not (type(condition_index) is int and INT64_MIN <= condition_index <= INT64_MAX)
            and condition_index is not None
        ):
            condition_index = _Effect_condition_index.check(condition_index, "conditionIndex", errors)
        evaluation_group_id = get("evaluationGroupID")
        if (
            not (type(evaluation_group_id) is int and INT64_MIN <= evaluation_group_id <= INT64_MAX)
            and evaluation_group_id is not None
        ):
            evaluation_group_id = _Effect_evaluation_group_id.check(evaluation_group_id, "evaluationGroupID", errors)
        evaluation_group_mode = get("evaluationGroupMode")
        if type(evaluation_group_mode) is not str and evaluation_group_mode is not None:
            evaluation_group_mode = _Effect_evaluation_group_mode.check(
                evaluation_group_mode, "evaluationGroupMode", errors
            )
        campaign_revision_id = get("campaignRevisionId")
        if (
            not (type(campaign_revision_id) is int and INT64_MIN <= campaign_revision_id <= INT64_MAX)
            and campaign_revision_id is not None
        ):
            campaign_revision_id = _Effect_campaign_revision_id.check(
                campaign_revision_id, "campaignRevisionId", errors
            )
        campaign_revision_version_id = get("campaignRevisionVersionId")
        if (
            not (type(campaign_revision_version_id) is int and INT64_MIN <= campaign_revision_version_id <= INT64_MAX)
            and campaign_revision_version_id is not None
        ):
            campaign_revision_version_id = _Effect_campaign_revision_version_id.check(
                campaign_revision_version_id, "campaignRevisionVersionId", errors
            )
        selected_price_type = get("selectedPriceType")
        if type(selected_price_type) is not str and selected_price_type is not None:
            selected_price_type = _Effect_selected_price_type.check(selected_price_type, "selectedPriceType", errors)
        selected_price = get("selectedPrice")
        if (
            not (
                (type(selected_price) is int and FLOAT_LOWEST_INT <= selected_price <= FLOAT_MAX_INT)
                or (type(selected_price) is float and FLOAT_LOWEST <= selected_price <= FLOAT_MAX)
            )
            and selected_price is not None
        ):
            selected_price = _Effect_selected_price.check(selected_price, "selectedPrice", errors)
        adjustment_reference_id = get("adjustmentReferenceId")
        if type(adjustment_reference_id) is not str and adjustment_reference_id is not None:
            adjustment_reference_id = _Effect_adjustment_reference_id.check(
                adjustment_reference_id, "adjustmentReferenceId", errors
            )
        props = get("props")
        if type(props) is dict:
            props = copy_json(props, "props", errors)
        else:
            props = _Effect_props.read(props, "props", errors)
        # every field, and no other key?
        if (
            len(data) == 16
            and campaign_id is not None
            and ruleset_id is not None
            and rule_index is not None
            and rule_name is not None
            and effect_type is not None
            and triggered_by_coupon is not None
            and triggered_for_catalog_item is not None
            and condition_index is not None
            and evaluation_group_id is not None
            and evaluation_group_mode is not None
            and campaign_revision_id is not None
            and campaign_revision_version_id is not None
            and selected_price_type is not None
            and selected_price is not None
            and adjustment_reference_id is not None
            and props is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            campaign_id,
            ruleset_id,
            rule_index,
            rule_name,
            effect_type,
            triggered_by_coupon,
            triggered_for_catalog_item,
            condition_index,
            evaluation_group_id,
            evaluation_group_mode,
            campaign_revision_id,
            campaign_revision_version_id,
            selected_price_type,
            selected_price,
            adjustment_reference_id,
            props,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            campaign_id,
            ruleset_id,
            rule_index,
            rule_name,
            effect_type,
            triggered_by_coupon,
            triggered_for_catalog_item,
            condition_index,
            evaluation_group_id,
            evaluation_group_mode,
            campaign_revision_id,
            campaign_revision_version_id,
            selected_price_type,
            selected_price,
            adjustment_reference_id,
            props,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["campaignId"] = campaign_id
        out["rulesetId"] = ruleset_id
        out["ruleIndex"] = rule_index
        out["ruleName"] = rule_name
        out["effectType"] = effect_type
        if triggered_by_coupon is not None:
            out["triggeredByCoupon"] = triggered_by_coupon
        if triggered_for_catalog_item is not None:
            out["triggeredForCatalogItem"] = triggered_for_catalog_item
        if condition_index is not None:
            out["conditionIndex"] = condition_index
        if evaluation_group_id is not None:
            out["evaluationGroupID"] = evaluation_group_id
        if evaluation_group_mode is not None:
            out["evaluationGroupMode"] = evaluation_group_mode
        if campaign_revision_id is not None:
            out["campaignRevisionId"] = campaign_revision_id
        if campaign_revision_version_id is not None:
            out["campaignRevisionVersionId"] = campaign_revision_version_id
        if selected_price_type is not None:
            out["selectedPriceType"] = selected_price_type
        if selected_price is not None:
            out["selectedPrice"] = selected_price
        if adjustment_reference_id is not None:
            out["adjustmentReferenceId"] = adjustment_reference_id
        out["props"] = _Effect_props.write(props)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_Effect_campaign_id = Effect._rules["campaign_id"][2]
_Effect_ruleset_id = Effect._rules["ruleset_id"][2]
_Effect_rule_index = Effect._rules["rule_index"][2]
_Effect_rule_name = Effect._rules["rule_name"][2]
_Effect_effect_type = Effect._rules["effect_type"][2]
_Effect_triggered_by_coupon = Effect._rules["triggered_by_coupon"][2]
_Effect_triggered_for_catalog_item = Effect._rules["triggered_for_catalog_item"][2]
_Effect_condition_index = Effect._rules["condition_index"][2]
_Effect_evaluation_group_id = Effect._rules["evaluation_group_id"][2]
_Effect_evaluation_group_mode = Effect._rules["evaluation_group_mode"][2]
_Effect_campaign_revision_id = Effect._rules["campaign_revision_id"][2]
_Effect_campaign_revision_version_id = Effect._rules["campaign_revision_version_id"][2]
_Effect_selected_price_type = Effect._rules["selected_price_type"][2]
_Effect_selected_price = Effect._rules["selected_price"][2]
_Effect_adjustment_reference_id = Effect._rules["adjustment_reference_id"][2]
_Effect_props = Effect._rules["props"][2]
# fmt: on
# --- End of the written-out code. ---
