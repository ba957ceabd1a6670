"""`content check` on a copy of the fixture content: clean as given, and every failure named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.content.check import Report, check
from tests.content.support import TODAY_ISO, ContentCopy

TODAY = date.fromisoformat(TODAY_ISO)


@pytest.fixture
def copy(tmp_path: Path) -> ContentCopy:
    return ContentCopy(tmp_path)


def run(copy: ContentCopy, today: date = TODAY) -> Report:
    return check(copy.content, today)


def named(report: Report) -> list[str]:
    return [str(p) for p in report.problems]


def only(report: Report, *fragments: str) -> None:
    """Exactly the problems that contain these fragments, one each, and nothing else."""
    problems = named(report)
    assert len(problems) == len(fragments), problems
    for fragment in fragments:
        assert any(fragment in p for p in problems), (fragment, problems)


def test_the_fixture_content_is_clean(copy: ContentCopy) -> None:
    report = run(copy)
    assert report.problems == []
    assert set(report.topics) == {"helplines", "fees"}
    assert len(report.register.facts) == 5


def test_an_unregistered_number_in_english_is_named(copy: ContentCopy) -> None:
    new = "The card costs MXN 11,140.74. It lasts 4 years."
    copy.edit_topic("fees", messages=[new])
    for lang in ("es", "fr", "ht"):
        copy.replace_in_catalog(lang, "The card costs MXN 11,140.74.", new)
    copy.replace_in_catalog("es", "pesos (MXN).", "pesos (MXN). Dura 4 años.")
    problems = named(run(copy))
    assert any(p.startswith("fees: states 4 that no fact it lists registers") for p in problems)
    assert any(p.startswith("fees: es: states 4 that no fact") for p in problems)
    assert any(
        p.startswith("fees: fr: numbers differ from the English (11,140.74, 4)") for p in problems
    )


def test_a_phone_with_one_digit_changed_is_a_new_phone(copy: ContentCopy) -> None:
    copy.replace_in_catalog("ht", "Rele liy la: 800 5533 000.", "Rele liy la: 800 5533 001.")
    report = run(copy)
    problems = named(report)
    assert "helplines: ht: states 800 5533 001 that no fact it lists registers" in problems[0]
    assert any("ht: numbers differ from the English" in p for p in problems)
    assert {p.language for p in report.problems} == {"ht"}


def test_a_translation_may_not_drop_or_add_a_number(copy: ContentCopy) -> None:
    copy.replace_in_catalog("fr", "Appelez le 911 en cas d'urgence.", "Appelez les secours.")
    only(run(copy), "helplines: fr: numbers differ from the English (911)")


def test_the_same_amount_written_the_local_way_is_the_same_number(copy: ContentCopy) -> None:
    # es writes "11 140,74", fr "11 140,74 MXN", ht "MXN 11,140.74": all one registered fee.
    assert run(copy).problems == []


def test_list_numbering_is_not_a_claim(copy: ContentCopy) -> None:
    report = run(copy)
    assert report.problems == []
    assert "1. Say where you are." in report.topics["helplines"].messages[1]


def test_an_unregistered_web_address_is_named(copy: ContentCopy) -> None:
    copy.replace_in_catalog(
        "es", "Mira la lista de oficinas: example.org/offices", "Mira: https://fake.example.com/x"
    )
    only(run(copy), "helplines: es: states address https://fake.example.com/x")


def test_a_fact_past_its_check_date_fails(copy: ContentCopy) -> None:
    report = run(copy, date(2027, 5, 20))
    problems = named(report)
    assert any(
        "facts/lines.yml: fact fx_line is past its check date (checked 2026-11-20, every 180 "
        "days: due 2027-05-19)" in p
        for p in problems
    ), problems
    facts = [p for p in report.problems if p.is_file]
    assert [p.problem.split()[1] for p in facts] == ["fx_line", "fx_line_hours", "fx_site"]
    assert facts[0].as_dict()["topic"] is None


def test_a_fact_checked_in_the_future_fails(copy: ContentCopy) -> None:
    copy.edit_fact("fees", "fx_card_fee", checked_on="2027-01-01")
    only(run(copy), "fact fx_card_fee is checked in the future (2027-01-01)")


def test_a_review_later_than_the_facts_allow_fails(copy: ContentCopy) -> None:
    # Newest fact of helplines checked 2026-12-01, review every 90 days: at most 2027-03-01.
    copy.edit_topic("helplines", reviewed_on="2027-03-02")
    problems = named(run(copy, date(2027, 3, 5)))
    assert any(
        "helplines: reviewed_on 2027-03-02 is later than its newest checked fact (2026-12-01) "
        "plus its review period (90 days)" in p
        for p in problems
    ), problems


def test_a_review_in_the_future_and_an_overdue_review_fail(copy: ContentCopy) -> None:
    copy.edit_topic("fees", reviewed_on="2026-12-07")
    only(run(copy), "fees: reviewed_on 2026-12-07 is in the future")
    copy.edit_topic("fees", reviewed_on="2026-01-01")
    only(run(copy), "fees: review overdue (last reviewed 2026-01-01, due 2026-06-30)")


def test_unknown_or_missing_facts_fail(copy: ContentCopy) -> None:
    copy.edit_topic("fees", facts=["fx_card_fee", "fx_nowhere"])
    only(run(copy), "fees: lists unknown fact fx_nowhere")
    copy.edit_topic("fees", facts=[])
    problems = named(run(copy))
    assert "fees: lists no facts: register what it states in content/facts/" in problems
    assert any("fees: states 11,140.74 that no fact it lists registers" in p for p in problems)
    assert any("fees: es: states 11 140,74 that no fact" in p for p in problems)
    assert any("fact fx_card_fee names topic fees, which does not list it" in p for p in problems)


def test_a_fact_naming_an_unknown_topic_fails(copy: ContentCopy) -> None:
    copy.edit_fact("fees", "fx_card_fee", topics=["fees", "nowhere"])
    only(run(copy), "fees.yml: fact fx_card_fee names unknown topic nowhere")


def test_broken_fact_files_are_named_and_the_rest_still_checked(copy: ContentCopy) -> None:
    entries = copy.facts("fees")
    del entries[0]["source"]
    entries[0]["kind"] = "rumour"
    entries.append(dict(copy.facts("lines")[0]))  # fx_emergency twice
    copy.write_facts("fees", entries)
    problems = named(run(copy))
    assert any(
        "fees.yml: fact fx_card_fee: entry: 'source' is a required property" in p for p in problems
    )
    assert any("fees.yml: fact fx_card_fee: kind: 'rumour' is not one of" in p for p in problems)
    assert any("fact fx_emergency is already registered in" in p for p in problems)
    assert any("fees: lists unknown fact fx_card_fee" in p for p in problems)
    (copy.content / "facts" / "broken.yml").write_text("- id: [unclosed\n", "utf-8")
    assert any("broken.yml: cannot be read" in p for p in named(run(copy)))
    (copy.content / "facts" / "broken.yml").write_text("id: not_a_list\n", "utf-8")
    assert any("broken.yml: must be a YAML list of fact entries" in p for p in named(run(copy)))


def test_a_message_over_400_characters_fails_in_any_language(copy: ContentCopy) -> None:
    long_es = "Llama al 911 en una emergencia. " + "Es gratis. " * 40
    copy.replace_in_catalog("es", "Llama al 911 en una emergencia. Es gratis.", long_es.strip())
    only(run(copy), "helplines: es: message of 471 characters is over 400")


def test_a_missing_translation_fails(copy: ContentCopy) -> None:
    copy.replace_in_catalog("ht", 'msgstr "Frè"', 'msgstr ""')
    report = run(copy)
    only(report, "fees: 1 string(s) not translated into ht")
    assert report.problems[0].language == "ht"


def test_a_missing_or_unknown_category_fails(copy: ContentCopy) -> None:
    copy.edit_topic("fees", category="immigration")
    problems = named(run(copy))
    assert any(
        p.startswith("fees: category 'immigration' is not a case category") for p in problems
    )
    assert any("next step names unknown topic 'fees'" in p for p in problems)
    data = copy.topic("fees")
    del data["category"]
    copy.write_topic("fees", data)
    assert any(p.startswith("fees: missing category") for p in named(run(copy)))


def test_a_topic_without_a_way_forward_or_with_a_bad_follow_up_fails(copy: ContentCopy) -> None:
    copy.edit_topic("fees", next=[], followups={"when": ["Soon."]})
    problems = named(run(copy))
    assert "fees: next is empty: every answer needs a way forward" in problems
    assert any("fees: unknown follow-up kind 'when'" in p for p in problems)


def test_a_broken_topic_file_is_named(copy: ContentCopy) -> None:
    (copy.content / "topics" / "fees.yml").write_text("id: fees\nmessages: [\n", "utf-8")
    problems = named(run(copy))
    assert any(p.startswith("fees: cannot be read") for p in problems)
    assert any("next step names unknown topic 'fees'" in p for p in problems)


def test_the_cli_names_every_problem_and_fails(
    copy: ContentCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "check", str(copy.content), "--today", TODAY_ISO]) == 0
    assert "0 problem(s), 2 topic(s), 5 fact(s)" in capsys.readouterr().out
    copy.edit_topic("fees", category="nothing", reviewed_on="2026-12-09")
    code = main(["content", "check", str(copy.content), "--today", TODAY_ISO])
    out = capsys.readouterr().out
    assert code == 1
    assert "fees: category 'nothing' is not a case category" in out
    assert main(["content", "check", str(copy.content), "--today", "2027-06-01", "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert {Path(r["file"]).name for r in rows if r["file"]} == {"lines.yml", "fees.yml"}
    assert all(set(r) == {"topic", "file", "problem", "language"} for r in rows)


def test_the_locales_folder_can_be_given(
    copy: ContentCopy, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "nowhere"
    code = main(
        ["content", "check", str(copy.content), "--locales", str(empty), "--today", TODAY_ISO]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert f"{empty / 'es'}: no catalogs for language 'es'" in out


def test_a_value_no_topic_shows_is_a_warning_not_a_failure(copy: ContentCopy) -> None:
    copy.edit_fact("fees", "fx_card_fee", value="MXN 11,140.74 per year")
    report = run(copy)
    assert report.problems == []
    assert [str(w) for w in report.warnings] == [
        f"{report.register.facts['fx_card_fee'].file}: fact fx_card_fee: no topic that lists it "
        "shows its value 'MXN 11,140.74 per year'"
    ]


def test_a_button_title_over_30_characters_fails_in_any_language(copy: ContentCopy) -> None:
    copy.replace_in_catalog(
        "fr", 'msgstr "Frais"', 'msgstr "Frais à payer pour la carte de résident"'
    )
    only(run(copy), "fees: fr: title is over 30 characters")
