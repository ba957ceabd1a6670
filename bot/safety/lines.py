"""Which lines to call, by where the person is and what is happening to them.

In Mexico (or when nobody knows where the person is: Puente serves people in Mexico) the
answer is always 911 and the national anti-trafficking line 800 5533 000; in the United States,
911 and the National Human Trafficking Hotline 1-888-373-7888 (with what its own pages say:
texting works in English and Spanish only, and it alerts the authorities if it suspects child
abuse or danger to someone's life). Between them come the lines for the harm: suicide and
self-harm, violence against women, sexual violence, extortion and kidnapping, a child taken.
No line is here without an entry in the facts register (content/facts/danger.yml) naming its
source and the day it was checked; a harm with no verified line gets the general ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.safety import messages as m
from bot.settings import ROOT

FACTS = ROOT / "content" / "facts" / "danger.yml"


class FactsError(ValueError):
    """The facts register is missing a line the danger flow needs."""


@dataclass(frozen=True)
class Line:
    """One line to call: its message (with `{number}`) and the facts that fill it."""

    msgid: str
    number: str
    extra: dict[str, str] = field(default_factory=dict)


# (fact id for {number}, message, {placeholder: fact id}) per place, general then per harm.
_Spec = tuple[str, str, tuple[tuple[str, str], ...]]
ALWAYS: dict[str, tuple[_Spec, ...]] = {
    "mx": (
        ("mx_emergency_911", m.LINE_911_MX, ()),
        ("mx_trafficking_hotline", m.LINE_TRAFFICKING_MX, ()),
    ),
    "us": (
        ("us_emergency_911", m.LINE_911_US, ()),
        ("us_trafficking_hotline", m.LINE_TRAFFICKING_US, ()),
        ("us_trafficking_text", m.LINE_TRAFFICKING_US_TEXT, ()),
    ),
}
BY_HARM: dict[str, dict[str, tuple[_Spec, ...]]] = {
    "mx": {
        "self_harm": (("mx_life_line", m.LINE_LIFE_MX, ()),),
        "domestic_violence": (("mx_women_line_079", m.LINE_WOMEN_MX, ()),),
        "raped": (("mx_women_line_079", m.LINE_WOMEN_MX, ()),),
        "kidnapped": (("mx_anonymous_report_089", m.LINE_REPORT_MX, ()),),
        "extortion": (("mx_anonymous_report_089", m.LINE_REPORT_MX, ()),),
    },
    "us": {
        "self_harm": (("us_988_lifeline", m.LINE_988_US, ()),),
        "domestic_violence": (
            (
                "us_domestic_violence_hotline",
                m.LINE_DV_US,
                (("text", "us_domestic_violence_text"),),
            ),
        ),
        "raped": (("us_sexual_assault_hotline", m.LINE_RAINN_US, ()),),
        "child_taken": (("us_missing_children", m.LINE_NCMEC_US, ()),),
    },
}


@lru_cache(maxsize=2)
def facts(path: Path = FACTS) -> dict[str, dict[str, Any]]:
    """The danger facts register, by id."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {str(entry["id"]): entry for entry in raw if isinstance(entry, dict) and "id" in entry}


def value(fact_id: str) -> str:
    entry = facts().get(fact_id)
    if entry is None or not str(entry.get("value", "")).strip():
        raise FactsError(f"content/facts/danger.yml has no value for {fact_id!r}")
    return str(entry["value"])


def country(place: str) -> str:
    """The lines' country: the US when the person is there, Mexico otherwise (unknown places
    also get the US hotline, after Mexico's)."""
    return "us" if place == "us" else "mx"


def lines_for(place: str, harms: Iterable[str] = ()) -> list[Line]:
    """911 first, then the lines for the harms named (most pressing first), then the
    trafficking line; each line once."""
    where = country(place)
    general = ALWAYS[where]
    specs: list[_Spec] = [general[0]]
    for harm in harms:
        specs.extend(BY_HARM[where].get(harm, ()))
    specs.extend(general[1:])
    if not place:
        # Nobody knows where the person is: near the border they may not know either.
        specs.append(("us_trafficking_hotline", m.LINE_IF_IN_US, ()))
    out: list[Line] = []
    seen: set[str] = set()
    for fact_id, msgid, extra in specs:
        if fact_id in seen:
            continue
        seen.add(fact_id)
        out.append(Line(msgid, value(fact_id), {k: value(v) for k, v in extra}))
    return out


def header(place: str) -> str:
    return m.HEADER_US if country(place) == "us" else m.HEADER_MX
