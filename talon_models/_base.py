"""What every model shares: checked assignment, equality, repr and the JSON entry points.

A model keeps its fields in one tuple, ``_values``, in field order (``None`` when unset;
date-times as canonical text), followed by the wire keys it did not know (kept for
writing back, or ``None``). Each field's attribute reads its place in that tuple, and an
assignment puts a new tuple in its place.

A tuple in one slot, rather than an instance ``__dict__``, is what makes decoding fast:
a reader builds it from its locals in one step, much quicker than a 22-key dict; and a
tuple of plain values (a price, a product name) drops out of the garbage collector's
lists, which a list never does. It takes no more memory than the leanest dataclass: a
cart item with its tuple takes about 300 bytes, as much as a dataclass instance whose
``__dict__`` shares its keys with the class (a dict made for each instance would take
550 to 700). Each model's reader (wire dict to model) and writer (model to wire dict)
are written out from its declarations by ``scripts/generate``; ``Model._read`` and
``Model._write`` are the same steps in general form, for a model while it is being
generated.
"""

from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    ClassVar,
    Dict,
    FrozenSet,
    List,
    Literal,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Type,
    TypeVar,
)

from . import _datetimes, _json
from ._datetimes import canonical_cache
from ._errors import (
    FIRST_PROBLEM,
    ChecksStopped,
    ErrorDetail,
    ErrorList,
    ProblemFound,
    ValidationError,
    as_wire,
)
from ._fields import (
    FLOAT_LOWEST,
    FLOAT_LOWEST_INT,
    FLOAT_MAX,
    FLOAT_MAX_INT,
    INT64_MAX,
    INT64_MIN,
    METADATA_KEY,
    DateTime,
    FieldSpec,
    FloatOrDecimal,
    Rule,
    copy_json,
    field,
    json_type,
    known_uuids,
)

__all__ = [
    "FIRST_PROBLEM",
    "FLOAT_LOWEST",
    "FLOAT_LOWEST_INT",
    "FLOAT_MAX",
    "FLOAT_MAX_INT",
    "INT64_MAX",
    "INT64_MIN",
    "UNKNOWN_MODES",
    "ErrorDetail",
    "FloatOrDecimal",
    "Model",
    "ProblemFound",
    "UnknownMode",
    "canonical_cache",
    "copy_json",
    "known_uuids",
    "model",
    "new_object",
    "read_object",
    "unknown_keys",
    "write_unknown",
]

# What the written-out code of the model modules uses besides the models themselves; the
# generator imports these from here, so each model module has one import line for them.
WRITTEN_OUT_NAMES = (
    "FIRST_PROBLEM",
    "FLOAT_LOWEST",
    "FLOAT_LOWEST_INT",
    "FLOAT_MAX",
    "FLOAT_MAX_INT",
    "INT64_MAX",
    "INT64_MIN",
    "ErrorDetail",
    "FloatOrDecimal",
    "ProblemFound",
    "canonical_cache",
    "copy_json",
    "known_uuids",
    "new_object",
    "read_object",
    "unknown_keys",
    "write_unknown",
)

GENERATING = False
"""Set by ``scripts/generate`` while it imports the models: a model whose written-out code
is stale then falls back to the generic code instead of refusing to load."""

_WRITTEN_OUT = ("__init__", "_read", "_write")

if TYPE_CHECKING:
    import dataclasses

T = TypeVar("T")

UNKNOWN_MODES = ("keep", "ignore", "forbid")
UnknownMode = Literal["keep", "ignore", "forbid"]


class _Field:
    # The attribute of one field: reads its place in the model's value tuple. Its
    # ``__doc__`` is the field's description, which help() and IDEs show.

    __slots__ = ("__doc__", "index", "name")

    def __init__(self, name: str, index: int, description: str) -> None:
        self.name = name
        self.index = index
        self.__doc__ = description

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return instance._values[self.index]

    def __set__(self, instance: Any, value: Any) -> None:
        _set_field(instance, self.name, value)

    def __delete__(self, instance: Any) -> None:
        _set_field(instance, self.name, None)


