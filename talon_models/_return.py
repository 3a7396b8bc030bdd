"""The return of cart items of a closed session, as a response reports it, and the items it returns."""

from __future__ import annotations

from datetime import datetime
from typing import List, Optional

from ._base import Model, model
from ._fields import DateTime, Integer, ListOf, Nested, String, field


@model
class ReturnedCartItem(Model):
    """One cart item of a session that a return gives back (Ruby: ``TalonOne::ReturnedCartItem``)."""

    __slots__ = ()

    position: int = field(
        "position",
        Integer(required=True),
        "The index of the item in the `cartItems` of the customer session.",
        example=2,
    )
    quantity: Optional[int] = field("quantity", Integer(), "How many units of the item to return.", example=1)


@model
class ModelReturn(Model):
    """A return of cart items of a customer session (Ruby: ``TalonOne::ModelReturn``)."""

    __slots__ = ()

    id: int = field("id", Integer(required=True), "The internal ID of the return.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the return was created.", example="2020-06-10T09:05:27.993483Z"
    )
    application_id: int = field(
        "applicationId", Integer(required=True), "The ID of the Application the return belongs to.", example=322
    )
    account_id: int = field(
        "accountId", Integer(required=True), "The ID of the account the return belongs to.", example=3886
    )
    returned_cart_items: List[ReturnedCartItem] = field(
        "returnedCartItems",
        ListOf(Nested(ReturnedCartItem), required=True),
        "The cart items to return.",
        example=[{"position": 2, "quantity": 1}],
    )
    event_id: int = field(
        "eventId", Integer(required=True), "The ID of the event that the return produced.", example=123
    )
    session_id: int = field(
        "sessionId",
        Integer(required=True),
        "The internal ID of the session the return was requested on.",
        example=123,
    )
    session_integration_id: str = field(
        "sessionIntegrationId",
        String(required=True, max_length=1000),
        "The integration ID of the session the return was requested on.",
        example="0c0e0207-eb30-4e06-a56c-2b7c8a64953c",
    )
    profile_id: Optional[int] = field(
        "profileId",
        Integer(),
        "The internal ID of the customer profile the return was requested on.",
        example=123,
    )
    profile_integration_id: Optional[str] = field(
        "profileIntegrationId",
        String(max_length=1000),
        "The integration ID of the customer profile the return was requested on.",
        example="0c0e0207-eb30-4e06-a56c-2b7c8a64953c",
    )
    created_by: Optional[int] = field(
        "createdBy", Integer(), "The ID of the user who requested the return.", example=123
    )
