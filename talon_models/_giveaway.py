"""Giveaway: a giveaway code the session's rules awarded."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    INT64_MAX,
    INT64_MIN,
    ErrorDetail,
    Model,
    canonical_cache,
    copy_json,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
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

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = (
        "id",
        "created",
        "code",
        "pool_id",
        "start_date",
        "end_date",
        "attributes",
        "used",
        "import_id",
        "profile_integration_id",
        "profile_id",
    )

    def __init__(
        self,
        *,
        id: int,
        created: datetime,
        code: str,
        pool_id: int,
        start_date: Optional[datetime] = None,
        end_date: Optional[datetime] = None,
        attributes: Optional[Dict[str, Any]] = None,
        used: Optional[bool] = None,
        import_id: Optional[int] = None,
        profile_integration_id: Optional[str] = None,
        profile_id: Optional[int] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Giveaway]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        id = get("id")
        if not (type(id) is int and INT64_MIN <= id <= INT64_MAX):
            id = _Giveaway_id.check(id, "id", errors)
        _raw = get("created")
        created = canonical_cache.get(_raw) if type(_raw) is str else None
        if created is None:
            created = _Giveaway_created.read(_raw, "created", errors)
        code = get("code")
        if type(code) is not str:
            code = _Giveaway_code.check(code, "code", errors)
        pool_id = get("poolId")
        if not (type(pool_id) is int and INT64_MIN <= pool_id <= INT64_MAX):
            pool_id = _Giveaway_pool_id.check(pool_id, "poolId", errors)
        _raw = get("startDate")
        start_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if start_date is None and _raw is not None:
            start_date = _Giveaway_start_date.read(_raw, "startDate", errors)
        _raw = get("endDate")
        end_date = canonical_cache.get(_raw) if type(_raw) is str else None
        if end_date is None and _raw is not None:
            end_date = _Giveaway_end_date.read(_raw, "endDate", errors)
        attributes = get("attributes")
        if type(attributes) is dict:
            attributes = copy_json(attributes, "attributes", errors)
        elif attributes is not None:
            attributes = _Giveaway_attributes.read(attributes, "attributes", errors)
        used = get("used")
        if type(used) is not bool and used is not None:
            used = _Giveaway_used.check(used, "used", errors)
        import_id = get("importId")
        if not (type(import_id) is int and INT64_MIN <= import_id <= INT64_MAX) and import_id is not None:
            import_id = _Giveaway_import_id.check(import_id, "importId", errors)
        profile_integration_id = get("profileIntegrationId")
        if type(profile_integration_id) is not str and profile_integration_id is not None:
            profile_integration_id = _Giveaway_profile_integration_id.check(
                profile_integration_id, "profileIntegrationId", errors
            )
        profile_id = get("profileId")
        if not (type(profile_id) is int and INT64_MIN <= profile_id <= INT64_MAX) and profile_id is not None:
            profile_id = _Giveaway_profile_id.check(profile_id, "profileId", errors)
        # every field, and no other key?
        if (
            len(data) == 11
            and id is not None
            and created is not None
            and code is not None
            and pool_id is not None
            and start_date is not None
            and end_date is not None
            and attributes is not None
            and used is not None
            and import_id is not None
            and profile_integration_id is not None
            and profile_id is not None
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
            code,
            pool_id,
            start_date,
            end_date,
            attributes,
            used,
            import_id,
            profile_integration_id,
            profile_id,
            extra,
        )
        return self

    def _write(self) -> Dict[str, Any]:
        (
            id,
            created,
            code,
            pool_id,
            start_date,
            end_date,
            attributes,
            used,
            import_id,
            profile_integration_id,
            profile_id,
            extra,
        ) = self._values
        out: Dict[str, Any] = {}
        out["id"] = id
        out["created"] = created
        out["code"] = code
        out["poolId"] = pool_id
        if start_date is not None:
            out["startDate"] = start_date
        if end_date is not None:
            out["endDate"] = end_date
        if attributes is not None:
            out["attributes"] = _Giveaway_attributes.write(attributes)
        if used is not None:
            out["used"] = used
        if import_id is not None:
            out["importId"] = import_id
        if profile_integration_id is not None:
            out["profileIntegrationId"] = profile_integration_id
        if profile_id is not None:
            out["profileId"] = profile_id
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_Giveaway_id = Giveaway._rules["id"][2]
_Giveaway_created = Giveaway._rules["created"][2]
_Giveaway_code = Giveaway._rules["code"][2]
_Giveaway_pool_id = Giveaway._rules["pool_id"][2]
_Giveaway_start_date = Giveaway._rules["start_date"][2]
_Giveaway_end_date = Giveaway._rules["end_date"][2]
_Giveaway_attributes = Giveaway._rules["attributes"][2]
_Giveaway_used = Giveaway._rules["used"][2]
_Giveaway_import_id = Giveaway._rules["import_id"][2]
_Giveaway_profile_integration_id = Giveaway._rules["profile_integration_id"][2]
_Giveaway_profile_id = Giveaway._rules["profile_id"][2]
# fmt: on
# --- End of the written-out code. ---
