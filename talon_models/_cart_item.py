"""CartItem: one line of a customer session's cart."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._additional_cost import AdditionalCost
from ._base import Model, model, read_object, set_values, unknown_keys, write_unknown
from ._datetimes import canonical_cache
from ._errors import FIRST_PROBLEM, ErrorDetail, ProblemFound
from ._fields import (
    FLOAT_MAX,
    INT64_MAX,
    INT64_MIN,
    DateTime,
    Integer,
    JSONObject,
    MapOf,
    Nested,
    Number,
    String,
    copy_json,
    field,
    known_uuids,
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
_read_product = _PRODUCT.read_model
_read_cost = _COSTS.read_model
_read_price = _PRICES.read_model

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

    def __init__(
        self,
        *,
        name: Optional[str] = None,
        sku: str,
        quantity: int,
        returned_quantity: Optional[int] = None,
        remaining_quantity: Optional[int] = None,
        price: Optional[float] = None,
        category: Optional[str] = None,
        product: Optional[Product] = None,
        weight: Optional[float] = None,
        height: Optional[float] = None,
        width: Optional[float] = None,
        length: Optional[float] = None,
        position: Optional[float] = None,
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
        # The measured hot path of from_dict. The usual good value of a field is accepted
        # inline; anything else (None included) goes to the field's rule, which accepts
        # it or reports the problem. Each call saved here is about 5% of the decode time.
        # A number passes inline by Number's own test (see Number.read).
        name = get("name")
        if type(name) is not str:
            name = _TEXT.check(name, "name", errors)
        sku = get("sku")
        if type(sku) is not str or not sku:
            sku = _SKU.check(sku, "sku", errors)
        quantity = get("quantity")
        if type(quantity) is not int or not _QUANTITY.minimum <= quantity <= INT64_MAX:
            quantity = _QUANTITY.check(quantity, "quantity", errors)
        returned_quantity = get("returnedQuantity")
        if type(returned_quantity) is not int or not INT64_MIN <= returned_quantity <= INT64_MAX:
            returned_quantity = _COUNT.check(returned_quantity, "returnedQuantity", errors)
        remaining_quantity = get("remainingQuantity")
        if type(remaining_quantity) is not int or not INT64_MIN <= remaining_quantity <= INT64_MAX:
            remaining_quantity = _COUNT.check(remaining_quantity, "remainingQuantity", errors)
        price = get("price")
        if not ((type(price) is float or type(price) is int) and -FLOAT_MAX <= price <= FLOAT_MAX):
            price = _NUMBER.check(price, "price", errors)
        category = get("category")
        if type(category) is not str:
            category = _TEXT.check(category, "category", errors)
        weight = get("weight")
        if not ((type(weight) is float or type(weight) is int) and -FLOAT_MAX <= weight <= FLOAT_MAX):
            weight = _NUMBER.check(weight, "weight", errors)
        height = get("height")
        if not ((type(height) is float or type(height) is int) and -FLOAT_MAX <= height <= FLOAT_MAX):
            height = _NUMBER.check(height, "height", errors)
        width = get("width")
        if not ((type(width) is float or type(width) is int) and -FLOAT_MAX <= width <= FLOAT_MAX):
            width = _NUMBER.check(width, "width", errors)
        length = get("length")
        if not ((type(length) is float or type(length) is int) and -FLOAT_MAX <= length <= FLOAT_MAX):
            length = _NUMBER.check(length, "length", errors)
        position = get("position")
        if not ((type(position) is float or type(position) is int) and -FLOAT_MAX <= position <= FLOAT_MAX):
            position = _NUMBER.check(position, "position", errors)
        catalog_item_id = get("catalogItemID")
        if type(catalog_item_id) is not int or not INT64_MIN <= catalog_item_id <= INT64_MAX:
            catalog_item_id = _COUNT.check(catalog_item_id, "catalogItemID", errors)
        selected_price_type = get("selectedPriceType")
        if type(selected_price_type) is not str:
            selected_price_type = _TEXT.check(selected_price_type, "selectedPriceType", errors)
        adjustment_reference_id = get("adjustmentReferenceId")
        if adjustment_reference_id is not None and (
            type(adjustment_reference_id) is not str or adjustment_reference_id not in known_uuids
        ):
            adjustment_reference_id = _REFERENCE.check(adjustment_reference_id, "adjustmentReferenceId", errors)
        raw = get("adjustmentEffectiveFrom")
        effective_from = canonical_cache.get(raw) if type(raw) is str else None
        if effective_from is None:
            effective_from = _DATE.read(raw, "adjustmentEffectiveFrom", errors)
        raw = get("adjustmentEffectiveUntil")
        effective_until = canonical_cache.get(raw) if type(raw) is str else None
        if effective_until is None:
            effective_until = _DATE.read(raw, "adjustmentEffectiveUntil", errors)
        # The models and maps inside: read at once with FIRST_PROBLEM, and when that finds a
        # problem, read again by the rule, which puts each error at its path.
        product = get("product")
        if product is not None:
            try:
                product = _read_product(product, unknown, FIRST_PROBLEM)
            except ProblemFound:
                product = _PRODUCT.read(product, "product", errors, unknown)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _ATTRIBUTES.read(attributes, "attributes", errors)
        additional_costs: Any
        raw = get("additionalCosts")
        if type(raw) is dict:
            try:
                additional_costs = {
                    key: _read_cost(cost, unknown, FIRST_PROBLEM) for key, cost in raw.items() if type(key) is str
                }
                quick = len(additional_costs) == len(raw)  # not: a key that is not a string
            except ProblemFound:
                quick = False
            if not quick:
                additional_costs = _COSTS.read(raw, "additionalCosts", errors, unknown)
        else:
            additional_costs = None if raw is None else _COSTS.read(raw, "additionalCosts", errors, unknown)
        prices: Any
        raw = get("prices")
        if type(raw) is dict:
            try:
                prices = {
                    key: _read_price(detail, unknown, FIRST_PROBLEM) for key, detail in raw.items() if type(key) is str
                }
                quick = len(prices) == len(raw)
            except ProblemFound:
                quick = False
            if not quick:
                prices = _PRICES.read(raw, "prices", errors, unknown)
        else:
            prices = None if raw is None else _PRICES.read(raw, "prices", errors, unknown)
        known = cls._wire_keys
        extra = None if known.issuperset(data) else unknown_keys(data, known, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = object.__new__(cls)
        set_values(
            self,
            [
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
                effective_from,
                effective_until,
                prices,
                extra,
            ],
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
            effective_from,
            effective_until,
            prices,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
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
            out["attributes"] = _ATTRIBUTES.write(attributes)
        if additional_costs is not None:
            # Hot path, inline: the maps may have been changed in place since they were
            # checked, so each entry is tested as it is written; a map with an entry
            # that fails the test goes to the rule, which looks closer (see _fields).
            costs = {
                key: cost._write()
                for key, cost in additional_costs.items()
                if type(cost) is AdditionalCost and type(key) is str
            }
            out["additionalCosts"] = costs if len(costs) == len(additional_costs) else _COSTS.write(additional_costs)
        if catalog_item_id is not None:
            out["catalogItemID"] = catalog_item_id
        if selected_price_type is not None:
            out["selectedPriceType"] = selected_price_type
        if adjustment_reference_id is not None:
            out["adjustmentReferenceId"] = adjustment_reference_id
        if effective_from is not None:
            out["adjustmentEffectiveFrom"] = effective_from
        if effective_until is not None:
            out["adjustmentEffectiveUntil"] = effective_until
        if prices is not None:
            details = {
                key: detail._write()
                for key, detail in prices.items()
                if type(detail) is PriceDetail and type(key) is str
            }
            out["prices"] = details if len(details) == len(prices) else _PRICES.write(prices)
        return write_unknown(out, extra)
