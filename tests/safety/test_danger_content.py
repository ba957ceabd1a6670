"""The danger content: every line the app gives has a fact with its source and the day it was
checked; the danger topics are short and name their facts; each has examples in four languages.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from bot.content.topics import load_topics
from bot.i18n import gettext
from bot.safety import lines
from bot.settings import LANGUAGES, ROOT

DANGER_TOPICS = (
    "danger",
    "danger_us",
    "violence_home",
    "sexual_violence",
    "kidnapping_extortion",
    "abandoned",
    "self_harm",
    "medical_emergency",
)
EXAMPLES = ROOT / "content" / "examples"


def test_every_line_has_a_checked_fact_with_a_source() -> None:
    register = lines.facts()
    used = {spec[0] for specs in lines.ALWAYS.values() for spec in specs}
    used |= {
        fact
        for by_harm in lines.BY_HARM.values()
        for specs in by_harm.values()
        for spec in specs
        for fact in (spec[0], *(f for _, f in spec[2]))
    }
    for fact_id in sorted(used):
        entry = register[fact_id]
        assert str(entry["value"]).strip(), fact_id
        assert str(entry["source"]).startswith(("https://", "http://")), fact_id
        assert isinstance(entry["checked_on"], dt.date), fact_id
        assert entry["kind"] == "phone", fact_id


def test_fact_ids_are_unique_and_dated() -> None:
    raw = yaml.safe_load((ROOT / "content" / "facts" / "danger.yml").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in raw]
    assert len(ids) == len(set(ids))
    for entry in raw:
        assert {"id", "statement", "value", "kind", "source", "checked_on", "topics"} <= set(entry)
        assert entry["checked_on"] <= dt.date.today()


@pytest.mark.parametrize("place", ["mx", "us", ""])
@pytest.mark.parametrize(
    "harm", ["self_harm", "domestic_violence", "raped", "kidnapped", "child_taken", "medical"]
)
def test_lines_start_with_911_and_end_with_the_trafficking_line(place: str, harm: str) -> None:
    said = lines.lines_for(place, [harm])
    assert said[0].number == "911"
    hotline = "1-888-373-7888" if place == "us" else "800 5533 000"
    assert any(line.number == hotline for line in said)
    assert len({line.number for line in said}) == len(said)


def test_the_us_texting_line_says_english_and_spanish_only() -> None:
    """The hotline's own page: texting works in English and Spanish only."""
    [text_line] = [
        line for line in lines.lines_for("us") if line.msgid == lines.m.LINE_TRAFFICKING_US_TEXT
    ]
    for lang in LANGUAGES:
        said = gettext(lang, text_line.msgid, number=text_line.number)
        assert text_line.number in said
    english = gettext("en", text_line.msgid, number=text_line.number)
    assert "English" in english and "Spanish" in english


@pytest.mark.parametrize("topic_id", DANGER_TOPICS)
def test_danger_topics_are_short_and_name_their_facts(topic_id: str) -> None:
    topic = load_topics()[topic_id]
    register = lines.facts()
    for fact in topic.facts:
        assert fact in register, (topic_id, fact)
    for lang in LANGUAGES:
        for message in topic.messages:
            said = gettext(lang, message)
            assert len(said) <= 400, (topic_id, lang, len(said))
            if lang != "en":
                assert said != message, (topic_id, lang, "untranslated")


@pytest.mark.parametrize("topic_id", DANGER_TOPICS[2:])
def test_each_danger_topic_has_examples_in_four_languages(topic_id: str) -> None:
    data = yaml.safe_load((EXAMPLES / f"{topic_id}.yml").read_text(encoding="utf-8"))
    for lang in LANGUAGES:
        said = data[lang]
        assert len(said) >= 25, (topic_id, lang)
        assert len(set(said)) == len(said), (topic_id, lang, "duplicates")
        assert all(isinstance(s, str) and s.strip() for s in said)


def test_numbers_in_danger_topics_come_from_the_register() -> None:
    """A phone number in a danger topic is a value in the facts register."""
    known = {re.sub(r"\D", "", str(e["value"])) for e in lines.facts().values()}
    phone = re.compile(r"\b\d[\d -]{1,14}\d\b|\b\d{3}\b")
    for topic_id in DANGER_TOPICS:
        for message in load_topics()[topic_id].messages:
            for found in phone.findall(message):
                digits = re.sub(r"\D", "", found)
                if len(digits) >= 3 and not digits.startswith(("20", "19")):
                    assert digits in known or any(digits in k for k in known), (topic_id, found)


def test_examples_folder_exists() -> None:
    assert Path(EXAMPLES).is_dir()
