"""The new topics of issue 15: translated, short enough for a phone, and every fact registered.

The facts register (content/facts/*.yml) is read here directly, so these checks hold whatever
shape `content check` takes: a topic may only state a number (a phone, a fee, a deadline) that
one of its registered facts shows, and the translations must show the same numbers.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
import yaml

from bot.categories import CASE_CATEGORIES
from bot.content.topics import FOLLOWUP_KINDS, SERVICE_INTENTS, Topic, load_topics
from bot.handoff.categories import from_context
from bot.i18n import gettext, has_translation
from bot.settings import LANGUAGES, ROOT

FACTS_DIR = ROOT / "content" / "facts"
EXAMPLES_DIR = ROOT / "content" / "examples"
OWN_REGISTER = FACTS_DIR / "topics-new.yml"
# Issue 15's new topics owned by the topics engineer (CONVENTIONS.md). `phone_line` came last:
# its facts are the CRT's guidelines (DOF, December 2025) as quoted word for word in the press,
# the DOF page itself not being reachable; it is reviewed every 90 days.
NEW_TOPICS = (
    "crime_victims",
    "scams",
    "children_unaccompanied",
    "birth_registration",
    "pregnancy_care",
    "mental_health",
    "work_permit",
    "labour_rights",
    "consular_protection",
    "discrimination",
    "shelters",
    "asylum_appeal",
    "returned_mexicans",
    "missing_abroad",
    "family_reunification_tu",
    "travel_in_mexico",
    "phone_line",
)
# The case categories the new topics exist to serve (IOM Mexico's protection categories).
CATEGORIES_SERVED = {
    "employment",
    "prenatal_care",
    "child_protection",
    "shelter",
    "crime_victim",
    "health",
    "missing_person",
    "legal_migration_advice",
    "other",
}
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != "en")
FACT_KINDS = {"phone", "fee", "deadline", "duration", "address", "law", "eligibility", "url"}
FACT_KINDS |= {"other"}
NUMBER = re.compile(r"\d+(?:[ .,-]\d+)*")
MARKDOWN = re.compile(r"[*_`{}%]")
MAX_CHARS = 400
MIN_EXAMPLES = 25


def _register() -> dict[str, dict[str, Any]]:
    facts: dict[str, dict[str, Any]] = {}
    for path in sorted(FACTS_DIR.glob("*.yml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            assert entry["id"] not in facts, f"{path.name}: duplicate fact id {entry['id']}"
            facts[str(entry["id"])] = entry
    return facts


FACTS = _register()


def _topic(topic_id: str) -> Topic:
    return load_topics()[topic_id]


def _texts(topic: Topic, lang: str) -> list[str]:
    return [s if lang == "en" else gettext(lang, s) for s in topic.strings()]


def test_all_new_topics_exist_and_serve_their_categories() -> None:
    topics = load_topics()
    assert set(NEW_TOPICS) <= set(topics)
    assert {topics[t].category for t in NEW_TOPICS} == CATEGORIES_SERVED


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
def test_a_case_opened_after_a_new_topic_takes_its_category(topic_id: str) -> None:
    topic = _topic(topic_id)
    assert from_context(topic_id, topic.area, "request_human") == topic.category


def test_own_register_entries_are_complete() -> None:
    entries = yaml.safe_load(OWN_REGISTER.read_text(encoding="utf-8"))
    assert entries, "the register of the new topics is empty"
    for entry in entries:
        missing = {"id", "statement", "value", "kind", "source", "checked_on"} - set(entry)
        assert not missing, f"{entry.get('id')}: missing {sorted(missing)}"
        assert entry["kind"] in FACT_KINDS, entry["id"]
        assert str(entry["source"]).startswith("http"), entry["id"]
        assert isinstance(entry["checked_on"], date), entry["id"]
        assert entry["checked_on"] <= date.today(), entry["id"]
        assert int(entry["review_every_days"]) > 0, entry["id"]
        assert str(entry["value"]).strip() and str(entry["statement"]).strip(), entry["id"]
        unknown = set(entry["topics"]) - set(load_topics())
        assert not unknown, f"{entry['id']} names unknown topics {sorted(unknown)}"


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
def test_new_topic_is_well_formed(topic_id: str) -> None:
    topic = _topic(topic_id)
    assert topic.category in CASE_CATEGORIES
    assert 1 <= len(topic.messages) <= 4
    assert topic.sources and all(s.startswith("http") for s in topic.sources)
    assert topic.next, "every answer needs a way forward"
    for step in topic.next:
        assert step.human or step.service in SERVICE_INTENTS or step.topic, step
    assert set(topic.followups) <= set(FOLLOWUP_KINDS)


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
@pytest.mark.parametrize("lang", TRANSLATED)
def test_new_topic_is_translated(topic_id: str, lang: str) -> None:
    missing = [s for s in _topic(topic_id).strings() if not has_translation(lang, s)]
    assert not missing, f"{len(missing)} string(s) of {topic_id} not translated into {lang}"


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_new_topic_fits_a_phone(topic_id: str, lang: str) -> None:
    topic = _topic(topic_id)
    title, *bodies = _texts(topic, lang)
    assert len(title) <= 30, title
    for text in bodies:
        assert len(text) <= MAX_CHARS, f"{len(text)} characters: {text[:60]!r}"
        assert not MARKDOWN.search(text), f"markup or placeholder in {text[:60]!r}"


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
def test_new_topic_lists_registered_facts(topic_id: str) -> None:
    topic = _topic(topic_id)
    assert topic.facts, "a new topic states facts and must list them"
    for fact_id in topic.facts:
        assert fact_id in FACTS, f"{fact_id} is not in the facts register"
        assert topic_id in FACTS[fact_id]["topics"], f"{fact_id} does not list {topic_id}"


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
def test_every_number_stated_is_a_registered_value(topic_id: str) -> None:
    topic = _topic(topic_id)
    values = " | ".join(str(FACTS[f]["value"]) for f in topic.facts)
    for text in topic.strings():
        for number in NUMBER.findall(text):
            assert number in values, f"{number!r} in {text[:50]!r} is not a registered value"
        for lang in TRANSLATED:
            shown = sorted(NUMBER.findall(gettext(lang, text)))
            assert shown == sorted(NUMBER.findall(text)), f"{lang} changes the numbers of {text!r}"


@pytest.mark.parametrize("topic_id", NEW_TOPICS)
def test_new_topic_has_examples_in_every_language(topic_id: str) -> None:
    path = EXAMPLES_DIR / f"{topic_id}.yml"
    examples = yaml.safe_load(path.read_text(encoding="utf-8"))
    for lang in LANGUAGES:
        texts = examples[lang]
        assert len(set(texts)) >= MIN_EXAMPLES, f"{lang}: {len(set(texts))} distinct examples"
        assert all(isinstance(t, str) and t.strip() for t in texts)
    followups = examples.get("followups") or {}
    assert set(followups) <= set(_topic(topic_id).followups), "examples for a missing follow-up"
    for kind, by_lang in followups.items():
        assert set(by_lang) == set(LANGUAGES), f"{kind}: every language needs examples"
        assert all(len(by_lang[lang]) >= 3 for lang in LANGUAGES), kind
