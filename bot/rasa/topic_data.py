"""The topic examples as Rasa training data for the intent each topic belongs to.

People ask about a topic in the words of that topic ("cuanto cuesta la tarjeta humanitaria" is
a question about papers), so the messages in `content/examples/<topic>.yml` (and their
follow-up questions, and the outside writers' ones in its `writers/` subfolder) also teach Rasa
the intent of the topic's area. Any topic with an examples
file and a topic file counts; a topic whose area has no intent here is learned by the app's
topic classifier only. This module reads the files itself (it sits below `bot.content`): only
a topic file's `area` matters here.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import yaml

from bot.settings import LANGUAGES, ROOT
from bot.understanding.areas import TRAINED_AREAS, TRAINED_TOPICS
from bot.understanding.example_files import rasa_example_paths

log = logging.getLogger(__name__)

EXAMPLES = ROOT / "content" / "examples"
TOPICS = ROOT / "content" / "topics"


def topic_areas(topics: Path = TOPICS) -> dict[str, str]:
    """Topic id -> area, for every readable topic file."""
    out: dict[str, str] = {}
    for path in sorted(topics.glob("*.yml")):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(raw, dict) and raw.get("area"):
            out[path.stem] = str(raw["area"])
    return out


def _messages(raw: dict[str, Any], lang: str) -> list[str]:
    found: list[str] = []
    values = raw.get(lang)
    if isinstance(values, list):
        found += [str(v) for v in values]
    followups = raw.get("followups")
    if isinstance(followups, dict):
        for by_lang in followups.values():
            if isinstance(by_lang, dict) and isinstance(by_lang.get(lang), list):
                found += [str(v) for v in by_lang[lang]]
    return [" ".join(m.split()) for m in found if m.strip()]


def intent_examples(
    examples: Path = EXAMPLES, topics: Path = TOPICS
) -> dict[str, dict[str, list[str]]]:
    """Language -> intent -> messages, from every topic that has an intent."""
    areas = topic_areas(topics)
    out: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGUAGES}
    for path in rasa_example_paths(examples):
        intent = TRAINED_TOPICS.get(path.stem) or TRAINED_AREAS.get(areas.get(path.stem, ""))
        if intent is None:
            continue
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            log.error("topic examples left out of training: %s: %s", path, exc)
            continue
        if not isinstance(raw, dict):
            continue
        for lang in LANGUAGES:
            out[lang].setdefault(intent, []).extend(_messages(raw, lang))
    return out


def write_nlu(dest: Path, examples: Path = EXAMPLES, topics: Path = TOPICS) -> Path:
    """`dest/<lang>/topics.yml` in Rasa's NLU format; returns `dest`."""
    for lang, intents in intent_examples(examples, topics).items():
        blocks = [
            {"intent": intent, "examples": "".join(f"- {m}\n" for m in messages)}
            for intent, messages in sorted(intents.items())
            if messages
        ]
        folder = dest / lang
        folder.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(
            {"version": "3.1", "nlu": blocks}, allow_unicode=True, sort_keys=False
        )
        (folder / "topics.yml").write_text(text, encoding="utf-8")
    return dest


def signature(examples: Path = EXAMPLES, topics: Path = TOPICS) -> bytes:
    """What changes the training data: the examples, each topic's area and the intent they teach."""
    digest = hashlib.sha256()
    for path in rasa_example_paths(examples):
        digest.update(
            f"{path.parent.name}/{path.name}".encode() + b"\0" + path.read_bytes() + b"\0"
        )
    for topic, area in sorted(topic_areas(topics).items()):
        digest.update(f"{topic}={area}\0".encode())
    # Which intent each area's and topic's examples teach: a change there is a new model too.
    for name, intent in sorted({**TRAINED_AREAS, **TRAINED_TOPICS}.items()):
        digest.update(f"{name}->{intent}\0".encode())
    return digest.digest()
