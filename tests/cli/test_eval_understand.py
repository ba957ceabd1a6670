"""eval-nlu scores what a person gets: the danger screen's grade decides before Rasa does."""

from __future__ import annotations

from bot.cli.eval_understand import understand

RIGHTS = [("ask_rights", 0.9), ("ask_asylum", 0.05)]


def test_immediate_danger_shows_the_lines_and_the_harm_topic() -> None:
    got = understand("me tienen secuestrado en una casa ayuda", "es", "ask_rights", RIGHTS)
    assert (got.grade, got.intent) == ("immediate", "report_danger")
    assert got.shows("danger") and got.shows("kidnapping_extortion")
    assert not got.shows("rights")


def test_danger_in_the_us_shows_the_us_lines() -> None:
    got = understand("estoy en houston y me tienen encerrada", "es", "ask_rights", RIGHTS)
    assert got.intent == "report_danger" and got.shows("danger_us")


def test_past_harm_is_answered_as_its_topic() -> None:
    text = "mi hermano desaparecio hace dos semanas en chiapas, no contesta"
    got = understand(text, "es", "ask_missing_person", [("ask_missing_person", 0.9)])
    assert got.grade == "past_harm"
    assert (got.intent, got.first_topic) == ("ask_missing_person", "missing_person")


def test_rasa_danger_on_a_calm_message_asks_and_shows_the_lines() -> None:
    got = understand("que hago", "es", "report_danger", [("report_danger", 0.9)])
    assert (got.intent, got.first_topic) == ("report_danger", "danger")


def test_a_calm_question_goes_to_the_topic_decision() -> None:
    text = "que derechos tengo si me detiene migracion"
    got = understand(text, "es", "ask_rights", RIGHTS)
    assert (got.grade, got.intent, got.first_topic) == ("none", "ask_rights", "rights_detention")
