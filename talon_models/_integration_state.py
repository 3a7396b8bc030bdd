"""IntegrationStateV2: the response of an Update customer session request."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._base import (
    FIRST_PROBLEM,
    ErrorDetail,
    Model,
    ProblemFound,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._campaign import Campaign
from ._coupon import Coupon, IntegrationCoupon
from ._customer_session import CustomerSessionV2
from ._effect import Effect
from ._event import Event
from ._fields import ListOf, Nested, field
from ._giveaway import Giveaway
from ._loyalty import Loyalty
from ._profile import CustomerProfile
from ._referral import InventoryReferral, Referral
from ._return import ModelReturn
from ._rule_failure import RuleFailureReason

_API_EFFECTS = "https://docs.talon.one/docs/dev/integration-api/api-effects"
_ASKED = " Sent when the request's `responseContent` asks for `%s`."


@model
class IntegrationStateV2(Model):
    """What Update customer session returns: the session and all it triggered (Ruby: ``TalonOne::IntegrationStateV2``).

    Unknown keys are kept here as on every model, so the keys newer API versions add
    (``advancedEvent``, ``campaignEligibility``) are written back unchanged.
    """

    __slots__ = ()

    customer_session: Optional[CustomerSessionV2] = field(
        "customerSession",
        Nested(CustomerSessionV2),
        "The session as the server stored it." + _ASKED % "customerSession",
    )
    customer_profile: Optional[CustomerProfile] = field(
        "customerProfile",
        Nested(CustomerProfile),
        "The profile of the customer the session belongs to." + _ASKED % "customerProfile",
    )
    event: Optional[Event] = field(
        "event",
        Nested(Event),
        "The event the update created, with the effects it had." + _ASKED % "event",
    )
    loyalty: Optional[Loyalty] = field(
        "loyalty",
        Nested(Loyalty),
        "The customer's loyalty programs and cards." + _ASKED % "loyalty",
    )
    referral: Optional[InventoryReferral] = field(
        "referral",
        Nested(InventoryReferral),
        "The referral code the session holds." + _ASKED % "referral",
    )
    coupons: Optional[List[IntegrationCoupon]] = field(
        "coupons",
        ListOf(Nested(IntegrationCoupon)),
        "The coupons the session's codes name." + _ASKED % "coupons",
    )
    triggered_campaigns: Optional[List[Campaign]] = field(
        "triggeredCampaigns",
        ListOf(Nested(Campaign)),
        "The campaigns whose rules the session triggered." + _ASKED % "triggeredCampaigns",
    )
    effects: List[Effect] = field(
        "effects",
        ListOf(Nested(Effect), required=True),
        "What the rules of your running campaigns ask your integration to do, such as a discount to apply "
        "or a coupon to accept, in the order they were triggered. See [API effects](" + _API_EFFECTS + ").",
        example=[
            {
                "campaignId": 244,
                "rulesetId": 73,
                "ruleIndex": 0,
                "ruleName": "10% off",
                "effectType": "setDiscount",
                "props": {"name": "10% off", "value": 9.99},
            }
        ],
    )
    rule_failure_reasons: Optional[List[RuleFailureReason]] = field(
        "ruleFailureReasons",
        ListOf(Nested(RuleFailureReason)),
        "Why rules of the campaigns did not trigger." + _ASKED % "ruleFailureReasons",
    )
    created_coupons: List[Coupon] = field(
        "createdCoupons",
        ListOf(Nested(Coupon), required=True),
        "The coupons the rules created in this update (`[]` when none).",
        example=[],
    )
    created_referrals: List[Referral] = field(
        "createdReferrals",
        ListOf(Nested(Referral), required=True),
        "The referral codes the rules created in this update (`[]` when none).",
        example=[],
    )
    awarded_giveaways: Optional[List[Giveaway]] = field(
        "awardedGiveaways",
        ListOf(Nested(Giveaway)),
        "The giveaways the rules awarded." + _ASKED % "awardedGiveaways",
    )
    return_: Optional[ModelReturn] = field(
        "return",
        Nested(ModelReturn),
        "The return of cart items this update made, if it made one.",
        ruby_name="_return",
    )
    previous_returns: Optional[List[ModelReturn]] = field(
        "previousReturns",
        ListOf(Nested(ModelReturn)),
        "The returns made earlier in this session." + _ASKED % "previousReturns",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "customer_session",
        "customer_profile",
        "event",
        "loyalty",
        "referral",
        "coupons",
        "triggered_campaigns",
        "effects",
        "rule_failure_reasons",
        "created_coupons",
        "created_referrals",
        "awarded_giveaways",
        "return_",
        "previous_returns",
    )

    def __init__(
        self,
        *,
        customer_session: Optional[CustomerSessionV2] = None,
        customer_profile: Optional[CustomerProfile] = None,
        event: Optional[Event] = None,
        loyalty: Optional[Loyalty] = None,
        referral: Optional[InventoryReferral] = None,
        coupons: Optional[List[IntegrationCoupon]] = None,
        triggered_campaigns: Optional[List[Campaign]] = None,
        effects: List[Effect],
        rule_failure_reasons: Optional[List[RuleFailureReason]] = None,
        created_coupons: List[Coupon],
        created_referrals: List[Referral],
        awarded_giveaways: Optional[List[Giveaway]] = None,
        return_: Optional[ModelReturn] = None,
        _return: Optional[ModelReturn] = None,  # Ruby's name for it
        previous_returns: Optional[List[ModelReturn]] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[IntegrationStateV2]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        customer_session = get("customerSession")
        if customer_session is not None:
            try:
                customer_session = _read_CustomerSessionV2(customer_session, unknown, FIRST_PROBLEM)
            except ProblemFound:
                customer_session = _IntegrationStateV2_customer_session.read(
                    customer_session, "customerSession", errors, unknown
                )
        customer_profile = get("customerProfile")
        if customer_profile is not None:
            try:
                customer_profile = _read_CustomerProfile(customer_profile, unknown, FIRST_PROBLEM)
            except ProblemFound:
                customer_profile = _IntegrationStateV2_customer_profile.read(
                    customer_profile, "customerProfile", errors, unknown
                )
        event = get("event")
        if event is not None:
            try:
                event = _read_Event(event, unknown, FIRST_PROBLEM)
            except ProblemFound:
                event = _IntegrationStateV2_event.read(event, "event", errors, unknown)
        loyalty = get("loyalty")
        if loyalty is not None:
            try:
                loyalty = _read_Loyalty(loyalty, unknown, FIRST_PROBLEM)
            except ProblemFound:
                loyalty = _IntegrationStateV2_loyalty.read(loyalty, "loyalty", errors, unknown)
        referral = get("referral")
        if referral is not None:
            try:
                referral = _read_InventoryReferral(referral, unknown, FIRST_PROBLEM)
            except ProblemFound:
                referral = _IntegrationStateV2_referral.read(referral, "referral", errors, unknown)
        coupons = get("coupons")
        if type(coupons) is list:
            try:
                coupons = [_read_IntegrationCoupon(_item, unknown, FIRST_PROBLEM) for _item in coupons]
            except ProblemFound:
                coupons = _IntegrationStateV2_coupons.read(coupons, "coupons", errors, unknown)
        elif coupons is not None:
            coupons = _IntegrationStateV2_coupons.read(coupons, "coupons", errors, unknown)
        triggered_campaigns = get("triggeredCampaigns")
        if type(triggered_campaigns) is list:
            try:
                triggered_campaigns = [_read_Campaign(_item, unknown, FIRST_PROBLEM) for _item in triggered_campaigns]
            except ProblemFound:
                triggered_campaigns = _IntegrationStateV2_triggered_campaigns.read(
                    triggered_campaigns, "triggeredCampaigns", errors, unknown
                )
        elif triggered_campaigns is not None:
            triggered_campaigns = _IntegrationStateV2_triggered_campaigns.read(
                triggered_campaigns, "triggeredCampaigns", errors, unknown
            )
        effects = get("effects")
        if type(effects) is list:
            try:
                effects = [_read_Effect(_item, unknown, FIRST_PROBLEM) for _item in effects]
            except ProblemFound:
                effects = _IntegrationStateV2_effects.read(effects, "effects", errors, unknown)
        else:
            effects = _IntegrationStateV2_effects.read(effects, "effects", errors, unknown)
        rule_failure_reasons = get("ruleFailureReasons")
        if type(rule_failure_reasons) is list:
            try:
                rule_failure_reasons = [
                    _read_RuleFailureReason(_item, unknown, FIRST_PROBLEM) for _item in rule_failure_reasons
                ]
            except ProblemFound:
                rule_failure_reasons = _IntegrationStateV2_rule_failure_reasons.read(
                    rule_failure_reasons, "ruleFailureReasons", errors, unknown
                )
        elif rule_failure_reasons is not None:
            rule_failure_reasons = _IntegrationStateV2_rule_failure_reasons.read(
                rule_failure_reasons, "ruleFailureReasons", errors, unknown
            )
        created_coupons = get("createdCoupons")
        if type(created_coupons) is list:
            try:
                created_coupons = [_read_Coupon(_item, unknown, FIRST_PROBLEM) for _item in created_coupons]
            except ProblemFound:
                created_coupons = _IntegrationStateV2_created_coupons.read(
                    created_coupons, "createdCoupons", errors, unknown
                )
        else:
            created_coupons = _IntegrationStateV2_created_coupons.read(
                created_coupons, "createdCoupons", errors, unknown
            )
        created_referrals = get("createdReferrals")
        if type(created_referrals) is list:
            try:
                created_referrals = [_read_Referral(_item, unknown, FIRST_PROBLEM) for _item in created_referrals]
            except ProblemFound:
                created_referrals = _IntegrationStateV2_created_referrals.read(
                    created_referrals, "createdReferrals", errors, unknown
                )
        else:
            created_referrals = _IntegrationStateV2_created_referrals.read(
                created_referrals, "createdReferrals", errors, unknown
            )
        awarded_giveaways = get("awardedGiveaways")
        if type(awarded_giveaways) is list:
            try:
                awarded_giveaways = [_read_Giveaway(_item, unknown, FIRST_PROBLEM) for _item in awarded_giveaways]
            except ProblemFound:
                awarded_giveaways = _IntegrationStateV2_awarded_giveaways.read(
                    awarded_giveaways, "awardedGiveaways", errors, unknown
                )
        elif awarded_giveaways is not None:
            awarded_giveaways = _IntegrationStateV2_awarded_giveaways.read(
                awarded_giveaways, "awardedGiveaways", errors, unknown
            )
        return_ = get("return")
        if return_ is not None:
            try:
                return_ = _read_ModelReturn(return_, unknown, FIRST_PROBLEM)
            except ProblemFound:
                return_ = _IntegrationStateV2_return_.read(return_, "return", errors, unknown)
        previous_returns = get("previousReturns")
        if type(previous_returns) is list:
            try:
                previous_returns = [_read_ModelReturn(_item, unknown, FIRST_PROBLEM) for _item in previous_returns]
            except ProblemFound:
                previous_returns = _IntegrationStateV2_previous_returns.read(
                    previous_returns, "previousReturns", errors, unknown
                )
        elif previous_returns is not None:
            previous_returns = _IntegrationStateV2_previous_returns.read(
                previous_returns, "previousReturns", errors, unknown
            )
        # every field, and no other key?
        if (
            len(data) == 14
            and customer_session is not None
            and customer_profile is not None
            and event is not None
            and loyalty is not None
            and referral is not None
            and coupons is not None
            and triggered_campaigns is not None
            and effects is not None
            and rule_failure_reasons is not None
            and created_coupons is not None
            and created_referrals is not None
            and awarded_giveaways is not None
            and return_ is not None
            and previous_returns is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            customer_session,
            customer_profile,
            event,
            loyalty,
            referral,
            coupons,
            triggered_campaigns,
            effects,
            rule_failure_reasons,
            created_coupons,
            created_referrals,
            awarded_giveaways,
            return_,
            previous_returns,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            customer_session,
            customer_profile,
            event,
            loyalty,
            referral,
            coupons,
            triggered_campaigns,
            effects,
            rule_failure_reasons,
            created_coupons,
            created_referrals,
            awarded_giveaways,
            return_,
            previous_returns,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        if customer_session is not None:
            out["customerSession"] = customer_session._write()
        if customer_profile is not None:
            out["customerProfile"] = customer_profile._write()
        if event is not None:
            out["event"] = event._write()
        if loyalty is not None:
            out["loyalty"] = loyalty._write()
        if referral is not None:
            out["referral"] = referral._write()
        if coupons is not None:
            _list = [_item._write() for _item in coupons if type(_item) is IntegrationCoupon]
            out["coupons"] = _list if len(_list) == len(coupons) else _IntegrationStateV2_coupons.write_slowly(coupons)
        if triggered_campaigns is not None:
            _list = [_item._write() for _item in triggered_campaigns if type(_item) is Campaign]
            out["triggeredCampaigns"] = (
                _list
                if len(_list) == len(triggered_campaigns)
                else _IntegrationStateV2_triggered_campaigns.write_slowly(triggered_campaigns)
            )
        _list = [_item._write() for _item in effects if type(_item) is Effect]
        out["effects"] = _list if len(_list) == len(effects) else _IntegrationStateV2_effects.write_slowly(effects)
        if rule_failure_reasons is not None:
            _list = [_item._write() for _item in rule_failure_reasons if type(_item) is RuleFailureReason]
            out["ruleFailureReasons"] = (
                _list
                if len(_list) == len(rule_failure_reasons)
                else _IntegrationStateV2_rule_failure_reasons.write_slowly(rule_failure_reasons)
            )
        _list = [_item._write() for _item in created_coupons if type(_item) is Coupon]
        out["createdCoupons"] = (
            _list
            if len(_list) == len(created_coupons)
            else _IntegrationStateV2_created_coupons.write_slowly(created_coupons)
        )
        _list = [_item._write() for _item in created_referrals if type(_item) is Referral]
        out["createdReferrals"] = (
            _list
            if len(_list) == len(created_referrals)
            else _IntegrationStateV2_created_referrals.write_slowly(created_referrals)
        )
        if awarded_giveaways is not None:
            _list = [_item._write() for _item in awarded_giveaways if type(_item) is Giveaway]
            out["awardedGiveaways"] = (
                _list
                if len(_list) == len(awarded_giveaways)
                else _IntegrationStateV2_awarded_giveaways.write_slowly(awarded_giveaways)
            )
        if return_ is not None:
            out["return"] = return_._write()
        if previous_returns is not None:
            _list = [_item._write() for _item in previous_returns if type(_item) is ModelReturn]
            out["previousReturns"] = (
                _list
                if len(_list) == len(previous_returns)
                else _IntegrationStateV2_previous_returns.write_slowly(previous_returns)
            )
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_IntegrationStateV2_customer_session = IntegrationStateV2._rules["customer_session"][2]
_IntegrationStateV2_customer_profile = IntegrationStateV2._rules["customer_profile"][2]
_IntegrationStateV2_event = IntegrationStateV2._rules["event"][2]
_IntegrationStateV2_loyalty = IntegrationStateV2._rules["loyalty"][2]
_IntegrationStateV2_referral = IntegrationStateV2._rules["referral"][2]
_IntegrationStateV2_coupons = IntegrationStateV2._rules["coupons"][2]
_IntegrationStateV2_triggered_campaigns = IntegrationStateV2._rules["triggered_campaigns"][2]
_IntegrationStateV2_effects = IntegrationStateV2._rules["effects"][2]
_IntegrationStateV2_rule_failure_reasons = IntegrationStateV2._rules["rule_failure_reasons"][2]
_IntegrationStateV2_created_coupons = IntegrationStateV2._rules["created_coupons"][2]
_IntegrationStateV2_created_referrals = IntegrationStateV2._rules["created_referrals"][2]
_IntegrationStateV2_awarded_giveaways = IntegrationStateV2._rules["awarded_giveaways"][2]
_IntegrationStateV2_return_ = IntegrationStateV2._rules["return_"][2]
_IntegrationStateV2_previous_returns = IntegrationStateV2._rules["previous_returns"][2]
_read_Campaign = Campaign._read
_read_Coupon = Coupon._read
_read_CustomerProfile = CustomerProfile._read
_read_CustomerSessionV2 = CustomerSessionV2._read
_read_Effect = Effect._read
_read_Event = Event._read
_read_Giveaway = Giveaway._read
_read_IntegrationCoupon = IntegrationCoupon._read
_read_InventoryReferral = InventoryReferral._read
_read_Loyalty = Loyalty._read
_read_ModelReturn = ModelReturn._read
_read_Referral = Referral._read
_read_RuleFailureReason = RuleFailureReason._read
# fmt: on
# --- End of the written-out code. ---
