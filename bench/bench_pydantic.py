"""The session written as plain pydantic v2 models: what a user who writes their own would choose.

Same fields, wire names and constraints as ``talon_models``: strict strings and integers
(no ``"5"`` for ``5``, no ``True`` for ``1``), signed 64-bit integers, finite numbers that
keep an integer an integer, aware date-times, the string length limits, the state choices,
at most 1000 cart items whose quantities add up to at most 10000. Unknown keys are ignored
(pydantic's default). Benchmark only: pydantic is no dependency of the package.
"""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, Union

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr, model_validator
from pydantic.alias_generators import to_camel
from typing_extensions import Annotated

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

Int64 = Annotated[StrictInt, Field(ge=INT64_MIN, le=INT64_MAX)]
Number = Union[Int64, Annotated[StrictFloat, Field(allow_inf_nan=False)]]


class _Wire(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class AdditionalCost(_Wire):
    price: Number


class Product(_Wire):
    name: StrictStr


class PriceDetail(_Wire):
    price: Optional[Number] = None
    adjustment_reference_id: Optional[StrictStr] = None
    adjustment_effective_from: Optional[AwareDatetime] = None
    adjustment_effective_until: Optional[AwareDatetime] = None


class CartItem(_Wire):
    name: Optional[StrictStr] = None
    sku: Annotated[StrictStr, Field(min_length=1)]
    quantity: Annotated[StrictInt, Field(ge=1, le=INT64_MAX)]
    returned_quantity: Optional[Int64] = None
    remaining_quantity: Optional[Int64] = None
    price: Optional[Number] = None
    category: Optional[StrictStr] = None
    product: Optional[Product] = None
    weight: Optional[Number] = None
    height: Optional[Number] = None
    width: Optional[Number] = None
    length: Optional[Number] = None
    position: Optional[Number] = None
    attributes: Optional[Dict[str, Any]] = None
    additional_costs: Optional[Dict[str, AdditionalCost]] = None
    catalog_item_id: Optional[Int64] = Field(default=None, alias="catalogItemID")
    selected_price_type: Optional[StrictStr] = None
    adjustment_reference_id: Optional[StrictStr] = None
    adjustment_effective_from: Optional[AwareDatetime] = None
    adjustment_effective_until: Optional[AwareDatetime] = None
    prices: Optional[Dict[str, PriceDetail]] = None


class NewCustomerSessionV2(_Wire):
    profile_id: Optional[StrictStr] = None
    store_integration_id: Optional[Annotated[StrictStr, Field(min_length=1, max_length=1000)]] = None
    evaluable_campaign_ids: Optional[List[Int64]] = None
    coupon_codes: Optional[List[StrictStr]] = None
    referral_code: Optional[Annotated[StrictStr, Field(max_length=100)]] = None
    loyalty_cards: Optional[List[StrictStr]] = None
    state: Literal["open", "closed", "partially_returned", "cancelled"] = "open"
    cart_items: Optional[Annotated[List[CartItem], Field(max_length=1000)]] = None
    additional_costs: Optional[Dict[str, AdditionalCost]] = None
    identifiers: Optional[List[StrictStr]] = None
    attributes: Optional[Dict[str, Any]] = None

    @model_validator(mode="after")
    def _total_quantity(self) -> NewCustomerSessionV2:
        if self.cart_items and sum(item.quantity for item in self.cart_items) > 10000:
            raise ValueError("the quantities of the cart items add up to more than 10000")
        return self


def decode(data: Dict[str, Any]) -> NewCustomerSessionV2:
    return NewCustomerSessionV2.model_validate(data)


def encode(session: NewCustomerSessionV2) -> Dict[str, Any]:
    return session.model_dump(mode="json", by_alias=True, exclude_none=True)


def from_json(text: str) -> NewCustomerSessionV2:
    return NewCustomerSessionV2.model_validate_json(text)


def to_json(session: NewCustomerSessionV2) -> str:
    return session.model_dump_json(by_alias=True, exclude_none=True)
