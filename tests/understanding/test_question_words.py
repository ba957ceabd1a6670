"""The follow-up a question asks, read from its question words when the classifier is unsure."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.understanding.meaning.decide import decide
from bot.understanding.meaning.question_words import kind_in_words


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("donde saco la curp", "where"),
        ("¿Dónde puedo pedir asilo?", "where"),
        ("en que oficina se pide la residencia", "where"),
        ("where can i get a curp", "where"),
        ("which office do i go to for the humanitarian card", "where"),
        ("Où je peux demander l'asile ?", "where"),
        ("ki kote pou m al mande azil", "where"),
        # French without the accent of "où", with the verb of a complaint or a place to go.
        ("ou denoncer une usine qui garde les papiers des ouvriers", "where"),
        ("ou me plaindre contre mon patron", "where"),
        ("y si me quitan el pasaporte a quien llamo", "where"),
        ("who do i report it to", "where"),
        ("kimoun pou m rele", "where"),
        ("ou peut aller une fille qui s est echappee d un reseau", "where"),
        ("cuanto cuesta la tarjeta humanitaria", "cost"),
        ("is it free to ask for asylum", "cost"),
        ("c'est gratuit ou est-ce que je dois payer ?", "cost"),
        ("konbyen kob li koute", "cost"),
        ("que papeles necesito para la residencia", "requirements"),
        ("quels documents pour la carte de résident", "requirements"),
        ("ki dokiman m bezwen pou CURP la", "requirements"),
        ("how long does it take to get asylum", "duration"),
        ("combien de temps ça prend pour la CURP", "duration"),
        # The number of a line asked at the start, and what it takes in French.
        ("numero del ciam pa mexicanos en usa?", "where"),
        ("CIAM number for mexicans in the US?", "where"),
        ("nimewo CIAM pou meksiken ki Ozetazini?", "where"),
        ("qu'est-ce qu'il faut pour le visa T ?", "requirements"),
        ("il faut montrer quoi au retén ?", "requirements"),
        ("what ID do i need to take the bus to monterrey", "requirements"),
        # No office where the writer is (development journeys, round 3).
        ("ici il n'y a pas de bureau de la comar, je fais comment", "where"),
        ("aqui no hay comar, que hago", "where"),
        ("pa gen biwo comar isit", "where"),
    ],
)
def test_question_words_name_the_follow_up(text: str, kind: str) -> None:
    assert kind_in_words(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "el albergue donde estoy es bueno",
        "hola buenas tardes",
        "que es la curp",
        "je veux la carte ou le visa",
        "je dois rester au mexique ou rentrer",
        "mwen bezwen èd",
        "number of people who cross each year",
        "nimewo m chanje",
    ],
)
def test_no_question_word_no_follow_up(text: str) -> None:
    assert kind_in_words(text) is None


def test_the_first_question_asked_wins() -> None:
    assert kind_in_words("donde la saco y cuanto cuesta") == "where"
    assert kind_in_words("cuanto cuesta y donde la saco") == "cost"


# What the question words find on the development questions, per kind, after tuning: a change
# that loses some fails. ("other" questions ask none of these: the count is of None.)
FOUND = {
    "es": {
        "where": 57,
        "other": 33,
        "cost": 30,
        "requirements": 28,
        "duration": 24,
        "validity": 15,
        "purpose": 1,
        "next": 1,
    },
    "en": {
        "where": 52,
        "other": 33,
        "cost": 29,
        "requirements": 28,
        "duration": 23,
        "validity": 14,
        "next": 1,
        "consequence": 1,
    },
    "fr": {
        "where": 48,
        "other": 34,
        "cost": 30,
        "requirements": 25,
        "duration": 21,
        "validity": 18,
        "next": 1,
    },
    "ht": {
        "where": 52,
        "other": 35,
        "cost": 28,
        "requirements": 27,
        "duration": 23,
        "validity": 17,
    },
}
# Questions first labelled "other" that ask a kind added later (interpreter, next, hours,
# purpose, consequence: tests/understanding/test_context_kinds.py) carry that kind now.
DEV = Path(__file__).parent / "question_words"
# The second round, by a new writer (tests/understanding/question_words_round2/): before tuning
# `where` was found in 26, 28, 32 and 38 of 70 (es, en, fr, ht); these are the floors after.
FOUND_ROUND2 = {
    "es": {
        "where": 64,
        "requirements": 25,
        "cost": 25,
        "other": 21,
        "duration": 15,
        "validity": 10,
        "interpreter": 1,
        "next": 1,
        "purpose": 1,
        "hours": 1,
    },
    "en": {
        "where": 68,
        "requirements": 25,
        "cost": 24,
        "other": 21,
        "duration": 15,
        "validity": 10,
        "next": 1,
        "interpreter": 1,
        "hours": 1,
    },
    "fr": {
        "where": 64,
        "requirements": 22,
        "cost": 22,
        "other": 22,
        "duration": 12,
        "validity": 9,
        "next": 1,
        "interpreter": 1,
        "hours": 1,
    },
    "ht": {
        "where": 66,
        "cost": 24,
        "requirements": 23,
        "other": 23,
        "duration": 14,
        "validity": 10,
        "next": 1,
        "interpreter": 1,
    },
}
DEV_ROUND2 = Path(__file__).parent / "question_words_round2"


def found_kinds(path: Path) -> Counter[str]:
    """Per kind, how many of a file's questions get their follow-up ("other": get none)."""
    found: Counter[str] = Counter()
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        got = kind_in_words(item["text"])
        found[item["kind"]] += got == (None if item["kind"] == "other" else item["kind"])
    return found