class _DateTimeField(_Field):
    # Reads a stored canonical text back as an aware ``datetime``.

    __slots__ = ()
    __doc__ = vars(_Field)["__doc__"]  # the field's description, as in _Field (not None)

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        text = instance._values[self.index]
        return None if text is None else _datetimes.to_datetime(text)


class _DefaultField(_Field):
    # Reads a field that has a read default: the stored value, or the default when unset.

    __slots__ = ("default",)
    __doc__ = vars(_Field)["__doc__"]

    def __init__(self, name: str, index: int, description: str, default: Any) -> None:
        super().__init__(name, index, description)
        self.default = default

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        value = instance._values[self.index]
        return self.default if value is None else value


class _Dataclass:
    """``__dataclass_fields__`` or ``__dataclass_params__`` of a model, made on first use.

    The models are dataclasses to the ``dataclasses`` module (``is_dataclass``,
    ``fields``, ``asdict``, ``replace``), but importing that module, which imports
    ``inspect``, would about double the time that importing a model takes (CPython
    3.12, ``python -X importtime``). So the ``Field`` objects are made the first time
    something asks, by ``dataclasses.make_dataclass`` from the same declarations, and
    kept on the class. They say what the constructor does: keyword-only, ``None`` as
    the default of an optional field, no default for a required one.
    """

    def __init__(self, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, instance: Any, owner: Any) -> Any:
        made = owner.__dict__.get("_dataclass")
        if made is None:
            made = _make_dataclass_view(owner)
            type.__setattr__(owner, "_dataclass", made)
        return made[self.attribute]


def _make_dataclass_view(owner: Any) -> Dict[str, Any]:
    import dataclasses  # noqa: PLC0415  # on first use only: see _Dataclass
    import sys  # noqa: PLC0415

    fields = []
    for name, annotation, spec in owner._specs:
        metadata = {METADATA_KEY: spec}
        if spec.rule.required:
            fields.append((name, annotation, dataclasses.field(metadata=metadata)))
        else:
            fields.append((name, annotation, dataclasses.field(default=None, metadata=metadata)))
    options: Dict[str, Any] = {"kw_only": True} if sys.version_info >= (3, 10) else {}
    # init, repr and eq are off so that nothing is generated; the model has its own.
    shadow = dataclasses.make_dataclass(owner.__name__, fields, init=False, repr=False, eq=False, **options)
    params = vars(shadow)["__dataclass_params__"]
    params.init = params.repr = params.eq = True  # what the model's own methods do
    return {"__dataclass_fields__": vars(shadow)["__dataclass_fields__"], "__dataclass_params__": params}


if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: Any) -> Any:
        """Only type checkers read it: they see each model as a keyword-only dataclass."""
        return lambda function: function


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
def model(cls: Type[M]) -> Type[M]:
    """Make a model class of a class body of annotated ``field()`` declarations.

    It indexes the fields' rules, puts an attribute in place of each declaration, and
    makes the class a dataclass to the ``dataclasses`` module (see ``_Dataclass``).
    """
    if "__slots__" not in vars(cls):
        raise TypeError("%s must declare __slots__ = ()" % cls.__name__)
    specs = [(name, annotation, vars(cls)[name]) for name, annotation in vars(cls)["__annotations__"].items()]
    _check_written_out(cls, [name for name, _, _ in specs])
    rules: Dict[str, Tuple[int, str, Rule]] = {}
    for index, (name, _, spec) in enumerate(specs):
        if not isinstance(spec, FieldSpec):
            raise TypeError("%s.%s must be declared with field()" % (cls.__name__, name))
        rules[name] = (index, spec.wire, spec.rule)
        attribute: _Field
        if isinstance(spec.rule, DateTime):
            attribute = _DateTimeField(name, index, spec.description)
        elif spec.default is not None:
            attribute = _DefaultField(name, index, spec.description, spec.default)
        else:
            attribute = _Field(name, index, spec.description)
        setattr(cls, name, attribute)
    if "__init__" not in vars(cls):
        cls.__init__ = _generic_init  # type: ignore[assignment]  # until scripts/generate writes one
    cls._specs = tuple(specs)
    cls._ruby_names = tuple((name, spec.ruby_name) for name, _, spec in specs if spec.ruby_name is not None)
    cls._rules = rules
    cls._wire_rules = tuple((wire, rule) for _, wire, rule in rules.values())
    cls._wire_keys = frozenset(wire for _, wire, _ in rules.values())
    cls._wire_rule = {wire: rule for _, wire, rule in rules.values()}
    cls._python_names = {name: wire for name, (_, wire, _) in rules.items() if name != wire}
    # Set with setattr: type checkers make their own, from the dataclass_transform above.
    setattr(cls, "__match_args__", ())  # noqa: B010  # as for any keyword-only dataclass
    setattr(cls, "__dataclass_fields__", _Dataclass("__dataclass_fields__"))  # noqa: B010
    setattr(cls, "__dataclass_params__", _Dataclass("__dataclass_params__"))  # noqa: B010
    return cls


