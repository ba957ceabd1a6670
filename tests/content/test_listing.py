"""`content list` and `content facts`: what each topic is and how current it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.categories import CASE_CATEGORIES
from bot.cli.main import main
from tests.content.support import TODAY_ISO, ContentCopy


@pytest.fixture
def copy(tmp_path: Path) -> ContentCopy:
    return ContentCopy(tmp_path)


def listed(copy: ContentCopy, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["content", "list", str(copy.content), "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_list_json_gives_each_topic_with_its_category_languages_review_and_sources(
    copy: ContentCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = {r["id"]: r for r in listed(copy, capsys)}
    assert set(rows) == {"helplines", "fees"}
    helplines = rows["helplines"]
    assert helplines["area"] == "helplines"
    assert helplines["category"] == "crime_victim"
    assert helplines["languages"] == ["es", "en", "fr", "ht"]
    assert helplines["reviewed_on"] == "2026-12-01"
    assert helplines["review_due_on"] == "2027-03-01"
    assert helplines["sources"] == ["https://example.org/lines"]
    assert helplines["facts"] == ["fx_emergency", "fx_line", "fx_line_hours", "fx_site"]
    assert helplines["followups"] == ["where"]
    assert all(r["category"] in CASE_CATEGORIES for r in rows.values())


def test_a_language_with_a_missing_string_is_not_listed_as_complete(
    copy: ContentCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    copy.replace_in_catalog("fr", 'msgstr "Frais"', 'msgstr ""')
    rows = {r["id"]: r for r in listed(copy, capsys)}
    assert rows["fees"]["languages"] == ["es", "en", "ht"]
    assert rows["helplines"]["languages"] == ["es", "en", "fr", "ht"]


def test_list_prints_a_table_and_names_unreadable_topics(
    copy: ContentCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "list", str(copy.content), "--today", "2027-04-01"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "id",
        "area",
        "category",
        "languages",
        "reviewed",
        "due",
        "facts",
        "longest",
    ]
    assert out[1].split()[:5] == [
        "fees",
        "helplines",
        "legal_migration_advice",
        "es,en,fr,ht",
        "2026-12-01",
    ]
    assert out[2].split()[5:7] == ["2027-03-01", "!"]  # helplines is past its review
    assert out[-1] == "2 topic(s)"
    copy.edit_topic("fees", category="none")
    assert main(["content", "list", str(copy.content)]) == 1
    captured = capsys.readouterr()
    assert "helplines" in captured.out
    assert "fees.yml: category 'none' is not a case category" in captured.err


def test_facts_lists_the_register_by_due_date(
    copy: ContentCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "facts", str(copy.content), "--json", "--today", TODAY_ISO]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows][:3] == ["fx_line", "fx_line_hours", "fx_site"]
    assert rows[0]["due_on"] == "2027-05-19" and rows[0]["overdue"] is False
    assert (
        main(["content", "facts", str(copy.content), "--today", TODAY_ISO, "--due-within", "170"])
        == 0
    )
    out = capsys.readouterr().out
    assert "fx_line" in out and "fx_card_fee" not in out
    assert out.strip().endswith("3 fact(s)")
