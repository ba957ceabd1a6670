"""Scoring one development round's language file the way the screen and the danger net meet a
person: reached (an urgent case, or the "are you in danger now?" question), alarmed (an urgent
case for a calm message), and the wrong country's lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.safety import doubt
from bot.safety.evaluation import load
from bot.safety.screen import screen

DEV = Path(__file__).parent / "dev"


@dataclass(frozen=True)
class Score:
    missed: int
    alarms: int
    wrong_place: int


def score(round_name: str, lang: str, unknown_place_counts: bool = True) -> Score:
    """`unknown_place_counts`: whether a message that does not say where the writer is must
    get Mexico's lines (a relative in danger in the US may rightly get the US ones)."""
    missed, alarms, wrong_place = 0, 0, 0
    for item in load(DEV / round_name / f"{lang}.yml"):
        found = screen(item.text)
        reached = found.danger or doubt.doubtful(item.text, found.grade, found.reasons)
        missed += item.grade == "immediate" and not reached
        alarms += item.grade != "immediate" and found.danger
        wrong_place += bool(
            item.grade == "immediate"
            and (unknown_place_counts or item.place != "unknown")
            and found.place
            and (found.place == "us") != (item.place == "us")
        )
    return Score(missed, alarms, wrong_place)