def _check_written_out(cls: Any, names: List[str]) -> None:
    """Refuse a model whose written-out code was written for other fields than it declares.

    The code reads and writes the value tuple by position, so a field added, removed or
    moved without ``bash scripts/generate`` would put values in the wrong fields.
    """
    written_for = vars(cls).get("_written_for")
    if written_for is None or written_for == tuple(names):
        return
    if not GENERATING:
        raise TypeError(
            "%s: the code written out for it is stale (written for the fields %s; it declares %s). "
            "Run: bash scripts/generate" % (cls.__name__, ", ".join(written_for), ", ".join(names))
        )
    for name in (*_WRITTEN_OUT, "_written_for"):
        if name in vars(cls):
            delattr(cls, name)


def _generic_init(self: Model, **arguments: Any) -> None:
    """The constructor of a model whose own has not been written out yet: the same
    checks as a written-out one (keyword arguments only, required ones, Ruby names)."""
    name = type(self).__name__
    arguments = _ruby_names_resolved(name, self._ruby_names, arguments)
    wrong = [key for key in arguments if key not in self._rules]
    if wrong:
        raise TypeError("%s() got an unexpected keyword argument %r" % (name, wrong[0]))
    missing = [key for key, (_, _, rule) in self._rules.items() if rule.required and key not in arguments]
    if missing:
        raise TypeError("%s() missing required keyword-only argument: %r" % (name, missing[0]))
    self._init({key: arguments.get(key) for key in self._rules})


def _check_mode(unknown: str) -> None:
    if unknown not in UNKNOWN_MODES:
        raise ValueError("unknown must be 'keep', 'ignore' or 'forbid', not %r" % (unknown,))


def _rebuild(cls: Type[M], values: Sequence[Any]) -> M:
    """Make a model from its values (for copy and pickle)."""
    instance = new_object(cls)
    instance._values = tuple(values)
    return instance


def _checked(model_name: str, check: Callable[..., T], *arguments: Any) -> T:
    """``check(*arguments, errors)`` with a new error list, bounded as ``ErrorList`` is,
    and its result.

    Raises:
        ValidationError: with every problem ``check`` found (or the first ``MAX_ERRORS``).
    """
    errors = ErrorList()
    try:
        result = check(*arguments, errors)
    except ChecksStopped:
        raise ValidationError(errors, model_name, complete=False) from None
    if errors:
        raise ValidationError(errors, model_name)
    return result


def _check_arguments(
    rules: Dict[str, Tuple[int, str, Rule]], arguments: Mapping[str, Any], errors: List[ErrorDetail]
) -> List[Any]:
    """What a model stores for its constructor's arguments, in field order."""
    return [rule.check(arguments[name], wire, errors) for name, (_, wire, rule) in rules.items()]


def _ruby_names_resolved(
    model_name: str, ruby_names: Tuple[Tuple[str, str], ...], arguments: Mapping[str, Any]
) -> Dict[str, Any]:
    """``arguments`` with each field given by its Ruby name moved to its Python name."""
    resolved = dict(arguments)
    for python_name, ruby_name in ruby_names:
        value = resolved.pop(ruby_name, None)
        if value is not None:
            if resolved.get(python_name) is not None:
                raise TypeError("%s() got %s and %s, two names of one field" % (model_name, python_name, ruby_name))
            resolved[python_name] = value
    return resolved