@pytest.mark.parametrize("lang", sorted(FOUND))
def test_development_questions_keep_their_follow_up(lang: str) -> None:
    found = found_kinds(DEV / f"{lang}.yml")
    assert all(found[kind] >= floor for kind, floor in FOUND[lang].items()), dict(found)


@pytest.mark.parametrize("lang", sorted(FOUND_ROUND2))
def test_second_round_questions_keep_their_follow_up(lang: str) -> None:
    found = found_kinds(DEV_ROUND2 / f"{lang}.yml")
    assert all(found[kind] >= floor for kind, floor in FOUND_ROUND2[lang].items()), dict(found)


@pytest.mark.parametrize(
    "text",
    [
        "¿dónde puedo dormir esta noche? estoy en la calle con mis hijos",
        "where can I get food and water",
    ],
)
def test_an_unnamed_where_is_not_tied_to_the_last_topic(text: str) -> None:
    """A second read found these answered with the last topic's "where" when Rasa was unsure."""
    decision = decide("nlu_fallback", text, "es", last_topic="reg_curp")
    assert decision.topic != "reg_curp"


def test_a_named_topic_gets_the_follow_up_its_words_ask() -> None:
    decision = decide("ask_regularization", "donde saco la curp", "es")
    assert (decision.mode, decision.topic, decision.kind) == ("followup", "reg_curp", "where")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A second development round (tests/journeys/dev/round2).
        ("tiene whats? xq casi nunca tengo saldo", "where"),
        ("can i just whatsapp them", "where"),
        ("il y a une réduction ?", "cost"),
        ("vi en tiktok algo de un descuento?", "cost"),
        ("it is 2 am now will someone answer?", "hours"),
        ("quelqu un va repondre la nuit?", "hours"),
    ],
)
def test_second_development_round_of_journeys(text: str, kind: str) -> None:
    assert kind_in_words(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("no tenemos pa pagar abogado", "cost"),
        ("a q hora puedo marcar? ando en el fil hasta las 6", "hours"),
        ("a ki le m ka rele yo", "hours"),
    ],
)
def test_the_cost_of_a_lawyer_and_the_hour_to_call(text: str, kind: str) -> None:
    assert kind_in_words(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "y tengo q dar mi nombre?",
        "i dont want them to know i reported",
        "m pa vle yo konnen se mwen ki denonse",
        "je veux pas qu ils sachent que c est moi",
    ],
)
def test_not_wanting_to_be_known_asks_whether_it_is_anonymous(text: str) -> None:
    """Third development round of journeys: each had got "I do not have that detail" or a
    choice of topics after a line to report to."""
    assert kind_in_words(text) == "anonymity"
