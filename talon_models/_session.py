"""NewCustomerSessionV2: the body of a customer session update."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Literal, Optional, get_args

from ._additional_cost import AdditionalCost
from ._base import (
    FIRST_PROBLEM,
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    Model,
    ProblemFound,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._cart_item import CartItem
from ._fields import Integer, JSONObject, ListOf, MapOf, Nested, String, field

if TYPE_CHECKING:
    from ._customer_session import CustomerSessionV2

SessionStateName = Literal["open", "closed", "partially_returned", "cancelled"]
"""The states a request may give a session, for type checkers (``STATES`` at run time)."""
STATES = get_args(SessionStateName)
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

    def finish(self, items: List[Any], key: Any, errors: List[ErrorDetail]) -> Any:
        """``items``, or ``None`` with an error when their quantities add up to too many."""
        total = sum([item.quantity for item in items])
        if total > MAX_TOTAL_QUANTITY:
            message = "the quantities of the cart items add up to %d; at most %d are allowed" % (
                total,
                MAX_TOTAL_QUANTITY,
            )
            errors.append(ErrorDetail((key,), message, total, "total_quantity"))
            return None
        return items

    def write(self, stored: Any) -> Any:
        # As ListOf.write, with the total of the quantities: the measured hot path of to_dict.
        if len(stored) <= MAX_CART_ITEMS:
            out = [item._write() for item in stored if type(item) is CartItem]
            if len(out) == len(stored) and (not out or sum([item["quantity"] for item in out]) <= MAX_TOTAL_QUANTITY):
                return out
        return self.write_slowly(stored)

    def constraints(self) -> Dict[str, Any]:
        return {"max_items": MAX_CART_ITEMS, "max_total_quantity": MAX_TOTAL_QUANTITY}


# The cart item fields only the server sets, left out of a session sent again (from_session).
_READ_ONLY_ITEM_KEYS = frozenset(spec.wire for _, _, spec in CartItem._specs if spec.server_calculated)

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
    state: SessionStateName = field(
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

    @classmethod
    def from_session(cls, session: CustomerSessionV2) -> NewCustomerSessionV2:
        """The session to send in the next update, from a session the server returned.

        It takes the fields a request may carry, each a copy, and leaves out the fields
        only the server sets (``id``, ``created``, the totals, ...), and in each cart item
        the read-only ones (``position``, ``prices``, ...). ``state`` is left out too, so
        the update keeps the session's state unless you set one: a state copied from an
        earlier read could ask for a move you did not mean. Keys the returned session (or
        its items) did not know are left out as well: they are the server's, not yours
        to send back.

        Raises:
            TypeError: ``session`` is not a :class:`CustomerSessionV2`.
            ValidationError: the returned session breaks a rule of what a request may send,
                such as more than 1000 cart items.
        """
        if type(session).__name__ != "CustomerSessionV2" or not isinstance(session, Model):
            raise TypeError("from_session() takes a CustomerSessionV2, not %s" % type(session).__name__)
        data = session.to_dict()
        data.pop("state", None)
        data["cartItems"] = [
            {key: value for key, value in item.items() if key not in _READ_ONLY_ITEM_KEYS} for item in data["cartItems"]
        ]
        # Unknown to this model: the server's own fields, and the keys the server sent that
        # no model here knows.
        return cls.from_dict(data, unknown="ignore")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "profile_id",
        "store_integration_id",
        "evaluable_campaign_ids",
        "coupon_codes",
        "referral_code",
        "loyalty_cards",
        "state",
        "cart_items",
        "additional_costs",
        "identifiers",
        "attributes",
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
        state: Optional[SessionStateName] = None,
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
        _entries: Dict[str, Any]
        _made: Any
        profile_id = get("profileId")
        if type(profile_id) is not str and profile_id is not None:
            profile_id = _NewCustomerSessionV2_profile_id.check(profile_id, "profileId", errors)
        store_integration_id = get("storeIntegrationId")
        if (
            not (type(store_integration_id) is str and 1 <= len(store_integration_id) <= 1000)
            and store_integration_id is not None
        ):
            store_integration_id = _NewCustomerSessionV2_store_integration_id.check(
                store_integration_id, "storeIntegrationId", errors
            )
        evaluable_campaign_ids = get("evaluableCampaignIds")
        if type(evaluable_campaign_ids) is list:
            for _item in evaluable_campaign_ids:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    evaluable_campaign_ids = _NewCustomerSessionV2_evaluable_campaign_ids.read(
                        evaluable_campaign_ids, "evaluableCampaignIds", errors
                    )
                    break
            else:
                evaluable_campaign_ids = evaluable_campaign_ids[:]
        elif evaluable_campaign_ids is not None:
            evaluable_campaign_ids = _NewCustomerSessionV2_evaluable_campaign_ids.read(
                evaluable_campaign_ids, "evaluableCampaignIds", errors, unknown
            )
        coupon_codes = get("couponCodes")
        if type(coupon_codes) is list:
            for _item in coupon_codes:
                if not (type(_item) is str and len(_item) <= 100):
                    coupon_codes = _NewCustomerSessionV2_coupon_codes.read(coupon_codes, "couponCodes", errors)
                    break
            else:
                coupon_codes = coupon_codes[:]
        elif coupon_codes is not None:
            coupon_codes = _NewCustomerSessionV2_coupon_codes.read(coupon_codes, "couponCodes", errors, unknown)
        referral_code = get("referralCode")
        if not (type(referral_code) is str and len(referral_code) <= 100) and referral_code is not None:
            referral_code = _NewCustomerSessionV2_referral_code.check(referral_code, "referralCode", errors)
        loyalty_cards = get("loyaltyCards")
        if type(loyalty_cards) is list and len(loyalty_cards) <= 1:
            for _item in loyalty_cards:
                if type(_item) is not str:
                    loyalty_cards = _NewCustomerSessionV2_loyalty_cards.read(loyalty_cards, "loyaltyCards", errors)
                    break
            else:
                loyalty_cards = loyalty_cards[:]
        elif loyalty_cards is not None:
            loyalty_cards = _NewCustomerSessionV2_loyalty_cards.read(loyalty_cards, "loyaltyCards", errors, unknown)
        state = get("state")
        if (
            not (type(state) is str and state in {"open", "closed", "partially_returned", "cancelled"})
            and state is not None
        ):
            state = _NewCustomerSessionV2_state.check(state, "state", errors)
        cart_items = get("cartItems")
        if type(cart_items) is list and len(cart_items) <= 1000:
            try:
                cart_items = [_read_CartItem(_item, unknown, FIRST_PROBLEM) for _item in cart_items]
            except ProblemFound:
                cart_items = _NewCustomerSessionV2_cart_items.read(cart_items, "cartItems", errors, unknown)
            else:
                if cart_items:
                    cart_items = _NewCustomerSessionV2_cart_items.finish(cart_items, "cartItems", errors)
        elif cart_items is not None:
            cart_items = _NewCustomerSessionV2_cart_items.read(cart_items, "cartItems", errors, unknown)
        # AdditionalCost read in place: for a model this small a call costs as much as the reading
        additional_costs = get("additionalCosts")
        if type(additional_costs) is dict:
            _entries = {}
            for _key, _entry in additional_costs.items():
                if type(_key) is not str or type(_entry) is not dict:
                    break
                _price = _entry.get("price")
                if (
                    not (
                        (
                            (type(_price) is int and FLOAT_LOWEST_INT <= _price <= FLOAT_MAX_INT)
                            or (type(_price) is float and FLOAT_LOWEST <= _price <= FLOAT_MAX)
                        )
                        and len(_entry) == 1
                    )
                ):
                    break
                _made = new_object(AdditionalCost)
                _made._values = (_price, None)
                _entries[_key] = _made
            if len(_entries) == len(additional_costs):
                additional_costs = _entries
            else:  # not all of them plainly valid: read them all by the rule
                additional_costs = _NewCustomerSessionV2_additional_costs.read(
                    additional_costs, "additionalCosts", errors, unknown
                )
        elif additional_costs is not None:
            additional_costs = _NewCustomerSessionV2_additional_costs.read(
                additional_costs, "additionalCosts", errors, unknown
            )
        identifiers = get("identifiers")
        if type(identifiers) is list and len(identifiers) <= 5:
            for _item in identifiers:
                if type(_item) is not str:
                    identifiers = _NewCustomerSessionV2_identifiers.read(identifiers, "identifiers", errors)
                    break
            else:
                identifiers = identifiers[:]
        elif identifiers is not None:
            identifiers = _NewCustomerSessionV2_identifiers.read(identifiers, "identifiers", errors, unknown)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _NewCustomerSessionV2_attributes.read(attributes, "attributes", errors)
        # every field, and no other key?
        if (
            len(data) == 11
            and profile_id is not None
            and store_integration_id is not None
            and evaluable_campaign_ids is not None
            and coupon_codes is not None
            and referral_code is not None
            and loyalty_cards is not None
            and state is not None
            and cart_items is not None
            and additional_costs is not None
            and identifiers is not None
            and attributes is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
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
        )
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
        _entries: Dict[str, Any]
        _list: List[Any]
        if profile_id is not None:
            out["profileId"] = profile_id
        if store_integration_id is not None:
            out["storeIntegrationId"] = store_integration_id
        if evaluable_campaign_ids is not None:
            _list = list(evaluable_campaign_ids)
            for _item in _list:
                if not (type(_item) is int and INT64_MIN <= _item <= INT64_MAX):
                    _list = _NewCustomerSessionV2_evaluable_campaign_ids.write_slowly(evaluable_campaign_ids)
                    break
            out["evaluableCampaignIds"] = _list
        if coupon_codes is not None:
            _list = list(coupon_codes)
            for _item in _list:
                if not (type(_item) is str and len(_item) <= 100):
                    _list = _NewCustomerSessionV2_coupon_codes.write_slowly(coupon_codes)
                    break
            out["couponCodes"] = _list
        if referral_code is not None:
            out["referralCode"] = referral_code
        if loyalty_cards is not None:
            _list = list(loyalty_cards)
            if len(_list) > 1:
                _list = _NewCustomerSessionV2_loyalty_cards.write_slowly(loyalty_cards)
            for _item in _list:
                if type(_item) is not str:
                    _list = _NewCustomerSessionV2_loyalty_cards.write_slowly(loyalty_cards)
                    break
            out["loyaltyCards"] = _list
        if state is not None:
            out["state"] = state
        if cart_items is not None:
            out["cartItems"] = _NewCustomerSessionV2_cart_items.write(cart_items)
        if additional_costs is not None:
            _entries = {
                _key: _entry._write()
                for _key, _entry in additional_costs.items()
                if type(_entry) is AdditionalCost and type(_key) is str
            }
            out["additionalCosts"] = (
                _entries
                if len(_entries) == len(additional_costs)
                else _NewCustomerSessionV2_additional_costs.write(additional_costs)
            )
        if identifiers is not None:
            _list = list(identifiers)
            if len(_list) > 5:
                _list = _NewCustomerSessionV2_identifiers.write_slowly(identifiers)
            for _item in _list:
                if type(_item) is not str:
                    _list = _NewCustomerSessionV2_identifiers.write_slowly(identifiers)
                    break
            out["identifiers"] = _list
        if attributes is not None:
            out["attributes"] = _NewCustomerSessionV2_attributes.write(attributes)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_NewCustomerSessionV2_profile_id = NewCustomerSessionV2._rules["profile_id"][2]
_NewCustomerSessionV2_store_integration_id = NewCustomerSessionV2._rules["store_integration_id"][2]
_NewCustomerSessionV2_evaluable_campaign_ids = NewCustomerSessionV2._rules["evaluable_campaign_ids"][2]
_NewCustomerSessionV2_coupon_codes = NewCustomerSessionV2._rules["coupon_codes"][2]
_NewCustomerSessionV2_referral_code = NewCustomerSessionV2._rules["referral_code"][2]
_NewCustomerSessionV2_loyalty_cards = NewCustomerSessionV2._rules["loyalty_cards"][2]
_NewCustomerSessionV2_state = NewCustomerSessionV2._rules["state"][2]
_NewCustomerSessionV2_cart_items = NewCustomerSessionV2._rules["cart_items"][2]
_NewCustomerSessionV2_additional_costs = NewCustomerSessionV2._rules["additional_costs"][2]
_NewCustomerSessionV2_identifiers = NewCustomerSessionV2._rules["identifiers"][2]
_NewCustomerSessionV2_attributes = NewCustomerSessionV2._rules["attributes"][2]
_read_CartItem = CartItem._read
# fmt: on
# --- End of the written-out code. ---
