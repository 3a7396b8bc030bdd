"""What type checkers must say about the models: run by mypy and pyright, not by pytest.

Each line that must be refused carries the error each checker gives, as an ignore
comment: ``# type: ignore[code]`` for mypy and ``# pyright: ignore[rule]`` for pyright.
Both are told to report an ignore comment that ignores nothing, and to read only their
own, so the run fails when an expected error disappears as well as when one appears.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from decimal import Decimal
from typing import List, Optional

from talon_models import (
    AdditionalCost,
    CartItem,
    CustomerSessionV2,
    Effect,
    IntegrationRequest,
    IntegrationStateV2,
    ModelReturn,
    NewCustomerSessionV2,
    PriceDetail,
    Product,
    SetDiscountEffectProps,
)
from talon_models._base import Model

# -- what must be accepted --------------------------------------------------------------

item = CartItem(sku="A-1", quantity=2, price=9.5, product=Product(name="P"))
item.quantity = 3
item.name = None
item.attributes = {"colour": "red"}
item.additional_costs = {"shipping": AdditionalCost(price=4)}
item.prices = {"base": PriceDetail(price=1, adjustment_effective_from=datetime.now(timezone.utc))}
quantity: int = item.quantity
name: Optional[str] = item.name
session = NewCustomerSessionV2(profile_id="p", cart_items=[item], state="closed")
state: str = session.state
items: Optional[List[CartItem]] = session.cart_items
copied = dataclasses.replace(item, quantity=4)
same: CartItem = CartItem.from_dict(item.to_dict())
fields = dataclasses.fields(CartItem)

# -- what must be refused -----------------------------------------------------------------

item.quantiy = 2  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]
item.quantity = "2"  # type: ignore[assignment]  # pyright: ignore[reportAttributeAccessIssue]
item.sku = None  # type: ignore[assignment]  # pyright: ignore[reportAttributeAccessIssue]
item.product = {"name": "P"}  # type: ignore[assignment]  # pyright: ignore[reportAttributeAccessIssue]
CartItem(sku="A-1")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
CartItem(sku="A-1", quantity="2")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
CartItem("A-1", quantity=2)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
CartItem(sku="A-1", quantity=1, colour="red")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
NewCustomerSessionV2(cart_items=[{"sku": "A-1", "quantity": 1}])  # type: ignore[list-item]  # pyright: ignore[reportArgumentType]
dataclasses.replace(item, quantity="zz")  # type: ignore[arg-type]
dataclasses.replace(item, nonexistent=1)  # type: ignore[call-arg]

# -- the request body and the returned session -------------------------------------------

request = IntegrationRequest(customer_session=session, response_content=["customerSession"])
sent_session: NewCustomerSessionV2 = request.customer_session
returned = CustomerSessionV2.from_dict({})
first: bool = returned.first_session
created: datetime = returned.created
returned_items: List[CartItem] = returned.cart_items
IntegrationRequest(customer_session={"profileId": "p"})  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
IntegrationRequest(response_content=["loyalty"])  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
returned.first_session = "yes"  # type: ignore[assignment]  # pyright: ignore[reportAttributeAccessIssue]

# -- numbers take a Decimal; closed sets of request values are Literals ----------------------

priced = CartItem(sku="A-1", quantity=1, price=Decimal("19.99"), weight=Decimal("1130"))
price: Optional[float] = priced.price  # read back as a float
NewCustomerSessionV2(additional_costs={"shipping": AdditionalCost(price=Decimal("4.50"))})
NewCustomerSessionV2(state="closing")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
IntegrationRequest(customer_session=session, response_content=["customerSesion"])  # type: ignore[list-item]  # pyright: ignore[reportArgumentType]
session.state = "closing"  # type: ignore[assignment]  # pyright: ignore[reportAttributeAccessIssue]
CartItem(sku="A-1", quantity=Decimal("1"))  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]

# -- the response and the typed view of an effect -------------------------------------------

response = IntegrationStateV2.from_json(b"{}")
effects: List[Effect] = response.effects
discount: SetDiscountEffectProps = effects[0].props_as(SetDiscountEffectProps)
discount_value: float = discount.value
any_props: Optional[Model] = effects[0].typed_props()
returned_state: str = response.customer_session.state if response.customer_session else "open"
ModelReturn(_return=None)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
