"""What the five models share: checked assignment, equality, repr and the JSON entry points.

A model keeps its fields in one list, ``_values``, in field order (``None`` when unset;
date-times as canonical text), followed by the wire keys it did not know (kept for
writing back, or ``None``). Each field's attribute reads its place in that list.

A list in one slot, rather than an instance ``__dict__``, is what makes decoding fast
and small: building a 22-item list costs a third of building a 22-key dict, and a cart
item takes about 300 bytes instead of 900. Each model class supplies ``_read`` (wire
dict to model, the hot path of ``from_dict``) and ``_write`` (model to wire dict).
"""

from __future__ import annotations

from typing import Any, Callable, ClassVar, Dict, FrozenSet, List, Literal, Mapping, Optional, Tuple, Type, TypeVar

from . import _datetimes, _json
from ._errors import ErrorDetail, ValidationError, _UnknownAttributeError
from ._fields import DateTime, FieldSpec, Rule, copy_json, json_type

M = TypeVar("M", bound="Model")

UNKNOWN_MODES = ("keep", "ignore", "forbid")
UnknownMode = Literal["keep", "ignore", "forbid"]


class _Field:
    """The attribute of one field: reads its place in the model's value list."""

    __slots__ = ("index", "name")

    def __init__(self, name: str, index: int) -> None:
        self.name = name
        self.index = index

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return instance._values[self.index]

    def __set__(self, instance: Any, value: Any) -> None:
        Model.__setattr__(instance, self.name, value)


class _DateTimeField(_Field):
    """Reads a stored canonical text back as an aware ``datetime``."""

    __slots__ = ()

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        text = instance._values[self.index]
        return None if text is None else _datetimes.to_datetime(text)


class _DefaultField(_Field):
    """Reads a field that has a default: the stored value, or the default when unset."""

    __slots__ = ("default",)

    def __init__(self, name: str, index: int, default: Any) -> None:
        super().__init__(name, index)
        self.default = default

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        value = instance._values[self.index]
        return self.default if value is None else value


class _DataclassFields:
    """``__dataclass_fields__`` of a model, made the first time something asks for it.

    The models are dataclasses to the ``dataclasses`` module (``is_dataclass``,
    ``fields``, ``asdict``, ``replace``), but importing that module, which imports
    ``inspect``, is more than half of what importing this package would cost. So the
    ``Field`` objects are made on first use, by ``dataclasses.make_dataclass`` from the
    same declarations, and kept on the class.
    """

    def __get__(self, instance: Any, owner: Any) -> Any:
        fields = owner.__dict__.get("_dataclass_fields")
        if fields is None:
            import dataclasses  # noqa: PLC0415  # on first use only: see the docstring

            shadow = dataclasses.make_dataclass(
                owner.__name__,
                [
                    (name, annotation, dataclasses.field(metadata=spec.metadata))
                    for name, annotation, spec in owner._specs
                ],
                init=False,
                repr=False,
                eq=False,
            )
            fields = vars(shadow)["__dataclass_fields__"]
            type.__setattr__(owner, "_dataclass_fields", fields)
        return fields


def model(cls: Type[M]) -> Type[M]:
    """Make a model class of a class body of annotated ``field()`` declarations.

    It indexes the fields' rules, puts an attribute in place of each declaration, and
    makes the class a dataclass to the ``dataclasses`` module (see ``_DataclassFields``).
    """
    if "__slots__" not in vars(cls):
        raise TypeError("%s must declare __slots__ = ()" % cls.__name__)
    specs = [(name, annotation, vars(cls)[name]) for name, annotation in vars(cls)["__annotations__"].items()]
    rules: Dict[str, Tuple[int, str, Rule]] = {}
    for index, (name, _, spec) in enumerate(specs):
        if not isinstance(spec, FieldSpec):
            raise TypeError("%s.%s must be declared with field()" % (cls.__name__, name))
        meta = spec.metadata
        rules[name] = (index, meta["wire"], meta["rule"])
        attribute: _Field
        if isinstance(meta["rule"], DateTime):
            attribute = _DateTimeField(name, index)
        elif meta["default"] is not None:
            attribute = _DefaultField(name, index, meta["default"])
        else:
            attribute = _Field(name, index)
        setattr(cls, name, attribute)
    cls._specs = tuple(specs)
    cls._rules = rules
    cls._wire_rules = tuple((wire, rule) for _, wire, rule in rules.values())
    cls._wire_keys = frozenset(wire for _, wire, _ in rules.values())
    cls.__dataclass_fields__ = _DataclassFields()  # type: ignore[assignment]
    return cls


