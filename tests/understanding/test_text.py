"""The normaliser: one written form for what people type on a phone."""

from __future__ import annotations

import pytest

from bot.understanding.meaning.examples import conversation_examples, topic_examples
from bot.understanding.text import for_rasa, normalise, segments, without_courtesy


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Nesesito ayudaaa xq la migra me kito mis papeles 😢",
            "es",
            "necesito ayuda porque la migra me kito mis papeles",
        ),
        ("mwn bzwen ed pou papye m", "ht", "mwen bezwen ede pou papye mwen"),
        ("Kisa m dwe fè si migrasyon arete m", "ht", "kisa mwen dwe fe si imigrasyon arete mwen"),
        ("jai besoin d'aide stp", "fr", "j ai besoin d aide s il te plait"),
        ("hw much is it?? u know", "en", "how much is it you know"),
        ("¿Dónde está la COMAR?", "es", "donde esta la comar"),
        ("Ciudad Juárez", None, "ciudad juarez"),
        ("👍", None, "ok"),
        ("🙏🙏", "fr", "merci merci"),
        ("800 5533 000", None, "800 5533 000"),
        ("siiiii graciaaaas", "es", "si gracias"),
    ],
)
def test_normalise(text: str, lang: str | None, expected: str) -> None:
    assert normalise(text, lang) == expected


def test_a_message_of_symbols_keeps_its_text() -> None:
    assert normalise("😢") == "😢"
    assert normalise("  ?? ") == "??"


def test_abbreviations_belong_to_their_language() -> None:
    assert normalise("m bezwen ed", "ht").startswith("mwen bezwen")
    assert normalise("m llamo ana", "es") == "m llamo ana"
    assert normalise("pq", "es") == "porque" and normalise("pq", "fr") == "pourquoi"


def test_normalising_twice_changes_nothing() -> None:
    """Rasa keeps the normalised text, and actions read it again."""
    for example in topic_examples() + conversation_examples():
        once = normalise(example.text, example.lang)
        assert normalise(once, example.lang) == once, example.text


def test_payloads_reach_rasa_untouched() -> None:
    assert (
        for_rasa('/ask_rights{"topic":"rights_health"}', "es")
        == '/ask_rights{"topic":"rights_health"}'
    )
    assert for_rasa("Hóla", "es") == "hola"


def test_segments_split_needs_not_words() -> None:
    assert segments("Necesito un albergue en Tijuana y un abogado. Gracias") == [
        "Necesito un albergue en Tijuana",
        "un abogado Gracias",
    ]
    assert segments("I need a shelter in tijuana and a lawyer") == [
        "I need a shelter in tijuana",
        "a lawyer",
    ]
    assert segments("hola") == ["hola"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "ok mesi. lot kesyon, patwon an pa peye m depi 2 semèn",
            "patwon an pa peye m depi 2 semèn",
        ),
        ("gracias, y cuanto cuesta?", "y cuanto cuesta?"),
        ("ok merci. autre chose, mon patron me paie pas", "mon patron me paie pas"),
        ("gracias por la info, me ayudo mucho", "gracias por la info, me ayudo mucho"),
        ("ok gracias bye", "ok gracias bye"),
    ],
)
def test_thanks_before_a_new_request_are_left_to_the_request(text: str, read: str) -> None:
    assert without_courtesy(text) == read


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("La comar a refuser ma demande", "la comar a refuse ma demande"),
        ("ils m ont arreter hier", "ils m ont arrete hier"),
        ("on a besoin de manger", "on a besoin de manger"),
        ("je vais envoyer les papiers", "je vais envoyer les papiers"),
    ],
)
def test_a_french_infinitive_after_avoir_is_read_as_the_participle(text: str, written: str) -> None:
    """ "La comar a refuser ma demande d asile" got the asylum overview, not the appeal
    (development journeys, round 2, fr #2)."""
    assert normalise(text, "fr") == written
