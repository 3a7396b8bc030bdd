"""RuleFailureReason: why a rule of a campaign failed while the session was evaluated."""

from __future__ import annotations

from typing import Optional

from ._base import Model, model
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
