"""`content check`: everything that must hold before content reaches people.

Every topic, in English and in each translation, may state only the numbers and addresses of the
facts it lists; every fact has a source and a check date that has not passed; a topic cannot
claim a review later than its facts were checked; every message fits a phone (at most 400
characters); every string is translated; every topic has a case category and a way forward.
Each problem is named `topic: problem` or `FILE: problem`, so a reviewer knows where to look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bot.content import claims
from bot.content.catalogs import Catalogs
from bot.content.facts import Fact, Register, display_path, load_register
from bot.content.topics import Topic, read_topic
from bot.settings import LANGUAGES

MAX_MESSAGE_CHARS = 400  # hard limit: a longer message is cut or split on a cheap phone
TARGET_MESSAGE_CHARS = 350  # what writers aim for
MAX_TITLE_CHARS = 30  # a button label
TARGET_WORDS_PER_SENTENCE = 14
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


@dataclass(frozen=True)
class Problem:
    """One thing to fix: where (a topic id or a file) and what."""

    where: str
    problem: str
    language: str | None = None
    is_file: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"

    def as_dict(self) -> dict[str, str | None]:
        return {
            "topic": None if self.is_file else self.where,
            "file": self.where if self.is_file else None,
            "problem": self.problem,
            "language": self.language,
        }


@dataclass(frozen=True)
class Report:
    problems: list[Problem]
    warnings: list[Problem]
    topics: dict[str, Topic]
    register: Register


def check(
    content_dir: Path,
    today: date,
    locales_dir: Path | None = None,
    languages: tuple[str, ...] = LANGUAGES,
) -> Report:
    """Check the topics and facts under `content_dir` against the catalogs in `locales_dir`."""
    locales_dir = locales_dir or content_dir.parent / "locales"
    problems: list[Problem] = []
    warnings: list[Problem] = []

    register = load_register(content_dir / "facts")
    problems.extend(Problem(f, p, is_file=True) for f, p in register.problems)
    for fact in register.facts.values():
        problems.extend(_fact_dates(fact, today))

    topics: dict[str, Topic] = {}
    for path in sorted((content_dir / "topics").glob("*.yml")):
        topic, found = read_topic(path)
        name = topic.id if topic else path.stem
        problems.extend(Problem(name, p) for p in found)
        if topic is not None:
            topics[topic.id] = topic
    if not topics:
        problems.append(Problem(display_path(content_dir / "topics"), "no topics", is_file=True))

    catalogs = Catalogs(locales_dir, tuple(lang for lang in languages if lang != "en"))
    problems.extend(Problem(f, p, is_file=True) for f, p in catalogs.problems)

    for topic in topics.values():
        problems.extend(_links(topic, topics))
        facts, unknown = _facts_of(topic, register)
        problems.extend(Problem(topic.id, f"lists unknown fact {f}") for f in unknown)
        problems.extend(_review(topic, facts, today))
        problems.extend(_claims(topic, facts, catalogs))
        problems.extend(_lengths(topic, catalogs))
        warnings.extend(_readability(topic))
        for lang in catalogs.languages:
            missing = [s for s in topic.strings() if catalogs.translate(lang, s) is None]
            if missing:
                problems.append(
                    Problem(topic.id, f"{len(missing)} string(s) not translated into {lang}", lang)
                )

    problems.extend(_fact_topics(register, topics))
    warnings.extend(_values_shown(register, topics))
    return Report(problems=problems, warnings=warnings, topics=topics, register=register)


def _fact_dates(fact: Fact, today: date) -> list[Problem]:
    out = []
    if fact.checked_on > today:
        out.append(
            Problem(
                fact.file,
                f"fact {fact.id} is checked in the future ({fact.checked_on})",
                is_file=True,
            )
        )
    if fact.overdue(today):
        out.append(
            Problem(
                fact.file,
                f"fact {fact.id} is past its check date (checked {fact.checked_on}, "
                f"every {fact.review_every_days} days: due {fact.due_on()})",
                is_file=True,
            )
        )
    return out


def _facts_of(topic: Topic, register: Register) -> tuple[list[Fact], list[str]]:
    known = [register.facts[f] for f in topic.facts if f in register.facts]
    unknown = [f for f in topic.facts if f not in register.facts]
    return known, unknown


def _links(topic: Topic, topics: dict[str, Topic]) -> list[Problem]:
    out = []
    for step in topic.next:
        if step.topic is not None and step.topic not in topics:
            out.append(Problem(topic.id, f"next step names unknown topic {step.topic!r}"))
    return out


def _review(topic: Topic, facts: list[Fact], today: date) -> list[Problem]:
    out = []
    if not topic.facts:
        out.append(Problem(topic.id, "lists no facts: register what it states in content/facts/"))
    if topic.reviewed_on > today:
        out.append(Problem(topic.id, f"reviewed_on {topic.reviewed_on} is in the future"))
    if topic.review_due(today):
        out.append(
            Problem(
                topic.id,
                f"review overdue (last reviewed {topic.reviewed_on}, due {topic.review_due_on()})",
            )
        )
    if facts:
        newest = max(f.checked_on for f in facts)
        latest = newest + timedelta(days=topic.review_every_days)
        if topic.reviewed_on > latest:
            out.append(
                Problem(
                    topic.id,
                    f"reviewed_on {topic.reviewed_on} is later than its newest checked fact "
                    f"({newest}) plus its review period ({topic.review_every_days} days): "
                    "check the facts before marking the topic reviewed",
                )
            )
    return out


def _allowed(facts: list[Fact]) -> tuple[set[str], set[str]]:
    numbers: set[str] = set()
    addresses: set[str] = set()
    for fact in facts:
        numbers.update(claims.numbers(fact.value))
        addresses.update(claims.normal_address(a) for a in claims.addresses(fact.value))
        if fact.kind == "url":
            addresses.add(claims.normal_address(fact.value))
    return numbers, addresses


def _claims(topic: Topic, facts: list[Fact], catalogs: Catalogs) -> list[Problem]:
    """Numbers and addresses that no listed fact registers, in English and each translation."""
    numbers, addresses = _allowed(facts)
    out = []
    for source in topic.strings():
        versions = [("en", source)]
        for lang in catalogs.languages:
            text = catalogs.translate(lang, source)
            if text is not None:
                versions.append((lang, text))
        english = sorted(set(claims.numbers(source)))
        written = ", ".join(dict.fromkeys(t for t, _ in claims.number_tokens(source))) or "none"
        for lang, text in versions:
            where = "" if lang == "en" else f"{lang}: "
            lang_or_none = None if lang == "en" else lang
            stray = list(
                dict.fromkeys(t for t, d in claims.number_tokens(text) if d not in numbers)
            )
            if stray:
                out.append(
                    Problem(
                        topic.id,
                        f"{where}states {', '.join(stray)} that no fact it lists registers: "
                        f"{_excerpt(text)}",
                        lang_or_none,
                    )
                )
            if lang != "en" and sorted(set(claims.numbers(text))) != english:
                out.append(
                    Problem(
                        topic.id,
                        f"{where}numbers differ from the English ({written}): {_excerpt(text)}",
                        lang_or_none,
                    )
                )
            for address in claims.addresses(text):
                if claims.normal_address(address) not in addresses:
                    out.append(
                        Problem(
                            topic.id,
                            f"{where}states address {address} that no fact it lists registers",
                            lang_or_none,
                        )
                    )
    return out


def _excerpt(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[: width - 1] + "…")


def _lengths(topic: Topic, catalogs: Catalogs) -> list[Problem]:
    out = []
    texts = [*topic.messages, *(t for ts in topic.followups.values() for t in ts)]
    for source in texts:
        versions = [("en", source)] + [
            (lang, t)
            for lang in catalogs.languages
            if (t := catalogs.translate(lang, source)) is not None
        ]
        for lang, text in versions:
            if len(text) > MAX_MESSAGE_CHARS:
                where = "" if lang == "en" else f"{lang}: "
                out.append(
                    Problem(
                        topic.id,
                        f"{where}message of {len(text)} characters is over "
                        f"{MAX_MESSAGE_CHARS}: {_excerpt(text)}",
                        None if lang == "en" else lang,
                    )
                )
    titles = [("en", topic.title)] + [
        (lang, t) for lang in catalogs.languages if (t := catalogs.translate(lang, topic.title))
    ]
    for lang, title in titles:
        if len(title) > MAX_TITLE_CHARS:
            where = "" if lang == "en" else f"{lang}: "
            out.append(
                Problem(
                    topic.id,
                    f"{where}title is over {MAX_TITLE_CHARS} characters: {title!r}",
                    None if lang == "en" else lang,
                )
            )
    return out


def _readability(topic: Topic) -> list[Problem]:
    """Warnings only: long messages and long sentences make a message hard on a phone."""
    out = []
    texts = [*topic.messages, *(t for ts in topic.followups.values() for t in ts)]
    for text in texts:
        if TARGET_MESSAGE_CHARS < len(text) <= MAX_MESSAGE_CHARS:
            out.append(Problem(topic.id, f"message of {len(text)} characters: {_excerpt(text)}"))
    average = words_per_sentence(texts)
    if average > TARGET_WORDS_PER_SENTENCE:
        out.append(Problem(topic.id, f"sentences average {average:.1f} words"))
    return out


def words_per_sentence(texts: list[str]) -> float:
    """Average words per sentence; a line or a bullet counts as a sentence of its own."""
    sentences = 0
    words = 0
    for text in texts:
        for line in text.splitlines():
            for part in _SENTENCE_END.split(line.strip(" •")):
                n = len(part.split())
                if n:
                    sentences += 1
                    words += n
    return words / sentences if sentences else 0.0


def _fact_topics(register: Register, topics: dict[str, Topic]) -> list[Problem]:
    """A fact's `topics` is where a reviewer goes when it changes: it must be right."""
    out = []
    for fact in register.facts.values():
        for name in fact.topics:
            if name not in topics:
                out.append(
                    Problem(fact.file, f"fact {fact.id} names unknown topic {name}", is_file=True)
                )
            elif fact.id not in topics[name].facts:
                out.append(
                    Problem(
                        fact.file,
                        f"fact {fact.id} names topic {name}, which does not list it",
                        is_file=True,
                    )
                )
    return out


def _values_shown(register: Register, topics: dict[str, Topic]) -> list[Problem]:
    """Warnings only: a value is 'the text topics show', so some topic listing it should show it."""
    out = []
    for fact in register.facts.values():
        users = [t for t in topics.values() if fact.id in t.facts]
        if users and not any(
            fact.value.lower() in text.lower() for t in users for text in t.strings()
        ):
            out.append(
                Problem(
                    fact.file,
                    f"fact {fact.id}: no topic that lists it shows its value {fact.value!r}",
                    is_file=True,
                )
            )
    return out
