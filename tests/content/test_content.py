"""The repository's own content: complete, registered, translated, current, and fit for a phone."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from bot.categories import CASE_CATEGORIES
from bot.cli.main import main
from bot.content.check import MAX_MESSAGE_CHARS, check
from bot.content.facts import load_register
from bot.content.topics import CONTENT_DIR, INTENT_TOPICS, load_topics
from bot.i18n import catalog_strings
from bot.nlg.topics import render_topic
from bot.settings import LANGUAGES

TOPICS = sorted(load_topics())
REQUIRED = {
    "rights",
    "rights_health",
    "rights_education",
    "rights_registry",
    "rights_justice",
    "rights_detention",
    "regularization",
    "reg_humanitarian",
    "reg_family_unity",
    "reg_residence",
    "reg_curp",
    "asylum",
    "asylum_process",
    "trafficking",
    "trafficking_job_offers",
    "trafficking_forced_labour",
    "trafficking_what_to_do",
    "voluntary_return",
    "missing_person",
    "mexicans_in_us",
    "us_visas",
    "danger",
    "danger_us",
}


def test_every_required_topic_exists() -> None:
    assert set(TOPICS) >= REQUIRED
    assert set(INTENT_TOPICS.values()) <= set(TOPICS)


def test_the_content_check_passes_today() -> None:
    """The same gate as the hook before a session stops: every fact registered and current."""
    report = check(CONTENT_DIR, date.today())
    assert [str(p) for p in report.problems] == []
    assert set(report.topics) == set(TOPICS)


def test_the_check_cli_passes_and_the_future_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 problem(s)")
    # Every fact expires: far enough ahead, the register itself fails.
    assert main(["content", "check", "--today", "2100-01-01", "--json"]) == 1


def test_list_json_shows_every_topic_complete_in_four_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["content", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == TOPICS
    for row in rows:
        assert {"id", "area", "category", "languages", "reviewed_on", "sources"} <= set(row)
        assert row["category"] in CASE_CATEGORIES
        assert sorted(row["languages"]) == sorted(LANGUAGES), row["id"]
        assert row["sources"]


@pytest.mark.parametrize("topic_id", TOPICS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_topic_renders_phone_sized_messages_with_a_way_forward(topic_id: str, lang: str) -> None:
    parts = render_topic(topic_id, lang)
    assert parts
    assert all(0 < len(p.text) <= MAX_MESSAGE_CHARS for p in parts)
    assert parts[-1].buttons, "every answer ends with a way forward"
    assert all(len(b.payload.encode()) <= 64 for b in parts[-1].buttons)


@pytest.mark.parametrize("topic_id", TOPICS)
def test_topic_records_sources_facts_category_and_an_honest_review(topic_id: str) -> None:
    topic = load_topics()[topic_id]
    facts = load_register(CONTENT_DIR / "facts").facts
    assert topic.sources and all(s.startswith("http") for s in topic.sources)
    assert topic.category in CASE_CATEGORIES
    assert topic.facts and all(f in facts for f in topic.facts)
    newest = max(facts[f].checked_on for f in topic.facts)
    assert topic.reviewed_on <= date.today()
    assert (topic.reviewed_on - newest).days <= topic.review_every_days


def test_no_topic_keeps_the_claims_the_audit_found_wrong() -> None:
    """Numbers and names the audit showed to be outdated must not come back in any language."""
    gone = ["5681 8125", "5490 7400", "1,702", "5,328", "6,495", "Grupo Beta", "Botón de Alerta"]
    for topic in load_topics().values():
        for text in topic.strings():
            versions = [text] + [catalog_strings(lang).get(text, "") for lang in ("es", "fr", "ht")]
            for version in versions:
                assert not [g for g in gone if g in version], (topic.id, version)


def test_no_topic_uses_an_unexplained_acronym() -> None:
    """An acronym a person may not know is explained in brackets in the same topic."""
    known = {
        "US",
        "ID",
        "TTY",
        "CIAM",
        "NCMEC",
        "TVRH",
        "FGR",
    }  # explained by the words around them
    for topic_id in TOPICS:
        topic = load_topics()[topic_id]
        if topic.area == "danger":
            continue  # the danger engineer's topics
        text = " ".join(topic.strings())
        acronyms = set(re.findall(r"\b[A-Z]{3,}\b", text)) - known
        unexplained = {
            a
            for a in acronyms
            if not re.search(rf"\b{a}\b[^.()\n]{{0,25}}\(", text)
            and not re.search(rf"\([^)]*\b{a}\b[^)]*\)", text)
        }
        assert not unexplained, (topic_id, sorted(unexplained))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_danger_gives_both_emergency_numbers(lang: str) -> None:
    text = " ".join(p.text for p in render_topic("danger", lang))
    assert "911" in text
    assert "800 5533 000" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_danger_in_the_us_gives_us_lines(lang: str) -> None:
    text = " ".join(p.text for p in render_topic("danger_us", lang))
    assert "911" in text
    assert "1-888-373-7888" in text
