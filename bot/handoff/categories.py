"""Case categories (IOM Mexico's protection categories), priorities and how we derive them.

The category comes from what the person was talking about when they asked for a person (the
category the topic shown declares, the service searched) or from the danger screen; the
priority follows from the category and the source, so danger and children are always urgent.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.categories import CASE_CATEGORIES, PRIORITIES
from bot.content.topics import area_categories, topic_categories

__all__ = ["CATEGORIES", "PRIORITIES", "PRIORITY_RANK"]

CATEGORIES = CASE_CATEGORIES
PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}
SOURCES = ("request", "fallback", "topic", "danger", "past_harm", "staff")

URGENT_CATEGORIES = frozenset({"child_protection"})
HIGH_CATEGORIES = frozenset(
    {"trafficking", "gender_based_violence", "missing_person", "crime_victim"}
)

# Danger screen categories, most protective first: the first that matches names the case.
DANGER_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("child_taken", "child_protection"),
    ("forced_sex", "trafficking"),
    ("forced_work", "trafficking"),
    ("documents_taken", "trafficking"),
    ("trapped", "trafficking"),
    ("raped", "gender_based_violence"),
    ("domestic_violence", "gender_based_violence"),
    ("self_harm", "health"),
    ("medical", "health"),
    ("kidnapped", "crime_victim"),
    ("extortion", "crime_victim"),
    ("attack", "crime_victim"),
    ("beaten", "crime_victim"),
    ("threatened", "crime_victim"),
)

INTENT_CATEGORIES: dict[str, str] = {
    "find_shelter": "shelter",
    "find_legal_help": "legal_migration_advice",
    "find_health": "health",
    "ask_rights": "legal_migration_advice",
    "ask_regularization": "legal_migration_advice",
    "ask_asylum": "legal_migration_advice",
    "ask_trafficking_signs": "trafficking",
    "ask_voluntary_return": "voluntary_return",
    "ask_missing_person": "missing_person",
    "report_danger": "crime_victim",
}


def from_danger(categories: Iterable[str]) -> str:
    found = set(categories)
    for screen_category, case_category in DANGER_CATEGORIES:
        if screen_category in found:
            return case_category
    return "other"


def from_context(topic: str | None, area: str | None, intent: str | None) -> str:
    """The category of a request made after a topic or a service search.

    A topic declares its own category (content/topics/<id>.yml), so the assistant and the staff
    reports share one vocabulary without a second, hand-kept table here.
    """
    if topic:
        declared = topic_categories().get(topic)
        if declared:
            return declared
    if area:
        declared = area_categories().get(area)
        if declared:
            return declared
    if intent and intent in INTENT_CATEGORIES:
        return INTENT_CATEGORIES[intent]
    return "other"


def priority_for(category: str, source: str) -> str:
    """Danger and children are urgent; harm that is over (past_harm) and the gravest
    categories are high."""
    if source == "danger" or category in URGENT_CATEGORIES:
        return "urgent"
    if source == "past_harm" or category in HIGH_CATEGORIES:
        return "high"
    return "normal"


def higher(a: str, b: str) -> str:
    """The more pressing of two priorities."""
    return a if PRIORITY_RANK.get(a, 9) <= PRIORITY_RANK.get(b, 9) else b