def _check_mode(unknown: str) -> None:
    if unknown not in UNKNOWN_MODES:
        raise ValueError("unknown must be 'keep', 'ignore' or 'forbid', not %r" % (unknown,))


def _rebuild(cls: Type[M], values: List[Any]) -> M:
    """Make a model from its value list (for copy and pickle)."""
    instance = object.__new__(cls)
    set_values(instance, values)
    return instance


class Model:
    """Behaviour shared by every model. Not instantiated itself."""

    __slots__ = ("__weakref__", "_values")

    _values: List[Any]
    _rules: ClassVar[Dict[str, Tuple[int, str, Rule]]]
    _wire_rules: ClassVar[Tuple[Tuple[str, Rule], ...]]  # (wire key, rule) in field order
    _wire_keys: ClassVar[FrozenSet[str]]
    _specs: ClassVar[Tuple[Tuple[str, str, FieldSpec], ...]]
    __dataclass_fields__: ClassVar[Dict[str, Any]]  # dataclasses.Field objects, made on first use

    __hash__ = None  # type: ignore[assignment]  # mutable, so not hashable

    # -- building and changing -------------------------------------------------------

    def _init(self, arguments: Mapping[str, Any]) -> None:
        """Check every constructor argument, report all problems at once, then store."""
        errors: List[ErrorDetail] = []
        values = [rule.check(arguments[name], wire, errors) for name, (_, wire, rule) in self._rules.items()]
        if errors:
            raise ValidationError(errors, type(self).__name__)
        values.append(None)  # no unknown keys
        set_values(self, values)

    def __setattr__(self, name: str, value: Any) -> None:
        entry = self._rules.get(name)
        if entry is None:
            problem = ErrorDetail((name,), "is not a field of %s" % type(self).__name__, value)
            raise _UnknownAttributeError([problem], type(self).__name__)
        index, wire, rule = entry
        errors: List[ErrorDetail] = []
        stored = rule.check(value, wire, errors)
        if errors:
            raise ValidationError(errors, type(self).__name__)
        self._values[index] = stored

    def __delattr__(self, name: str) -> None:
        setattr(self, name, None)

    def __reduce__(self) -> Tuple[Callable[..., Any], Tuple[Any, ...]]:
        # A new list, so that copy.copy() gives a model of its own.
        return _rebuild, (type(self), list(self._values))

    # -- checking ----------------------------------------------------------------------

    def _collect_errors(self, errors: List[ErrorDetail]) -> None:
        for name, (_, wire, rule) in self._rules.items():
            rule.check(getattr(self, name), wire, errors)
        unknown = self._values[-1]
        if unknown:
            for key, value in unknown.items():
                copy_json(value, key, errors)

    def validate(self) -> None:
        """Check the whole tree again, for lists and dicts changed in place.

        Raises:
            ValidationError: with every problem found.
        """
        errors: List[ErrorDetail] = []
        self._collect_errors(errors)
        if errors:
            raise ValidationError(errors, type(self).__name__)

    def is_valid(self) -> bool:
        """Whether :meth:`validate` would pass (Ruby's ``valid?``)."""
        errors: List[ErrorDetail] = []
        self._collect_errors(errors)
        return not errors

    # -- comparing and showing ---------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values == other._values

    def __repr__(self) -> str:
        values = getattr(self, "_values", None)
        if values is None:  # the constructor is still checking its arguments
            return "%s(...)" % type(self).__name__
        shown = ", ".join(
            "%s=%r" % (name, getattr(self, name))
            for name, (index, _, _) in self._rules.items()
            if values[index] is not None
        )
        if values[-1]:  # unknown keys make a difference in ==, so show them
            shown += "%sunknown_fields=%r" % (", " if shown else "", values[-1])
        return "%s(%s)" % (type(self).__name__, shown)

    @property
    def unknown_fields(self) -> Dict[str, Any]:
        """The wire keys this model did not know, with their values (a copy)."""
        unknown = self._values[-1]
        return copy_json(unknown, "", []) if unknown else {}

    # -- the wire ------------------------------------------------------------------------

    @classmethod
    def _read(cls: Type[M], data: Any, unknown: str, errors: List[ErrorDetail]) -> Optional[M]:
        """Wire dict to model, or ``None`` with the problems added to ``errors``.

        Each field's rule reads its value, so a model needs nothing more than its field
        declarations. The models on the measured hot path (the session and what it
        holds) override this with the same steps written out.
        """
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors)
        get = data.get
        values = [rule.read(get(wire), wire, errors, unknown) for wire, rule in cls._wire_rules]
        known = cls._wire_keys
        values.append(None if known.issuperset(data) else unknown_keys(data, known, unknown, errors))
        if len(errors) > start:
            return None
        self = object.__new__(cls)
        set_values(self, values)
        return self

    def _write(self) -> Dict[str, Any]:
        """Model to wire dict: set fields in field order, then the kept unknown keys."""
        values = self._values
        out: Dict[str, Any] = {}
        for index, (wire, rule) in enumerate(self._wire_rules):
            value = values[index]
            if value is not None:
                out[wire] = rule.write(value)
        return write_unknown(out, values[-1])

    @classmethod
    def from_dict(cls: Type[M], data: Any, *, unknown: UnknownMode = "keep") -> M:
        """Build a model from its wire form (camelCase keys, as in the API's JSON).

        ``unknown`` says what happens to keys the model does not know: ``"keep"`` them to
        write back, ``"ignore"`` them, or ``"forbid"`` them. The result shares no list or
        dict with ``data``, and ``data`` is not changed.

        Raises:
            ValidationError: with every problem of ``data``, each at its wire path.
            ValueError: ``unknown`` is not one of the three modes.
        """
        _check_mode(unknown)
        errors: List[ErrorDetail] = []
        result = cls._read(data, unknown, errors)
        if errors or result is None:
            raise ValidationError(errors, cls.__name__)
        return result

    @classmethod
    def from_json(cls: Type[M], text: _json.JSONText, *, unknown: UnknownMode = "keep") -> M:
        """Build a model from JSON text (``str``, or ``bytes`` in UTF-8).

        Raises:
            ValidationError: the text is not strict JSON, or its data is not valid.
            ValueError: ``unknown`` is not one of the three modes.
        """
        _check_mode(unknown)  # before the text, so a wrong mode is never hidden by a text error
        data = _json.load(text, cls.__name__)
        try:
            return cls.from_dict(data, unknown=unknown)
        except ValidationError as exc:
            _json.explain_overflow(exc.errors)
            raise

    def to_dict(self) -> Dict[str, Any]:
        """The wire form: camelCase keys in field order, unset fields left out.

        Every list and dict in the result is new. Values are not checked again: after
        changing lists or dicts in place, call :meth:`validate` first.

        Raises:
            ValidationError: a list or dict was changed in place into something that
                cannot be written at all.
        """
        try:
            return self._write()
        except Exception:
            self.validate()  # says what is wrong, and where
            raise

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """The wire form as JSON text, compact unless ``indent`` is given.

        Like :meth:`to_dict`, it does not check values again.

        Raises:
            ValidationError: a value cannot be written as JSON (NaN put in place, a string
                JSON cannot carry).
        """
        data = self.to_dict()
        try:
            return _json.dump(data, indent)
        except ValidationError as exc:  # text JSON cannot carry, such as a split surrogate pair
            raise ValidationError(exc.errors, type(self).__name__) from None
        except (TypeError, ValueError, RecursionError):
            self.validate()
            raise

    @classmethod
    def json_schema(cls) -> Dict[str, Any]:
        """The JSON Schema (draft 2020-12) of the wire form, as a new dict.

        Its top-level ``description`` lists the rules a JSON Schema cannot state.
        """
        from ._schema import json_schema  # noqa: PLC0415  # most programs never ask: keep import fast

        return json_schema(cls)


