"""The topic Rasa is told after the app answered immediate danger itself (bot.core.after_danger).

The whole path, with a real Rasa, is in the journeys: "es anonimo?" after an extortion call
(tests/journeys/es.yml) and "yo pale kreyol?" after the US lines (tests/journeys/ht.yml).
"""

from __future__ import annotations

from bot.content.topics import load_topics
from bot.core.after_danger import events, topic_after


def test_in_the_us_the_follow_up_is_about_the_us_lines() -> None:
    assert topic_after("us", ["extortion"]) == "danger_us"
    assert topic_after("us", ["forced_work"]) == "danger_us"


def test_in_the_us_a_harm_whose_topic_gives_its_us_line_keeps_it() -> None:
    """ "je peux envoyer un sms plutot?" after violence at home in Houston: START to 88788."""
    assert topic_after("us", ["domestic_violence"]) == "violence_home"
    assert "88788" in " ".join(load_topics()["violence_home"].messages)


def test_in_mexico_it_is_about_the_harm_shown_under_the_lines() -> None:
    assert topic_after("", ["extortion"]) == "kidnapping_extortion"
    assert topic_after("mx", ["domestic_violence"]) == "violence_home"


def test_with_no_harm_topic_it_is_about_the_mexican_lines() -> None:
    assert topic_after("", ["help_now"]) == "danger"
    topics = load_topics()
    assert all(t in topics for t in ("danger", "danger_us", "kidnapping_extortion"))


def test_a_tracker_rasa_never_saw_starts_its_session_first() -> None:
    first = events("danger", first_contact=True)
    assert [e["event"] for e in first] == ["action", "session_started", "slot", "action"]
    assert events("danger", first_contact=False) == [
        {"event": "slot", "name": "topic", "value": "danger"}
    ]
