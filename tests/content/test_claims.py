"""What counts as a number or an address when a topic is held to its facts."""

from __future__ import annotations

import pytest

from bot.content.claims import addresses, normal_address, numbers, phones


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 800 5533 000 now.", ["8005533000"]),
        ("Call 1-888-373-7888 or text 233733.", ["18883737888", "233733"]),
        ("Phone (55) 5681 8125.", ["5556818125"]),
        ("From Mexico: 001 520 623 7874", ["0015206237874"]),
        ("It costs MXN 11,140.74 or 11 140,74 or 11\u202f140,74.", ["1114074"] * 3),
        ("Apply within 30 working days; the INM answers in 20.", ["30", "20"]),
        ("Calle 10 No. 167, Col. Granjas San Antonio", ["10", "167"]),
        ("Open 9:00 to 18:00 (2024).", ["900", "1800", "2024"]),
        ("In 2025, 329 advisers.", ["2025", "329"]),
        ("Form I-914 and I-918.", ["914", "918"]),
        ("50% off.", ["50"]),
        ("1. Go.\n2) Call 911.\n 3. Wait", ["911"]),
        ("Write to help@humantraffickinghotline.org or see accionmigrante.unam.mx/2025", []),
        ("Call 089.", ["089"]),
    ],
)
def test_numbers(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


def test_phones_are_the_long_numbers() -> None:
    assert phones("Call 911 or 55 1309 9024.") == ["5513099024"]


def test_addresses_with_and_without_a_scheme() -> None:
    text = (
        "Online: https://atencionciudadana.cndh.org.mx/. Or www.gob.mx/comar, "
        "accionmigrante.unam.mx and help@humantraffickinghotline.org. Not etc. or No. 167."
    )
    assert addresses(text) == [
        "help@humantraffickinghotline.org",
        "https://atencionciudadana.cndh.org.mx/",
        "www.gob.mx/comar",
        "accionmigrante.unam.mx",
    ]
    assert (
        normal_address("https://atencionciudadana.cndh.org.mx/") == "atencionciudadana.cndh.org.mx"
    )
    assert normal_address("WWW.gob.mx/comar") == "gob.mx/comar"
