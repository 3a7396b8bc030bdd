"""The models as field types of the libraries an SDK is built on, in their wire form.

pydantic needs nothing from here: the models carry the hook it asks for
(``__get_pydantic_core_schema__``). cattrs needs its converter told once, with
:func:`register_cattrs`. msgspec cannot be told: it reads and writes anything with
``__dataclass_fields__`` as a dataclass, by the Python names, and calls no hook for it
(see the embedding guide for what works there instead).

cattrs is imported only when :func:`register_cattrs` is called, so importing this module
needs nothing beyond the standard library.
"""

from __future__ import annotations

from typing import Any, Dict, Type

from ._base import Model

__all__ = ["register_cattrs"]


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Model)


def _structure(data: Any, cls: Type[Model]) -> Model:
    """A model from its wire form, as pydantic reads it: an instance is checked again."""
    if isinstance(data, cls):
        data.validate()
        return data
    return cls.from_dict(data)


def _unstructure(item: Model) -> Dict[str, Any]:
    return item.to_dict()


def register_cattrs(converter: Any) -> None:
    """Make ``converter`` read every model with ``from_dict`` and write it with ``to_dict``.

    ``converter`` is a ``cattrs`` converter: ``cattrs.Converter()``, one of
    ``cattrs.preconf``, or ``cattrs.global_converter`` (what ``cattrs.structure`` uses).
    Afterwards a model, alone or as the field type of an attrs class or a dataclass,
    is read from its wire form (camelCase keys, unknown keys kept), with every check of
    ``from_dict``: nothing is converted on the way in (``"2"`` stays a string, and is
    refused as a quantity). A model given instead of a dict is checked again with
    ``validate()``. The hooks go by a test of the class, so they cover every model.

    Raises:
        TypeError: ``converter`` is not a cattrs converter.
    """
    import cattrs  # noqa: PLC0415  # only for those who use cattrs

    if not isinstance(converter, cattrs.BaseConverter):
        raise TypeError("expected a cattrs converter, got %s" % type(converter).__name__)
    converter.register_structure_hook_func(_is_model, _structure)
    converter.register_unstructure_hook_func(_is_model, _unstructure)
