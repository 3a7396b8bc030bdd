"""IntegrationRequest: the whole body of an Update customer session request."""

from __future__ import annotations

from typing import List, Optional

from ._base import Model, model
from ._fields import ListOf, Nested, String, field
from ._session import NewCustomerSessionV2

# What a request may ask the response to carry, as the Integration API spec of the Ruby
# SDK's time lists it (later specs add "campaignEligibility").
RESPONSE_CONTENT = (
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
)


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
    response_content: Optional[List[str]] = field(
        "responseContent",
        ListOf(String(choices=RESPONSE_CONTENT)),
        "The data for the response to carry besides its effects, so that one Update customer "
        "session request saves calls to other endpoints. Order and repeats are kept as given; "
        "an empty list asks for nothing extra.\n\n"
        "**Note:** the loyalty card details come back only when the session holds a loyalty card ID.",
        example=["customerSession", "customerProfile"],
    )

    def __init__(
        self,
        *,
        customer_session: NewCustomerSessionV2,
        response_content: Optional[List[str]] = None,
    ) -> None:
        self._init(locals())
