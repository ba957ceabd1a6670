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
from bot.nlg.topics import render_followup, render_page
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


def test_without_a_detail_asked_the_first_page_and_more() -> None:
    """Not the whole topic at once (it was up to seven messages on a small screen)."""
    text = "me asaltaron la semana pasada, puedo pedir papeles?"
    found = screen(text)
    got = emergency.after_harm("es", list(found.harms), text)
    first = render_page("crime_victims", "es", 0)
    assert [m.text for m in got[:-1]] == [m.text for m in first]
    assert len(got) <= 3


def test_a_detention_asked_how_long_opens_the_page_that_says_it() -> None:
    text = (
        "im belizean, migration took me off the bus in chetumal yesterday and im at the station "
        "now. they keep saying tomorrow tomorrow. how long can they keep me here"
    )
    found = screen(text)
    got = emergency.after_harm("en", list(found.harms), text, found.place)
    assert "36 hours" in " ".join(m.text for m in got)


def test_forced_work_in_the_us_gets_the_visas_and_the_us_hotline() -> None:
    """Mexico's signs of forced labour told a worker in Georgia nothing they could use."""
    text = (
        "soy de veracruz me trajeron con visa de trabajo a una granja en georgia pero el patron "
        "nos quito los pasaportes, nos debe 3 meses de pago. yo ya me sali pero mis compas "
        "siguen ahi. q puedo hacer"
    )
    found = screen(text)
    assert found.grade == "past_harm" and found.place == "us"
    topic = emergency.harm_topic(found.harms, place=found.place)
    assert topic is not None and topic.id == "us_visas"
    in_mexico = emergency.harm_topic(found.harms)
    assert in_mexico is not None and in_mexico.id == "trafficking_forced_labour"


@pytest.mark.parametrize(
    ("harms", "place", "topic"),
    [
        # Held to work or to sell sex now: the trafficking line's page, not the kidnapping one.
        (("forced_work", "trapped"), "", "trafficking_what_to_do"),
        (("forced_sex",), "", "trafficking_what_to_do"),
        (("trapped", "trafficking"), "", "trafficking_what_to_do"),  # "soy victima de trata"
        # Locked in, no work said: the page for someone held now.
        (("trapped",), "", "kidnapping_extortion"),
        # In the US that page's Mexican line is left out: the US lines stand alone.
        (("forced_work",), "us", None),
    ],
)
def test_the_page_beside_the_lines_for_someone_held(
    harms: tuple[str, ...], place: str, topic: str | None
) -> None:
    found = emergency.harm_topic(harms, emergency.NOW_TOPICS, place=place)
    assert (found.id if found else None) == topic
