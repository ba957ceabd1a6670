"""The evaluation sets `eval-nlu` scores, read tolerantly and never printed.

- `tests/nlu/<lang>.yml`: the held-out set, Rasa's NLU format (intent only).
- `tests/nlu/blind/<lang>.yml`: `{language, examples: [{text, intent, topic?}]}`.
- `tests/nlu/blind/topics-<lang>.yml`: examples with `topic`, `followup?`, `specific?`.
- `tests/nlu/blind/multi-<lang>.yml`: examples with `first` and `second` needs.
- `tests/journeys/<lang>.yml` and `tests/journeys/blind/<lang>.yml`: multi-turn journeys.

Blind files are written by someone who never sees the training data; code that reads them only
ever reports aggregate figures. A file that is missing is skipped; one whose shape is not
understood is reported as such (by name, never by content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.settings import LANGUAGES, ROOT

NLU_TESTS = ROOT / "tests" / "nlu"
BLIND = NLU_TESTS / "blind"
JOURNEYS = ROOT / "tests" / "journeys"
ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")


class SetError(ValueError):
    """An evaluation file whose shape is not understood."""


@dataclass(frozen=True)
class Case:
    """One message with what it should be understood as."""

    text: str
    intent: str | None = None
    topic: str | None = None
    # Newer, narrower topics that the set's keeper judged to answer this message at least
    # as well as `topic` (the set was labelled before they existed): they count as found.
    also: tuple[str, ...] = ()
    followup: str | None = None
    specific: bool | None = None
    first: str | None = None
    second: str | None = None


@dataclass(frozen=True)
class Turn:
    text: str
    expect_any: tuple[str, ...] = ()
    expect_all: tuple[str, ...] = ()
    expect_none: tuple[str, ...] = ()


@dataclass(frozen=True)
class Journey:
    name: str
    lang: str
    turns: tuple[Turn, ...] = field(default_factory=tuple)


def plain(example: str) -> str:
    return ANNOTATION.sub(r"\1", example).strip()


def held_out(lang: str, folder: Path = NLU_TESTS) -> list[Case]:
    path = folder / f"{lang}.yml"
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cases: list[Case] = []
    for block in data.get("nlu") or []:
        intent = block.get("intent")
        for line in str(block.get("examples", "")).splitlines():
            if intent and line.strip().startswith("- "):
                cases.append(Case(plain(line.strip()[2:]), intent=str(intent)))
    return cases


def _items(data: Any, path: Path) -> list[dict[str, Any]]:
    """The list of examples in a file: a bare list, or the first list under a known key."""
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict):
        lists = [
            data[k]
            for k in ("examples", "cases", "items", "messages")
            if isinstance(data.get(k), list)
        ]
        if not lists:
            raise SetError(f"{path.name}: no list of examples found")
        items = lists[0]
    else:
        raise SetError(f"{path.name}: not a list or a mapping")
    return [i for i in items if isinstance(i, dict)]


def _text(item: dict[str, Any]) -> str | None:
    for key in ("text", "message", "say", "user"):
        if isinstance(item.get(key), str):
            return str(item[key])
    return None


def _opt(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return str(value) if value not in (None, "") else None


def labelled(path: Path) -> list[Case]:
    """A blind file of labelled messages ([] when it does not exist)."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    cases: list[Case] = []
    for item in _items(data, path):
        text = _text(item)
        if text is None:
            continue
        specific = item.get("specific")
        listed = item.get("needs")
        needs: list[Any] = listed if isinstance(listed, list) else []
        first = item.get("first", item.get("first_need", needs[0] if needs else None))
        second = item.get("second", item.get("second_need", needs[1] if len(needs) > 1 else None))
        cases.append(
            Case(
                text=text,
                intent=_opt(item, "intent"),
                topic=_opt(item, "topic"),
                also=_strings(item.get("also")),
                followup=_opt(item, "followup") or _opt(item, "kind"),
                specific=bool(specific) if specific is not None else None,
                first=_need(first),
                second=_need(second),
            )
        )
    return cases


def _need(value: Any) -> str | None:
    """A need as a topic id or an intent name; a mapping names one of them."""
    if isinstance(value, dict):
        value = value.get("topic") or value.get("intent") or value.get("service")
    return str(value) if value not in (None, "") else None


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if v is not None)
    return ()


def journeys(path: Path, lang: str) -> list[Journey]:
    """Journeys: a list (or `{journeys: [...]}`) of `{name?, lang?, turns: [{text|say,
    expect_any?, expect_all?, expect_none?}]}`."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    default = lang
    if isinstance(data, dict):
        default = str(data.get("language") or data.get("lang") or lang)
        found = next(
            (
                data[k]
                for k in ("journeys", "conversations", "examples", "dialogues")
                if isinstance(data.get(k), list)
            ),
            None,
        )
        if found is None:
            raise SetError(f"{path.name}: no list of journeys found")
        data = found
    if not isinstance(data, list):
        raise SetError(f"{path.name}: not a list of journeys")
    out: list[Journey] = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict):
            continue
        steps: list[Any] = next(
            (
                item[k]
                for k in ("turns", "steps", "messages", "conversation")
                if isinstance(item.get(k), list)
            ),
            [],
        )
        turns = []
        for step in steps:
            if isinstance(step, str):
                turns.append(Turn(step))
            elif isinstance(step, dict) and (text := _text(step)) is not None:
                turns.append(
                    Turn(
                        text,
                        _strings(step.get("expect_any")),
                        _strings(step.get("expect_all") or step.get("expect")),
                        _strings(step.get("expect_none")),
                    )
                )
        if turns:
            name = str(item.get("name") or item.get("id") or f"{path.stem}-{number}")
            out.append(
                Journey(
                    name, str(item.get("lang") or item.get("language") or default), tuple(turns)
                )
            )
    return out


def languages() -> tuple[str, ...]:
    return LANGUAGES
