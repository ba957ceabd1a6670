"""What needs a content reviewer's attention: missing translations and overdue reviews."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from bot.content.topics import load_topics
from bot.i18n import has_translation
from bot.settings import LANGUAGES


@dataclass(frozen=True)
class Problem:
    topic: str
    problem: str
    language: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def check(today: date) -> list[Problem]:
    problems: list[Problem] = []
    for topic in load_topics().values():
        for lang in LANGUAGES:
            missing = [s for s in topic.strings() if not has_translation(lang, s)]
            if missing:
                problems.append(
                    Problem(topic.id, f"{len(missing)} string(s) not translated into {lang}", lang)
                )
        if topic.review_due(today):
            problems.append(
                Problem(topic.id, f"review overdue (last reviewed {topic.reviewed_on})")
            )
    return problems
