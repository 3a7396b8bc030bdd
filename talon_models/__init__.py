"""talon_models: the customer-session models of the Talon.One API, standard library only.

Dataclasses mirror the Ruby SDK's ``TalonOne::NewCustomerSessionV2``, the models it uses,
and the two around it on the Update customer session endpoint (``IntegrationRequest``,
what is sent, and ``CustomerSessionV2``, what comes back), with checked construction and
assignment, lossless ``from_dict``/``to_dict`` and ``from_json``/``to_json``, and one
error type, :class:`ValidationError`.
"""

from ._additional_cost import AdditionalCost
from ._cart_item import CartItem
from ._customer_session import CustomerSessionV2
from ._errors import ErrorDetail, ValidationError
from ._integration_request import IntegrationRequest
from ._price_detail import PriceDetail
from ._product import Product
from ._session import NewCustomerSessionV2
from ._states import SessionOperation, SessionState, StateTransition, next_states, transition_operation, transitions

__version__ = "0.1.0"

__all__ = [
    "AdditionalCost",
    "CartItem",
    "CustomerSessionV2",
    "ErrorDetail",
    "IntegrationRequest",
    "NewCustomerSessionV2",
    "PriceDetail",
    "Product",
    "SessionOperation",
    "SessionState",
    "StateTransition",
    "ValidationError",
    "__version__",
    "next_states",
    "transition_operation",
    "transitions",
]
