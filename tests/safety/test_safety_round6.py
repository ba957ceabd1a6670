"""Round 6, written by a writer who never saw the screen and measured before any tuning (es/en/
fr/ht recall with the right lines 0.80/0.80/0.92/0.90, false alarms 13/15/12/0 %). After tuning:
no calm message gets an urgent case, no one the wrong country's lines, and every immediate
message is reached (an urgent case, or the question "are you in danger now?" with the lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safety import doubt
from bot.safety.evaluation import load
from bot.safety.screen import screen

ROUND6 = Path(__file__).parent / "dev" / "round6"
STILL_MISSED = {"es": 0, "en": 0, "fr": 0, "ht": 0}


@pytest.mark.parametrize("lang", sorted(STILL_MISSED))
def test_round6_reached_without_alarms_and_with_the_lines_for_the_place(lang: str) -> None:
    missed, alarms, wrong_place = 0, 0, 0
    for item in load(ROUND6 / f"{lang}.yml"):
        found = screen(item.text)
        reached = found.danger or doubt.doubtful(item.text, found.grade, found.reasons)
        missed += item.grade == "immediate" and not reached
        alarms += item.grade != "immediate" and found.danger
        wrong_place += bool(
            item.grade == "immediate"
            and found.place
            and (found.place == "us") != (item.place == "us")
        )
    assert (missed, alarms, wrong_place) == (STILL_MISSED[lang], 0, 0)
