"""Past harm told with a question: Rasa's answer to the question, then the offer of a person;
the harm's topic only when Rasa answered no need (`bot.core.past_harm`)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.core import past_harm
from bot.db.session import Database
from bot.handoff.models import Case
from bot.reply import OutMessage
from bot.safety.screen import screen
from tests.conftest import Stack

OFFER = "no es tu culpa"


def said(*names: str, **args: Any) -> list[dict[str, Any]]:
    """Rasa's answer as it hands it back: response names with their arguments."""
    return [{"custom": {"response": name, "args": args}} for name in names]


def texts(messages: list[OutMessage]) -> str:
    return " ".join(m.text for m in messages)


def test_an_answered_question_keeps_its_answer_and_gets_the_offer() -> None:
    answer = [OutMessage("La visa humanitaria...")]
    got, offered = past_harm.answer(
        said("utter_topic", topic="reg_humanitarian"), answer, "es", ["robbery"]
    )
    assert offered and got[0] == answer[0] and OFFER in got[-1].text


def test_no_answer_gives_the_harms_topic_and_the_offer() -> None:
    got, offered = past_harm.answer(said("utter_fallback"), [OutMessage("?")], "es", ["robbery"])
    assert offered and OutMessage("?") not in got and OFFER in got[-1].text
    assert len(got) > 1  # the crime victims topic before the offer


@pytest.mark.parametrize("name", ["utter_directory_choose_service", "utter_directory_ask_location"])
def test_a_question_back_from_the_directory_is_no_answer(name: str) -> None:
    """ "ICE se lo llevó esta mañana aquí en Bakersfield... cómo lo encuentro" was read as a
    search near the person's home town ("What are you looking for near Guanajuato?")."""
    got, offered = past_harm.answer(said(name), [OutMessage("?")], "es", ["detained"], place="us")
    assert offered and OutMessage("?") not in got and OFFER in got[-1].text
    assert "520 623 7874" in texts(got)  # the consulates' line (CIAM), in the US


@pytest.mark.parametrize("name", ["utter_offer_after_harm", "utter_handoff_consent"])
def test_rasas_own_danger_flow_or_a_request_for_a_person_stays_as_it_is(name: str) -> None:
    answer = [OutMessage("...")]
    assert past_harm.answer(said(name), answer, "es", ["beaten"]) == (answer, False)


def test_only_past_harm_without_doubt_is_read_by_rasa() -> None:
    assert past_harm.told_with_a_question(
        screen("el año pasado me golpearon en el tren, ya estoy bien, puedo sacar papeles?")
    )
    assert not past_harm.told_with_a_question(screen("me tienen encerrada ayuda"))
    assert not past_harm.told_with_a_question(screen("hola"))


@pytest.mark.rasa
def test_with_rasa_the_question_is_answered_and_yes_opens_a_high_case(
    rasa_stack: Stack,
) -> None:
    text = (
        "el año pasado me asaltaron y me golpearon en el camino, ya estoy bien. "
        "mi hija de 8 años puede ir a la escuela aqui sin papeles?"
    )
    data = rasa_stack.chat("past-harm-rasa", text, lang="es")
    replies = " ".join(m["text"] for m in data["messages"])  # type: ignore[index,union-attr]
    assert "escuela" in replies.lower()  # the question asked: school without papers
    assert "Para denunciar el delito" not in replies  # not the crime victims topic instead
    assert OFFER in replies  # then a person, without alarm
    rasa_stack.chat("past-harm-rasa", "si", lang="es")  # yes to a person: the consent question
    rasa_stack.chat("past-harm-rasa", "si", lang="es")  # yes to sharing with staff
    db = Database.from_settings(rasa_stack.settings)
    try:
        with db.session() as s:
            priorities = [
                c.priority for c in s.scalars(select(Case)).all() if c.source == "past_harm"
            ]
    finally:
        db.dispose()
    assert "high" in priorities