# Stores a model's value list, bypassing the checking __setattr__: for models built from
# values already checked. Calling the slot's descriptor directly is the cheapest way.
set_values = vars(Model)["_values"].__set__


def read_object(data: Any, errors: List[ErrorDetail]) -> Optional[Dict[str, Any]]:
    """``data`` as a plain dict, or ``None`` with an error when it is not a JSON object."""
    if type(data) is dict:
        return data
    if isinstance(data, dict):
        return dict(data)
    errors.append(ErrorDetail((), "expected object, got %s" % json_type(data), data))
    return None


def unknown_keys(
    data: Dict[str, Any],
    known: FrozenSet[str],
    mode: str,
    errors: List[ErrorDetail],
) -> Optional[Dict[str, Any]]:
    """Handle the keys of ``data`` that are not in ``known``, as ``mode`` says.

    Returns the kept ones (copied), or ``None`` when there are none to keep.
    """
    if mode == "ignore":
        return None
    kept = {}
    for key, value in data.items():
        if key in known:
            continue
        if mode == "forbid":
            errors.append(ErrorDetail((key,), "unknown field", value))
        elif not isinstance(key, str):
            errors.append(ErrorDetail((key,), "keys must be strings", key))
        else:
            kept[key] = copy_json(value, key, errors)
    return kept or None


def write_unknown(out: Dict[str, Any], unknown: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    """Add the kept unknown keys after the known ones, as copies."""
    if unknown:
        for key, value in unknown.items():
            out[key] = copy_json(value, key, [])
    return out
