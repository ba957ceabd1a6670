"""Topics from content/topics/*.yml: reviewed answers with their sources and review dates.

The YAML holds the English source text; translations come from the gettext catalogs, so the
same topic renders in every language and `content check` can tell what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.categories import CASE_CATEGORIES
from bot.settings import ROOT

TOPICS_DIR = ROOT / "content" / "topics"
# What people ask about a topic once they know it: what to bring, what it costs, where to go,
# how long it takes, how long what they get is valid.
FOLLOWUP_KINDS = ("requirements", "cost", "where", "duration", "validity")
SERVICE_INTENTS = {
    "shelter": "find_shelter",
    "legal_aid": "find_legal_help",
    "health": "find_health",
}

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
        out = [self.title, *self.messages]
        for texts in self.followups.values():
            out.extend(texts)
        return out

    def review_due(self, today: date) -> bool:
        return today > self.reviewed_on + timedelta(days=self.review_every_days)


def _parse(path: Path) -> Topic:
    try:
        raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        reviewed = raw["reviewed_on"]
        if not isinstance(reviewed, date):
            reviewed = date.fromisoformat(str(reviewed))
        followups = {
            kind: tuple(str(t) for t in texts)
            for kind, texts in (raw.get("followups") or {}).items()
            if kind in FOLLOWUP_KINDS and texts
        }
        steps = tuple(
            NextStep(topic=s.get("topic"), service=s.get("service"), human=bool(s.get("human")))
            for s in raw.get("next") or []
        )
        topic = Topic(
            id=str(raw["id"]),
            area=str(raw["area"]),
            title=str(raw["title"]),
            category=str(raw["category"]),
            reviewed_on=reviewed,
            review_every_days=int(raw.get("review_every_days", 180)),
            needs_person=bool(raw.get("needs_person", False)),
            sources=tuple(str(s) for s in raw.get("sources") or []),
            messages=tuple(str(m) for m in raw["messages"]),
            followups=followups,
            next=steps,
            facts=tuple(str(f) for f in raw.get("facts") or []),
        )
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise ContentError(f"{path}: {exc}") from exc
    if topic.id != path.stem:
        raise ContentError(f"{path}: id {topic.id!r} must equal the file name")
    if topic.category not in CASE_CATEGORIES:
        raise ContentError(f"{path}: unknown category {topic.category!r}")
    if not topic.messages:
        raise ContentError(f"{path}: no messages")
    return topic


@lru_cache(maxsize=4)
def load_topics(directory: Path = TOPICS_DIR) -> dict[str, Topic]:
    return {p.stem: _parse(p) for p in sorted(directory.glob("*.yml"))}


def subtopics(area: str, exclude: str | None = None) -> list[Topic]:
    """Topics of an area other than its overview, in file order."""
    return [t for t in load_topics().values() if t.area == area and t.id not in (area, exclude)]
