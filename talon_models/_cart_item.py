"""CartItem: one line of a customer session's cart."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._additional_cost import AdditionalCost
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
    canonical_cache,
    copy_json,
    known_uuids,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._fields import (
    DateTime,
    Integer,
    JSONObject,
    MapOf,
    Nested,
    Number,
    String,
    field,
)
from ._price_detail import PriceDetail
from ._product import Product

_TEXT = String()
_REFERENCE = String(format="uuid")
_SKU = String(required=True, min_length=1)
_QUANTITY = Integer(required=True, minimum=1)
_COUNT = Integer()
_NUMBER = Number()
_PRODUCT = Nested(Product)
_ATTRIBUTES = JSONObject()
_COSTS = MapOf(AdditionalCost)
_DATE = DateTime()
_PRICES = MapOf(PriceDetail)

_FLATTENING = "https://docs.talon.one/docs/product/rules/understanding-cart-item-flattening"
_CATALOGS = "https://docs.talon.one/docs/product/account/dev-tools/managing-cart-item-catalogs"
_ATTRIBUTES_DOC = "https://docs.talon.one/docs/dev/concepts/attributes"
_COSTS_DOC = "https://docs.talon.one/docs/product/account/dev-tools/managing-additional-costs"


@model
class CartItem(Model):
    """One item in the cart of a customer session (Ruby: ``TalonOne::CartItem``)."""

    __slots__ = ()

    name: Optional[str] = field("name", _TEXT, "The name of the item.", example="Air Glide")
    sku: str = field("sku", _SKU, "The stock keeping unit (SKU) of the item.", example="SKU1241028")
    quantity: int = field(
        "quantity",
        _QUANTITY,
        "How many units of the item are in the cart. Because of [cart item flattening]("
        + _FLATTENING
        + "), an item with a quantity above 1 is split into that many items, which changes "
        "how many **per-item** effects your campaigns trigger.",
        example=1,
    )
    returned_quantity: Optional[int] = field(
        "returnedQuantity",
        _COUNT,
        "How many units of the item were returned. Calculated internally from the returns of this item.",
        server_calculated=True,
    )
    remaining_quantity: Optional[int] = field(
        "remainingQuantity",
        _COUNT,
        "How many units of the item remain. Calculated internally from the returns of this item.",
        server_calculated=True,
    )
    price: Optional[float] = field(
        "price",
        _NUMBER,
        "The price of the item, in the currency of your Application. Required when the item "
        "is not part of a [catalog](" + _CATALOGS + "); for a catalog item, a price given "
        "here replaces the catalog price.",
        example=99.99,
    )
    category: Optional[str] = field("category", _TEXT, "The type, group or model of the item.", example="shoes")
    product: Optional[Product] = field("product", _PRODUCT, "The product the item belongs to.")
    weight: Optional[float] = field("weight", _NUMBER, "The weight of the item, in grams.", example=1130.0)
    height: Optional[float] = field("height", _NUMBER, "The height of the item, in millimetres.")
    width: Optional[float] = field("width", _NUMBER, "The width of the item, in millimetres.")
    length: Optional[float] = field("length", _NUMBER, "The length of the item, in millimetres.")
    position: Optional[float] = field(
        "position",
        _NUMBER,
        "The position of the item in the cart. Calculated internally.",
        server_calculated=True,
    )
    attributes: Optional[Dict[str, Any]] = field(
        "attributes",
        _ATTRIBUTES,
        "Values for the attributes of your choice: any information to attach to this cart item. "
        "See [Attributes](" + _ATTRIBUTES_DOC + "). Custom *cart item* attributes must be created "
        "in the Campaign Manager before you set them here.\n\n"
        "**Note:** attributes that were set before and are left out here are removed.",
        example={"image": "11.jpeg", "material": "leather"},
    )
    additional_costs: Optional[Dict[str, AdditionalCost]] = field(
        "additionalCosts",
        _COSTS,
        "Values for the additional costs of this item, such as shipping. Each cost must be "
        "created in the Campaign Manager before you set it here. See "
        "[Managing additional costs](" + _COSTS_DOC + ").",
        example={"shipping": {"price": 9}},
    )
    catalog_item_id: Optional[int] = field(
        "catalogItemID", _COUNT, "The ID of the catalog item.", server_calculated=True
    )
    selected_price_type: Optional[str] = field(
        "selectedPriceType",
        _TEXT,
        "The price type selected for this item, for example the price for members only.",
        server_calculated=True,
    )
    adjustment_reference_id: Optional[str] = field(
        "adjustmentReferenceId",
        _REFERENCE,
        "The reference ID of the price adjustment that the selected price comes from. "
        "Only returned when the selected price comes from a price adjustment.",
        server_calculated=True,
    )
    adjustment_effective_from: Optional[datetime] = field(
        "adjustmentEffectiveFrom",
        _DATE,
        "When the price adjustment starts to apply. Only returned when the selected price "
        "comes from a price adjustment that has this field.",
        server_calculated=True,
    )
    adjustment_effective_until: Optional[datetime] = field(
        "adjustmentEffectiveUntil",
        _DATE,
        "When the price adjustment stops applying. Only returned when the selected price "
        "comes from a price adjustment that has this field.",
        server_calculated=True,
    )
    prices: Optional[Dict[str, PriceDetail]] = field(
        "prices",
        _PRICES,
        "The price types of this item, each with the details of its price adjustment. "
        "The keys are the `priceType` names.",
        server_calculated=True,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "name",
        "sku",
        "quantity",
        "returned_quantity",
        "remaining_quantity",
        "price",
        "category",
        "product",
        "weight",
        "height",
        "width",
        "length",
        "position",
        "attributes",
        "additional_costs",
        "catalog_item_id",
        "selected_price_type",
        "adjustment_reference_id",
        "adjustment_effective_from",
        "adjustment_effective_until",
        "prices",
    )

    def __init__(
        self,
        *,
        name: Optional[str] = None,
        sku: str,
        quantity: int,
        returned_quantity: Optional[int] = None,
        remaining_quantity: Optional[int] = None,
        price: Optional[FloatOrDecimal] = None,
        category: Optional[str] = None,
        product: Optional[Product] = None,
        weight: Optional[FloatOrDecimal] = None,
        height: Optional[FloatOrDecimal] = None,
        width: Optional[FloatOrDecimal] = None,
        length: Optional[FloatOrDecimal] = None,
        position: Optional[FloatOrDecimal] = None,
        attributes: Optional[Dict[str, Any]] = None,
        additional_costs: Optional[Dict[str, AdditionalCost]] = None,
        catalog_item_id: Optional[int] = None,
        selected_price_type: Optional[str] = None,
        adjustment_reference_id: Optional[str] = None,
        adjustment_effective_from: Optional[datetime] = None,
        adjustment_effective_until: Optional[datetime] = None,
        prices: Optional[Dict[str, PriceDetail]] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[CartItem]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _entries: Dict[str, Any]
        _made: Any
        name = get("name")
        if type(name) is not str and name is not None:
            name = _CartItem_name.check(name, "name", errors)
        sku = get("sku")
        if not (type(sku) is str and len(sku) >= 1):
            sku = _CartItem_sku.check(sku, "sku", errors)
        quantity = get("quantity")
        if not (type(quantity) is int and 1 <= quantity <= INT64_MAX):
            quantity = _CartItem_quantity.check(quantity, "quantity", errors)
        returned_quantity = get("returnedQuantity")
        if (
            not (type(returned_quantity) is int and INT64_MIN <= returned_quantity <= INT64_MAX)
            and returned_quantity is not None
        ):
            returned_quantity = _CartItem_returned_quantity.check(returned_quantity, "returnedQuantity", errors)
        remaining_quantity = get("remainingQuantity")
        if (
            not (type(remaining_quantity) is int and INT64_MIN <= remaining_quantity <= INT64_MAX)
            and remaining_quantity is not None
        ):
            remaining_quantity = _CartItem_remaining_quantity.check(remaining_quantity, "remainingQuantity", errors)
        price = get("price")
        if (
            not (
                (type(price) is int and FLOAT_LOWEST_INT <= price <= FLOAT_MAX_INT)
                or (type(price) is float and FLOAT_LOWEST <= price <= FLOAT_MAX)
            )
            and price is not None
        ):
            price = _CartItem_price.check(price, "price", errors)
        category = get("category")
        if type(category) is not str and category is not None:
            category = _CartItem_category.check(category, "category", errors)
        # Product read in place: for a model this small a call costs as much as the reading
        product = get("product")
        if type(product) is dict:
            _name = product.get("name")
            if type(_name) is str and len(product) == 1:
                _made = new_object(Product)
                _made._values = (_name, None)
                product = _made
            else:
                product = _CartItem_product.read(product, "product", errors, unknown)
        elif product is not None:
            product = _CartItem_product.read(product, "product", errors, unknown)
        weight = get("weight")
        if (
            not (
                (type(weight) is int and FLOAT_LOWEST_INT <= weight <= FLOAT_MAX_INT)
                or (type(weight) is float and FLOAT_LOWEST <= weight <= FLOAT_MAX)
            )
            and weight is not None
        ):
            weight = _CartItem_weight.check(weight, "weight", errors)
        height = get("height")
        if (
            not (
                (type(height) is int and FLOAT_LOWEST_INT <= height <= FLOAT_MAX_INT)
                or (type(height) is float and FLOAT_LOWEST <= height <= FLOAT_MAX)
            )
            and height is not None
        ):
            height = _CartItem_height.check(height, "height", errors)
        width = get("width")
        if (
            not (
                (type(width) is int and FLOAT_LOWEST_INT <= width <= FLOAT_MAX_INT)
                or (type(width) is float and FLOAT_LOWEST <= width <= FLOAT_MAX)
            )
            and width is not None
        ):
            width = _CartItem_width.check(width, "width", errors)
        length = get("length")
        if (
            not (
                (type(length) is int and FLOAT_LOWEST_INT <= length <= FLOAT_MAX_INT)
                or (type(length) is float and FLOAT_LOWEST <= length <= FLOAT_MAX)
            )
            and length is not None
        ):
            length = _CartItem_length.check(length, "length", errors)
        position = get("position")
        if (
            not (
                (type(position) is int and FLOAT_LOWEST_INT <= position <= FLOAT_MAX_INT)
                or (type(position) is float and FLOAT_LOWEST <= position <= FLOAT_MAX)
            )
            and position is not None
        ):
            position = _CartItem_position.check(position, "position", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _CartItem_attributes.read(attributes, "attributes", errors)
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
                additional_costs = _CartItem_additional_costs.read(additional_costs, "additionalCosts", errors, unknown)
        elif additional_costs is not None:
            additional_costs = _CartItem_additional_costs.read(additional_costs, "additionalCosts", errors, unknown)
        catalog_item_id = get("catalogItemID")
        if (
            not (type(catalog_item_id) is int and INT64_MIN <= catalog_item_id <= INT64_MAX)
            and catalog_item_id is not None
        ):
            catalog_item_id = _CartItem_catalog_item_id.check(catalog_item_id, "catalogItemID", errors)
        selected_price_type = get("selectedPriceType")
        if type(selected_price_type) is not str and selected_price_type is not None:
            selected_price_type = _CartItem_selected_price_type.check(selected_price_type, "selectedPriceType", errors)
        adjustment_reference_id = get("adjustmentReferenceId")
        if (
            not (type(adjustment_reference_id) is str and adjustment_reference_id in known_uuids)
            and adjustment_reference_id is not None
        ):
            adjustment_reference_id = _CartItem_adjustment_reference_id.check(
                adjustment_reference_id, "adjustmentReferenceId", errors
            )
        _raw = get("adjustmentEffectiveFrom")
        adjustment_effective_from = canonical_cache.get(_raw) if type(_raw) is str else None
        if adjustment_effective_from is None and _raw is not None:
            adjustment_effective_from = _CartItem_adjustment_effective_from.read(
                _raw, "adjustmentEffectiveFrom", errors
            )
        _raw = get("adjustmentEffectiveUntil")
        adjustment_effective_until = canonical_cache.get(_raw) if type(_raw) is str else None
        if adjustment_effective_until is None and _raw is not None:
            adjustment_effective_until = _CartItem_adjustment_effective_until.read(
                _raw, "adjustmentEffectiveUntil", errors
            )
        # PriceDetail read in place: for a model this small a call costs as much as the reading
        prices = get("prices")
        if type(prices) is dict:
            _entries = {}
            for _key, _entry in prices.items():
                if type(_key) is not str or type(_entry) is not dict:
                    break
                _get = _entry.get
                _price = _get("price")
                _adjustment_reference_id = _get("adjustmentReferenceId")
                _adjustment_effective_from_raw = _get("adjustmentEffectiveFrom")
                _adjustment_effective_from = (
                    canonical_cache.get(_adjustment_effective_from_raw)
                    if type(_adjustment_effective_from_raw) is str
                    else None
                )
                _adjustment_effective_until_raw = _get("adjustmentEffectiveUntil")
                _adjustment_effective_until = (
                    canonical_cache.get(_adjustment_effective_until_raw)
                    if type(_adjustment_effective_until_raw) is str
                    else None
                )
                if (
                    not (
                        (
                            (
                                (type(_price) is int and FLOAT_LOWEST_INT <= _price <= FLOAT_MAX_INT)
                                or (type(_price) is float and FLOAT_LOWEST <= _price <= FLOAT_MAX)
                            )
                            or _price is None
                        )
                        and (
                            (type(_adjustment_reference_id) is str and _adjustment_reference_id in known_uuids)
                            or _adjustment_reference_id is None
                        )
                        and (_adjustment_effective_from is not None or _adjustment_effective_from_raw is None)
                        and (_adjustment_effective_until is not None or _adjustment_effective_until_raw is None)
                        and PriceDetail._wire_keys.issuperset(_entry)
                    )
                ):
                    break
                _made = new_object(PriceDetail)
                _made._values = (
                    (_price, _adjustment_reference_id, _adjustment_effective_from, _adjustment_effective_until, None)
                )
                _entries[_key] = _made
            if len(_entries) == len(prices):
                prices = _entries
            else:  # not all of them plainly valid: read them all by the rule
                prices = _CartItem_prices.read(prices, "prices", errors, unknown)
        elif prices is not None:
            prices = _CartItem_prices.read(prices, "prices", errors, unknown)
        # every field, and no other key?
        if (
            len(data) == 21
            and name is not None
            and sku is not None
            and quantity is not None
            and returned_quantity is not None
            and remaining_quantity is not None
            and price is not None
            and category is not None
            and product is not None
            and weight is not None
            and height is not None
            and width is not None
            and length is not None
            and position is not None
            and attributes is not None
            and additional_costs is not None
            and catalog_item_id is not None
            and selected_price_type is not None
            and adjustment_reference_id is not None
            and adjustment_effective_from is not None
            and adjustment_effective_until is not None
            and prices is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            name,
            sku,
            quantity,
            returned_quantity,
            remaining_quantity,
            price,
            category,
            product,
            weight,
            height,
            width,
            length,
            position,
            attributes,
            additional_costs,
            catalog_item_id,
            selected_price_type,
            adjustment_reference_id,
            adjustment_effective_from,
            adjustment_effective_until,
            prices,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            name,
            sku,
            quantity,
            returned_quantity,
            remaining_quantity,
            price,
            category,
            product,
            weight,
            height,
            width,
            length,
            position,
            attributes,
            additional_costs,
            catalog_item_id,
            selected_price_type,
            adjustment_reference_id,
            adjustment_effective_from,
            adjustment_effective_until,
            prices,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _entries: Dict[str, Any]
        if name is not None:
            out["name"] = name
        out["sku"] = sku
        out["quantity"] = quantity
        if returned_quantity is not None:
            out["returnedQuantity"] = returned_quantity
        if remaining_quantity is not None:
            out["remainingQuantity"] = remaining_quantity
        if price is not None:
            out["price"] = price
        if category is not None:
            out["category"] = category
        if product is not None:
            out["product"] = product._write()
        if weight is not None:
            out["weight"] = weight
        if height is not None:
            out["height"] = height
        if width is not None:
            out["width"] = width
        if length is not None:
            out["length"] = length
        if position is not None:
            out["position"] = position
        if attributes is not None:
            out["attributes"] = _CartItem_attributes.write(attributes)
        if additional_costs is not None:
            _entries = {
                _key: _entry._write()
                for _key, _entry in additional_costs.items()
                if type(_entry) is AdditionalCost and type(_key) is str
            }
            out["additionalCosts"] = (
                _entries
                if len(_entries) == len(additional_costs)
                else _CartItem_additional_costs.write(additional_costs)
            )
        if catalog_item_id is not None:
            out["catalogItemID"] = catalog_item_id
        if selected_price_type is not None:
            out["selectedPriceType"] = selected_price_type
        if adjustment_reference_id is not None:
            out["adjustmentReferenceId"] = adjustment_reference_id
        if adjustment_effective_from is not None:
            out["adjustmentEffectiveFrom"] = adjustment_effective_from
        if adjustment_effective_until is not None:
            out["adjustmentEffectiveUntil"] = adjustment_effective_until
        if prices is not None:
            _entries = {
                _key: _entry._write()
                for _key, _entry in prices.items()
                if type(_entry) is PriceDetail and type(_key) is str
            }
            out["prices"] = _entries if len(_entries) == len(prices) else _CartItem_prices.write(prices)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_CartItem_name = CartItem._rules["name"][2]
_CartItem_sku = CartItem._rules["sku"][2]
_CartItem_quantity = CartItem._rules["quantity"][2]
_CartItem_returned_quantity = CartItem._rules["returned_quantity"][2]
_CartItem_remaining_quantity = CartItem._rules["remaining_quantity"][2]
_CartItem_price = CartItem._rules["price"][2]
_CartItem_category = CartItem._rules["category"][2]
_CartItem_product = CartItem._rules["product"][2]
_CartItem_weight = CartItem._rules["weight"][2]
_CartItem_height = CartItem._rules["height"][2]
_CartItem_width = CartItem._rules["width"][2]
_CartItem_length = CartItem._rules["length"][2]
_CartItem_position = CartItem._rules["position"][2]
_CartItem_attributes = CartItem._rules["attributes"][2]
_CartItem_additional_costs = CartItem._rules["additional_costs"][2]
_CartItem_catalog_item_id = CartItem._rules["catalog_item_id"][2]
_CartItem_selected_price_type = CartItem._rules["selected_price_type"][2]
_CartItem_adjustment_reference_id = CartItem._rules["adjustment_reference_id"][2]
_CartItem_adjustment_effective_from = CartItem._rules["adjustment_effective_from"][2]
_CartItem_adjustment_effective_until = CartItem._rules["adjustment_effective_until"][2]
_CartItem_prices = CartItem._rules["prices"][2]
# fmt: on
# --- End of the written-out code. ---
