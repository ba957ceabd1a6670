"""Opening hours: the documented syntax, read strictly, written canonically, asked 'open now?'."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.directory.hours import HoursError, canonical, parse
from bot.directory.present import hours_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24/7", "24/7"),
        ("Mo-Fr 09:00-17:00; Sa 09:00-13:00", "Mo-Fr 09:00-17:00; Sa 09:00-13:00"),
        ("mo-fr 09:00-17:00", "Mo-Fr 09:00-17:00"),
        ("Mo,We,Fr 08:00-12:00, 14:00-18:00", "Mo,We,Fr 08:00-12:00,14:00-18:00"),
        ("Sa 10:00-14:00; Mo-Tu 09:00-17:00", "Mo-Tu 09:00-17:00; Sa 10:00-14:00"),
        ("Mo-Su 00:00-24:00", "24/7"),
        ("Fr 20:00-24:00; Sa 00:00-02:00", "Fr 20:00-24:00; Sa 00:00-02:00"),
        ("", ""),
    ],
)
def test_valid_hours_are_written_canonically(text: str, expected: str) -> None:
    assert canonical(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Lu-Vi 09:00-17:00", "unknown day"),
        ("Mo-Fr 9-17", "bad time"),
        ("Mo-Fr 09:00-25:00", "bad time"),
        ("Mo-Fr 24:00-24:00", "bad time"),
        ("Mo-Fr 18:00-09:00", "closing time must be after"),
        ("Mo-Fr 09:00-13:00,12:00-15:00", "overlap"),
        ("Mo-Fr 09:00-17:00; Fr 18:00-20:00", "more than one rule"),
        ("Fr-Mo 09:00-17:00", "backwards"),
        ("every day 9 to 5", "cannot read"),
        ("Mo-Fr", "cannot read"),
    ],
)
def test_invalid_hours_say_why(text: str, reason: str) -> None:
    with pytest.raises(HoursError, match=reason):
        parse(text)


def test_open_now_uses_the_intervals() -> None:
    hours = parse("Mo-Fr 09:00-17:00; Sa 09:00-13:00")
    assert hours is not None
    assert hours.is_open(datetime(2026, 11, 23, 9, 0))  # a Monday
    assert not hours.is_open(datetime(2026, 11, 23, 17, 0))
    assert hours.is_open(datetime(2026, 11, 28, 12, 59))  # Saturday
    assert not hours.is_open(datetime(2026, 11, 29, 12, 0))  # Sunday
    always = parse("24/7")
    assert always is not None and always.is_open(datetime(2026, 11, 29, 3, 0))


def test_hours_are_shown_in_the_persons_language() -> None:
    text = "Mo-Fr 09:00-17:00; Sa 09:00-13:00"
    assert hours_text(text, "es") == "lun-vie 09:00-17:00; sáb 09:00-13:00"
    assert hours_text(text, "ht") == "len-van 09:00-17:00; sam 09:00-13:00"
    assert hours_text("24/7", "es") == "abierto las 24 horas, todos los días"
    assert hours_text("", "es") == ""
