"""Date-times: one RFC 3339 grammar on every Python, the offset kept, naive values refused."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import List, Tuple

import pytest

from talon_models import CartItem, PriceDetail, ValidationError


def _wire(text: str) -> str:
    """What a date-time text is written back as."""
    written = PriceDetail.from_dict({"adjustmentEffectiveFrom": text}).to_dict()
    return str(written["adjustmentEffectiveFrom"])


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2021-09-12T10:12:42Z", "2021-09-12T10:12:42Z"),
        ("2021-09-12t10:12:42z", "2021-09-12T10:12:42Z"),
        ("2021-09-12 10:12:42Z", "2021-09-12T10:12:42Z"),
        ("2021-09-12T10:12Z", "2021-09-12T10:12:00Z"),
        ("2021-09-12T10:12:42+02:00", "2021-09-12T10:12:42+02:00"),
        ("2021-09-12T10:12:42-05:30", "2021-09-12T10:12:42-05:30"),
        ("2021-09-12T10:12:42+00:00", "2021-09-12T10:12:42Z"),
        ("2021-09-12T10:12:42-00:00", "2021-09-12T10:12:42Z"),
        ("2021-09-12T10:12:42.5Z", "2021-09-12T10:12:42.5Z"),
        ("2021-09-12T10:12:42.500000Z", "2021-09-12T10:12:42.5Z"),
        ("2021-09-12T10:12:42.000Z", "2021-09-12T10:12:42Z"),
        ("2021-09-12T10:12:42.123456789+05:45", "2021-09-12T10:12:42.123456789+05:45"),
        ("2024-02-29T23:59:59+14:00", "2024-02-29T23:59:59+14:00"),
        ("2000-02-29T12:00:00Z", "2000-02-29T12:00:00Z"),
        ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
    ],
)
def test_accepted_forms_are_written_as_rfc3339(text: str, written: str) -> None:
    """Each accepted form comes out as canonical RFC 3339 for the same instant and offset."""
    assert _wire(text) == written


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021-09-12T10:12:42", "date-time has no time zone; add Z or an offset such as +02:00"),
        ("2021-09-12", "date-time has no time; give one, such as 2021-09-12T00:00:00Z"),
        ("2021-09-12Z", "date-time has no time; give one, such as 2021-09-12T00:00:00Z"),
        ("2021-09-12+02:00", "date-time has no time; give one, such as 2021-09-12T00:00:00Z"),
        ("2021-09-12 10:12", "date-time has no time zone; add Z or an offset such as +02:00"),
        ("20210912T101242Z", "expected an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"),
        ("Sep 12 2021 10:12:42 UTC", "expected an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"),
        ("", "expected an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"),
        ("2021-09-12X10:12:42Z", "expected an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"),
        ("2021-09-12T10:12:42+0200", "expected an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"),
        ("٢٠٢١-09-12T10:12:42Z", "expected an RFC 3339 date-time with a time zone, such as 2021-09-12T10:12:42Z"),
        ("2021-02-30T10:12:42Z", "day 30 does not exist in 2021-02"),
        ("2023-02-29T10:12:42Z", "day 29 does not exist in 2023-02"),
        ("1900-02-29T10:12:42Z", "day 29 does not exist in 1900-02"),
        ("2021-04-31T10:12:42Z", "day 31 does not exist in 2021-04"),
        ("2021-09-00T10:12:42Z", "day 00 does not exist in 2021-09"),
        ("2021-13-01T10:12:42Z", "month must be between 01 and 12"),
        ("2021-00-01T10:12:42Z", "month must be between 01 and 12"),
        ("2021-09-12T24:00:00Z", "time 24:00 does not exist"),
        ("2021-09-12T10:60:00Z", "time 10:60 does not exist"),
        (
            "2016-12-31T23:59:60Z",
            "second 60 (a leap second) is valid RFC 3339, but a Python datetime cannot hold it (seconds end at 59)",
        ),
        (
            "2021-09-12T10:12:60z",
            "second 60 (a leap second) is valid RFC 3339, but a Python datetime cannot hold it (seconds end at 59)",
        ),
        ("2021-09-12T10:12:61Z", "second must be between 00 and 59"),
        (
            "0000-01-01T00:00:00Z",
            "year 0000 is valid RFC 3339, but a Python datetime cannot hold it (it starts at year 0001)",
        ),
        ("2021-09-12T10:12:42+24:00", "time zone offset is out of range"),
    ],
)
def test_rejected_forms_say_why(text: str, message: str) -> None:
    """Anything else is an error at the field's path, with a message that says why."""
    with pytest.raises(ValidationError) as caught:
        PriceDetail.from_dict({"adjustmentEffectiveFrom": text})
    errors: List[Tuple[str, str]] = [(error.path, error.msg) for error in caught.value.errors]
    assert errors == [("adjustmentEffectiveFrom", message)]


