"""The session written as msgspec ``Struct`` types: the fastest thing a user could write by hand.

Same fields, wire names and constraints as ``talon_models`` (see ``bench_pydantic``), as
far as msgspec can say them: the total-quantity rule is a ``__post_init__`` check. Unknown
keys are ignored (msgspec's default). Benchmark only: msgspec is no dependency of the package.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Literal, Optional, Union

import msgspec
from msgspec import Meta, field
from typing_extensions import Annotated

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
FLOAT_MAX = 1.7976931348623157e308

Int64 = Annotated[int, Meta(ge=INT64_MIN, le=INT64_MAX)]
Number = Union[Int64, Annotated[float, Meta(ge=-FLOAT_MAX, le=FLOAT_MAX)]]
AwareDateTime = Annotated[datetime, Meta(tz=True)]


class _Wire(msgspec.Struct, rename="camel", omit_defaults=True):
    pass


class AdditionalCost(_Wire, kw_only=True):
    price: Number


class Product(_Wire, kw_only=True):
    name: str


class PriceDetail(_Wire, kw_only=True):
    price: Optional[Number] = None
    adjustment_reference_id: Optional[str] = None
    adjustment_effective_from: Optional[AwareDateTime] = None
    adjustment_effective_until: Optional[AwareDateTime] = None


class CartItem(_Wire, kw_only=True):
    name: Optional[str] = None
    sku: Annotated[str, Meta(min_length=1)]
    quantity: Annotated[int, Meta(ge=1, le=INT64_MAX)]
    returned_quantity: Optional[Int64] = None
    remaining_quantity: Optional[Int64] = None
    price: Optional[Number] = None
    category: Optional[str] = None
    product: Optional[Product] = None
    weight: Optional[Number] = None
    height: Optional[Number] = None
    width: Optional[Number] = None
    length: Optional[Number] = None
    position: Optional[Number] = None
    attributes: Optional[Dict[str, Any]] = None
    additional_costs: Optional[Dict[str, AdditionalCost]] = None
    catalog_item_id: Optional[Int64] = field(default=None, name="catalogItemID")
    selected_price_type: Optional[str] = None
    adjustment_reference_id: Optional[str] = None
    adjustment_effective_from: Optional[AwareDateTime] = None
    adjustment_effective_until: Optional[AwareDateTime] = None
    prices: Optional[Dict[str, PriceDetail]] = None


class NewCustomerSessionV2(_Wire, kw_only=True):
    profile_id: Optional[str] = None
    store_integration_id: Optional[Annotated[str, Meta(min_length=1, max_length=1000)]] = None
    evaluable_campaign_ids: Optional[List[Int64]] = None
    coupon_codes: Optional[List[str]] = None
    referral_code: Optional[Annotated[str, Meta(max_length=100)]] = None
    loyalty_cards: Optional[List[str]] = None
    # None rather than "open" when unset: with omit_defaults a default would not be written back.
    state: Optional[Literal["open", "closed", "partially_returned", "cancelled"]] = None
    cart_items: Optional[Annotated[List[CartItem], Meta(max_length=1000)]] = None
    additional_costs: Optional[Dict[str, AdditionalCost]] = None
    identifiers: Optional[List[str]] = None
    attributes: Optional[Dict[str, Any]] = None

    def __post_init__(self) -> None:
        if self.cart_items and sum(item.quantity for item in self.cart_items) > 10000:
            raise ValueError("the quantities of the cart items add up to more than 10000")


_decoder = msgspec.json.Decoder(NewCustomerSessionV2)
_encoder = msgspec.json.Encoder()


def decode(data: Dict[str, Any]) -> NewCustomerSessionV2:
    return msgspec.convert(data, NewCustomerSessionV2)


def encode(session: NewCustomerSessionV2) -> Dict[str, Any]:
    return msgspec.to_builtins(session)  # type: ignore[no-any-return]


def from_json(text: str) -> NewCustomerSessionV2:
    return _decoder.decode(text)


def to_json(session: NewCustomerSessionV2) -> str:
    return _encoder.encode(session).decode()
