"""The customer profile of a response, with the loyalty programs and audiences it belongs to."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model
from ._fields import Boolean, DateTime, Integer, JSONObject, ListOf, Nested, Number, String, field

_SESSION_STATES = "https://docs.talon.one/docs/dev/concepts/entities/customer-sessions#customer-session-states"
_DRY_REQUESTS = "https://docs.talon.one/docs/dev/integration-api/dry-requests/#overlay"
_RESERVE_COUPON = "https://docs.talon.one/integration-api#operation/createCouponReservation"
_ENVIRONMENTS = "https://docs.talon.one/docs/product/applications/overview#application-environments"


@model
class LoyaltyMembership(Model):
    """A loyalty program that a customer profile joined (Ruby: ``TalonOne::LoyaltyMembership``)."""

    __slots__ = ()

    joined: Optional[datetime] = field(
        "joined", DateTime(), "When the customer joined the loyalty program.", example="2012-03-20T14:15:22Z"
    )
    loyalty_program_id: int = field(
        "loyaltyProgramId", Integer(required=True), "The ID of the loyalty program.", example=323414846
    )


@model
class AudienceMembership(Model):
    """An audience that a customer profile belongs to (Ruby: ``TalonOne::AudienceMembership``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The ID of the audience.", example=2)
    name: str = field("name", String(required=True), "The name of the audience.", example="Travel audience")


@model
class CustomerProfile(Model):
    """A customer profile as the server returns it (Ruby: ``TalonOne::CustomerProfile``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the customer profile.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the profile was created.", example="2020-02-07T08:15:22Z"
    )
    integration_id: str = field(
        "integrationId",
        String(required=True, max_length=1000),
        "The ID of the profile, set by your integration layer.",
        example="URNGV8294NV",
    )
    attributes: Dict[str, Any] = field(
        "attributes",
        JSONObject(required=True),
        "Any properties of the profile, as a JSON object.",
        example={"Language": "english", "ShippingCountry": "DE"},
    )
    account_id: int = field(
        "accountId",
        Integer(required=True),
        "The ID of the Talon.One account the profile belongs to.",
        example=31,
    )
    closed_sessions: int = field(
        "closedSessions",
        Integer(required=True),
        "How many of the customer's sessions are closed, leaving out the closed sessions that were then "
        "cancelled or reopened. See [customer session states](" + _SESSION_STATES + ").",
        example=3,
    )
    total_sales: float = field(
        "totalSales",
        Number(required=True),
        "How much money the customer has spent, **before** discounts. Cancelled or reopened sessions "
        "and returned items do not count.",
        example=299.99,
    )
    loyalty_memberships: Optional[List[LoyaltyMembership]] = field(
        "loyaltyMemberships",
        ListOf(Nested(LoyaltyMembership)),
        "**Deprecated.** The loyalty programs the customer has joined.",
        example=[{"joined": "2012-03-20T14:15:22Z", "loyaltyProgramId": 323414846}],
    )
    audience_memberships: Optional[List[AudienceMembership]] = field(
        "audienceMemberships",
        ListOf(Nested(AudienceMembership)),
        "The audiences the customer is in.",
        example=[{"id": 2, "name": "Travel audience"}],
    )
    last_activity: datetime = field(
        "lastActivity",
        DateTime(required=True),
        "When the last event from this customer arrived. Only calls that trigger the Rule Engine and are not "
        "[dry requests](" + _DRY_REQUESTS + ") change it: [reserving a coupon](" + _RESERVE_COUPON + ") "
        "for the customer, for example, leaves it as it is.",
        example="2020-02-08T14:15:20Z",
    )
    sandbox: Optional[bool] = field(
        "sandbox",
        Boolean(),
        "Whether the customer belongs to a sandbox Application rather than a live one. See "
        "[Application environments](" + _ENVIRONMENTS + ").",
        example=False,
    )
