"""A language asked for switches the conversation; a document's language does not."""

from __future__ import annotations

import pytest

from bot.cli import eval_sets as sets
from bot.settings import LANGUAGES
from bot.understanding.meaning.language_request import asks_to_switch, refused


@pytest.mark.parametrize(
    "text",
    [
        "english pls",
        "hablame en ingles",
        "can you write in french",
        "ou ka pale kreyol?",
        "mwen pa konprann panyol, ou ka ekri m an kreyol",
        "no entiendo español, english?",
        "lang mwen se kreyòl",
        "c pas possible en francais?",
        # A second read: an interpreter asked for with the writer's own language.
        "necesito un interprete, solo hablo creole",
        "i need an interpreter, french please",
        '/change_language{"language":"en"}',
    ],
)
def test_a_request_for_a_language_switches(text: str) -> None:
    assert asks_to_switch(text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_held_out_request_for_a_language_switches(lang: str) -> None:
    asked = [c.text for c in sets.held_out(lang) if c.intent == "change_language"]
    assert asked and all(asks_to_switch(text) for text in asked), asked


@pytest.mark.parametrize(
    "text",
    [
        "they want him to sign papers in spanish he cant read",
        "my friend speaks only english, can they get an interpreter",
        "mi esposo solo habla frances, le dan traductor?",
        "me hicieron firmar papeles en ingles que no entiendo",
    ],
)
def test_a_documents_language_or_an_interpreter_does_not(text: str) -> None:
    assert not asks_to_switch(text)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("li pa pale panyol", {"es"}),
        ("no entiendo español, english?", {"es"}),
        ("my wife doesnt speak english, can we do creole", {"en"}),
        ("english pls", set()),
    ],
)
def test_a_language_someone_does_not_speak_is_never_the_one_switched_to(
    text: str, codes: set[str]
) -> None:
    assert refused(text) == codes
