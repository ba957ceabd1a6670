"""Newcomer journeys, ten per language, against a real Rasa and the app: the facts a person
needs (deadlines, fees, phone numbers, offices) reach them, turn after turn.

Each journey is a conversation in tests/journeys/<lang>.yml; a turn passes when the replies
carry one of its `expect_any` strings. `python -m bot eval-nlu` runs the same files (and the
blind journeys) and reports how many complete.
"""

from __future__ import annotations

import pytest

from bot.cli import eval_sets as sets
from bot.cli.eval_nlu import turn_passes
from bot.settings import LANGUAGES
from tests.conftest import Stack

pytestmark = pytest.mark.rasa

JOURNEYS = [j for lang in LANGUAGES for j in sets.journeys(sets.JOURNEYS / f"{lang}.yml", lang)]


def test_ten_journeys_per_language() -> None:
    for lang in LANGUAGES:
        assert sum(j.lang == lang for j in JOURNEYS) >= 10, lang


@pytest.mark.parametrize("journey", JOURNEYS, ids=lambda j: f"{j.lang}-{j.name}")
def test_journey_reaches_the_facts(rasa_stack: Stack, journey: sets.Journey) -> None:
    sender = f"journey-{journey.lang}-{journey.name}"
    for number, turn in enumerate(journey.turns, 1):
        data = rasa_stack.chat(sender, turn.text, lang=journey.lang)
        replies = data["messages"]
        assert isinstance(replies, list)
        said = [str(m.get("text", ""))[:200] for m in replies]
        assert turn_passes(replies, turn), f"turn {number} {turn.text!r}: {said}"
