"""The facts register: every fee, deadline, phone, address, article or rule the content states.

People act on these: a wrong deadline can cost an asylum claim. So each fact is written once, in
`content/facts/<group>.yml`, with its primary source, the day a person checked it against that
source and how often it must be checked again. Topics list the facts they state, and the
checker holds every number a topic shows to the values registered here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import yaml

KINDS = (
    "phone",
    "fee",
    "deadline",
    "duration",
    "address",
    "law",
    "eligibility",
    "url",
    "other",
)

ENTRY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": [
        "id",
        "statement",
        "value",
        "kind",
        "source",
        "source_title",
        "checked_on",
        "review_every_days",
        "topics",
    ],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "statement": {"type": "string", "minLength": 1},
        "value": {"type": "string", "minLength": 1},
        "kind": {"enum": list(KINDS)},
        "source": {"type": "string", "pattern": "^https?://\\S+$"},
        "source_title": {"type": "string", "minLength": 1},
        "checked_on": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
        "review_every_days": {"type": "integer", "minimum": 1},
        "topics": {"type": "array", "items": {"type": "string"}},
        "note": {"type": "string"},
    },
}


@dataclass(frozen=True)
class Fact:
    id: str
    statement: str
    value: str
    kind: str
    source: str
    source_title: str
    checked_on: date
    review_every_days: int
    topics: tuple[str, ...]
    file: str
    note: str = ""

    def due_on(self) -> date:
        """The last day this fact may be shown without being checked again."""
        return self.checked_on + timedelta(days=self.review_every_days)

    def overdue(self, today: date) -> bool:
        return today > self.due_on()


@dataclass(frozen=True)
class Register:
    """The facts of every group file, and what is wrong with the files."""

    facts: dict[str, Fact]
    problems: tuple[tuple[str, str], ...]  # (file, problem)


def _yaml_safe(entry: dict[str, Any]) -> dict[str, Any]:
    """YAML reads a bare date as a date; the schema checks the ISO text."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in entry.items()}


def _read_group(path: Path, label: str) -> tuple[list[Fact], list[str]]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return [], [f"cannot be read: {exc}"]
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], ["must be a YAML list of fact entries"]
    facts: list[Fact] = []
    problems: list[str] = []
    validator = jsonschema.Draft202012Validator(ENTRY_SCHEMA)
    for n, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(f"entry {n} is not a mapping")
            continue
        entry = _yaml_safe(entry)
        name = entry.get("id", f"entry {n}")
        errors = sorted(validator.iter_errors(entry), key=lambda e: list(e.path))
        if errors:
            for error in errors:
                where = ".".join(str(p) for p in error.path) or "entry"
                problems.append(f"fact {name}: {where}: {error.message}")
            continue
        try:
            checked = date.fromisoformat(entry["checked_on"])
        except ValueError:
            problems.append(f"fact {name}: checked_on {entry['checked_on']!r} is not a date")
            continue
        facts.append(
            Fact(
                id=entry["id"],
                statement=entry["statement"],
                value=entry["value"],
                kind=entry["kind"],
                source=entry["source"],
                source_title=entry["source_title"],
                checked_on=checked,
                review_every_days=entry["review_every_days"],
                topics=tuple(entry["topics"]),
                file=label,
                note=entry.get("note", ""),
            )
        )
    return facts, problems


def load_register(directory: Path) -> Register:
    """Every `<group>.yml` under `directory`; ids must be unique across the groups."""
    facts: dict[str, Fact] = {}
    problems: list[tuple[str, str]] = []
    for path in sorted(directory.glob("*.yml")):
        label = display_path(path)
        group, group_problems = _read_group(path, label)
        problems.extend((label, p) for p in group_problems)
        for fact in group:
            if fact.id in facts:
                problems.append(
                    (label, f"fact {fact.id} is already registered in {facts[fact.id].file}")
                )
                continue
            facts[fact.id] = fact
    return Register(facts=facts, problems=tuple(problems))


def display_path(path: Path) -> str:
    """The path as people see it: relative to the working directory when it can be."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
