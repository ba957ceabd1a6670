"""Past harm told with a question about one detail: the harm's topic answers that detail first.

"Hier soir 2 hommes m'ont frappé et volé... Où porter plainte?" used to get the whole
crime-victims topic, its first page about rights, with where to report two pages down (found in
the development topic set, tests/understanding/topics_dev). The detail asked, when the harm's
topic has it, now comes first; the offer of a person follows either way. Rasa down
(`emergency.after_harm`) and Rasa up (`action_danger`) answer the same.
"""

from __future__ import annotations

import pytest

from bot.handoff import emergency
from bot.nlg.topics import render_followup, render_topic
from bot.safety.screen import screen


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Hier soir 2 hommes m'ont frappé et volé près du parc. Où porter plainte ici?"),
        ("es", "me asaltaron la semana pasada, donde pongo la denuncia?"),
        ("ht", "yo vole m semen pase nan tapachula, ki kote pou m al fe plent?"),
    ],
)
def test_the_detail_asked_comes_first(lang: str, text: str) -> None:
    found = screen(text)
    assert found.grade == "past_harm"
    topic = emergency.harm_topic(found.harms)
    assert topic is not None and topic.id == "crime_victims"
    got = emergency.after_harm(lang, list(found.harms), text)
    where = render_followup(topic.id, "where", lang)
    assert where is not None
    assert [m.text for m in got[: len(where)]] == [m.text for m in where]
    assert got[-1] == emergency.offer_person(lang)


def test_without_a_detail_asked_the_whole_topic() -> None:
    text = "me asaltaron la semana pasada, puedo pedir papeles?"
    found = screen(text)
    got = emergency.after_harm("es", list(found.harms), text)
    whole = render_topic("crime_victims", "es")
    assert [m.text for m in got[:-1]] == [m.text for m in whole]
