"""RFC 3339 date-times: one grammar on every Python, one canonical text per instant and offset.

A model stores a date-time as its canonical text, ``YYYY-MM-DDTHH:MM:SS[.fraction]``
followed by ``Z`` or ``+hh:mm``/``-hh:mm``, the fraction without trailing zeros. Writing a
payload then costs nothing (formatting a ``datetime`` costs more than encoding the rest of
a cart item), equal texts mean the same instant and offset, and a fraction finer than a
microsecond survives a round trip. The ``datetime`` is made when a field is read.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, Optional, Tuple

# What we read: RFC 3339 (which allows "t" and "z" for "T" and "Z"), plus two ISO 8601
# forms people write by hand: a space for "T", and minutes without seconds. ASCII digits
# only. RFC 3339's leap second (second 60) and year 0000 match, and are refused with
# their own message: a Python datetime cannot hold them.
_GRAMMAR = (
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:\.([0-9]+))?)?"
    r"(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))\Z"
)

# _GRAMMAR's match. Compiled on first use: it took a tenth of the package's import time,
# and a program that never reads a date-time should not pay for it. (Declared before the
# function that rebinds it, which PyPy's compiler requires of an annotated global.)
_grammar_match: Callable[[str], Optional[re.Match[str]]]


def _compile_grammar(text: str) -> Optional[re.Match[str]]:
    global _grammar_match  # noqa: PLW0603  # replaced by the compiled pattern's match, once
    _grammar_match = re.compile(_GRAMMAR).match
    return _grammar_match(text)


_grammar_match = _compile_grammar

FORMAT_HINT = "an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"
# Two mistakes that get a message of their own: a date alone (with or without a zone),
# and a date and time without a zone. Only a refused text is matched against them, so
# they are compiled then (by re's cache), not at import.
_DATE_ONLY = r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?\Z"
_NO_ZONE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9:.]+\Z"

# Payloads repeat the same few date-times (price adjustments are shared by many items),
# so validated texts and parsed values are kept; the bounds keep memory small.
_CACHE_SIZE = 4096
# Only texts of a usual length are kept: a fraction may have any number of digits, and
# 4096 texts of a megabyte each would not be a small cache.
_CACHEABLE = 64
canonical_cache: Dict[str, str] = {}
_value_cache: Dict[str, datetime] = {}
_zones: Dict[int, timezone] = {0: timezone.utc}


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """Days in a Gregorian month (the calendar module would cost import time for this)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


class DateTimeError(ValueError):
    """A date-time text or value that cannot be used; the message says why."""


def _zone(minutes: int) -> timezone:
    zone = _zones.get(minutes)
    if zone is None:
        zone = _zones[minutes] = timezone(timedelta(minutes=minutes))
    return zone


def _offset_text(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return "%s%02d:%02d" % (sign, hours, mins)


def _parts(text: str) -> Tuple[datetime, str, str]:
    """Check ``text`` and return (value, fraction digits, canonical text)."""
    match = _grammar_match(text)
    if match is None:
        # The same mistake gets the same message, with or without a zone.
        if re.match(_DATE_ONLY, text):
            raise DateTimeError("date-time has no time; give one, such as %sT00:00:00Z" % text[:10])
        if re.match(_NO_ZONE, text):
            raise DateTimeError("date-time has no time zone; add Z or an offset such as +02:00")
        raise DateTimeError("expected " + FORMAT_HINT)
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    # Ranges are checked here, with our own words: datetime's messages differ between
    # CPython and PyPy.
    if year == "0000":
        raise DateTimeError(
            "year 0000 is valid RFC 3339, but a Python datetime cannot hold it (it starts at year 0001)"
        )
    if not "01" <= month <= "12":
        raise DateTimeError("month must be between 01 and 12")
    if not "01" <= day <= "31" or int(day) > _days_in_month(int(year), int(month)):
        raise DateTimeError("day %s does not exist in %s-%s" % (day, year, month))
    if hour > "23" or minute > "59":
        raise DateTimeError("time %s:%s does not exist" % (hour, minute))
    if second == "60":
        raise DateTimeError(
            "second 60 (a leap second) is valid RFC 3339, but a Python datetime cannot hold it (seconds end at 59)"
        )
    if second is not None and second > "59":
        raise DateTimeError("second must be between 00 and 59")
    if zulu is None and (off_h > "23" or off_m > "59"):
        raise DateTimeError("time zone offset is out of range")
    minutes = 0 if zulu else (int(off_h) * 60 + int(off_m)) * (-1 if sign == "-" else 1)
    digits = (fraction or "").rstrip("0")
    value = datetime(
        int(year),
        int(month),
        int(day),
        int(hour),
        int(minute),
        int(second or 0),
        int(digits[:6].ljust(6, "0")),
        _zone(minutes),
    )
    canonical = "%s-%s-%sT%s:%s:%s%s%s" % (
        year,
        month,
        day,
        hour,
        minute,
        second or "00",
        "." + digits if digits else "",
        _offset_text(minutes),
    )
    return value, digits, canonical


def canonical_text(text: str) -> str:
    """Return the canonical form of a date-time text.

    Raises:
        DateTimeError: the text is not a date-time with a time zone.
    """
    canonical = canonical_cache.get(text)
    if canonical is None:
        canonical = _parts(text)[2]
        if len(text) > _CACHEABLE:
            return canonical
        if len(canonical_cache) >= _CACHE_SIZE:
            canonical_cache.clear()
        canonical_cache[text] = canonical
    return canonical


def to_datetime(canonical: str) -> datetime:
    """The aware ``datetime`` of a canonical text (digits past microseconds are dropped)."""
    value = _value_cache.get(canonical)
    if value is None:
        value = _parts(canonical)[0]
        if len(canonical) > _CACHEABLE:
            return value
        if len(_value_cache) >= _CACHE_SIZE:
            _value_cache.clear()
        _value_cache[canonical] = value
    return value


def from_datetime(value: datetime) -> str:
    """The canonical text of an aware ``datetime``.

    Raises:
        DateTimeError: the value is naive, or its offset is not a whole number of minutes.
    """
    offset: Optional[timedelta] = value.utcoffset()
    if offset is None:
        raise DateTimeError("datetime is naive; give it a tzinfo such as timezone.utc")
    seconds = offset.days * 86400 + offset.seconds
    if seconds % 60 or offset.microseconds:
        raise DateTimeError("time zone offset must be a whole number of minutes")
    fraction = ("%06d" % value.microsecond).rstrip("0")
    return "%04d-%02d-%02dT%02d:%02d:%02d%s%s" % (
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        "." + fraction if fraction else "",
        _offset_text(seconds // 60),
    )
