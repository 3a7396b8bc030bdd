"""AdditionalCost: a cost such as shipping, on a session or a cart item."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._base import Model, model, read_object, set_values, unknown_keys, write_unknown
from ._errors import ErrorDetail
from ._fields import FLOAT_MAX, Number, field

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

    def __init__(self, *, price: float) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[AdditionalCost]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        price = data.get("price")
        # Hot path, inline: a number passes by Number's own test (see Number.read);
        # anything else goes to the rule.
        if not ((type(price) is float or type(price) is int) and -FLOAT_MAX <= price <= FLOAT_MAX):
            price = _PRICE.check(price, "price", errors)
        # One key that is "price" leaves no room for unknown keys: cheaper than the set test.
        if (len(data) == 1 and price is not None) or cls._wire_keys.issuperset(data):
            extra = None
        else:
            extra = unknown_keys(data, cls._wire_keys, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = object.__new__(cls)
        set_values(self, [price, extra])
        return self

    def _write(self) -> Dict[str, Any]:
        price, extra = self._values
        return write_unknown({"price": price}, extra)
