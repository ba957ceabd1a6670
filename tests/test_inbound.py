"""What every channel does to a person's text before anyone reads it."""

from __future__ import annotations

import pytest

from bot.inbound import normalize_text, parse_payload


@pytest.mark.parametrize(
    "mark",
    ["\u2066", "\u2067", "\u2068", "\u2069", "\u202e", "\u202d", "\u200f", "\u061c", "\u200b"],
)
def test_direction_marks_and_isolates_are_stripped(mark: str) -> None:
    """A bidi isolate or override can make 'pay 100' read 'pay 001' on a staff screen."""
    assert normalize_text(f"necesito {mark}ayuda{mark} ya") == "necesito ayuda ya"


def test_ordinary_text_is_kept_and_composed() -> None:
    assert normalize_text("  me llamo Jose\u0301  ") == "me llamo José"
    assert normalize_text("mwen bezwen èd\nsvp") == "mwen bezwen èd\nsvp"


def test_payloads_are_read_and_ordinary_text_is_not() -> None:
    assert parse_payload('/find_shelter{"city": "Tijuana"}') == (
        "find_shelter",
        {"city": "Tijuana"},
    )
    assert parse_payload("/affirm") == ("affirm", {})
    assert parse_payload("hola /affirm") is None
    assert parse_payload('/x{"broken"') is None
