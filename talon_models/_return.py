"""The return of cart items of a closed session, as a response reports it, and the items it returns."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    Model,
    canonical_cache,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("position", "quantity")

    def __init__(
        self,
        *,
        position: int,
        quantity: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ReturnedCartItem]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        position = get("position")
        if not (type(position) is int and INT64_MIN <= position <= INT64_MAX):
            position = _ReturnedCartItem_position.check(position, "position", errors)
        quantity = get("quantity")
        if not (type(quantity) is int and INT64_MIN <= quantity <= INT64_MAX) and quantity is not None:
            quantity = _ReturnedCartItem_quantity.check(quantity, "quantity", errors)
        # every field, and no other key?
        if len(data) == 2 and position is not None and quantity is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (position, quantity, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        position, quantity, extra = self._values
        out: Dict[str, Any] = {}
        out["position"] = position
        if quantity is not None:
            out["quantity"] = quantity
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "application_id",
        "account_id",
        "returned_cart_items",
        "event_id",
        "session_id",
        "session_integration_id",
        "profile_id",
        "profile_integration_id",
        "created_by",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        application_id: int,
        account_id: int,
        returned_cart_items: List[ReturnedCartItem],
        event_id: int,
        session_id: int,
        session_integration_id: str,
        profile_id: Optional[int] = None,
        profile_integration_id: Optional[str] = None,
        created_by: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[ModelReturn]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        _list: List[Any]
        _made: Any
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _ModelReturn_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _ModelReturn_created.read(_raw, "created", errors)
        application_id = get("applicationId")
        if not (type(application_id) is int and INT64_MIN <= application_id <= INT64_MAX):
            application_id = _ModelReturn_application_id.check(application_id, "applicationId", errors)
        account_id = get("accountId")
        if not (type(account_id) is int and INT64_MIN <= account_id <= INT64_MAX):
            account_id = _ModelReturn_account_id.check(account_id, "accountId", errors)
        # ReturnedCartItem read in place: for a model this small a call costs as much as the reading
        returned_cart_items = get("returnedCartItems")
        if type(returned_cart_items) is list:
            _list = []
            for _item in returned_cart_items:
                if type(_item) is not dict:
                    break
                _get = _item.get
                _position = _get("position")
                _quantity = _get("quantity")
                if (
                    not (
                        (type(_position) is int and INT64_MIN <= _position <= INT64_MAX)
                        and ((type(_quantity) is int and INT64_MIN <= _quantity <= INT64_MAX) or _quantity is None)
                        and ReturnedCartItem._wire_keys.issuperset(_item)
                    )
                ):
                    break
                _made = new_object(ReturnedCartItem)
                _made._values = (_position, _quantity, None)
                _list.append(_made)
            if len(_list) == len(returned_cart_items):
                returned_cart_items = _list
            else:  # not all of them plainly valid: read them all by the rule
                returned_cart_items = _ModelReturn_returned_cart_items.read(
                    returned_cart_items, "returnedCartItems", errors, unknown
                )
        else:
            returned_cart_items = _ModelReturn_returned_cart_items.read(
                returned_cart_items, "returnedCartItems", errors, unknown
            )
        event_id = get("eventId")
        if not (type(event_id) is int and INT64_MIN <= event_id <= INT64_MAX):
            event_id = _ModelReturn_event_id.check(event_id, "eventId", errors)
        session_id = get("sessionId")
        if not (type(session_id) is int and INT64_MIN <= session_id <= INT64_MAX):
            session_id = _ModelReturn_session_id.check(session_id, "sessionId", errors)
        session_integration_id = get("sessionIntegrationId")
        if not (type(session_integration_id) is str and len(session_integration_id) <= 1000):
            session_integration_id = _ModelReturn_session_integration_id.check(
                session_integration_id, "sessionIntegrationId", errors
            )
        profile_id = get("profileId")
        if not (type(profile_id) is int and INT64_MIN <= profile_id <= INT64_MAX) and profile_id is not None:
            profile_id = _ModelReturn_profile_id.check(profile_id, "profileId", errors)
        profile_integration_id = get("profileIntegrationId")
        if (
            not (type(profile_integration_id) is str and len(profile_integration_id) <= 1000)
            and profile_integration_id is not None
        ):
            profile_integration_id = _ModelReturn_profile_integration_id.check(
                profile_integration_id, "profileIntegrationId", errors
            )
        created_by = get("createdBy")
        if not (type(created_by) is int and INT64_MIN <= created_by <= INT64_MAX) and created_by is not None:
            created_by = _ModelReturn_created_by.check(created_by, "createdBy", errors)
        # every field, and no other key?
        if (
            len(data) == 11
            and id is not None
            and created is not None
            and application_id is not None
            and account_id is not None
            and returned_cart_items is not None
            and event_id is not None
            and session_id is not None
            and session_integration_id is not None
            and profile_id is not None
            and profile_integration_id is not None
            and created_by is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (
            id,
            created,
            application_id,
            account_id,
            returned_cart_items,
            event_id,
            session_id,
            session_integration_id,
            profile_id,
            profile_integration_id,
            created_by,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            application_id,
            account_id,
            returned_cart_items,
            event_id,
            session_id,
            session_integration_id,
            profile_id,
            profile_integration_id,
            created_by,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        _list: List[Any]
        out["id"] = id
        out["created"] = created
        out["applicationId"] = application_id
        out["accountId"] = account_id
        _list = [_item._write() for _item in returned_cart_items if type(_item) is ReturnedCartItem]
        out["returnedCartItems"] = (
            _list
            if len(_list) == len(returned_cart_items)
            else _ModelReturn_returned_cart_items.write_slowly(returned_cart_items)
        )
        out["eventId"] = event_id
        out["sessionId"] = session_id
        out["sessionIntegrationId"] = session_integration_id
        if profile_id is not None:
            out["profileId"] = profile_id
        if profile_integration_id is not None:
            out["profileIntegrationId"] = profile_integration_id
        if created_by is not None:
            out["createdBy"] = created_by
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_ReturnedCartItem_position = ReturnedCartItem._rules["position"][2]
_ReturnedCartItem_quantity = ReturnedCartItem._rules["quantity"][2]
_ModelReturn_id = ModelReturn._rules["id"][2]
_ModelReturn_created = ModelReturn._rules["created"][2]
_ModelReturn_application_id = ModelReturn._rules["application_id"][2]
_ModelReturn_account_id = ModelReturn._rules["account_id"][2]
_ModelReturn_returned_cart_items = ModelReturn._rules["returned_cart_items"][2]
_ModelReturn_event_id = ModelReturn._rules["event_id"][2]
_ModelReturn_session_id = ModelReturn._rules["session_id"][2]
_ModelReturn_session_integration_id = ModelReturn._rules["session_integration_id"][2]
_ModelReturn_profile_id = ModelReturn._rules["profile_id"][2]
_ModelReturn_profile_integration_id = ModelReturn._rules["profile_integration_id"][2]
_ModelReturn_created_by = ModelReturn._rules["created_by"][2]
# fmt: on
# --- End of the written-out code. ---
