"""What a text claims that a person could act on: numbers (phones, fees, days, years) and addresses.

The checker compares these with the values in the facts register, in every language. Numbers are
compared by their digits, so "MXN 1,702", "1 702 MXN" and "1.702" are the same amount and
"800 5533 000" is the same phone wherever it appears; a phone with one digit changed is a new
number and must be registered. Times are written "9:00" in every language. List numbering at the
start of a line ("1. ", "2) ") is not a claim. Web and e-mail addresses must match a registered
value as written (case and a trailing slash aside).
"""

from __future__ import annotations

import re

# Web addresses with or without a scheme, and e-mail addresses. Bare domains need a known ending
# so that "etc." or "No. 167" are not taken for one.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:mx|org|gov|com|net|int|edu|gob)(?:\.[a-z]{2})?\b(?:/[^\s<>\"')]*)?",
    re.IGNORECASE,
)
# A list number at the start of a line: "1. ", "12) ".
_LIST_NUMBER = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]")
# A number: digit groups joined by one separator, as phones ("800 5533 000", "1-888-373-7888",
# "(55) 5681 8125") and amounts ("11,140.74", "11 140,74") are written. A space or a dash joins
# only a group of two digits or more, so "Calle 10 No. 167" stays apart but "1 702" does not;
# only the first group may be in brackets, so "18:00 (2024)" is two numbers.
_NUMBER = re.compile(
    r"(?<![\w])\+?(?:\(\d+\)|\d+)"
    r"(?:(?:[ \u00a0\u202f]|[-\u2013])(?=\d{2})\d+|[.,:](?=\d)\d+)*"
)
_TRAILING = ".,;:!?"


def addresses(text: str) -> list[str]:
    """Web and e-mail addresses in the text, without trailing punctuation."""
    found = [m.group(0) for m in _EMAIL.finditer(text)]
    rest = _EMAIL.sub(" ", text)
    found.extend(m.group(0) for m in _URL.finditer(rest))
    return [a.rstrip(_TRAILING) for a in found]


def normal_address(address: str) -> str:
    """An address as compared: no scheme, no "www.", no trailing slash, lower case."""
    out = address.strip().rstrip(_TRAILING).lower()
    out = re.sub(r"^https?://", "", out)
    out = re.sub(r"^www\.", "", out)
    return out.rstrip("/")


def number_tokens(text: str) -> list[tuple[str, str]]:
    """Every number in the text as written and as its digits, addresses and list numbers aside."""
    rest = _EMAIL.sub(" ", text)
    rest = _URL.sub(" ", rest)
    rest = _LIST_NUMBER.sub(" ", rest)
    out = []
    for match in _NUMBER.finditer(rest):
        digits = re.sub(r"\D", "", match.group(0))
        if digits:
            out.append((match.group(0), digits))
    return out


def numbers(text: str) -> list[str]:
    """The digits of every number in the text, addresses and list numbering left out."""
    return [digits for _, digits in number_tokens(text)]


def phones(text: str) -> list[str]:
    """The numbers long enough to be phone numbers (seven digits or more)."""
    return [n for n in numbers(text) if len(n) >= 7]
