"""eval-nlu's readers and scores: tolerant of the shapes the set authors use, aggregates only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cli import eval_sets as sets
from bot.cli.eval_nlu import check, macro_f1, turn_passes


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_held_out_sets_are_read() -> None:
    for lang in ("es", "en", "fr", "ht"):
        cases = sets.held_out(lang)
        assert len(cases) > 300 and all(c.intent for c in cases)
        assert not any("](" in c.text for c in cases)  # annotations stripped


ASYLUM = "  - {text: asilo, intent: ask_asylum, topic: asylum}\n"


@pytest.mark.parametrize(
    "text",
    [
        "language: es\nexamples:\n  - {text: hola, intent: greet}\n" + ASYLUM,
        "- {text: hola, intent: greet}\n- {message: asilo, intent: ask_asylum, topic: asylum}\n",
        "cases:\n  - {text: hola, intent: greet}\n" + ASYLUM,
    ],
)
def test_labelled_sets_in_several_shapes(tmp_path: Path, text: str) -> None:
    cases = sets.labelled(write(tmp_path, "es.yml", text))
    assert [(c.intent, c.topic) for c in cases] == [("greet", None), ("ask_asylum", "asylum")]


def test_topic_and_multi_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "topics-es.yml",
        "examples:\n  - {text: x, topic: reg_curp, followup: cost, specific: true}\n"
        "  - {text: y, first: find_shelter, second: {topic: asylum}}\n",
    )
    one, two = sets.labelled(path)
    assert (one.topic, one.followup, one.specific) == ("reg_curp", "cost", True)
    assert (two.first, two.second) == ("find_shelter", "asylum")


def test_an_unknown_shape_is_named_not_shown(tmp_path: Path) -> None:
    with pytest.raises(sets.SetError, match=r"es\.yml: no list of examples"):
        sets.labelled(write(tmp_path, "es.yml", "secret sentence: here\n"))
    assert sets.labelled(tmp_path / "missing.yml") == []


def test_journeys_in_several_shapes(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "fr.yml",
        "language: fr\njourneys:\n  - name: a\n    turns:\n"
        "      - {text: bonjour, expect_any: Puente}\n"
        "      - {say: asile, expect_any: [COMAR, OIM]}\n  - steps: [salut]\n",
    )
    first, second = sets.journeys(path, "es")
    assert first.lang == "fr" and [t.expect_any for t in first.turns] == [
        ("Puente",),
        ("COMAR", "OIM"),
    ]
    assert second.turns[0].text == "salut" and second.name == "fr-2"


def test_a_turn_passes_on_any_expected_fact_case_and_accents_ignored() -> None:
    replies = [
        {
            "text": "Pide asilo dentro de los 30 DÍAS.",
            "buttons": [{"title": "Más", "payload": "/x"}],
        }
    ]
    assert turn_passes(replies, sets.Turn("x", expect_any=("30 dias", "nunca")))
    assert turn_passes(replies, sets.Turn("x", expect_any=("mas",)))
    assert not turn_passes(replies, sets.Turn("x", expect_any=("911",)))
    assert not turn_passes(replies, sets.Turn("x", expect_none=("asilo",)))


def test_macro_f1() -> None:
    assert macro_f1([("a", "a"), ("b", "b")]) == 1.0
    assert macro_f1([("a", "b"), ("b", "a")]) == 0.0


def test_targets_are_checked() -> None:
    topics = {"topic_accuracy": 0.93, "specific_first": 0.92, "topic_n": 9, "specific_n": 8}
    good = {
        "held_out": {"accuracy": 0.96},
        "blind": {"accuracy": 0.96, "intent_n": 20, **topics},
        "topics": {"n": 9, "intent_n": 0, **topics},
        "journeys": {"rate": 1.0},
    }
    ht = {
        **good,
        "blind": {**good["blind"], "accuracy": 0.93},
        "topics": {**good["topics"], "specific_first": 0.8},
    }
    report = {"languages": {"es": good, "ht": ht}}
    assert check(report) == [
        "ht blind intent accuracy 0.930",
        "ht topics specific first 0.800",
        "ht is 3.0 points behind es",
    ]


def test_needs_as_a_list(tmp_path: Path) -> None:
    path = write(tmp_path, "multi-es.yml", "- {text: x, needs: [find_shelter, find_legal_help]}\n")
    (case,) = sets.labelled(path)
    assert (case.first, case.second) == ("find_shelter", "find_legal_help")


def test_also_counts_a_newer_topic_but_the_first_label_is_reported_too(
    tmp_path: Path, rasa_stack: Any
) -> None:
    """A set labelled before a narrower topic existed: the keeper's `also` names it, the
    score counts it as found, and the strict figure still shows the first label alone."""
    from bot.cli.eval_nlu import score
    from bot.cli.eval_stack import Stack as EvalStack

    path = write(
        tmp_path,
        "es.yml",
        "examples:\n"
        "  - {text: 'como saco la curp', intent: ask_regularization, topic: rights,"
        " also: [reg_curp]}\n"
        "  - {text: 'como saco la curp', intent: ask_regularization, topic: rights}\n",
    )
    cases = sets.labelled(path)
    assert cases[0].also == ("reg_curp",) and cases[1].also == ()
    stack = EvalStack(rasa_stack.rasa_url, rasa_stack.app.url)
    try:
        got = score(stack, cases, "es")
    finally:
        stack.rasa.close()
        stack.app.close()
    assert (got.topic_n, got.topic_accuracy, got.topic_accuracy_strict) == (2, 0.5, 0.0)
