"""Topics from content/topics/*.yml: reviewed answers with their sources, facts and review dates.

The YAML holds the English source text; translations come from the gettext catalogs, so the
same topic renders in every language and `content check` can tell what is missing. Reading a
file collects every problem it has (for the checker); the app loads only files that can be
rendered and refuses to start on one that cannot.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.categories import CASE_CATEGORIES
from bot.settings import ROOT

CONTENT_DIR = ROOT / "content"
TOPICS_DIR = CONTENT_DIR / "topics"
# What people ask about a topic once they know it: what to bring, what it costs, where to go,
# how long it takes, how long what they get is valid.
FOLLOWUP_KINDS = ("requirements", "cost", "where", "duration", "validity")
SERVICE_INTENTS = {
    "shelter": "find_shelter",
    "legal_aid": "find_legal_help",
    "health": "find_health",
}
# The topic about a service itself, if one is: after the list of shelters, "how long can we
# stay?" and "is it free?" are about shelters.
SERVICE_TOPICS = {"shelter": "shelters", "health": "rights_health"}
# The service each directory intent asks for ("find_shelter" -> "shelter").
INTENT_SERVICES = {intent: service for service, intent in SERVICE_INTENTS.items()}
REQUIRED_KEYS = ("id", "area", "title", "category", "reviewed_on", "messages")

# Which topic answers an intent, and which area's sub-topics it belongs to.
INTENT_TOPICS: dict[str, str] = {
    "ask_rights": "rights",
    "ask_regularization": "regularization",
    "ask_asylum": "asylum",
    "ask_trafficking_signs": "trafficking",
    "ask_voluntary_return": "voluntary_return",
    "ask_missing_person": "missing_person",
}


class ContentError(ValueError):
    """A topic file is malformed."""


@dataclass(frozen=True)
class NextStep:
    topic: str | None = None
    service: str | None = None
    human: bool = False


@dataclass(frozen=True)
class Topic:
    id: str
    area: str
    title: str
    category: str
    reviewed_on: date
    review_every_days: int
    needs_person: bool
    sources: tuple[str, ...]
    messages: tuple[str, ...]
    followups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    next: tuple[NextStep, ...] = ()
    facts: tuple[str, ...] = ()

    def strings(self) -> list[str]:
        """Every text a person can be shown: the title, the messages and the follow-ups."""
        out = [self.title, *self.messages]
        for texts in self.followups.values():
            out.extend(texts)
        return out

    def leads_to(self, service: str) -> bool:
        """Whether one of the topic's ways forward is that service's list of places."""
        return any(step.service == service for step in self.next)

    def review_due_on(self) -> date:
        return self.reviewed_on + timedelta(days=self.review_every_days)

    def review_due(self, today: date) -> bool:
        return today > self.review_due_on()


def _as_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _texts(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        problems.append(f"{where} must be a list of non-empty texts")
        return ()
    return tuple(value)


def _steps(raw: Any, problems: list[str]) -> tuple[NextStep, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append("next is empty: every answer needs a way forward")
        return ()
    steps = []
    for item in raw:
        if not isinstance(item, dict):
            problems.append(f"next step {item!r} is not a mapping")
            continue
        step = NextStep(
            topic=str(item["topic"]) if item.get("topic") else None,
            service=str(item["service"]) if item.get("service") else None,
            human=bool(item.get("human")),
        )
        if step.service is not None and step.service not in SERVICE_INTENTS:
            problems.append(f"next step names unknown service {step.service!r}")
        if not (step.topic or step.service or step.human):
            problems.append(f"next step {item!r} names no topic, service or person")
        steps.append(step)
    return tuple(steps)


def _followups(raw: Any, problems: list[str]) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append("followups must be a mapping of kind to texts")
        return {}
    out = {}
    for kind, texts in raw.items():
        if kind not in FOLLOWUP_KINDS:
            problems.append(
                f"unknown follow-up kind {kind!r} (one of: {', '.join(FOLLOWUP_KINDS)})"
            )
            continue
        out[str(kind)] = _texts(texts, f"followups.{kind}", problems)
    return out


def read_topic(path: Path) -> tuple[Topic | None, list[str]]:
    """The topic in a file and every problem found in it; no topic when it cannot be shown."""
    problems: list[str] = []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, [f"cannot be read: {exc}"]
    if not isinstance(raw, dict):
        return None, ["is not a mapping of fields"]
    missing = [k for k in REQUIRED_KEYS if raw.get(k) in (None, "", [])]
    if missing:
        return None, [f"missing {', '.join(missing)}"]
    try:
        reviewed = _as_date(raw["reviewed_on"])
    except ValueError:
        return None, [f"reviewed_on {raw['reviewed_on']!r} is not a date (YYYY-MM-DD)"]
    every = raw.get("review_every_days", 180)
    if not isinstance(every, int) or isinstance(every, bool) or every < 1:
        problems.append(f"review_every_days {every!r} is not a positive number of days")
        every = 180
    sources = raw.get("sources") or []
    if not isinstance(sources, list) or not sources:
        problems.append("names no sources")
        sources = []
    for source in sources:
        if not str(source).startswith(("https://", "http://")):
            problems.append(f"source {source!r} is not a web address")
    facts = raw.get("facts") or []
    if not isinstance(facts, list):
        problems.append("facts must be a list of fact ids")
        facts = []
    messages = _texts(raw["messages"], "messages", problems)
    topic = Topic(
        id=str(raw["id"]),
        area=str(raw["area"]),
        title=str(raw["title"]),
        category=str(raw["category"]),
        reviewed_on=reviewed,
        review_every_days=every,
        needs_person=bool(raw.get("needs_person", False)),
        sources=tuple(str(s) for s in sources),
        messages=messages,
        followups=_followups(raw.get("followups"), problems),
        next=_steps(raw.get("next"), problems),
        facts=tuple(str(f) for f in facts),
    )
    fatal = []
    if topic.id != path.stem:
        fatal.append(f"id {topic.id!r} must equal the file name")
    if topic.category not in CASE_CATEGORIES:
        fatal.append(
            f"category {topic.category!r} is not a case category "
            f"(one of: {', '.join(CASE_CATEGORIES)})"
        )
    if not messages:
        fatal.append("has no messages")
    return (None if fatal else topic), fatal + problems


def _parse(path: Path) -> Topic:
    topic, problems = read_topic(path)
    if topic is None:
        raise ContentError(f"{path}: {'; '.join(problems)}")
    return topic


@lru_cache(maxsize=4)
def load_topics(directory: Path = TOPICS_DIR) -> dict[str, Topic]:
    return {p.stem: _parse(p) for p in sorted(directory.glob("*.yml"))}


def subtopics(area: str, exclude: str | None = None) -> list[Topic]:
    """Topics of an area other than its overview, in file order."""
    return [t for t in load_topics().values() if t.area == area and t.id not in (area, exclude)]


def topic_categories(directory: Path = TOPICS_DIR) -> dict[str, str]:
    """Each topic's case category, as the topic itself declares it."""
    return {t.id: t.category for t in load_topics(directory).values()}


def area_categories(directory: Path = TOPICS_DIR) -> dict[str, str]:
    """An area's case category: its overview topic's, else the one most of its topics share."""
    topics = load_topics(directory)
    by_area: dict[str, Counter[str]] = {}
    for topic in topics.values():
        by_area.setdefault(topic.area, Counter())[topic.category] += 1
    out = {}
    for area, counts in by_area.items():
        overview = topics.get(area)
        out[area] = overview.category if overview else counts.most_common(1)[0][0]
    return out
