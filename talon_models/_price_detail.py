"""PriceDetail: one price type of a cart item and its price adjustment."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional

from ._base import Model, model, read_object, set_values, unknown_keys, write_unknown
from ._datetimes import canonical_cache
from ._errors import ErrorDetail
from ._fields import FLOAT_MAX, DateTime, Number, String, field, known_uuids

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

    def __init__(
        self,
        *,
        price: Optional[float] = None,
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
        # Hot path (two of these per cart item): the usual good value is accepted inline,
        # anything else goes to the field's rule, as in CartItem._read.
        price = get("price")
        if not ((type(price) is float or type(price) is int) and -FLOAT_MAX <= price <= FLOAT_MAX):
            price = _PRICE.check(price, "price", errors)
        reference = get("adjustmentReferenceId")
        if reference is not None and (type(reference) is not str or reference not in known_uuids):
            reference = _REFERENCE.check(reference, "adjustmentReferenceId", errors)
        raw = get("adjustmentEffectiveFrom")
        effective_from = canonical_cache.get(raw) if type(raw) is str else None
        if effective_from is None:
            effective_from = _DATE.read(raw, "adjustmentEffectiveFrom", errors)
        raw = get("adjustmentEffectiveUntil")
        effective_until = canonical_cache.get(raw) if type(raw) is str else None
        if effective_until is None:
            effective_until = _DATE.read(raw, "adjustmentEffectiveUntil", errors)
        known = cls._wire_keys
        extra = None if known.issuperset(data) else unknown_keys(data, known, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = object.__new__(cls)
        set_values(self, [price, reference, effective_from, effective_until, extra])
        return self

    def _write(self) -> Dict[str, Any]:
        price, reference, effective_from, effective_until, extra = self._values
        out: Dict[str, Any] = {}
        if price is not None:
            out["price"] = price
        if reference is not None:
            out["adjustmentReferenceId"] = reference
        if effective_from is not None:
            out["adjustmentEffectiveFrom"] = effective_from
        if effective_until is not None:
            out["adjustmentEffectiveUntil"] = effective_until
        return write_unknown(out, extra)
