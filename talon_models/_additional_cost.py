"""AdditionalCost: a cost such as shipping, on a session or a cart item."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._base import (
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    ErrorDetail,
    FloatOrDecimal,
    Model,
    model,
    new_object,
    read_object,
    unknown_keys,
    write_unknown,
)
from ._fields import Number, field

_PRICE = Number(required=True)


@model
class AdditionalCost(Model):
    """The value of one additional cost, such as shipping (Ruby: ``TalonOne::AdditionalCost``)."""

    __slots__ = ()

    price: float = field(
        "price",
        _PRICE,
        "The amount of this additional cost, in the currency of your Application.",
        example=4.5,
    )

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("price",)

    def __init__(
        self,
        *,
        price: FloatOrDecimal,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AdditionalCost]:
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
        ):
            price = _AdditionalCost_price.check(price, "price", errors)
        # every field, and no other key?
        if len(data) == 1 and price is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (price, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        price, extra = self._values
        out: Dict[str, Any] = {}
        out["price"] = price
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_AdditionalCost_price = AdditionalCost._rules["price"][2]
# fmt: on
# --- End of the written-out code. ---
