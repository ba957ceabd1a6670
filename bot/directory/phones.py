"""Phone numbers with the `phonenumbers` package: stored in E.164, shown in national format.

Sources print numbers every way ("(962) 626 2202", "0052 444 689 0317", "+52 1 55 …" with the
old mobile 1, '"+44 1234 234567"' with quotes, "ext. 12"); storing one spelling lets the console,
WhatsApp and HSDS exports agree, and shows people the number as they would dial it at home.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat

EXTENSION = " ext. "
_JUNK = re.compile(r"^(?:tel|phone|tél|tel\.)\s*:?\s*", re.I)
# "ext. 8620, 8621, 8622", "x 12", "extensión 3": one or more extensions after the number.
_EXTENSIONS = re.compile(r"\s*(?:ext\.?|extensi[oó]n|x)\s*(\d[\d ,/y]*)$", re.I)


class PhoneError(ValueError):
    """Not a phone number we can store; the message says why."""


def _parse(text: str, country: str) -> PhoneNumber:
    try:
        number = phonenumbers.parse(text, country or None)
    except NumberParseException:
        raise PhoneError(f"{text!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(number) and number.country_code == 52:
        national = str(number.national_number)
        if len(national) == 11 and national.startswith("1"):  # the old Mexican mobile "1"
            number.national_number = int(national[1:])
    if not phonenumbers.is_valid_number(number):
        where = phonenumbers.region_code_for_number(number) or country or "any country"
        raise PhoneError(f"{text!r} is not a valid number for {where}")
    return number


def normalise(text: str, country: str, extension: str = "") -> str:
    """E.164 (`+529626262202`), with ` ext. 12` when there is an extension."""
    clean = _JUNK.sub("", text.strip().strip("\"'").strip())
    several = _EXTENSIONS.search(clean)
    if several:
        clean = clean[: several.start()]
        extension = extension or ", ".join(re.findall(r"\d+", several.group(1)))
    if not clean:
        raise PhoneError("empty phone number")
    if not clean.startswith("+") and not country:
        raise PhoneError(f"{text!r} has no country code and the row no country")
    number = _parse(clean, country)
    ext = (number.extension or extension or "").strip()
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return f"{e164}{EXTENSION}{ext}" if ext else e164


def display(stored: str, country: str) -> str:
    """National format for a number of the service's own country, international otherwise."""
    main, _, ext = stored.partition(EXTENSION)
    try:
        number = phonenumbers.parse(main, None)
    except NumberParseException:
        return stored
    own = phonenumbers.region_code_for_number(number) == country
    shape = PhoneNumberFormat.NATIONAL if own else PhoneNumberFormat.INTERNATIONAL
    shown = phonenumbers.format_number(number, shape)
    return f"{shown}{EXTENSION}{ext}" if ext else shown
