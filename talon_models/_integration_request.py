"""IntegrationRequest: the whole body of an Update customer session request."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional, get_args

from ._base import (
    FIRST_PROBLEM,
    ErrorDetail,
    Model,
    ProblemFound,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._fields import ListOf, Nested, String, field
from ._session import NewCustomerSessionV2

ResponseContentName = Literal[
    "customerSession",
    "customerProfile",
    "coupons",
    "triggeredCampaigns",
    "referral",
    "loyalty",
    "event",
    "awardedGiveaways",
    "ruleFailureReasons",
    "previousReturns",
]
"""What a request may ask the response to carry, as the Integration API spec of the Ruby
SDK's time lists it (later specs add "campaignEligibility"); ``RESPONSE_CONTENT`` at run time."""
RESPONSE_CONTENT = get_args(ResponseContentName)


@model
class IntegrationRequest(Model):
    """The body of an Update customer session request (Ruby: ``TalonOne::IntegrationRequest``)."""

    __slots__ = ()

    customer_session: NewCustomerSessionV2 = field(
        "customerSession",
        Nested(NewCustomerSessionV2, required=True),
        "The session to create or update, with all the rules of its model.",
        example={
            "profileId": "URNGV8294NV",
            "cartItems": [{"name": "Air Glide", "sku": "SKU1241028", "quantity": 1, "price": 99.99}],
        },
    )
    response_content: Optional[List[ResponseContentName]] = field(
        "responseContent",
        ListOf(String(choices=RESPONSE_CONTENT)),
        "The data for the response to carry besides its effects, so that one Update customer "
        "session request saves calls to other endpoints. Order and repeats are kept as given; "
        "an empty list asks for nothing extra.\n\n"
        "**Note:** the loyalty card details come back only when the session holds a loyalty card ID.",
        example=["customerSession", "customerProfile"],
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("customer_session", "response_content")

    def __init__(
        self,
        *,
        customer_session: NewCustomerSessionV2,
        response_content: Optional[List[ResponseContentName]] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[IntegrationRequest]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        customer_session = get("customerSession")
        if customer_session is not None:
            try:
                customer_session = _read_NewCustomerSessionV2(customer_session, unknown, FIRST_PROBLEM)
            except ProblemFound:
                customer_session = _IntegrationRequest_customer_session.read(
                    customer_session, "customerSession", errors, unknown
                )
        else:
            customer_session = _IntegrationRequest_customer_session.read(None, "customerSession", errors, unknown)
        response_content = get("responseContent")
        if type(response_content) is list:
            response_content = _IntegrationRequest_response_content.read(response_content, "responseContent", errors)
        elif response_content is not None:
            response_content = _IntegrationRequest_response_content.read(
                response_content, "responseContent", errors, unknown
            )
        # every field, and no other key?
        if len(data) == 2 and customer_session is not None and response_content is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (customer_session, response_content, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        customer_session, response_content, extra = self._values
        out: Dict[str, Any] = {}
        out["customerSession"] = customer_session._write()
        if response_content is not None:
            out["responseContent"] = _IntegrationRequest_response_content.write(response_content)
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_IntegrationRequest_customer_session = IntegrationRequest._rules["customer_session"][2]
_IntegrationRequest_response_content = IntegrationRequest._rules["response_content"][2]
_read_NewCustomerSessionV2 = NewCustomerSessionV2._read
# fmt: on
# --- End of the written-out code. ---
