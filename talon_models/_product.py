"""Product: the product a cart item belongs to."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from ._base import ErrorDetail, Model, model, new_object, read_object, unknown_keys, write_unknown
from ._fields import String, field

_NAME = String(required=True)


@model
class Product(Model):
    """The product that a cart item belongs to (Ruby: ``TalonOne::Product``)."""

    __slots__ = ()

    name: str = field("name", _NAME, "The name of the product the item belongs to.", example="sample_product")

    # --- Written out by scripts/generate from the declarations above: do not edit. ---
    # fmt: off
    _written_for = ("name",)

    def __init__(
        self,
        *,
        name: str,
    ) -> None:
        self._init(locals())

    @classmethod
    def _read(cls, data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[Product]:
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors) if errors else 0  # errors is usually empty: no call then
        get = data.get
        name = get("name")
        if type(name) is not str:
            name = _Product_name.check(name, "name", errors)
        # every field, and no other key?
        if len(data) == 1 and name is not None:
            extra = None
        else:
            known = cls._wire_keys
            extra = None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors)
        if errors and len(errors) > start:
            return None
        self = new_object(cls)
        self._values = (name, extra)
        return self

    def _write(self) -> Dict[str, Any]:
        name, extra = self._values
        out: Dict[str, Any] = {}
        out["name"] = name
        return write_unknown(out, extra)
    # fmt: on
    # --- End of the written-out code. ---


# --- Written out by scripts/generate: the rules and readers the code above uses. ---
# fmt: off
_Product_name = Product._rules["name"][2]
# fmt: on
# --- End of the written-out code. ---