def test_reading_gives_an_aware_datetime_with_the_offset() -> None:
    """The attribute is a datetime at the same instant, carrying the wire offset."""
    value = PriceDetail.from_dict({"adjustmentEffectiveFrom": "2021-09-12T10:12:42.25-05:30"}).adjustment_effective_from
    assert value == datetime(2021, 9, 12, 15, 42, 42, 250000, tzinfo=timezone.utc)
    assert value is not None and value.utcoffset() == timedelta(hours=-5, minutes=-30)


def test_aware_datetimes_are_accepted_from_python() -> None:
    """An aware datetime is stored and written with its offset."""
    zone = timezone(timedelta(hours=2))
    detail = PriceDetail(adjustment_effective_until=datetime(2025, 5, 30, 12, 0, 0, 120000, tzinfo=zone))
    assert detail.to_dict() == {"adjustmentEffectiveUntil": "2025-05-30T12:00:00.12+02:00"}
    assert detail.adjustment_effective_until == datetime(2025, 5, 30, 10, 0, 0, 120000, tzinfo=timezone.utc)


def test_naive_datetimes_are_rejected_from_python() -> None:
    """A datetime without tzinfo is refused, on construction and on assignment."""
    with pytest.raises(ValidationError) as caught:
        CartItem(sku="A", quantity=1, adjustment_effective_from=datetime(2021, 9, 12, 10, 12, 42))
    assert caught.value.errors[0].msg == "datetime is naive; give it a tzinfo such as timezone.utc"
    detail = PriceDetail()
    with pytest.raises(ValidationError):
        detail.adjustment_effective_from = datetime(2021, 9, 12)


def test_offsets_with_seconds_are_rejected() -> None:
    """RFC 3339 offsets are whole minutes; a zone with seconds cannot be written."""
    zone = timezone(timedelta(minutes=30, seconds=5))
    with pytest.raises(ValidationError) as caught:
        PriceDetail(adjustment_effective_from=datetime(2021, 1, 1, tzinfo=zone))
    assert caught.value.errors[0].msg == "time zone offset must be a whole number of minutes"


def test_strings_are_not_datetimes_in_python() -> None:
    """The constructor takes datetime objects; a string is the wire form, not a value."""
    with pytest.raises(ValidationError) as caught:
        PriceDetail(adjustment_effective_from="2021-09-12T10:12:42Z")  # type: ignore[arg-type]
    assert caught.value.errors[0].msg == "expected datetime, got string"


def test_non_strings_on_the_wire_are_rejected() -> None:
    """An epoch number is not a date-time on the wire."""
    with pytest.raises(ValidationError) as caught:
        PriceDetail.from_dict({"adjustmentEffectiveFrom": 1631441562})
    assert caught.value.errors[0].msg == "expected date-time string, got integer"


def test_same_instant_in_another_offset_is_a_different_value() -> None:
    """Models compare date-times by instant and offset, since they write different text."""
    utc = PriceDetail.from_dict({"adjustmentEffectiveFrom": "2021-09-12T10:12:42Z"})
    berlin = PriceDetail.from_dict({"adjustmentEffectiveFrom": "2021-09-12T12:12:42+02:00"})
    assert utc.adjustment_effective_from == berlin.adjustment_effective_from
    assert utc != berlin
    assert utc == PriceDetail.from_dict({"adjustmentEffectiveFrom": "2021-09-12 10:12:42.000z"})
