"""Product: the product a cart item belongs to."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._base import Model, model, read_object, set_values, unknown_keys, write_unknown
from ._errors import ErrorDetail
from ._fields import String, field

_NAME = String(required=True)


@model
class Product(Model):
    """The product that a cart item belongs to (Ruby: ``TalonOne::Product``)."""

    __slots__ = ()

    name: str = field("name", _NAME, "The name of the product the item belongs to.", example="sample_product")

    def __init__(self, *, name: str) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Product]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        name = data.get("name")
        if type(name) is not str:  # hot path, inline
            name = _NAME.check(name, "name", errors)
        # One key that is "name" leaves no room for unknown keys: cheaper than the set test.
        if (len(data) == 1 and name is not None) or cls._wire_keys.issuperset(data):
            extra = None
        else:
            extra = unknown_keys(data, cls._wire_keys, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = object.__new__(cls)
        set_values(self, [name, extra])
        return self

    def _write(self) -> Dict[str, Any]:
        name, extra = self._values
        return write_unknown({"name": name}, extra)
