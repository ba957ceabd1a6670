"""A case's category comes from the topic the person was reading, as that topic declares it."""

from __future__ import annotations

from bot.content.topics import area_categories, load_topics, topic_categories
from bot.handoff.categories import CATEGORIES, INTENT_CATEGORIES, from_context


def test_every_topic_gives_the_category_it_declares() -> None:
    topics = load_topics()
    assert topics
    for topic in topics.values():
        assert from_context(topic.id, topic.area, None) == topic.category
        assert topic.category in CATEGORIES
    assert topic_categories() == {t.id: t.category for t in topics.values()}


def test_the_topic_wins_over_its_area_and_the_last_search() -> None:
    health = load_topics()["rights_health"]
    assert health.category == "health" and health.area == "rights"
    assert from_context("rights_health", "rights", "find_shelter") == "health"


def test_an_area_alone_gives_its_overview_topic_category() -> None:
    areas = area_categories()
    for area, category in areas.items():
        overview = load_topics().get(area)
        if overview is not None:
            assert category == overview.category
        assert from_context(None, area, None) == category


def test_an_unknown_topic_falls_back_to_the_area_then_the_search_then_other() -> None:
    assert from_context("no_such_topic", "trafficking", None) == area_categories()["trafficking"]
    assert from_context("no_such_topic", "no_such_area", "find_shelter") == "shelter"
    assert from_context(None, None, "ask_missing_person") == INTENT_CATEGORIES["ask_missing_person"]
    assert from_context(None, None, None) == "other"
