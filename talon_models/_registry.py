"""Every model, by class name: the one list the command line and the docs generator go by.

A new model is added here once; ``--model``, the docs' property tables and examples, and
the tests that go over every model then know it.
"""

from __future__ import annotations

from typing import Dict, Type

from ._additional_cost import AdditionalCost
from ._base import Model
from ._cart_item import CartItem
from ._customer_session import CustomerSessionV2
from ._integration_request import IntegrationRequest
from ._price_detail import PriceDetail
from ._product import Product
from ._session import NewCustomerSessionV2

MODELS: Dict[str, Type[Model]] = {
    model.__name__: model
    for model in (
        NewCustomerSessionV2,
        CartItem,
        AdditionalCost,
        Product,
        PriceDetail,
        IntegrationRequest,
        CustomerSessionV2,
    )
}
