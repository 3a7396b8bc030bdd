"""Campaign: a campaign of the response, with the models it holds.

``LimitConfig`` is one limit of a campaign or coupon, ``CodeGeneratorSettings`` says how
codes are generated, and ``CampaignBudget`` is one budget with how much of it is used.
The values Ruby 10.0.0 knows for the open enums of these models are module constants.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model
from ._fields import Boolean, DateTime, Integer, JSONObject, ListOf, Nested, Number, String, field

LIMIT_PERIODS = ("daily", "weekly", "monthly", "yearly")
"""The values of ``LimitConfig.period`` that Ruby 10.0.0 knows; the API may send others, which are kept."""

CAMPAIGN_STATES = ("enabled", "disabled", "archived")
"""The values of ``Campaign.state`` that Ruby 10.0.0 knows; the API may send others, which are kept."""

CAMPAIGN_TYPES = ("cartItem", "advanced")
"""The values of ``Campaign.type`` that Ruby 10.0.0 knows; the API may send others, which are kept."""

CAMPAIGN_FRONTEND_STATES = ("expired", "scheduled", "running", "disabled", "archived", "staged")
"""The values of ``Campaign.frontend_state`` that Ruby 10.0.0 knows; the API may send others, which are kept."""

CAMPAIGN_REVISION_FRONTEND_STATES = ("revised", "pending")
"""The values of ``Campaign.revision_frontend_state`` that Ruby 10.0.0 knows; the API may send others, which
are kept."""

_BUDGETS_DOC = "https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets"
_GROUPS_DOC = "https://docs.talon.one/docs/product/account/managing-campaign-groups"
_RULESETS_DOC = "https://docs.talon.one/management-api#operation/getRulesets"
_SESSION_UPDATE_DOC = "https://docs.talon.one/integration-api#tag/Customer-sessions/operation/updateCustomerSessionV2"
_ADD_FREE_ITEM_DOC = "https://docs.talon.one/docs/dev/integration-api/api-effects#addfreeitem"

# Shared by LimitConfig and CampaignBudget, whose first two fields Ruby describes alike.
_ACTION = String(required=True)
_ACTION_DOC = (
    "The action the limit counts, such as `setDiscount`, `setDiscountEffect`, `redeemCoupon` or `createCoupon`."
)
_LIMIT = Number(required=True, minimum=0)
_LIMIT_DOC = "The value of the limit."


@model
class LimitConfig(Model):
    """One limit of a campaign or coupon: an action, how often, and for what (Ruby: ``TalonOne::LimitConfig``)."""

    __slots__ = ()

    action: str = field("action", _ACTION, _ACTION_DOC, example="createCoupon")
    limit: float = field("limit", _LIMIT, _LIMIT_DOC, example=1000.0)
    period: Optional[str] = field(
        "period",
        String(choices=LIMIT_PERIODS, closed=False),
        "How often the limit starts over, such as `daily`, `weekly`, `monthly` or `yearly`.",
        example="yearly",
    )
    entities: List[str] = field(
        "entities",
        ListOf(String(), required=True),
        "The entities the limit applies to, such as `Coupon`.",
        example=["Coupon"],
    )


@model
class CodeGeneratorSettings(Model):
    """How the codes of a campaign are generated (Ruby: ``TalonOne::CodeGeneratorSettings``)."""

    __slots__ = ()

    valid_characters: List[str] = field(
        "validCharacters",
        ListOf(String(), required=True),
        "The characters the random parts of a code are drawn from.",
        example=[*"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"],
    )
    coupon_pattern: str = field(
        "couponPattern",
        String(required=True, min_length=3, max_length=100, pattern="[A-Za-z0-9_#-]*"),
        "The pattern of the generated codes: coupon codes, referral codes and loyalty cards. Each `#` "
        "stands for one random character of `validCharacters`.",
        example="SUMMER-####-####",
    )


@model
class CampaignBudget(Model):
    """One budget of a campaign and how much of it is used (Ruby: ``TalonOne::CampaignBudget``)."""

    __slots__ = ()

    action: str = field("action", _ACTION, _ACTION_DOC, example="createCoupon")
    limit: float = field("limit", _LIMIT, _LIMIT_DOC, example=1000.0)
    counter: float = field(
        "counter",
        Number(required=True, minimum=0),
        "How many times the limited action has happened in the campaign.",
        example=42.0,
    )


_ID = Integer(required=True)
_COUNT = Integer()
_AMOUNT = Number()
_WHEN = DateTime()
_TEXT = String()
_IDS = ListOf(Integer())
_TEXTS = ListOf(String(), required=True)
_CODE_SETTINGS = Nested(CodeGeneratorSettings)
_DEPRECATED = " **Deprecated**: read this count from `budgets` instead."


@model
class Campaign(Model):
    """A campaign of the Application, with its settings and counters (Ruby: ``TalonOne::Campaign``)."""

    __slots__ = ()

    id: int = field("id", _ID, "The internal ID of the campaign.", example=4)
    created: datetime = field(
        "created", DateTime(required=True), "When the campaign was created.", example="2020-06-10T09:05:27.993483Z"
    )
    application_id: int = field("applicationId", _ID, "The ID of the Application the campaign belongs to.", example=322)
    user_id: int = field("userId", _ID, "The ID of the user the campaign is associated with.", example=388)
    name: str = field(
        "name",
        String(required=True, min_length=1),
        "The name of the campaign, as users see it.",
        example="Summer promotions",
    )
    description: str = field(
        "description",
        String(required=True),
        "A longer text about the campaign.",
        example="Campaign for all summer 2021 promotions",
    )
    start_time: Optional[datetime] = field(
        "startTime", _WHEN, "When the campaign becomes active.", example="2021-07-20T22:00:00Z"
    )
    end_time: Optional[datetime] = field(
        "endTime", _WHEN, "When the campaign stops being active.", example="2021-09-22T22:00:00Z"
    )
    attributes: Optional[Dict[str, Any]] = field(
        "attributes",
        JSONObject(),
        "Custom properties of the campaign, of your choice.",
        example={"region": "EU"},
    )
    state: str = field(
        "state",
        String(choices=CAMPAIGN_STATES, closed=False),
        "The state of the campaign, such as `enabled`, `disabled` or `archived`. The rules and coupons of "
        "a disabled or archived campaign are not evaluated.",
        example="enabled",
        default="enabled",
    )
    active_ruleset_id: Optional[int] = field(
        "activeRulesetId",
        _COUNT,
        "The ID of the [ruleset](" + _RULESETS_DOC + ") the campaign applies when a customer session is evaluated.",
        example=6,
    )
    tags: List[str] = field("tags", _TEXTS, "The tags of the campaign.", example=["summer"])
    features: List[str] = field(
        "features", _TEXTS, "The features turned on in the campaign.", example=["coupons", "referrals"]
    )
    coupon_settings: Optional[CodeGeneratorSettings] = field(
        "couponSettings",
        _CODE_SETTINGS,
        "How the campaign generates coupon codes.",
        example={"validCharacters": [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], "couponPattern": "SUMMER-####-####"},
    )
    referral_settings: Optional[CodeGeneratorSettings] = field(
        "referralSettings",
        _CODE_SETTINGS,
        "How the campaign generates referral codes.",
        example={"validCharacters": [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"], "couponPattern": "REF-####-####"},
    )
    limits: List[LimitConfig] = field(
        "limits",
        ListOf(Nested(LimitConfig), required=True),
        "The [budget limits](" + _BUDGETS_DOC + ") of the campaign.",
        example=[{"action": "createCoupon", "limit": 1000.0, "period": "yearly", "entities": ["Coupon"]}],
    )
    campaign_groups: Optional[List[int]] = field(
        "campaignGroups",
        _IDS,
        "The IDs of the [campaign groups](" + _GROUPS_DOC + ") the campaign is part of.",
        example=[1, 3],
    )
    type: str = field(
        "type",
        String(choices=CAMPAIGN_TYPES, closed=False),
        "The kind of campaign, such as:\n\n"
        "- `cartItem`: its effects can apply to cart items only.\n"
        "- `advanced`: its effects can apply to customer sessions and to cart items.",
        example="advanced",
        default="advanced",
    )
    linked_store_ids: Optional[List[int]] = field(
        "linkedStoreIds",
        _IDS,
        "The IDs of the stores linked to the campaign.\n\n"
        "**Note:** a campaign with linked stores is evaluated only by a [customer session update]("
        + _SESSION_UPDATE_DOC
        + ") that names one of those stores.",
        example=[1, 2, 3],
    )
    budgets: Optional[List[CampaignBudget]] = field(
        "budgets",
        ListOf(Nested(CampaignBudget)),
        "Every budget the campaign defines, with how much of it is used.\n\n"
        "**Note:** a budget that is not defined is not listed, and its use is not counted until it is defined.",
        example=[{"action": "createCoupon", "limit": 1000.0, "counter": 42.0}],
    )
    coupon_redemption_count: Optional[int] = field(
        "couponRedemptionCount",
        _COUNT,
        "How many coupon redemptions the campaign had." + _DEPRECATED,
        example=163,
    )
    referral_redemption_count: Optional[int] = field(
        "referralRedemptionCount",
        _COUNT,
        "How many referral code redemptions the campaign had." + _DEPRECATED,
        example=3,
    )
    discount_count: Optional[float] = field(
        "discountCount",
        _AMOUNT,
        "The total value of the discounts redeemed in the campaign." + _DEPRECATED,
        example=288.0,
    )
    discount_effect_count: Optional[int] = field(
        "discountEffectCount",
        _COUNT,
        "How many times discounts of the campaign were redeemed." + _DEPRECATED,
        example=343,
    )
    coupon_creation_count: Optional[int] = field(
        "couponCreationCount",
        _COUNT,
        "How many coupons the rules of the campaign created." + _DEPRECATED,
        example=16,
    )
    custom_effect_count: Optional[int] = field(
        "customEffectCount",
        _COUNT,
        "How many custom effects the rules of the campaign triggered." + _DEPRECATED,
        example=0,
    )
    referral_creation_count: Optional[int] = field(
        "referralCreationCount",
        _COUNT,
        "How many referrals the rules of the campaign created." + _DEPRECATED,
        example=8,
    )
    add_free_item_effect_count: Optional[int] = field(
        "addFreeItemEffectCount",
        _COUNT,
        "How many times the campaign can trigger the [add free item effect](" + _ADD_FREE_ITEM_DOC + ")." + _DEPRECATED,
        example=0,
    )
    awarded_giveaways_count: Optional[int] = field(
        "awardedGiveawaysCount",
        _COUNT,
        "How many giveaways the rules of the campaign awarded." + _DEPRECATED,
        example=9,
    )
    created_loyalty_points_count: Optional[float] = field(
        "createdLoyaltyPointsCount",
        _AMOUNT,
        "How many loyalty points the rules of the campaign created." + _DEPRECATED,
        example=9.0,
    )
    created_loyalty_points_effect_count: Optional[int] = field(
        "createdLoyaltyPointsEffectCount",
        _COUNT,
        "How many effects creating loyalty points the rules of the campaign triggered." + _DEPRECATED,
        example=2,
    )
    redeemed_loyalty_points_count: Optional[float] = field(
        "redeemedLoyaltyPointsCount",
        _AMOUNT,
        "How many loyalty points the rules of the campaign redeemed." + _DEPRECATED,
        example=8.0,
    )
    redeemed_loyalty_points_effect_count: Optional[int] = field(
        "redeemedLoyaltyPointsEffectCount",
        _COUNT,
        "How many effects redeeming loyalty points the rules of the campaign triggered." + _DEPRECATED,
        example=9,
    )
    call_api_effect_count: Optional[int] = field(
        "callApiEffectCount",
        _COUNT,
        "How many webhooks the rules of the campaign triggered." + _DEPRECATED,
        example=0,
    )
    reservecoupon_effect_count: Optional[int] = field(
        "reservecouponEffectCount",
        _COUNT,
        "How many reserve coupon effects the rules of the campaign triggered." + _DEPRECATED,
        example=9,
    )
    last_activity: Optional[datetime] = field(
        "lastActivity", _WHEN, "When the campaign last received an event.", example="2022-11-10T23:00:00Z"
    )
    updated: Optional[datetime] = field(
        "updated",
        _WHEN,
        "When a property of the campaign last changed. Changes to other entities the campaign uses, such "
        "as its collections or coupons, do **not** count.",
        example="2022-10-07T15:00:00Z",
    )
    created_by: Optional[str] = field(
        "createdBy", _TEXT, "The name of the user who created the campaign, when known.", example="John Doe"
    )
    updated_by: Optional[str] = field(
        "updatedBy", _TEXT, "The name of the user who last changed the campaign, when known.", example="Jane Doe"
    )
    template_id: Optional[int] = field(
        "templateId", _COUNT, "The ID of the campaign template the campaign was made from.", example=3
    )
    frontend_state: str = field(
        "frontendState",
        String(required=True, choices=CAMPAIGN_FRONTEND_STATES, closed=False),
        "The state of the campaign as the Campaign Manager shows it, such as `running` or `scheduled`.",
        example="running",
    )
    stores_imported: bool = field(
        "storesImported",
        Boolean(required=True),
        "Whether the linked stores were imported from a CSV file.",
        example=True,
    )
    value_maps_ids: Optional[List[int]] = field(
        "valueMapsIds", _IDS, "The IDs of the value maps of the campaign.", example=[100, 215]
    )
    revision_frontend_state: Optional[str] = field(
        "revisionFrontendState",
        String(choices=CAMPAIGN_REVISION_FRONTEND_STATES, closed=False),
        "The state of the campaign's revision as the Campaign Manager shows it, such as `revised` or `pending`.",
        example="revised",
    )
    active_revision_id: Optional[int] = field(
        "activeRevisionId", _COUNT, "The ID of the revision last activated on the campaign.", example=6
    )
    active_revision_version_id: Optional[int] = field(
        "activeRevisionVersionId", _COUNT, "The ID of the revision version active on the campaign.", example=6
    )
    version: Optional[int] = field(
        "version",
        _COUNT,
        "How many revisions have been activated on the campaign: 0 for a new campaign, one more with each activation.",
        example=6,
    )
    current_revision_id: Optional[int] = field(
        "currentRevisionId", _COUNT, "The ID of the revision of the campaign being edited now.", example=6
    )
    current_revision_version_id: Optional[int] = field(
        "currentRevisionVersionId", _COUNT, "The ID of the newest version applied to the current revision.", example=6
    )
    stage_revision: bool = field(
        "stageRevision",
        Boolean(),
        "Whether requests made with a staging API key use the current revision.",
        example=False,
        default=False,
    )
