"""Topic content: loads, fits a phone, is translated, has sources and a way forward."""

from __future__ import annotations

from datetime import date

import pytest

from bot.content.topics import INTENT_TOPICS, load_topics
from bot.nlg.topics import render_topic
from bot.settings import LANGUAGES

TOPICS = sorted(load_topics())
REQUIRED = {
    "rights",
    "rights_health",
    "rights_education",
    "rights_registry",
    "rights_justice",
    "rights_detention",
    "regularization",
    "reg_humanitarian",
    "reg_family_unity",
    "reg_residence",
    "reg_curp",
    "asylum",
    "asylum_process",
    "trafficking",
    "trafficking_job_offers",
    "trafficking_forced_labour",
    "voluntary_return",
    "missing_person",
    "mexicans_in_us",
    "us_visas",
    "danger",
    "danger_us",
}


def test_every_required_topic_exists() -> None:
    assert set(TOPICS) >= REQUIRED
    assert set(INTENT_TOPICS.values()) <= set(TOPICS)


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_topic_renders_short_messages_with_a_way_forward(topic_id: str, lang: str) -> None:
    parts = render_topic(topic_id, lang)
    assert parts
    assert all(0 < len(p.text) <= 650 for p in parts)
    assert parts[-1].buttons, "every answer ends with a way forward"
    assert all(len(b.payload.encode()) <= 64 for b in parts[-1].buttons)


@pytest.mark.parametrize("topic_id", TOPICS)
def test_topic_records_sources_and_review(topic_id: str) -> None:
    topic = load_topics()[topic_id]
    assert topic.sources and all(s.startswith("http") for s in topic.sources)
    assert topic.reviewed_on <= date.today()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_danger_gives_both_emergency_numbers(lang: str) -> None:
    text = " ".join(p.text for p in render_topic("danger", lang))
    assert "911" in text
    assert "800 5533 000" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_danger_in_the_us_gives_us_lines(lang: str) -> None:
    text = " ".join(p.text for p in render_topic("danger_us", lang))
    assert "911" in text
    assert "1-888-373-7888" in text
