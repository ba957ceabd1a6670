"""Topic examples: every file is well formed, every topic has enough, new topics count."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.content.topics import load_topics
from bot.settings import LANGUAGES
from bot.understanding.meaning.examples import (
    EXAMPLES_DIR,
    ExamplesError,
    conversation_examples,
    example_files,
    parse_examples,
    topic_examples,
)

MINIMUM = 25


@pytest.mark.parametrize("path", sorted(EXAMPLES_DIR.glob("*.yml")), ids=lambda p: p.stem)
def test_every_examples_file_is_well_formed(path: Path) -> None:
    examples = parse_examples(path)
    counts = Counter(e.lang for e in examples if e.kind is None)
    assert all(counts[lang] >= MINIMUM for lang in LANGUAGES), counts
    assert path.stem in load_topics(), "an examples file needs its topic file"


@pytest.mark.parametrize(
    "path", sorted((EXAMPLES_DIR / "writers").glob("*.yml")), ids=lambda p: p.stem
)
def test_every_outside_writers_file_is_well_formed_and_learned(path: Path) -> None:
    examples = parse_examples(path)
    assert {e.lang for e in examples} == set(LANGUAGES)
    assert path.stem in load_topics(), "an examples file needs its topic file"
    assert path in example_files()


def test_the_existing_topics_all_have_examples() -> None:
    have = {p.stem for p in example_files()}
    existing = {
        "rights", "rights_health", "rights_education", "rights_registry", "rights_justice",
        "rights_detention", "regularization", "reg_humanitarian", "reg_family_unity",
        "reg_residence", "reg_curp", "asylum", "asylum_process", "trafficking",
        "trafficking_job_offers", "trafficking_forced_labour", "trafficking_what_to_do",
        "voluntary_return", "missing_person", "mexicans_in_us", "us_visas", "danger", "danger_us",
    }  # fmt: skip
    assert existing <= have


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- just a list\n", "expected a mapping"),
        ("es: hola\n", "expected a list"),
        ("pt: [ola]\n", "unknown key 'pt'"),
        ("followups:\n  price:\n    es: [cuanto]\n", "unknown kind 'price'"),
        ("es: [ok\n", "not YAML"),
    ],
)
def test_a_broken_file_gets_a_clear_error(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "rights.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExamplesError, match=problem):
        parse_examples(path)


def test_a_broken_file_is_skipped_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "rights.yml").write_text("es: [ok\n", encoding="utf-8")
    (tmp_path / "asylum.yml").write_text("es: [como pido asilo]\n", encoding="utf-8")
    (tmp_path / "no_such_topic.yml").write_text("es: [nada]\n", encoding="utf-8")
    found = topic_examples(tmp_path)
    assert [(e.topic, e.text) for e in found] == [("asylum", "como pido asilo")]


def test_what_is_not_a_topic_comes_from_the_rasa_data() -> None:
    found = conversation_examples()
    kinds = Counter(e.kind for e in found)
    assert kinds["cost"] > 20 and kinds["where"] > 20 and kinds[None] > 500
    assert {e.lang for e in found} == set(LANGUAGES)