def _set_field(instance: Model, name: str, value: Any) -> None:
    """Checked assignment of a field: what ``model.name = value`` and ``del model.name`` do."""
    index, wire, rule = instance._rules[name]
    # _checked written out: assignment is frequent, and the call through it doubled its time.
    errors = ErrorList()
    try:
        stored = rule.check(value, wire, errors)
    except ChecksStopped:
        raise ValidationError(errors, type(instance).__name__, complete=False) from None
    if errors:
        raise ValidationError(errors, type(instance).__name__)
    try:
        values = instance._values
    except AttributeError:  # made without __init__ (msgspec), then filled in field by field
        values = (None,) * (len(instance._rules) + 1)
    instance._values = (*values[:index], stored, *values[index + 1 :])


class Model:
    """Behaviour shared by every model. Not instantiated itself.

    To change fields of a copy, use ``copy.replace(model, **changes)`` (Python 3.13) or
    ``model.__replace__(**changes)``: unknown keys and an unset ``state`` are kept.
    ``dataclasses.replace`` rebuilds the model from what its attributes read instead,
    leaving the unknown keys out and making an unset ``state`` an explicit ``"open"``.
    """

    if not TYPE_CHECKING:  # mypy would take the fields of a model for attributes missing from its slots
        __slots__ = ("__weakref__", "_values")

    if TYPE_CHECKING:  # not annotations at run time, so typing.get_type_hints() gives just the fields
        _values: Tuple[Any, ...]
        _rules: ClassVar[Dict[str, Tuple[int, str, Rule]]]
        _ruby_names: ClassVar[Tuple[Tuple[str, str], ...]]  # (Python name, Ruby name) where they differ
        _wire_rules: ClassVar[Tuple[Tuple[str, Rule], ...]]  # (wire key, rule) in field order
        _wire_keys: ClassVar[FrozenSet[str]]
        _wire_rule: ClassVar[Dict[str, Rule]]  # wire key -> rule
        _python_names: ClassVar[Dict[str, str]]  # Python name -> wire key, where they differ
        _specs: ClassVar[Tuple[Tuple[str, str, FieldSpec], ...]]
        __dataclass_fields__: ClassVar[Dict[str, dataclasses.Field[Any]]]

    __hash__ = None  # type: ignore[assignment]  # mutable, so not hashable

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in cls.__mro__[1:]:
            if "_rules" in vars(base):
                raise TypeError(
                    "%s cannot subclass %s: models are not meant to be subclassed (their fields "
                    "are a fixed list, which a subclass or @dataclass cannot extend). Keep a %s "
                    "in a field of your own class instead." % (cls.__name__, base.__name__, base.__name__)
                )

    # -- building and changing -------------------------------------------------------

    def _init(self, arguments: Mapping[str, Any]) -> None:
        """Check every constructor argument, report all problems at once, then store.

        ``arguments`` has a key for each field, and for each Ruby name a field has.
        """
        if self._ruby_names:
            arguments = _ruby_names_resolved(type(self).__name__, self._ruby_names, arguments)
        values = _checked(type(self).__name__, _check_arguments, self._rules, arguments)
        values.append(None)  # no unknown keys
        self._values = tuple(values)

    def __reduce__(self) -> Tuple[Callable[..., Any], Tuple[Any, ...]]:
        # The copy shares the value tuple; an assignment to either puts a new one in its
        # place. The lists and dicts in it are shared, as in any shallow copy.
        return _rebuild, (type(self), self._values)

    def __replace__(self: M, **changes: Any) -> M:
        """A copy with some fields changed and checked (``copy.replace``, Python 3.13).

        Unlike ``dataclasses.replace``, which builds a new model from what the attributes
        read, the copy keeps unknown keys and leaves unset fields (``state``) unset.

        Raises:
            TypeError: a name in ``changes`` is not a field, as for the constructor.
            ValidationError: with every problem of ``changes``; nothing is copied then.
        """
        rules = self._rules
        wrong = [name for name in changes if name not in rules]
        if wrong:
            raise TypeError("%s has no field %s" % (type(self).__name__, ", ".join(map(repr, wrong))))
        values = list(self._values)

        def check_changes(errors: List[ErrorDetail]) -> None:
            for name, value in changes.items():
                index, wire, rule = rules[name]
                values[index] = rule.check(value, wire, errors)

        _checked(type(self).__name__, check_changes)
        return _rebuild(type(self), values)

    def __post_init__(self) -> None:
        """Finish a model that a library built field by field, each one checked (msgspec).

        Such a library makes the model without ``__init__``, assigns the fields it was
        given, then calls this: it refuses the model when a required field was left out.

        Raises:
            ValidationError: a required field is unset.
        """
        try:
            values = self._values
        except AttributeError:  # no field was given
            values = (None,) * (len(self._rules) + 1)
            self._values = values
        errors = [
            ErrorDetail((wire,), "is required", None, "missing")
            for index, wire, rule in self._rules.values()
            if rule.required and values[index] is None
        ]
        if errors:
            raise ValidationError(errors, type(self).__name__)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """How pydantic v2 reads and writes the model: in its wire form, with its checks.

        A dict is read by :meth:`from_dict` (wire keys, unknown keys kept), an instance
        is checked again by :meth:`validate`, and dumping gives :meth:`to_dict`. Only
        pydantic calls this, so pydantic is imported only then.
        """
        from pydantic_core import core_schema  # noqa: PLC0415  # only with pydantic installed

        return core_schema.no_info_plain_validator_function(
            cls._from_pydantic,
            serialization=core_schema.plain_serializer_function_ser_schema(cls.to_dict),
        )

    @classmethod
    def _from_pydantic(cls: Type[M], value: Any) -> M:
        if isinstance(value, cls):
            value.validate()
            return value
        return cls.from_dict(value)

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
        _checked(type(self).__name__, self._collect_errors)

    def is_valid(self) -> bool:
        """Whether :meth:`validate` would pass (Ruby's ``valid?``)."""
        try:
            self._collect_errors(FIRST_PROBLEM)
        except ProblemFound:
            return False
        return True

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
        declarations: what a model uses while ``scripts/generate`` writes out its own
        reader, the same steps in straight-line code.
        """
        if type(data) is not dict:
            data = read_object(data, errors)
            if data is None:
                return None
        start = len(errors)
        get = data.get
        values = [rule.read(get(wire), wire, errors, unknown) for wire, rule in cls._wire_rules]
        known = cls._wire_keys
        values.append(None if known.issuperset(data) else unknown_keys(data, cls, unknown, errors))
        if len(errors) > start:
            return None
        self = new_object(cls)
        self._values = tuple(values)
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
        if unknown not in UNKNOWN_MODES:
            _check_mode(unknown)
        # The first read only asks whether there is a problem, so that a valid payload (the
        # usual case) costs no error list; at the first problem it stops, and a second read
        # collects every problem with its path.
        try:
            result = cls._read(data, unknown, FIRST_PROBLEM)
        except ProblemFound:
            result = None
        if result is not None:  # never None without a problem, which FIRST_PROBLEM raises
            return result
        errors = ErrorList()
        try:
            result = cls._read(data, unknown, errors)
        except ChecksStopped:
            raise ValidationError(as_wire(errors), cls.__name__, complete=False) from None
        if errors or result is None:
            raise ValidationError(as_wire(errors), cls.__name__)
        return result

    @classmethod
    def from_json(cls: Type[M], text: _json.JSONText, *, unknown: UnknownMode = "keep") -> M:
        """Build a model from JSON text (``str``, or ``bytes`` in UTF-8).

        Raises:
            ValidationError: the text is not strict JSON, or its data is not valid.
            ValueError: ``unknown`` is not one of the three modes.
        """
        if unknown not in UNKNOWN_MODES:  # before the text, so a wrong mode is never hidden by a text error
            _check_mode(unknown)
        try:
            data = _json.load(text, cls.__name__)
            return cls.from_dict(data, unknown=unknown)
        except ValidationError as exc:
            exc.errors = as_wire(exc.errors)
            _json.explain_overflow(exc.errors)
            raise

    def to_dict(self) -> Dict[str, Any]:
        """The wire form: camelCase keys in field order, unset fields left out.

        Every list and dict in the result is new. Lists and dicts changed in place are
        checked again as they are written, so the result is always a payload that
        :meth:`from_dict` accepts.

        Raises:
            ValidationError: a list or dict was changed in place into something
                :meth:`from_dict` would refuse; every problem, at its wire path.
        """
        try:
            return self._write()
        except ProblemFound as stop:
            # The writers test each value inline and stop at the first that fails:
            # validate() then finds every problem, with its path.
            self.validate()
            raise RuntimeError(
                "%s.to_dict() stopped at a value that validate() accepts" % type(self).__name__
            ) from stop

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """The wire form as JSON text, compact unless ``indent`` is given.

        Like :meth:`to_dict`, it checks what was changed in place as it writes.

        Raises:
            ValidationError: as for :meth:`to_dict`, or a string JSON text cannot carry.
        """
        data = self.to_dict()  # JSON data, checked: json can write all of it
        try:
            return _json.dump(data, indent)
        except ValidationError as exc:  # text JSON cannot carry, such as a split surrogate pair
            raise ValidationError(exc.errors, type(self).__name__, complete=exc.complete) from None

    @classmethod
    def json_schema(cls) -> Dict[str, Any]:
        """The JSON Schema (draft 2020-12) of the wire form, as a new dict.

        Its top-level ``description`` lists the rules a JSON Schema cannot state.
        """
        from ._schema import json_schema  # noqa: PLC0415  # most programs never ask: keep import fast

        return json_schema(cls)


# A model class, in the signatures of the methods that return one of their own class. Bound
# to the class, not to its name, which typing would compile at import: the first compile
# in a process starts the compiler, a fifth of this package's import time.
M = TypeVar("M", bound=Model)

if TYPE_CHECKING:

    def new_object(cls: Type[T]) -> T:
        """A model not yet given its values: the written-out readers fill in ``_values``."""

else:
    # A model not yet given its values. The written-out readers make one per object read:
    # through this name it is one lookup less than object.__new__ each time.
    new_object = object.__new__


def read_object(data: Any, errors: List[ErrorDetail]) -> Optional[Dict[str, Any]]:
    """``data`` as a plain dict, or ``None`` with an error when it is not a JSON object."""
    if type(data) is dict:
        return data
    if isinstance(data, dict):
        return dict(data)
    errors.append(ErrorDetail((), "expected object, got %s" % json_type(data), data, "type"))
    return None


def unknown_keys(
    data: Dict[str, Any],
    cls: Type[Model],
    mode: str,
    errors: List[ErrorDetail],
) -> Optional[Dict[str, Any]]:
    """Handle the keys of ``data`` that are not wire keys of ``cls``, as ``mode`` says.

    A key that is the Python name of a field (``profile_id`` for ``profileId``) is always a
    mistake, never a field of a newer API version, so it is refused in every mode, naming
    the JSON key; unless the JSON key is there too, its value is also checked as that
    field's, so that one round reports what the renamed payload would still get wrong.
    Returns the kept ones (copied), or ``None`` when there are none to keep.
    """
    known = cls._wire_keys
    python_names = cls._python_names
    kept = {}
    for key in [key for key in data if key not in known]:  # a response from a newer API has a few
        value = data[key]
        wire = python_names.get(key) if type(key) is str else None
        if wire is not None:
            message = "is the Python name of a field; its JSON key is %s" % wire
            errors.append(ErrorDetail((key,), message, value, "python_name"))
            if wire not in data and value is not None:
                cls._wire_rule[wire].read(value, key, errors, mode)
        elif mode == "ignore":
            continue
        elif mode == "forbid":
            errors.append(ErrorDetail((key,), "unknown field", value, "unknown_field"))
        elif not isinstance(key, str):
            errors.append(ErrorDetail((key,), "keys must be strings", key, "key_type"))
        else:
            kept[key] = copy_json(value, key, errors)
    return kept or None


def write_unknown(out: Dict[str, Any], unknown: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    """Add the kept unknown keys after the known ones, as copies."""
    if unknown:
        for key, value in unknown.items():
            out[key] = copy_json(value, key, FIRST_PROBLEM)  # changed in place into something not JSON: stop
    return out
