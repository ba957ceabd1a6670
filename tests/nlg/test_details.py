"""A question's words that point to one page of a topic (development journeys, round 2: the
weekly sign-ins asked after the asylum steps opened the first page, en #1 and ht #1)."""

from __future__ import annotations

import pytest

from bot.content.topics import load_topics
from bot.nlg.details import detail_page
from bot.nlg.topics import layout


@pytest.mark.parametrize(
    ("topic", "text", "lang", "phrase"),
    [
        ("asylum_process", "do i have to go sign or something while i wait", "en", "sign-in"),
        ("asylum_process", "fok mwen al siyen chak semen?", "ht", "sign-in"),
        ("asylum_process", "tengo q ir a firmar cada cuanto?", "es", "sign-in"),
        ("asylum_process", "c est quand l entretien?", "fr", "interview"),
        ("travel_in_mexico", "they gave me a paper in spanish to sign", "en", "Do not sign"),
        ("rights_detention", "yo vle l siyen yon papye", "ht", "Do not sign"),
        # Round 3: whether the paper lets one work, after the asylum steps.
        ("asylum_process", "y con esa puedo trabajar?", "es", "lets you work"),
        ("asylum_process", "m ka travay ak li?", "ht", "lets you work"),
    ],
)
def test_the_page_that_says_it(topic: str, text: str, lang: str, phrase: str) -> None:
    page = detail_page(load_topics()[topic], text, lang)
    messages = load_topics()[topic].messages
    assert page > 0
    assert any(phrase in messages[i] for i in layout(topic, lang)[page])


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        ("asylum_process", "cuanto tarda la comar"),  # no detail named
        ("rights_health", "me dieron un papel para firmar"),  # the topic does not say it
        # A paper to sign is not the weekly sign-in.
        ("asylum_process", "me dieron un papel en español para firmar"),
    ],
)
def test_no_detail_no_page(topic: str, text: str) -> None:
    assert detail_page(load_topics()[topic], text, "es") == 0
