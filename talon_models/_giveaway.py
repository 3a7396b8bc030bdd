"""Giveaway: a giveaway code the session's rules awarded."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Optional

from ._base import Model, model
from ._fields import Boolean, DateTime, Integer, JSONObject, String, field

_ID = Integer(required=True)
_COUNT = Integer()
_WHEN = DateTime()
_TEXT = String()


@model
class Giveaway(Model):
    """A giveaway code from a pool, and whom it was awarded to (Ruby: ``TalonOne::Giveaway``)."""

    __slots__ = ()

    id: int = field("id", _ID, "The internal ID of the giveaway.", example=6)
    created: datetime = field(
        "created", DateTime(required=True), "When the giveaway was created.", example="2020-06-10T09:05:27.993483Z"
    )
    code: str = field("code", String(required=True), "The code of the giveaway.", example="GIVEAWAY1")
    pool_id: int = field("poolId", _ID, "The ID of the pool the giveaway codes are taken from.", example=1)
    start_date: Optional[datetime] = field(
        "startDate", _WHEN, "When the giveaway becomes valid.", example="2021-09-12T10:12:42Z"
    )
    end_date: Optional[datetime] = field(
        "endDate", _WHEN, "When the giveaway stops being valid.", example="2023-01-02T15:04:05Z"
    )
    attributes: Optional[Dict[str, Any]] = field(
        "attributes",
        JSONObject(),
        "Custom properties of the giveaway, of your choice.",
        example={"provider": "Amazon"},
    )
    used: Optional[bool] = field("used", Boolean(), "Whether the giveaway code was given out before.", example=True)
    import_id: Optional[int] = field("importId", _COUNT, "The ID of the import that created the giveaway.", example=4)
    profile_integration_id: Optional[str] = field(
        "profileIntegrationId",
        _TEXT,
        "The integration ID of the customer profile the giveaway was awarded to, if it was awarded.",
        example="R195412",
    )
    profile_id: Optional[int] = field(
        "profileId",
        _COUNT,
        "The internal ID of the customer profile the giveaway was awarded to, if it was awarded and the "
        "profile has an internal ID.",
        example=1,
    )
