"""Development journeys (tests/journeys/dev/round<n>/, 15 per language), each round written by
a new helper who saw only the facts register, never the bot, its data or any other set, in the
way people write on a phone. Each was run before any tuning (round 1: es 2, en 3, fr 4, ht 6 of
15 completed; round 2, 2026-12-07: es 0, en 3, fr 2, ht 2) and tuned on since, so they are no
blind measure: this pins what they reach now, so a change that loses a journey is seen. Their
expectations are strict (a fact's exact wording, an office's address), and some ask for facts
no topic holds yet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import eval_sets as sets
from bot.cli.eval_nlu import turn_passes
from bot.settings import LANGUAGES
from tests.conftest import Stack

pytestmark = pytest.mark.rasa

DEV = Path(__file__).parent / "dev"
# Completed journeys of 15 after tuning, one below what a run reached, so a model retrained
# from scratch elsewhere may differ by one (`python -m bot eval-nlu` does not run these).
# Round 1: es 8, en 9, fr 11, ht 12 (2026-12-07, second round of tuning). Round 2: es 7, en 7,
# fr 6, ht 5 (2026-12-07, after its second tuning; es 6, en 5, fr 4, ht 4 after the first);
# en 9 after bare follow-ups were tied to the last topic (2026-12-07, third tuning).
# Round 3 (a third writer, 2026-12-07): es 1, en 2, fr 1, ht 3 before any tuning; es 3, en 2,
# fr 2, ht 4 after its first.
# 2026-12-08, after the third topics set and the third round of writers: round 1 es 8, en 8,
# fr 11, ht 12; round 2 es 8, en 9, fr 5, ht 7; round 3 es 7, en 4, fr 2, ht 4.
FLOORS = {
    "round1": {"es": 7, "en": 7, "fr": 10, "ht": 11},
    "round2": {"es": 7, "en": 8, "fr": 4, "ht": 6},
    "round3": {"es": 6, "en": 3, "fr": 1, "ht": 3},
}


def completed(stack: Stack, lang: str, round_name: str = "round1") -> list[str]:
    done = []
    for number, journey in enumerate(sets.journeys(DEV / round_name / f"{lang}.yml", lang)):
        sender = f"dev-journey-{round_name}-{lang}-{number}"
        for turn in journey.turns:
            replies = stack.chat(sender, turn.text, lang=lang)["messages"]
            assert isinstance(replies, list)
            if not turn_passes(replies, turn):
                break
        else:
            done.append(journey.name)
    return done


@pytest.mark.parametrize("round_name", sorted(FLOORS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_development_journeys_keep_what_they_reach(
    rasa_stack: Stack, lang: str, round_name: str
) -> None:
    done = completed(rasa_stack, lang, round_name)
    assert len(done) >= FLOORS[round_name][lang], done
