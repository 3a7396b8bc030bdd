"""The one error type, and the records it carries."""

from __future__ import annotations

import re
import reprlib
from typing import Any, List, NamedTuple, Sequence, Tuple, Union

Loc = Tuple[Union[str, int], ...]

# A key that reads well after a dot; anything else is written as ["..."].
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlevel = 3
_SHORT.maxlist = _SHORT.maxdict = _SHORT.maxtuple = _SHORT.maxset = 4
_SHORT.maxlong = 40


def format_path(loc: Loc) -> str:
    """Write a location the way JSON is read: ``cartItems[3].quantity``."""
    out = []
    for part in loc:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append("[%d]" % part)
        elif not isinstance(part, str):  # a key from_dict was given that JSON cannot have
            out.append("[%s]" % short_repr(part))
        elif _PLAIN_KEY.match(part):
            out.append("." + part if out else part)
        else:
            out.append('["%s"]' % part.replace("\\", "\\\\").replace('"', '\\"'))
    return "".join(out)


def short_repr(value: Any) -> str:
    """A ``repr`` of at most about 60 characters that never raises."""
    try:
        if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
            return "<integer of %d bits>" % value.bit_length()
        return _SHORT.repr(value)
    except Exception:  # a broken __repr__ must not hide the real problem
        return "<%s object>" % type(value).__name__


class ErrorDetail(NamedTuple):
    """One problem: where it is (wire keys and list indexes), what is wrong, and the value."""

    loc: Loc
    msg: str
    input: Any

    @property
    def path(self) -> str:
        """The location as a wire path, such as ``cartItems[3].quantity`` (``""`` for the top)."""
        return format_path(self.loc)

    def __str__(self) -> str:
        return "%s: %s (value: %s)" % (self.path or "(top level)", self.msg, short_repr(self.input))


class ValidationError(ValueError):
    """Every problem found in one input, in field order.

    A subclass of :class:`ValueError`, so code that embeds this package can catch it
    without importing it. ``errors`` is the list of :class:`ErrorDetail` records.
    """

    errors: List[ErrorDetail]
    model: str

    def __init__(self, errors: Sequence[ErrorDetail], model: str = "") -> None:
        super().__init__(list(errors), model)
        self.errors = list(errors)
        self.model = model

    def __repr__(self) -> str:
        # Not the default, which would repr every offending value (and fail on a bad one).
        return "<ValidationError: %s>" % self._headline()

    def _headline(self) -> str:
        count = len(self.errors)
        head = "%d validation error%s" % (count, "" if count == 1 else "s")
        return head + " for " + self.model if self.model else head

    def __str__(self) -> str:
        return "\n".join([self._headline()] + ["  " + str(error) for error in self.errors])


class _UnknownAttributeError(ValidationError, AttributeError):
    """Assignment to a name that is not a field: both kinds of error, so either catch works."""


def prefix(errors: List[ErrorDetail], start: int, outer: Loc) -> None:
    """Put ``outer`` in front of the location of every error from index ``start`` on."""
    for index in range(start, len(errors)):
        error = errors[index]
        errors[index] = ErrorDetail(outer + error.loc, error.msg, error.input)


def chain_loc(chain: Any, key: Any) -> Loc:
    """The location of ``key`` inside ``chain``, a container's location kept as nested
    ``(outer chain, key)`` pairs (``None`` at the top). A walk down a tree extends such a
    chain at no cost per level, and pays for a whole tuple only when it finds a problem.
    """
    parts = [key]
    while chain is not None:
        chain, outer = chain
        parts.append(outer)
    parts.reverse()
    return tuple(parts)
