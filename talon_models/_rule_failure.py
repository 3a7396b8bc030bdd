"""RuleFailureReason: why a rule of a campaign failed while the session was evaluated."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._base import INT64_MAX, INT64_MIN, ErrorDetail, Model, model, new_object, read_object, unknown_keys, write_unknown
from ._fields import Integer, String, field

_EVALUATION_DOC = "https://docs.talon.one/docs/product/applications/managing-campaign-evaluation"

_ID = Integer(required=True)
_COUNT = Integer()
_NAME = String(required=True)
_TEXT = String()


@model
class RuleFailureReason(Model):
    """Which rule failed, in which campaign, and where (Ruby: ``TalonOne::RuleFailureReason``)."""

    __slots__ = ()

    campaign_id: int = field("campaignID", _ID, "The ID of the campaign that holds the failed rule.", example=4)
    campaign_name: str = field(
        "campaignName", _NAME, "The name of the campaign that holds the failed rule.", example="Summer promotions"
    )
    ruleset_id: int = field("rulesetID", _ID, "The ID of the ruleset that holds the failed rule.", example=6)
    coupon_id: Optional[int] = field(
        "couponID", _COUNT, "The ID of the coupon being evaluated when the rule failed.", example=4928
    )
    coupon_value: Optional[str] = field(
        "couponValue", _TEXT, "The code of the coupon being evaluated when the rule failed.", example="XMAS-20-2021"
    )
    referral_id: Optional[int] = field(
        "referralID", _COUNT, "The ID of the referral being evaluated when the rule failed.", example=6
    )
    referral_value: Optional[str] = field(
        "referralValue",
        _TEXT,
        "The code of the referral being evaluated when the rule failed.",
        example="27G47Y54VH9L",
    )
    rule_index: int = field("ruleIndex", _ID, "The position of the failed rule in its ruleset.", example=0)
    rule_name: str = field("ruleName", _NAME, "The name of the failed rule.", example="10% off summer items")
    condition_index: Optional[int] = field(
        "conditionIndex", _COUNT, "The position of the condition that failed.", example=1
    )
    effect_index: Optional[int] = field("effectIndex", _COUNT, "The position of the effect that failed.", example=0)
    details: Optional[str] = field(
        "details", _TEXT, "More about the failure.", example="The coupon has reached its usage limit."
    )
    evaluation_group_id: Optional[int] = field(
        "evaluationGroupID",
        _COUNT,
        "The ID of the evaluation group. See [Managing campaign evaluation](" + _EVALUATION_DOC + ").",
        example=3,
    )
    evaluation_group_mode: Optional[str] = field(
        "evaluationGroupMode",
        _TEXT,
        "The evaluation mode of the evaluation group, such as `stackable`. See "
        "[Managing campaign evaluation](" + _EVALUATION_DOC + ").",
        example="stackable",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "campaign_id",
        "campaign_name",
        "ruleset_id",
        "coupon_id",
        "coupon_value",
        "referral_id",
        "referral_value",
        "rule_index",
        "rule_name",
        "condition_index",
        "effect_index",
        "details",
        "evaluation_group_id",
        "evaluation_group_mode",
    )

    def __init__(
        self,
        *,
        campaign_id: int,
        campaign_name: str,
        ruleset_id: int,
        coupon_id: Optional[int] = None,
        coupon_value: Optional[str] = None,
        referral_id: Optional[int] = None,
        referral_value: Optional[str] = None,
        rule_index: int,
        rule_name: str,
        condition_index: Optional[int] = None,
        effect_index: Optional[int] = None,
        details: Optional[str] = None,
        evaluation_group_id: Optional[int] = None,
        evaluation_group_mode: Optional[str] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[RuleFailureReason]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        campaign_id = get("campaignID")
        if not (type(campaign_id) is int and INT64_MIN <= campaign_id <= INT64_MAX):
            campaign_id = _RuleFailureReason_campaign_id.check(campaign_id, "campaignID", errors)
        campaign_name = get("campaignName")
        if type(campaign_name) is not str:
            campaign_name = _RuleFailureReason_campaign_name.check(campaign_name, "campaignName", errors)
        ruleset_id = get("rulesetID")
        if not (type(ruleset_id) is int and INT64_MIN <= ruleset_id <= INT64_MAX):
            ruleset_id = _RuleFailureReason_ruleset_id.check(ruleset_id, "rulesetID", errors)
        coupon_id = get("couponID")
        if not (type(coupon_id) is int and INT64_MIN <= coupon_id <= INT64_MAX) and coupon_id is not None:
            coupon_id = _RuleFailureReason_coupon_id.check(coupon_id, "couponID", errors)
        coupon_value = get("couponValue")
        if type(coupon_value) is not str and coupon_value is not None:
            coupon_value = _RuleFailureReason_coupon_value.check(coupon_value, "couponValue", errors)
        referral_id = get("referralID")
        if not (type(referral_id) is int and INT64_MIN <= referral_id <= INT64_MAX) and referral_id is not None:
            referral_id = _RuleFailureReason_referral_id.check(referral_id, "referralID", errors)
        referral_value = get("referralValue")
        if type(referral_value) is not str and referral_value is not None:
            referral_value = _RuleFailureReason_referral_value.check(referral_value, "referralValue", errors)
        rule_index = get("ruleIndex")
        if not (type(rule_index) is int and INT64_MIN <= rule_index <= INT64_MAX):
            rule_index = _RuleFailureReason_rule_index.check(rule_index, "ruleIndex", errors)
        rule_name = get("ruleName")
        if type(rule_name) is not str:
            rule_name = _RuleFailureReason_rule_name.check(rule_name, "ruleName", errors)
        condition_index = get("conditionIndex")
        if (
            not (type(condition_index) is int and INT64_MIN <= condition_index <= INT64_MAX)
            and condition_index is not None
        ):
            condition_index = _RuleFailureReason_condition_index.check(condition_index, "conditionIndex", errors)
        effect_index = get("effectIndex")
        if not (type(effect_index) is int and INT64_MIN <= effect_index <= INT64_MAX) and effect_index is not None:
            effect_index = _RuleFailureReason_effect_index.check(effect_index, "effectIndex", errors)
        details = get("details")
        if type(details) is not str and details is not None:
            details = _RuleFailureReason_details.check(details, "details", errors)
        evaluation_group_id = get("evaluationGroupID")
        if (
            not (type(evaluation_group_id) is int and INT64_MIN <= evaluation_group_id <= INT64_MAX)
            and evaluation_group_id is not None
        ):
            evaluation_group_id = _RuleFailureReason_evaluation_group_id.check(
                evaluation_group_id, "evaluationGroupID", errors
            )
        evaluation_group_mode = get("evaluationGroupMode")
        if type(evaluation_group_mode) is not str and evaluation_group_mode is not None:
            evaluation_group_mode = _RuleFailureReason_evaluation_group_mode.check(
                evaluation_group_mode, "evaluationGroupMode", errors
            )
        # every field, and no other key?
        if (
            len(data) == 14
            and campaign_id is not None
            and campaign_name is not None
            and ruleset_id is not None
            and coupon_id is not None
            and coupon_value is not None
            and referral_id is not None
            and referral_value is not None
            and rule_index is not None
            and rule_name is not None
            and condition_index is not None
            and effect_index is not None
            and details is not None
            and evaluation_group_id is not None
            and evaluation_group_mode is not None
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
            campaign_name,
            ruleset_id,
            coupon_id,
            coupon_value,
            referral_id,
            referral_value,
            rule_index,
            rule_name,
            condition_index,
            effect_index,
            details,
            evaluation_group_id,
            evaluation_group_mode,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            campaign_id,
            campaign_name,
            ruleset_id,
            coupon_id,
            coupon_value,
            referral_id,
            referral_value,
            rule_index,
            rule_name,
            condition_index,
            effect_index,
            details,
            evaluation_group_id,
            evaluation_group_mode,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["campaignID"] = campaign_id
        out["campaignName"] = campaign_name
        out["rulesetID"] = ruleset_id
        if coupon_id is not None:
            out["couponID"] = coupon_id
        if coupon_value is not None:
            out["couponValue"] = coupon_value
        if referral_id is not None:
            out["referralID"] = referral_id
        if referral_value is not None:
            out["referralValue"] = referral_value
        out["ruleIndex"] = rule_index
        out["ruleName"] = rule_name
        if condition_index is not None:
            out["conditionIndex"] = condition_index
        if effect_index is not None:
            out["effectIndex"] = effect_index
        if details is not None:
            out["details"] = details
        if evaluation_group_id is not None:
            out["evaluationGroupID"] = evaluation_group_id
        if evaluation_group_mode is not None:
            out["evaluationGroupMode"] = evaluation_group_mode
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_RuleFailureReason_campaign_id = RuleFailureReason._rules["campaign_id"][2]
_RuleFailureReason_campaign_name = RuleFailureReason._rules["campaign_name"][2]
_RuleFailureReason_ruleset_id = RuleFailureReason._rules["ruleset_id"][2]
_RuleFailureReason_coupon_id = RuleFailureReason._rules["coupon_id"][2]
_RuleFailureReason_coupon_value = RuleFailureReason._rules["coupon_value"][2]
_RuleFailureReason_referral_id = RuleFailureReason._rules["referral_id"][2]
_RuleFailureReason_referral_value = RuleFailureReason._rules["referral_value"][2]
_RuleFailureReason_rule_index = RuleFailureReason._rules["rule_index"][2]
_RuleFailureReason_rule_name = RuleFailureReason._rules["rule_name"][2]
_RuleFailureReason_condition_index = RuleFailureReason._rules["condition_index"][2]
_RuleFailureReason_effect_index = RuleFailureReason._rules["effect_index"][2]
_RuleFailureReason_details = RuleFailureReason._rules["details"][2]
_RuleFailureReason_evaluation_group_id = RuleFailureReason._rules["evaluation_group_id"][2]
_RuleFailureReason_evaluation_group_mode = RuleFailureReason._rules["evaluation_group_mode"][2]
# fmt: on
# --- End of the written-out code. ---
