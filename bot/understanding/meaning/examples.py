"""What the topic classifier learns from: people's messages about each topic, and what the
rest of the conversation sounds like.

`content/examples/<topic_id>.yml` holds, per language, messages about one topic written the way
people write them (`{es: [...], en: [...], fr: [...], ht: [...]}`), and under `followups:` the
questions about one follow-up of that topic (`{cost: {es: [...]}, ...}`). Files of the same
shape in `content/examples/writers/` come from writers who saw neither these files nor any test
set; they are kept apart so that their share can be weighed (and taken out) as a whole (with
them, 2026-12-06: blind topic accuracy es/en/fr/ht -0.8/+2.4/+3.7/+1.1 points, blind topic set
+4.0 to +6.4, intent -0.1 to +0.5 except ht -0.8). A second round (`writers/round2/`, 23 of
the topics the sets found hardest, 2026-12-07) is learned by this classifier only, not by Rasa
(`rasa_example_paths`): blind topic set +1.3 to +2.5 points, blind topic es +1.1, en -0.5, fr
-1.6, ht +0.6; development topic sets +1.6 to +6.8. Any topic that has
both a topic file and an examples file is learned, so topics added later by the content team
get the same treatment without code. What is not about a topic (greetings, "yes", a shelter
near me, "how much is it?" with no topic named) comes from the Rasa training data in
`nlu_data/<lang>/*.yml`, labelled as no topic. A language's `intents_only/` subfolder is Rasa's
alone (the danger net leaves it out too): about 1,500 messaging-style examples per language
there raised blind intent accuracy by 0.9 to 1.7 points in es/en/fr, but as "no topic"
examples they cost the topic classifier a point of topic accuracy; read by Rasa only, they gave
0.8 to 1.1 points of topic accuracy too (`python -m bot eval-nlu`, 2026-12-06).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.content.topics import FOLLOWUP_KINDS, Topic, load_topics
from bot.settings import LANGUAGES, ROOT
from bot.understanding.example_files import example_paths

log = logging.getLogger(__name__)

EXAMPLES_DIR = ROOT / "content" / "examples"
NLU_DIR = ROOT / "nlu_data"
NO_TOPIC = "_none"
# Rasa intents whose examples name no topic; follow-up intents teach the follow-up kind.
FOLLOWUP_INTENTS = {
    "ask_requirements": "requirements",
    "ask_cost": "cost",
    "ask_where": "where",
    "ask_duration": "duration",
    "ask_validity": "validity",
}
NOT_TOPICS = frozenset(
    {
        "greet",
        "goodbye",
        "thank",
        "affirm",
        "deny",
        "help_menu",
        "change_language",
        "request_human",
        "delete_my_data",
        "inform_location",
        "find_shelter",
        "find_legal_help",
        "find_health",
        "out_of_scope",
        *FOLLOWUP_INTENTS,
    }
)
_ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")


class ExamplesError(ValueError):
    """An examples file is malformed."""


@dataclass(frozen=True)
class Example:
    text: str
    lang: str
    topic: str  # a topic id, or NO_TOPIC
    kind: str | None = None  # the follow-up asked about, if any


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ExamplesError(f"{where}: expected a list of messages")
    return [v.strip() for v in value if v.strip()]


def parse_examples(path: Path) -> list[Example]:
    """One examples file; a clear error naming the file and the key when it is malformed."""
    topic = path.stem
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ExamplesError(f"{path}: not YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ExamplesError(f"{path}: expected a mapping of language to messages")
    out: list[Example] = []
    for key, value in raw.items():
        if key == "followups":
            if not isinstance(value, dict):
                raise ExamplesError(f"{path}: followups: expected a mapping of kind to languages")
            for kind, by_lang in value.items():
                if kind not in FOLLOWUP_KINDS:
                    raise ExamplesError(f"{path}: followups: unknown kind {kind!r}")
                if not isinstance(by_lang, dict):
                    raise ExamplesError(f"{path}: followups.{kind}: expected languages")
                for lang, texts in by_lang.items():
                    if lang not in LANGUAGES:
                        raise ExamplesError(f"{path}: followups.{kind}: unknown language {lang!r}")
                    where = f"{path}: followups.{kind}.{lang}"
                    out += [Example(t, lang, topic, kind) for t in _strings(texts, where)]
        elif key in LANGUAGES:
            out += [Example(t, str(key), topic) for t in _strings(value, f"{path}: {key}")]
        else:
            raise ExamplesError(f"{path}: unknown key {key!r} (languages: {', '.join(LANGUAGES)})")
    return out


def example_files(
    directory: Path = EXAMPLES_DIR, topics: Mapping[str, Topic] | None = None
) -> list[Path]:
    """Examples files of topics that exist (the writers' ones after the team's); an examples
    file without its topic is ignored."""
    known = load_topics() if topics is None else topics
    return [p for p in example_paths(directory) if p.stem in known]


def topic_examples(
    directory: Path = EXAMPLES_DIR, topics: Mapping[str, Topic] | None = None
) -> list[Example]:
    """Every topic's examples. A broken file is logged and skipped: one bad file must not take
    the understanding of every other topic down (the tests refuse it before it ships)."""
    out: list[Example] = []
    for path in example_files(directory, topics):
        try:
            out += parse_examples(path)
        except (ExamplesError, OSError) as exc:
            log.error("skipping topic examples: %s", exc)
    return out


def _nlu_blocks(path: Path) -> Iterable[tuple[str, list[str]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for block in (data or {}).get("nlu") or []:
        if isinstance(block, dict) and block.get("intent") and block.get("examples"):
            lines = str(block["examples"]).splitlines()
            texts = [line.strip()[2:] for line in lines if line.strip().startswith("- ")]
            yield str(block["intent"]), [_ANNOTATION.sub(r"\1", t).strip() for t in texts]


def conversation_examples(directory: Path = NLU_DIR) -> list[Example]:
    """Messages that are about no topic, from the Rasa training data (each language's own
    files, not its `intents_only/` subfolder); follow-up questions without a topic keep their
    kind."""
    out: list[Example] = []
    for lang in LANGUAGES:
        for path in sorted((directory / lang).glob("*.yml")):
            for intent, texts in _nlu_blocks(path):
                if intent in NOT_TOPICS:
                    kind = FOLLOWUP_INTENTS.get(intent)
                    out += [Example(t, lang, NO_TOPIC, kind) for t in texts if t]
    return out


def source_files(
    examples: Path = EXAMPLES_DIR,
    nlu: Path = NLU_DIR,
    topics: Mapping[str, Topic] | None = None,
) -> list[Path]:
    return [*example_files(examples, topics), *sorted(nlu.glob("*/*.yml"))]


def sources_hash(extra: Iterable[bytes] = (), **kwargs: Any) -> str:
    """Hash of everything the classifier is trained from, and of what shapes it (`extra`)."""
    digest = hashlib.sha256()
    for path in source_files(**kwargs):
        name = f"{path.parent.name}/{path.name}"
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    for chunk in extra:
        digest.update(chunk + b"\0")
    return digest.hexdigest()[:12]
