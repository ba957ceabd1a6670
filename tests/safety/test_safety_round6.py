"""Round 6, written by a writer who never saw the screen and measured before any tuning (es/en/
fr/ht recall with the right lines 0.80/0.80/0.92/0.90, false alarms 13/15/12/0 %). After tuning:
no calm message gets an urgent case, no one the wrong country's lines, and every immediate
message is reached (an urgent case, or the question "are you in danger now?" with the lines)."""

from __future__ import annotations

import pytest

from tests.safety.rounds import score

STILL_MISSED = {"es": 0, "en": 0, "fr": 0, "ht": 0}


@pytest.mark.parametrize("lang", sorted(STILL_MISSED))
def test_round6_reached_without_alarms_and_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round6", lang)
    assert (found.missed, found.alarms, found.wrong_place) == (STILL_MISSED[lang], 0, 0)
