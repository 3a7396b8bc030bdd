"""PriceDetail: one price type of a cart item and its price adjustment."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import (
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    ErrorDetail,
    FloatOrDecimal,
    Model,
    canonical_cache,
    known_uuids,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._fields import DateTime, Number, String, field

_PRICE = Number()
_REFERENCE = String(format="uuid")
_DATE = DateTime()


@model
class PriceDetail(Model):
    """One price type of a cart item, with its adjustment (Ruby: ``TalonOne::PriceDetail``)."""

    __slots__ = ()

    price: Optional[float] = field("price", _PRICE, "The price for this price type.", example=90.0)
    adjustment_reference_id: Optional[str] = field(
        "adjustmentReferenceId",
        _REFERENCE,
        "The reference ID of the price adjustment selected for this SKU.",
        example="68851723-e6fa-488f-ace9-112581e6c19b",
    )
    adjustment_effective_from: Optional[datetime] = field(
        "adjustmentEffectiveFrom",
        _DATE,
        "When the price adjustment starts to apply.",
        example="2025-05-25T00:00:00Z",
    )
    adjustment_effective_until: Optional[datetime] = field(
        "adjustmentEffectiveUntil",
        _DATE,
        "When the price adjustment stops applying.",
        example="2025-05-30T00:00:00Z",
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("price", "adjustment_reference_id", "adjustment_effective_from", "adjustment_effective_until")

    def __init__(
        self,
        *,
        price: Optional[FloatOrDecimal] = None,
        adjustment_reference_id: Optional[str] = None,
        adjustment_effective_from: Optional[datetime] = None,
        adjustment_effective_until: Optional[datetime] = None,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[PriceDetail]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        price = get("price")
        if (
            not (
                (type(price) is int and FLOAT_LOWEST_INT <= price <= FLOAT_MAX_INT)
                or (type(price) is float and FLOAT_LOWEST <= price <= FLOAT_MAX)
            )
            and price is not None
        ):
            price = _PriceDetail_price.check(price, "price", errors)
        adjustment_reference_id = get("adjustmentReferenceId")
        if (
            not (type(adjustment_reference_id) is str and adjustment_reference_id in known_uuids)
            and adjustment_reference_id is not None
        ):
            adjustment_reference_id = _PriceDetail_adjustment_reference_id.check(
                adjustment_reference_id, "adjustmentReferenceId", errors
            )
        _raw = get("adjustmentEffectiveFrom")
        adjustment_effective_from = canonical_cache.get(_raw) if type(_raw) is str else None
        if adjustment_effective_from is None and _raw is not None:
            adjustment_effective_from = _PriceDetail_adjustment_effective_from.read(
                _raw, "adjustmentEffectiveFrom", errors
            )
        _raw = get("adjustmentEffectiveUntil")
        adjustment_effective_until = canonical_cache.get(_raw) if type(_raw) is str else None
        if adjustment_effective_until is None and _raw is not None:
            adjustment_effective_until = _PriceDetail_adjustment_effective_until.read(
                _raw, "adjustmentEffectiveUntil", errors
            )
        # every field, and no other key?
        if (
            len(data) == 4
            and price is not None
            and adjustment_reference_id is not None
            and adjustment_effective_from is not None
            and adjustment_effective_until is not None
        ):
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (price, adjustment_reference_id, adjustment_effective_from, adjustment_effective_until, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        price, adjustment_reference_id, adjustment_effective_from, adjustment_effective_until, extra = self._values
        out: Dict[str, Any] = {}
        if price is not None:
            out["price"] = price
        if adjustment_reference_id is not None:
            out["adjustmentReferenceId"] = adjustment_reference_id
        if adjustment_effective_from is not None:
            out["adjustmentEffectiveFrom"] = adjustment_effective_from
        if adjustment_effective_until is not None:
            out["adjustmentEffectiveUntil"] = adjustment_effective_until
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_PriceDetail_price = PriceDetail._rules["price"][2]
_PriceDetail_adjustment_reference_id = PriceDetail._rules["adjustment_reference_id"][2]
_PriceDetail_adjustment_effective_from = PriceDetail._rules["adjustment_effective_from"][2]
_PriceDetail_adjustment_effective_until = PriceDetail._rules["adjustment_effective_until"][2]
# fmt: on
# --- End of the written-out code. ---
