"""Campaign: a campaign of the response, with the models it holds.

``LimitConfig`` is one limit of a campaign or coupon, ``CodeGeneratorSettings`` says how
codes are generated, and ``CampaignBudget`` is one budget with how much of it is used.
The values Ruby 10.0.0 knows for the open enums of these models are module constants.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    FIRST_PROBLEM,
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    FloatOrDecimal,
    Model,
    ProblemFound,
    canonical_cache,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("action", "limit", "period", "entities")

    def __init__(
        self,
        *,
        action: str,
        limit: FloatOrDecimal,
        period: Optional[str] = None,
        entities: List[str],
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[LimitConfig]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        action = get("action")
        if type(action) is not str:
            action = _LimitConfig_action.check(action, "action", errors)
        limit = get("limit")
        if not ((type(limit) is float or type(limit) is int) and 0 <= limit <= FLOAT_MAX):
            limit = _LimitConfig_limit.check(limit, "limit", errors)
        period = get("period")
        if type(period) is not str and period is not None:
            period = _LimitConfig_period.check(period, "period", errors)
        entities = get("entities")
        if type(entities) is list:
            for _item in entities:
                if type(_item) is not str:
                    entities = _LimitConfig_entities.read(entities, "entities", errors)
                    break
            else:
                entities = entities[:]
        else:
            entities = _LimitConfig_entities.read(entities, "entities", errors, unknown)
        # every field, and no other key?
        if len(data) == 4 and action is not None and limit is not None and period is not None and entities is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (action, limit, period, entities, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        action, limit, period, entities, extra = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["action"] = action
        out["limit"] = limit
        if period is not None:
            out["period"] = period
        _list = list(entities)
        for _item in _list:
            if type(_item) is not str:
                _list = _LimitConfig_entities.write_slowly(entities)
                break
        out["entities"] = _list
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("valid_characters", "coupon_pattern")

    def __init__(
        self,
        *,
        valid_characters: List[str],
        coupon_pattern: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CodeGeneratorSettings]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        valid_characters = get("validCharacters")
        if type(valid_characters) is list:
            for _item in valid_characters:
                if type(_item) is not str:
                    valid_characters = _CodeGeneratorSettings_valid_characters.read(
                        valid_characters, "validCharacters", errors
                    )
                    break
            else:
                valid_characters = valid_characters[:]
        else:
            valid_characters = _CodeGeneratorSettings_valid_characters.read(
                valid_characters, "validCharacters", errors, unknown
            )
        coupon_pattern = get("couponPattern")
        coupon_pattern = _CodeGeneratorSettings_coupon_pattern.read(coupon_pattern, "couponPattern", errors)
        # every field, and no other key?
        if len(data) == 2 and valid_characters is not None and coupon_pattern is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (valid_characters, coupon_pattern, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        valid_characters, coupon_pattern, extra = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        _list = list(valid_characters)
        for _item in _list:
            if type(_item) is not str:
                _list = _CodeGeneratorSettings_valid_characters.write_slowly(valid_characters)
                break
        out["validCharacters"] = _list
        out["couponPattern"] = coupon_pattern
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("action", "limit", "counter")

    def __init__(
        self,
        *,
        action: str,
        limit: FloatOrDecimal,
        counter: FloatOrDecimal,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CampaignBudget]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        action = get("action")
        if type(action) is not str:
            action = _CampaignBudget_action.check(action, "action", errors)
        limit = get("limit")
        if not ((type(limit) is float or type(limit) is int) and 0 <= limit <= FLOAT_MAX):
            limit = _CampaignBudget_limit.check(limit, "limit", errors)
        counter = get("counter")
        if not ((type(counter) is float or type(counter) is int) and 0 <= counter <= FLOAT_MAX):
            counter = _CampaignBudget_counter.check(counter, "counter", errors)
        # every field, and no other key?
        if len(data) == 3 and action is not None and limit is not None and counter is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (action, limit, counter, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        action, limit, counter, extra = self._values
        out: Dict[str, Any] = {}
        out["action"] = action
        out["limit"] = limit
        out["counter"] = counter
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "application_id",
        "user_id",
        "name",
        "description",
        "start_time",
        "end_time",
        "attributes",
        "state",
        "active_ruleset_id",
        "tags",
        "features",
        "coupon_settings",
        "referral_settings",
        "limits",
        "campaign_groups",
        "type",
        "linked_store_ids",
        "budgets",
        "coupon_redemption_count",
        "referral_redemption_count",
        "discount_count",
        "discount_effect_count",
        "coupon_creation_count",
        "custom_effect_count",
        "referral_creation_count",
        "add_free_item_effect_count",
        "awarded_giveaways_count",
        "created_loyalty_points_count",
        "created_loyalty_points_effect_count",
        "redeemed_loyalty_points_count",
        "redeemed_loyalty_points_effect_count",
        "call_api_effect_count",
        "reservecoupon_effect_count",
        "last_activity",
        "updated",
        "created_by",
        "updated_by",
        "template_id",
        "frontend_state",
        "stores_imported",
        "value_maps_ids",
        "revision_frontend_state",
        "active_revision_id",
        "active_revision_version_id",
        "version",
        "current_revision_id",
        "current_revision_version_id",
        "stage_revision",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        application_id: int,
        user_id: int,
        name: str,
        description: str,
        start_time: Optional[datetime] = None,
        end_time: Optional[datetime] = None,
        attributes: Optional[Dict[str, Any]] = None,
        state: Optional[str] = None,
        active_ruleset_id: Optional[int] = None,
        tags: List[str],
        features: List[str],
        coupon_settings: Optional[CodeGeneratorSettings] = None,
        referral_settings: Optional[CodeGeneratorSettings] = None,
        limits: List[LimitConfig],
        campaign_groups: Optional[List[int]] = None,
        type: Optional[str] = None,
        linked_store_ids: Optional[List[int]] = None,
        budgets: Optional[List[CampaignBudget]] = None,
        coupon_redemption_count: Optional[int] = None,
        referral_redemption_count: Optional[int] = None,
        discount_count: Optional[FloatOrDecimal] = None,
        discount_effect_count: Optional[int] = None,
        coupon_creation_count: Optional[int] = None,
        custom_effect_count: Optional[int] = None,
        referral_creation_count: Optional[int] = None,
        add_free_item_effect_count: Optional[int] = None,
        awarded_giveaways_count: Optional[int] = None,
        created_loyalty_points_count: Optional[FloatOrDecimal] = None,
        created_loyalty_points_effect_count: Optional[int] = None,
        redeemed_loyalty_points_count: Optional[FloatOrDecimal] = None,
        redeemed_loyalty_points_effect_count: Optional[int] = None,
        call_api_effect_count: Optional[int] = None,
        reservecoupon_effect_count: Optional[int] = None,
        last_activity: Optional[datetime] = None,
        updated: Optional[datetime] = None,
        created_by: Optional[str] = None,
        updated_by: Optional[str] = None,
        template_id: Optional[int] = None,
        frontend_state: str,
        stores_imported: bool,
        value_maps_ids: Optional[List[int]] = None,
        revision_frontend_state: Optional[str] = None,
        active_revision_id: Optional[int] = None,
        active_revision_version_id: Optional[int] = None,
        version: Optional[int] = None,
        current_revision_id: Optional[int] = None,
        current_revision_version_id: Optional[int] = None,
        stage_revision: Optional[bool] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Campaign]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _list: List[Any]
        _made: Any
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _Campaign_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _Campaign_created.read(_raw, "created", errors)
        application_id = get("applicationId")
        if not (type(application_id) is int and INT64_MIN <= application_id <= INT64_MAX):
            application_id = _Campaign_application_id.check(application_id, "applicationId", errors)
        user_id = get("userId")
        if not (type(user_id) is int and INT64_MIN <= user_id <= INT64_MAX):
            user_id = _Campaign_user_id.check(user_id, "userId", errors)
        name = get("name")
        if not (type(name) is str and len(name) >= 1):
            name = _Campaign_name.check(name, "name", errors)
        description = get("description")
        if type(description) is not str:
            description = _Campaign_description.check(description, "description", errors)
        _raw = get("startTime")
        start_time = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_time is None and _raw is not None:
            start_time = _Campaign_start_time.read(_raw, "startTime", errors)
        _raw = get("endTime")
        end_time = canonical_cache.get(_raw) if type(_raw) is str else None
        if end_time is None and _raw is not None:
            end_time = _Campaign_end_time.read(_raw, "endTime", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _Campaign_attributes.read(attributes, "attributes", errors)
        state = get("state")
        if type(state) is not str and state is not None:
            state = _Campaign_state.check(state, "state", errors)
        active_ruleset_id = get("activeRulesetId")
        if (
            not (type(active_ruleset_id) is int and INT64_MIN <= active_ruleset_id <= INT64_MAX)
            and active_ruleset_id is not None
        ):
            active_ruleset_id = _Campaign_active_ruleset_id.check(active_ruleset_id, "activeRulesetId", errors)
        tags = get("tags")
        if type(tags) is list:
            for _item in tags:
                if type(_item) is not str:
                    tags = _Campaign_tags.read(tags, "tags", errors)
                    break
            else:
                tags = tags[:]
        else:
            tags = _Campaign_tags.read(tags, "tags", errors, unknown)
        features = get("features")
        if type(features) is list:
            for _item in features:
                if type(_item) is not str:
                    features = _Campaign_features.read(features, "features", errors)
                    break
            else:
                features = features[:]
        else:
            features = _Campaign_features.read(features, "features", errors, unknown)
        coupon_settings = get("couponSettings")
        if coupon_settings is not None:
            try:
                coupon_settings = _read_CodeGeneratorSettings(coupon_settings, unknown, FIRST_PROBLEM)
            except ProblemFound:
                coupon_settings = _Campaign_coupon_settings.read(coupon_settings, "couponSettings", errors, unknown)
        referral_settings = get("referralSettings")
        if referral_settings is not None:
            try:
                referral_settings = _read_CodeGeneratorSettings(referral_settings, unknown, FIRST_PROBLEM)
            except ProblemFound:
                referral_settings = _Campaign_referral_settings.read(
                    referral_settings, "referralSettings", errors, unknown
                )
        limits = get("limits")
        if type(limits) is list:
            try:
                limits = [_read_LimitConfig(_item, unknown, FIRST_PROBLEM) for _item in limits]
            except ProblemFound:
                limits = _Campaign_limits.read(limits, "limits", errors, unknown)
        else:
            limits = _Campaign_limits.read(limits, "limits", errors, unknown)
        campaign_groups = get("campaignGroups")
        if type(campaign_groups) is list:
            for _item in campaign_groups:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    campaign_groups = _Campaign_campaign_groups.read(campaign_groups, "campaignGroups", errors)
                    break
            else:
                campaign_groups = campaign_groups[:]
        elif campaign_groups is not None:
            campaign_groups = _Campaign_campaign_groups.read(campaign_groups, "campaignGroups", errors, unknown)
        type_ = get("type")
        if type(type_) is not str and type_ is not None:
            type_ = _Campaign_type.check(type_, "type", errors)
        linked_store_ids = get("linkedStoreIds")
        if type(linked_store_ids) is list:
            for _item in linked_store_ids:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    linked_store_ids = _Campaign_linked_store_ids.read(linked_store_ids, "linkedStoreIds", errors)
                    break
            else:
                linked_store_ids = linked_store_ids[:]
        elif linked_store_ids is not None:
            linked_store_ids = _Campaign_linked_store_ids.read(linked_store_ids, "linkedStoreIds", errors, unknown)
        # CampaignBudget read in place: for a model this small a call costs as much as the reading
        budgets = get("budgets")
        if type(budgets) is list:
            _list = []
            for _item in budgets:
                if type(_item) is not dict:
                    break
                _get = _item.get
                _action = _get("action")
                _limit = _get("limit")
                _counter = _get("counter")
                if (
                    not (
                        type(_action) is str
                        and ((type(_limit) is float or type(_limit) is int) and 0 <= _limit <= FLOAT_MAX)
                        and ((type(_counter) is float or type(_counter) is int) and 0 <= _counter <= FLOAT_MAX)
                        and len(_item) == 3
                    )
                ):
                    break
                _made = new_object(CampaignBudget)
                _made._values = (_action, _limit, _counter, None)
                _list.append(_made)
            if len(_list) == len(budgets):
                budgets = _list
            else:  # not all of them plainly valid: read them all by the rule
                budgets = _Campaign_budgets.read(budgets, "budgets", errors, unknown)
        elif budgets is not None:
            budgets = _Campaign_budgets.read(budgets, "budgets", errors, unknown)
        coupon_redemption_count = get("couponRedemptionCount")
        if (
            not (type(coupon_redemption_count) is int and INT64_MIN <= coupon_redemption_count <= INT64_MAX)
            and coupon_redemption_count is not None
        ):
            coupon_redemption_count = _Campaign_coupon_redemption_count.check(
                coupon_redemption_count, "couponRedemptionCount", errors
            )
        referral_redemption_count = get("referralRedemptionCount")
        if (
            not (type(referral_redemption_count) is int and INT64_MIN <= referral_redemption_count <= INT64_MAX)
            and referral_redemption_count is not None
        ):
            referral_redemption_count = _Campaign_referral_redemption_count.check(
                referral_redemption_count, "referralRedemptionCount", errors
            )
        discount_count = get("discountCount")
        if (
            not (
                (type(discount_count) is int and FLOAT_LOWEST_INT <= discount_count <= FLOAT_MAX_INT)
                or (type(discount_count) is float and FLOAT_LOWEST <= discount_count <= FLOAT_MAX)
            )
            and discount_count is not None
        ):
            discount_count = _Campaign_discount_count.check(discount_count, "discountCount", errors)
        discount_effect_count = get("discountEffectCount")
        if (
            not (type(discount_effect_count) is int and INT64_MIN <= discount_effect_count <= INT64_MAX)
            and discount_effect_count is not None
        ):
            discount_effect_count = _Campaign_discount_effect_count.check(
                discount_effect_count, "discountEffectCount", errors
            )
        coupon_creation_count = get("couponCreationCount")
        if (
            not (type(coupon_creation_count) is int and INT64_MIN <= coupon_creation_count <= INT64_MAX)
            and coupon_creation_count is not None
        ):
            coupon_creation_count = _Campaign_coupon_creation_count.check(
                coupon_creation_count, "couponCreationCount", errors
            )
        custom_effect_count = get("customEffectCount")
        if (
            not (type(custom_effect_count) is int and INT64_MIN <= custom_effect_count <= INT64_MAX)
            and custom_effect_count is not None
        ):
            custom_effect_count = _Campaign_custom_effect_count.check(custom_effect_count, "customEffectCount", errors)
        referral_creation_count = get("referralCreationCount")
        if (
            not (type(referral_creation_count) is int and INT64_MIN <= referral_creation_count <= INT64_MAX)
            and referral_creation_count is not None
        ):
            referral_creation_count = _Campaign_referral_creation_count.check(
                referral_creation_count, "referralCreationCount", errors
            )
        add_free_item_effect_count = get("addFreeItemEffectCount")
        if (
            not (type(add_free_item_effect_count) is int and INT64_MIN <= add_free_item_effect_count <= INT64_MAX)
            and add_free_item_effect_count is not None
        ):
            add_free_item_effect_count = _Campaign_add_free_item_effect_count.check(
                add_free_item_effect_count, "addFreeItemEffectCount", errors
            )
        awarded_giveaways_count = get("awardedGiveawaysCount")
        if (
            not (type(awarded_giveaways_count) is int and INT64_MIN <= awarded_giveaways_count <= INT64_MAX)
            and awarded_giveaways_count is not None
        ):
            awarded_giveaways_count = _Campaign_awarded_giveaways_count.check(
                awarded_giveaways_count, "awardedGiveawaysCount", errors
            )
        created_loyalty_points_count = get("createdLoyaltyPointsCount")
        if (
            not (
                (
                    type(created_loyalty_points_count) is int
                    and FLOAT_LOWEST_INT <= created_loyalty_points_count <= FLOAT_MAX_INT
                )
                or (
                    type(created_loyalty_points_count) is float
                    and FLOAT_LOWEST <= created_loyalty_points_count <= FLOAT_MAX
                )
            )
            and created_loyalty_points_count is not None
        ):
            created_loyalty_points_count = _Campaign_created_loyalty_points_count.check(
                created_loyalty_points_count, "createdLoyaltyPointsCount", errors
            )
        created_loyalty_points_effect_count = get("createdLoyaltyPointsEffectCount")
        if (
            not (
                type(created_loyalty_points_effect_count) is int
                and INT64_MIN <= created_loyalty_points_effect_count <= INT64_MAX
            )
            and created_loyalty_points_effect_count is not None
        ):
            created_loyalty_points_effect_count = _Campaign_created_loyalty_points_effect_count.check(
                created_loyalty_points_effect_count, "createdLoyaltyPointsEffectCount", errors
            )
        redeemed_loyalty_points_count = get("redeemedLoyaltyPointsCount")
        if (
            not (
                (
                    type(redeemed_loyalty_points_count) is int
                    and FLOAT_LOWEST_INT <= redeemed_loyalty_points_count <= FLOAT_MAX_INT
                )
                or (
                    type(redeemed_loyalty_points_count) is float
                    and FLOAT_LOWEST <= redeemed_loyalty_points_count <= FLOAT_MAX
                )
            )
            and redeemed_loyalty_points_count is not None
        ):
            redeemed_loyalty_points_count = _Campaign_redeemed_loyalty_points_count.check(
                redeemed_loyalty_points_count, "redeemedLoyaltyPointsCount", errors
            )
        redeemed_loyalty_points_effect_count = get("redeemedLoyaltyPointsEffectCount")
        if (
            not (
                type(redeemed_loyalty_points_effect_count) is int
                and INT64_MIN <= redeemed_loyalty_points_effect_count <= INT64_MAX
            )
            and redeemed_loyalty_points_effect_count is not None
        ):
            redeemed_loyalty_points_effect_count = _Campaign_redeemed_loyalty_points_effect_count.check(
                redeemed_loyalty_points_effect_count, "redeemedLoyaltyPointsEffectCount", errors
            )
        call_api_effect_count = get("callApiEffectCount")
        if (
            not (type(call_api_effect_count) is int and INT64_MIN <= call_api_effect_count <= INT64_MAX)
            and call_api_effect_count is not None
        ):
            call_api_effect_count = _Campaign_call_api_effect_count.check(
                call_api_effect_count, "callApiEffectCount", errors
            )
        reservecoupon_effect_count = get("reservecouponEffectCount")
        if (
            not (type(reservecoupon_effect_count) is int and INT64_MIN <= reservecoupon_effect_count <= INT64_MAX)
            and reservecoupon_effect_count is not None
        ):
            reservecoupon_effect_count = _Campaign_reservecoupon_effect_count.check(
                reservecoupon_effect_count, "reservecouponEffectCount", errors
            )
        _raw = get("lastActivity")
        last_activity = canonical_cache.get(_raw) if type(_raw) is str else None
        if last_activity is None and _raw is not None:
            last_activity = _Campaign_last_activity.read(_raw, "lastActivity", errors)
        _raw = get("updated")
        updated = canonical_cache.get(_raw) if type(_raw) is str else None
        if updated is None and _raw is not None:
            updated = _Campaign_updated.read(_raw, "updated", errors)
        created_by = get("createdBy")
        if type(created_by) is not str and created_by is not None:
            created_by = _Campaign_created_by.check(created_by, "createdBy", errors)
        updated_by = get("updatedBy")
        if type(updated_by) is not str and updated_by is not None:
            updated_by = _Campaign_updated_by.check(updated_by, "updatedBy", errors)
        template_id = get("templateId")
        if not (type(template_id) is int and INT64_MIN <= template_id <= INT64_MAX) and template_id is not None:
            template_id = _Campaign_template_id.check(template_id, "templateId", errors)
        frontend_state = get("frontendState")
        if type(frontend_state) is not str:
            frontend_state = _Campaign_frontend_state.check(frontend_state, "frontendState", errors)
        stores_imported = get("storesImported")
        if type(stores_imported) is not bool:
            stores_imported = _Campaign_stores_imported.check(stores_imported, "storesImported", errors)
        value_maps_ids = get("valueMapsIds")
        if type(value_maps_ids) is list:
            for _item in value_maps_ids:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    value_maps_ids = _Campaign_value_maps_ids.read(value_maps_ids, "valueMapsIds", errors)
                    break
            else:
                value_maps_ids = value_maps_ids[:]
        elif value_maps_ids is not None:
            value_maps_ids = _Campaign_value_maps_ids.read(value_maps_ids, "valueMapsIds", errors, unknown)
        revision_frontend_state = get("revisionFrontendState")
        if type(revision_frontend_state) is not str and revision_frontend_state is not None:
            revision_frontend_state = _Campaign_revision_frontend_state.check(
                revision_frontend_state, "revisionFrontendState", errors
            )
        active_revision_id = get("activeRevisionId")
        if (
            not (type(active_revision_id) is int and INT64_MIN <= active_revision_id <= INT64_MAX)
            and active_revision_id is not None
        ):
            active_revision_id = _Campaign_active_revision_id.check(active_revision_id, "activeRevisionId", errors)
        active_revision_version_id = get("activeRevisionVersionId")
        if (
            not (type(active_revision_version_id) is int and INT64_MIN <= active_revision_version_id <= INT64_MAX)
            and active_revision_version_id is not None
        ):
            active_revision_version_id = _Campaign_active_revision_version_id.check(
                active_revision_version_id, "activeRevisionVersionId", errors
            )
        version = get("version")
        if not (type(version) is int and INT64_MIN <= version <= INT64_MAX) and version is not None:
            version = _Campaign_version.check(version, "version", errors)
        current_revision_id = get("currentRevisionId")
        if (
            not (type(current_revision_id) is int and INT64_MIN <= current_revision_id <= INT64_MAX)
            and current_revision_id is not None
        ):
            current_revision_id = _Campaign_current_revision_id.check(current_revision_id, "currentRevisionId", errors)
        current_revision_version_id = get("currentRevisionVersionId")
        if (
            not (type(current_revision_version_id) is int and INT64_MIN <= current_revision_version_id <= INT64_MAX)
            and current_revision_version_id is not None
        ):
            current_revision_version_id = _Campaign_current_revision_version_id.check(
                current_revision_version_id, "currentRevisionVersionId", errors
            )
        stage_revision = get("stageRevision")
        if type(stage_revision) is not bool and stage_revision is not None:
            stage_revision = _Campaign_stage_revision.check(stage_revision, "stageRevision", errors)
        known = cls._wire_keys
        extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            id,
            created,
            application_id,
            user_id,
            name,
            description,
            start_time,
            end_time,
            attributes,
            state,
            active_ruleset_id,
            tags,
            features,
            coupon_settings,
            referral_settings,
            limits,
            campaign_groups,
            type_,
            linked_store_ids,
            budgets,
            coupon_redemption_count,
            referral_redemption_count,
            discount_count,
            discount_effect_count,
            coupon_creation_count,
            custom_effect_count,
            referral_creation_count,
            add_free_item_effect_count,
            awarded_giveaways_count,
            created_loyalty_points_count,
            created_loyalty_points_effect_count,
            redeemed_loyalty_points_count,
            redeemed_loyalty_points_effect_count,
            call_api_effect_count,
            reservecoupon_effect_count,
            last_activity,
            updated,
            created_by,
            updated_by,
            template_id,
            frontend_state,
            stores_imported,
            value_maps_ids,
            revision_frontend_state,
            active_revision_id,
            active_revision_version_id,
            version,
            current_revision_id,
            current_revision_version_id,
            stage_revision,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            application_id,
            user_id,
            name,
            description,
            start_time,
            end_time,
            attributes,
            state,
            active_ruleset_id,
            tags,
            features,
            coupon_settings,
            referral_settings,
            limits,
            campaign_groups,
            type_,
            linked_store_ids,
            budgets,
            coupon_redemption_count,
            referral_redemption_count,
            discount_count,
            discount_effect_count,
            coupon_creation_count,
            custom_effect_count,
            referral_creation_count,
            add_free_item_effect_count,
            awarded_giveaways_count,
            created_loyalty_points_count,
            created_loyalty_points_effect_count,
            redeemed_loyalty_points_count,
            redeemed_loyalty_points_effect_count,
            call_api_effect_count,
            reservecoupon_effect_count,
            last_activity,
            updated,
            created_by,
            updated_by,
            template_id,
            frontend_state,
            stores_imported,
            value_maps_ids,
            revision_frontend_state,
            active_revision_id,
            active_revision_version_id,
            version,
            current_revision_id,
            current_revision_version_id,
            stage_revision,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["applicationId"] = application_id
        out["userId"] = user_id
        out["name"] = name
        out["description"] = description
        if start_time is not None:
            out["startTime"] = start_time
        if end_time is not None:
            out["endTime"] = end_time
        if attributes is not None:
            out["attributes"] = _Campaign_attributes.write(attributes)
        if state is not None:
            out["state"] = state
        if active_ruleset_id is not None:
            out["activeRulesetId"] = active_ruleset_id
        _list = list(tags)
        for _item in _list:
            if type(_item) is not str:
                _list = _Campaign_tags.write_slowly(tags)
                break
        out["tags"] = _list
        _list = list(features)
        for _item in _list:
            if type(_item) is not str:
                _list = _Campaign_features.write_slowly(features)
                break
        out["features"] = _list
        if coupon_settings is not None:
            out["couponSettings"] = coupon_settings._write()
        if referral_settings is not None:
            out["referralSettings"] = referral_settings._write()
        _list = [_item._write() for _item in limits if type(_item) is LimitConfig]
        out["limits"] = _list if len(_list) == len(limits) else _Campaign_limits.write_slowly(limits)
        if campaign_groups is not None:
            _list = list(campaign_groups)
            for _item in _list:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    _list = _Campaign_campaign_groups.write_slowly(campaign_groups)
                    break
            out["campaignGroups"] = _list
        if type_ is not None:
            out["type"] = type_
        if linked_store_ids is not None:
            _list = list(linked_store_ids)
            for _item in _list:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    _list = _Campaign_linked_store_ids.write_slowly(linked_store_ids)
                    break
            out["linkedStoreIds"] = _list
        if budgets is not None:
            _list = [_item._write() for _item in budgets if type(_item) is CampaignBudget]
            out["budgets"] = _list if len(_list) == len(budgets) else _Campaign_budgets.write_slowly(budgets)
        if coupon_redemption_count is not None:
            out["couponRedemptionCount"] = coupon_redemption_count
        if referral_redemption_count is not None:
            out["referralRedemptionCount"] = referral_redemption_count
        if discount_count is not None:
            out["discountCount"] = discount_count
        if discount_effect_count is not None:
            out["discountEffectCount"] = discount_effect_count
        if coupon_creation_count is not None:
            out["couponCreationCount"] = coupon_creation_count
        if custom_effect_count is not None:
            out["customEffectCount"] = custom_effect_count
        if referral_creation_count is not None:
            out["referralCreationCount"] = referral_creation_count
        if add_free_item_effect_count is not None:
            out["addFreeItemEffectCount"] = add_free_item_effect_count
        if awarded_giveaways_count is not None:
            out["awardedGiveawaysCount"] = awarded_giveaways_count
        if created_loyalty_points_count is not None:
            out["createdLoyaltyPointsCount"] = created_loyalty_points_count
        if created_loyalty_points_effect_count is not None:
            out["createdLoyaltyPointsEffectCount"] = created_loyalty_points_effect_count
        if redeemed_loyalty_points_count is not None:
            out["redeemedLoyaltyPointsCount"] = redeemed_loyalty_points_count
        if redeemed_loyalty_points_effect_count is not None:
            out["redeemedLoyaltyPointsEffectCount"] = redeemed_loyalty_points_effect_count
        if call_api_effect_count is not None:
            out["callApiEffectCount"] = call_api_effect_count
        if reservecoupon_effect_count is not None:
            out["reservecouponEffectCount"] = reservecoupon_effect_count
        if last_activity is not None:
            out["lastActivity"] = last_activity
        if updated is not None:
            out["updated"] = updated
        if created_by is not None:
            out["createdBy"] = created_by
        if updated_by is not None:
            out["updatedBy"] = updated_by
        if template_id is not None:
            out["templateId"] = template_id
        out["frontendState"] = frontend_state
        out["storesImported"] = stores_imported
        if value_maps_ids is not None:
            _list = list(value_maps_ids)
            for _item in _list:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    _list = _Campaign_value_maps_ids.write_slowly(value_maps_ids)
                    break
            out["valueMapsIds"] = _list
        if revision_frontend_state is not None:
            out["revisionFrontendState"] = revision_frontend_state
        if active_revision_id is not None:
            out["activeRevisionId"] = active_revision_id
        if active_revision_version_id is not None:
            out["activeRevisionVersionId"] = active_revision_version_id
        if version is not None:
            out["version"] = version
        if current_revision_id is not None:
            out["currentRevisionId"] = current_revision_id
        if current_revision_version_id is not None:
            out["currentRevisionVersionId"] = current_revision_version_id
        if stage_revision is not None:
            out["stageRevision"] = stage_revision
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_LimitConfig_action = LimitConfig._rules["action"][2]
_LimitConfig_limit = LimitConfig._rules["limit"][2]
_LimitConfig_period = LimitConfig._rules["period"][2]
_LimitConfig_entities = LimitConfig._rules["entities"][2]
_CodeGeneratorSettings_valid_characters = CodeGeneratorSettings._rules["valid_characters"][2]
_CodeGeneratorSettings_coupon_pattern = CodeGeneratorSettings._rules["coupon_pattern"][2]
_CampaignBudget_action = CampaignBudget._rules["action"][2]
_CampaignBudget_limit = CampaignBudget._rules["limit"][2]
_CampaignBudget_counter = CampaignBudget._rules["counter"][2]
_Campaign_id = Campaign._rules["id"][2]
_Campaign_created = Campaign._rules["created"][2]
_Campaign_application_id = Campaign._rules["application_id"][2]
_Campaign_user_id = Campaign._rules["user_id"][2]
_Campaign_name = Campaign._rules["name"][2]
_Campaign_description = Campaign._rules["description"][2]
_Campaign_start_time = Campaign._rules["start_time"][2]
_Campaign_end_time = Campaign._rules["end_time"][2]
_Campaign_attributes = Campaign._rules["attributes"][2]
_Campaign_state = Campaign._rules["state"][2]
_Campaign_active_ruleset_id = Campaign._rules["active_ruleset_id"][2]
_Campaign_tags = Campaign._rules["tags"][2]
_Campaign_features = Campaign._rules["features"][2]
_Campaign_coupon_settings = Campaign._rules["coupon_settings"][2]
_Campaign_referral_settings = Campaign._rules["referral_settings"][2]
_Campaign_limits = Campaign._rules["limits"][2]
_Campaign_campaign_groups = Campaign._rules["campaign_groups"][2]
_Campaign_type = Campaign._rules["type"][2]
_Campaign_linked_store_ids = Campaign._rules["linked_store_ids"][2]
_Campaign_budgets = Campaign._rules["budgets"][2]
_Campaign_coupon_redemption_count = Campaign._rules["coupon_redemption_count"][2]
_Campaign_referral_redemption_count = Campaign._rules["referral_redemption_count"][2]
_Campaign_discount_count = Campaign._rules["discount_count"][2]
_Campaign_discount_effect_count = Campaign._rules["discount_effect_count"][2]
_Campaign_coupon_creation_count = Campaign._rules["coupon_creation_count"][2]
_Campaign_custom_effect_count = Campaign._rules["custom_effect_count"][2]
_Campaign_referral_creation_count = Campaign._rules["referral_creation_count"][2]
_Campaign_add_free_item_effect_count = Campaign._rules["add_free_item_effect_count"][2]
_Campaign_awarded_giveaways_count = Campaign._rules["awarded_giveaways_count"][2]
_Campaign_created_loyalty_points_count = Campaign._rules["created_loyalty_points_count"][2]
_Campaign_created_loyalty_points_effect_count = Campaign._rules["created_loyalty_points_effect_count"][2]
_Campaign_redeemed_loyalty_points_count = Campaign._rules["redeemed_loyalty_points_count"][2]
_Campaign_redeemed_loyalty_points_effect_count = Campaign._rules["redeemed_loyalty_points_effect_count"][2]
_Campaign_call_api_effect_count = Campaign._rules["call_api_effect_count"][2]
_Campaign_reservecoupon_effect_count = Campaign._rules["reservecoupon_effect_count"][2]
_Campaign_last_activity = Campaign._rules["last_activity"][2]
_Campaign_updated = Campaign._rules["updated"][2]
_Campaign_created_by = Campaign._rules["created_by"][2]
_Campaign_updated_by = Campaign._rules["updated_by"][2]
_Campaign_template_id = Campaign._rules["template_id"][2]
_Campaign_frontend_state = Campaign._rules["frontend_state"][2]
_Campaign_stores_imported = Campaign._rules["stores_imported"][2]
_Campaign_value_maps_ids = Campaign._rules["value_maps_ids"][2]
_Campaign_revision_frontend_state = Campaign._rules["revision_frontend_state"][2]
_Campaign_active_revision_id = Campaign._rules["active_revision_id"][2]
_Campaign_active_revision_version_id = Campaign._rules["active_revision_version_id"][2]
_Campaign_version = Campaign._rules["version"][2]
_Campaign_current_revision_id = Campaign._rules["current_revision_id"][2]
_Campaign_current_revision_version_id = Campaign._rules["current_revision_version_id"][2]
_Campaign_stage_revision = Campaign._rules["stage_revision"][2]
_read_CodeGeneratorSettings = CodeGeneratorSettings._read
_read_LimitConfig = LimitConfig._read
# fmt: on
# --- End of the written-out code. ---
