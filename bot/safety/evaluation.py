"""Scoring the danger screen on labelled sets, in aggregate figures only.

The blind sets (tests/safety/blind/*.yml) were written by someone who never saw the screen;
nobody working on the screen reads them. This module loads a set of labelled messages (`text`,
`grade`, `place`, `harm`), takes what the app answered to each (or what the screen said), and
returns counts: never a message's text, so its figures can be printed and committed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GRADES = ("immediate", "past_harm", "information", "none")
PLACES = ("mx", "us", "unknown")


class SetError(ValueError):
    """A labelled set that cannot be read (the message says where, never what)."""


@dataclass(frozen=True)
class Labelled:
    text: str
    grade: str
    place: str
    harm: str


def _items(raw: Any) -> list[Any]:
    """The labelled entries, whether the file is a list or a mapping holding lists."""
    if isinstance(raw, list):
        return raw
    if isinstance(raw, dict):
        found: list[Any] = []
        for key, value in raw.items():
            if isinstance(value, list):
                if key in GRADES and all(isinstance(v, str) for v in value):
                    found.extend({"text": v, "grade": key} for v in value)
                else:
                    found.extend(value)
        return found
    return []


def load(path: Path) -> list[Labelled]:
    """The entries of one set; entries without a text or a known grade are refused."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SetError(f"{path.name}: not readable ({type(exc).__name__})") from None
    out: list[Labelled] = []
    refused = 0
    for item in _items(raw):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            refused += 1
            continue
        grade = str(item.get("grade", "")).strip().lower()
        if grade not in GRADES:
            refused += 1
            continue
        place = str(item.get("place", "unknown") or "unknown").strip().lower()
        out.append(
            Labelled(
                item["text"],
                grade,
                place if place in PLACES else "unknown",
                str(item.get("harm", "") or ""),
            )
        )
    if refused:
        raise SetError(f"{path.name}: {refused} entries without a text or a known grade")
    if not out:
        raise SetError(f"{path.name}: no entries")
    return out


@dataclass(frozen=True)
class Outcome:
    """What a person got for one labelled message."""

    expected: str
    place: str
    got: str  # the grade the app stored (or the screen said)
    lines_ok: bool  # the reply held 911 and the line for the place
    urgent_case: bool  # an urgent case was opened
    checked: bool = False  # the person was asked "are you in danger right now?"
    lines_given: str = ""  # whose hotline the reply held: "us", "mx", "both" or "none"


@dataclass
class Score:
    n: int = 0
    immediate: int = 0
    # Immediate messages answered with 911 and the hotline for the place, in the danger
    # reply (an urgent case) or with "are you in danger right now?"; lines that only came with
    # another answer (the menu while Rasa is down names 911 too) do not count.
    reached_right_place: int = 0
    reached: int = 0  # ... whatever the place's lines
    lines_anywhere: int = 0  # immediate messages whose reply held the right lines, any answer
    urgent_for_immediate: int = 0
    calm: int = 0
    false_alarms: int = 0  # urgent case for a message that was not immediate
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Immediate messages by the place labelled and the hotline given ("us", "mx", "both",
    # "none"), for those reached: where the lines went wrong, in counts.
    lines_by_place: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return self.reached_right_place / self.immediate if self.immediate else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.calm if self.calm else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "immediate": self.immediate,
            "recall_with_right_lines": round(self.recall, 3),
            "reached": self.reached,
            "lines_in_any_answer": self.lines_anywhere,
            "urgent_case_for_immediate": self.urgent_for_immediate,
            "calm": self.calm,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": round(self.false_alarm_rate, 3),
            "confusion": {f"{a}->{b}": c for (a, b), c in sorted(self.confusion.items())},
            "lines_by_place": {f"{a}->{b}": c for (a, b), c in sorted(self.lines_by_place.items())},
        }


def score(outcomes: Iterable[Outcome]) -> Score:
    s = Score()
    for o in outcomes:
        s.n += 1
        s.confusion[(o.expected, o.got)] += 1
        if o.expected == "immediate":
            answered = o.urgent_case or o.checked
            s.immediate += 1
            s.reached += int(answered)
            s.reached_right_place += int(answered and o.lines_ok)
            s.lines_anywhere += int(o.lines_ok)
            s.urgent_for_immediate += int(o.urgent_case)
            if answered:
                s.lines_by_place[(o.place, o.lines_given or "none")] += 1
        else:
            s.calm += 1
            s.false_alarms += int(o.urgent_case)
    return s
