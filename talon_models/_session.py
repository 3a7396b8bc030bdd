"""NewCustomerSessionV2: the body of a customer session update."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._additional_cost import AdditionalCost
from ._base import Model, model, read_object, set_values, unknown_keys, write_unknown
from ._cart_item import CartItem
from ._errors import FIRST_PROBLEM, ErrorDetail, ProblemFound
from ._fields import INT64_MAX, INT64_MIN, Integer, JSONObject, ListOf, MapOf, Nested, String, copy_json, field

STATES = ("open", "closed", "partially_returned", "cancelled")
MAX_CART_ITEMS = 1000
MAX_TOTAL_QUANTITY = 10000
MAX_STORE_ID_LENGTH = 1000
# The limits of the Integration API specification for the update body (the vendor's
# talon-one/t1-openapi-specs); the Ruby SDK checks none of them, the API refuses them.
MAX_CODE_LENGTH = 100
MAX_LOYALTY_CARDS = 1
MAX_IDENTIFIERS = 5


class CartItemList(ListOf):
    """The session's cart items: at most 1000, whose quantities add up to at most 10000."""

    def __init__(self) -> None:
        self.nested = Nested(CartItem)  # the element rule, typed as what it is
        super().__init__(self.nested, max_items=MAX_CART_ITEMS)

    def total(self, items: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        """``items``, or ``None`` with an error when their quantities add up to too many."""
        if items is not None:
            total = sum([item.quantity for item in items])
            if total > MAX_TOTAL_QUANTITY:
                message = "the quantities of the cart items add up to %d; at most %d are allowed" % (
                    total,
                    MAX_TOTAL_QUANTITY,
                )
                errors.append(ErrorDetail((key,), message, total))
                return None
        return items

    def read(self, value: Any, key: Any, errors: List[ErrorDetail], unknown: str = "") -> Any:
        items = ListOf.read(self, value, key, errors, unknown)  # not super(): a hot path
        return self.total(items, key, errors) if items else items

    def check(self, value: Any, key: Any, errors: List[ErrorDetail]) -> Any:
        return self.total(super().check(value, key, errors), key, errors)

    def write(self, stored: Any) -> Any:
        # As ListOf.write, with the total of the quantities (the session's _write has
        # the same steps inline).
        if len(stored) <= MAX_CART_ITEMS:
            out = [item._write() for item in stored if type(item) is CartItem]
            if len(out) == len(stored) and (not out or sum([item["quantity"] for item in out]) <= MAX_TOTAL_QUANTITY):
                return out
        return self.write_slowly(stored)

    def constraints(self) -> Dict[str, Any]:
        return {"max_items": MAX_CART_ITEMS, "max_total_quantity": MAX_TOTAL_QUANTITY}


_TEXT = String()
_STORE_ID = String(min_length=1, max_length=MAX_STORE_ID_LENGTH)
_CAMPAIGN_IDS = ListOf(Integer())
_CODES = ListOf(String(max_length=MAX_CODE_LENGTH))
_LOYALTY_CARDS = ListOf(String(), max_items=MAX_LOYALTY_CARDS)
_IDENTIFIERS = ListOf(String(), max_items=MAX_IDENTIFIERS)
_REFERRAL = String(max_length=MAX_CODE_LENGTH)
_STATE = String(choices=STATES)
_CART_ITEMS = CartItemList()
_COSTS = MapOf(AdditionalCost)
_ATTRIBUTES = JSONObject()
_read_cost = _COSTS.read_model

_BUDGETS = "https://docs.talon.one/docs/product/campaigns/settings/managing-campaign-budgets/#budget-types"
_API = "https://docs.talon.one/integration-api#tag/Customer-sessions/operation/"
_COSTS_DOC = "https://docs.talon.one/docs/product/account/dev-tools/managing-additional-costs"
_ATTRIBUTES_DOC = "https://docs.talon.one/docs/dev/concepts/attributes"


@model
class NewCustomerSessionV2(Model):
    """The body of a customer session update (Ruby: ``TalonOne::NewCustomerSessionV2``)."""

    __slots__ = ()

    profile_id: Optional[str] = field(
        "profileId",
        _TEXT,
        "The ID of the customer profile, set by your integration layer.\n\n"
        "**Note:** when the customer has no known `profileId` yet, use a guest `profileId`; "
        "that is what Talon.One recommends.",
        example="URNGV8294NV",
    )
    store_integration_id: Optional[str] = field(
        "storeIntegrationId",
        _STORE_ID,
        "The integration ID of the store, which you choose when you create the store.",
        example="STORE-001",
    )
    evaluable_campaign_ids: Optional[List[int]] = field(
        "evaluableCampaignIds",
        _CAMPAIGN_IDS,
        "With the `dry` query parameter, the campaigns for the Rule Engine to evaluate. "
        "They are evaluated even when they are disabled, so you can test particular "
        "campaigns before you activate them.",
        example=[10, 12],
    )
    coupon_codes: Optional[List[str]] = field(
        "couponCodes",
        _CODES,
        "The coupon codes entered.\n\n"
        "**Important, for requests only:**\n\n"
        "- If your campaign has a [coupon budget](" + _BUDGETS + "), the session must hold a "
        "coupon code by the time you close it.\n"
        "- In a request with `dry=false`, an empty list discards the coupons sent before. "
        "To keep them, leave the field out.",
        example=["XMAS-20-2021"],
    )
    referral_code: Optional[str] = field(
        "referralCode",
        _REFERRAL,
        "The referral code entered.\n\n"
        "**Important, for requests only:**\n\n"
        "- If your campaign has a [referral budget](" + _BUDGETS + "), the session must hold a "
        "referral code by the time you close it.\n"
        "- In a request with `dry=false`, an empty value discards the referral code sent "
        "before. To keep it, leave the field out.",
        example="NT2K54D9",
    )
    loyalty_cards: Optional[List[str]] = field(
        "loyaltyCards",
        _LOYALTY_CARDS,
        "The identifier of the customer's loyalty card, in a list that holds at most one.",
        example=["loyalty-card-1"],
    )
    state: str = field(
        "state",
        _STATE,
        "The current state of the session. A session is created as `open` or `closed`. "
        "The state can change like this:\n\n"
        "1. `open` → `closed`\n"
        "2. `open` → `cancelled`\n"
        "3. one of:\n"
        "    - `closed` → `cancelled` (**only** with [Update customer session](" + _API + "updateCustomerSessionV2))\n"
        "    - `closed` → `partially_returned` (**only** with [Return cart items](" + _API + "returnCartItems))\n"
        "    - `closed` → `open` (**only** with [Reopen customer session](" + _API + "reopenCustomerSession))\n"
        "4. `partially_returned` → `cancelled`\n\n"
        "See [Customer session states](https://docs.talon.one/docs/dev/concepts/entities/customer-sessions) "
        "for more.",
        example="open",
        default="open",
    )
    cart_items: Optional[List[CartItem]] = field(
        "cartItems",
        _CART_ITEMS,
        "The items to add to this session. Send **at most 1000 items**, whose `quantity` "
        "values add up to **at most 10000** per request.",
    )
    additional_costs: Optional[Dict[str, AdditionalCost]] = field(
        "additionalCosts",
        _COSTS,
        "Values for the additional costs of this session, such as shipping. Each cost must "
        "be created in the Campaign Manager before you set it here. See "
        "[Managing additional costs](" + _COSTS_DOC + ").",
        example={"shipping": {"price": 9}},
    )
    identifiers: Optional[List[str]] = field(
        "identifiers",
        _IDENTIFIERS,
        "Custom identifiers of the session, which you can set limits on or use in your rules. "
        "For example, IP addresses used as identifiers can help recognise a device and limit "
        "discount abuse by customers who create several accounts. See the "
        "[tutorial](https://docs.talon.one/docs/dev/tutorials/using-identifiers).\n\n"
        "**Important:** the session must hold an identifier by the time you close it when:\n\n"
        "- you [create a unique identifier budget](" + _BUDGETS + ") for your campaign, or\n"
        "- your campaign has [coupons](https://docs.talon.one/docs/product/campaigns/coupons/coupon-page-overview).\n\n"
        "Send an anonymized (hashed) form of the identifier; that is what Talon.One recommends.",
        example=["d41306257915f83fe01e54092ae470f631161ea16fcf4415842eed41470386ea"],
    )
    attributes: Optional[Dict[str, Any]] = field(
        "attributes",
        _ATTRIBUTES,
        "Values for the attributes of your choice: any information to attach to the session, "
        "such as the shipping city. Use [built-in attributes](" + _ATTRIBUTES_DOC + "#built-in-attributes) "
        "or [custom ones](" + _ATTRIBUTES_DOC + "#custom-attributes); custom attributes must be "
        "created in the Campaign Manager before you set them here.",
        example={"ShippingCity": "Berlin"},
    )

    def __init__(
        self,
        *,
        profile_id: Optional[str] = None,
        store_integration_id: Optional[str] = None,
        evaluable_campaign_ids: Optional[List[int]] = None,
        coupon_codes: Optional[List[str]] = None,
        referral_code: Optional[str] = None,
        loyalty_cards: Optional[List[str]] = None,
        state: Optional[str] = None,
        cart_items: Optional[List[CartItem]] = None,
        additional_costs: Optional[Dict[str, AdditionalCost]] = None,
        identifiers: Optional[List[str]] = None,
        attributes: Optional[Dict[str, Any]] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[NewCustomerSessionV2]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        # The measured hot path of from_dict: with few cart items, the session's own fields
        # are most of its time, and a call costs about as much as rebuilding a small list.
        # So the usual good value of each field is accepted inline, and a list is copied
        # once all its values have passed the element rule's test (the same limits as the
        # rules; as in _write); anything else (None included) goes to the field's rule,
        # which accepts it or reports the problem. Fields are read in field order, so
        # that the problems are reported in that order.
        profile_id = get("profileId")
        if type(profile_id) is not str:
            profile_id = _TEXT.check(profile_id, "profileId", errors)
        store_id = get("storeIntegrationId")
        if type(store_id) is not str or not 0 < len(store_id) <= MAX_STORE_ID_LENGTH:
            store_id = _STORE_ID.check(store_id, "storeIntegrationId", errors)
        campaign_ids = get("evaluableCampaignIds")
        if type(campaign_ids) is list:
            for campaign in campaign_ids:
                if type(campaign) is not int or not INT64_MIN <= campaign <= INT64_MAX:
                    campaign_ids = _CAMPAIGN_IDS.read(campaign_ids, "evaluableCampaignIds", errors)
                    break
            else:
                campaign_ids = campaign_ids[:]
        elif campaign_ids is not None:
            campaign_ids = _CAMPAIGN_IDS.read(campaign_ids, "evaluableCampaignIds", errors)
        coupon_codes = get("couponCodes")
        if type(coupon_codes) is list:
            for code in coupon_codes:
                if type(code) is not str or len(code) > MAX_CODE_LENGTH:
                    coupon_codes = _CODES.read(coupon_codes, "couponCodes", errors)
                    break
            else:
                coupon_codes = coupon_codes[:]
        elif coupon_codes is not None:
            coupon_codes = _CODES.read(coupon_codes, "couponCodes", errors)
        referral_code = get("referralCode")
        if type(referral_code) is not str or len(referral_code) > MAX_CODE_LENGTH:
            referral_code = _REFERRAL.check(referral_code, "referralCode", errors)
        cards = get("loyaltyCards")
        if type(cards) is list and len(cards) <= MAX_LOYALTY_CARDS:
            for card in cards:
                if type(card) is not str:
                    cards = _LOYALTY_CARDS.read(cards, "loyaltyCards", errors)
                    break
            else:
                cards = cards[:]
        elif cards is not None:
            cards = _LOYALTY_CARDS.read(cards, "loyaltyCards", errors)
        state = get("state")
        if type(state) is not str or state not in STATES:
            state = _STATE.check(state, "state", errors)
        items = get("cartItems")
        if type(items) is list and len(items) <= MAX_CART_ITEMS:
            # As ListOf.read: every item read, and at the first problem read again one by
            # one, to put each error at its index.
            read_item = _CART_ITEMS.nested.read_model
            try:
                items = [read_item(item, unknown, FIRST_PROBLEM) for item in items]
            except ProblemFound:
                items = _CART_ITEMS.read(items, "cartItems", errors, unknown)
            else:
                if items:
                    items = _CART_ITEMS.total(items, "cartItems", errors)
        elif items is not None:
            items = _CART_ITEMS.read(items, "cartItems", errors, unknown)
        costs = get("additionalCosts")
        if type(costs) is dict:  # as in CartItem._read
            try:
                entries = {
                    name: _read_cost(cost, unknown, FIRST_PROBLEM) for name, cost in costs.items() if type(name) is str
                }
                quick = len(entries) == len(costs)  # not: a key that is not a string
            except ProblemFound:
                quick = False
            costs = entries if quick else _COSTS.read(costs, "additionalCosts", errors, unknown)
        elif costs is not None:
            costs = _COSTS.read(costs, "additionalCosts", errors, unknown)
        identifiers = get("identifiers")
        if type(identifiers) is list and len(identifiers) <= MAX_IDENTIFIERS:
            for identifier in identifiers:
                if type(identifier) is not str:
                    identifiers = _IDENTIFIERS.read(identifiers, "identifiers", errors)
                    break
            else:
                identifiers = identifiers[:]
        elif identifiers is not None:
            identifiers = _IDENTIFIERS.read(identifiers, "identifiers", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _ATTRIBUTES.read(attributes, "attributes", errors)
        known = cls._wire_keys
        values = [
            profile_id,
            store_id,
            campaign_ids,
            coupon_codes,
            referral_code,
            cards,
            state,
            items,
            costs,
            identifiers,
            attributes,
            None if known.issuperset(data) else unknown_keys(data, known, unknown, errors),
        ]
        if errors and len(errors) > start:
            return None
        self = object.__new__(cls)
        set_values(self, values)
        return self

    def _write(self) -> Dict[str, Any]:
        (
            profile_id,
            store_integration_id,
            evaluable_campaign_ids,
            coupon_codes,
            referral_code,
            loyalty_cards,
            state,
            cart_items,
            additional_costs,
            identifiers,
            attributes,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        if profile_id is not None:
            out["profileId"] = profile_id
        if store_integration_id is not None:
            out["storeIntegrationId"] = store_integration_id
        # The measured hot path of to_dict. The lists and dicts may have been changed in
        # place since they were checked, so each value is tested inline as it is copied,
        # against the same limits as the rules; a container with a value that fails the
        # test goes to its rule's write_slowly, which looks closer and raises ProblemFound
        # when the rule refuses it (to_dict then reports every problem). Inline, since
        # a call per list is a third of the cost of writing a session without items.
        if evaluable_campaign_ids is not None:
            ids = list(evaluable_campaign_ids)
            for campaign in ids:
                if type(campaign) is not int or not INT64_MIN <= campaign <= INT64_MAX:
                    ids = _CAMPAIGN_IDS.write_slowly(evaluable_campaign_ids)
                    break
            out["evaluableCampaignIds"] = ids
        if coupon_codes is not None:
            codes = list(coupon_codes)
            for code in codes:
                if type(code) is not str or len(code) > MAX_CODE_LENGTH:
                    codes = _CODES.write_slowly(coupon_codes)
                    break
            out["couponCodes"] = codes
        if referral_code is not None:
            out["referralCode"] = referral_code
        if loyalty_cards is not None:
            cards = list(loyalty_cards)
            if len(cards) > MAX_LOYALTY_CARDS:
                cards = _LOYALTY_CARDS.write_slowly(loyalty_cards)  # raises ProblemFound
            for card in cards:
                if type(card) is not str:
                    cards = _LOYALTY_CARDS.write_slowly(loyalty_cards)
                    break
            out["loyaltyCards"] = cards
        if state is not None:
            out["state"] = state
        if cart_items is not None:
            items = None
            if len(cart_items) <= MAX_CART_ITEMS:
                items = [item._write() for item in cart_items if type(item) is CartItem]
                if len(items) != len(cart_items) or (
                    items and sum([item["quantity"] for item in items]) > MAX_TOTAL_QUANTITY
                ):
                    items = None
            out["cartItems"] = _CART_ITEMS.write_slowly(cart_items) if items is None else items
        if additional_costs is not None:
            costs = {
                key: cost._write()
                for key, cost in additional_costs.items()
                if type(cost) is AdditionalCost and type(key) is str
            }
            out["additionalCosts"] = costs if len(costs) == len(additional_costs) else _COSTS.write(additional_costs)
        if identifiers is not None:
            names = list(identifiers)
            if len(names) > MAX_IDENTIFIERS:
                names = _IDENTIFIERS.write_slowly(identifiers)  # raises ProblemFound
            for name in names:
                if type(name) is not str:
                    names = _IDENTIFIERS.write_slowly(identifiers)
                    break
            out["identifiers"] = names
        if attributes is not None:
            out["attributes"] = _ATTRIBUTES.write(attributes)
        return write_unknown(out, extra)
