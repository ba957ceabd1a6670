"""`content list`: what each topic is, who it is for and how current it is, for people and tools."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bot.content.catalogs import Catalogs
from bot.content.check import words_per_sentence
from bot.content.topics import Topic, read_topic
from bot.settings import LANGUAGES


@dataclass(frozen=True)
class Listing:
    rows: list[dict[str, Any]]
    unreadable: list[tuple[str, str]]  # (file, problem)


def list_topics(
    content_dir: Path, locales_dir: Path | None = None, languages: tuple[str, ...] = LANGUAGES
) -> Listing:
    """Each readable topic with its id, area, category, languages, review and sources."""
    locales_dir = locales_dir or content_dir.parent / "locales"
    catalogs = Catalogs(locales_dir, tuple(lang for lang in languages if lang != "en"))
    rows: list[dict[str, Any]] = []
    unreadable: list[tuple[str, str]] = []
    for path in sorted((content_dir / "topics").glob("*.yml")):
        topic, problems = read_topic(path)
        if topic is None:
            unreadable.append((str(path), "; ".join(problems)))
            continue
        rows.append(_row(topic, catalogs, languages))
    return Listing(rows=rows, unreadable=unreadable)


def _row(topic: Topic, catalogs: Catalogs, languages: tuple[str, ...]) -> dict[str, Any]:
    complete = [
        lang
        for lang in languages
        if lang == "en"
        or (
            lang in catalogs.languages
            and all(catalogs.translate(lang, s) is not None for s in topic.strings())
        )
    ]
    texts = [*topic.messages, *(t for ts in topic.followups.values() for t in ts)]
    return {
        "id": topic.id,
        "area": topic.area,
        "category": topic.category,
        "title": topic.title,
        "languages": complete,
        "reviewed_on": topic.reviewed_on.isoformat(),
        "review_due_on": topic.review_due_on().isoformat(),
        "sources": list(topic.sources),
        "facts": list(topic.facts),
        "needs_person": topic.needs_person,
        "followups": sorted(topic.followups),
        "longest_message": max(len(t) for t in texts),
        "words_per_sentence": round(words_per_sentence(texts), 1),
    }


def table(rows: list[dict[str, Any]], today: date) -> str:
    """A plain table for a terminal: one topic a line."""
    header = ("id", "area", "category", "languages", "reviewed", "due", "facts", "longest")
    lines = [
        (
            r["id"],
            r["area"],
            r["category"],
            ",".join(r["languages"]),
            r["reviewed_on"],
            r["review_due_on"] + (" !" if date.fromisoformat(r["review_due_on"]) < today else ""),
            str(len(r["facts"])),
            str(r["longest_message"]),
        )
        for r in rows
    ]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *lines, strict=False)]
    out = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *lines]
    ]
    out.append(f"{len(rows)} topic(s)")
    return "\n".join(out)
