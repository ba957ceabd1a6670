"""A harm named as information that Rasa did not answer gets the harm's page
(`bot.core.harm_named`); an answer to a need stays as it is."""

from __future__ import annotations

from typing import Any

import pytest

from bot.core import harm_named
from bot.reply import OutMessage
from bot.safety.screen import screen


def said(*names: str, **args: Any) -> list[dict[str, Any]]:
    """Rasa's answer as it hands it back: response names with their arguments."""
    return [{"custom": {"response": name, "args": args}} for name in names]


@pytest.mark.parametrize("name", ["utter_fallback", "utter_topic_choice", "utter_help_with"])
def test_no_answer_gives_the_harms_page(name: str) -> None:
    asked = "que hago si me secuestran en el camino?"
    found = screen(asked)
    assert harm_named.named_as_information(found), found
    got = harm_named.answer(said(name), [OutMessage("?")], "es", list(found.harms), asked)
    assert OutMessage("?") not in got
    assert "No vayas" in " ".join(m.text for m in got)  # the kidnapping page


def test_an_answer_to_a_need_stays() -> None:
    answer = [OutMessage("La visa humanitaria...")]
    got = harm_named.answer(
        said("utter_topic", topic="reg_humanitarian"), answer, "es", ["beaten"], "x"
    )
    assert got == answer


def test_a_harm_without_a_topic_keeps_rasas_answer() -> None:
    answer = [OutMessage("?")]
    assert harm_named.answer(said("utter_fallback"), answer, "es", ["help_now"]) == answer


def test_only_information_with_a_harm_is_read_so() -> None:
    assert not harm_named.named_as_information(screen("me tienen encerrada ayuda"))
    assert not harm_named.named_as_information(screen("hola, donde hay un albergue?"))
