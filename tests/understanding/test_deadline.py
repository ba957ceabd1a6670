"""'How long do I have?' asks for the time left to act, not for how long an office takes."""

from __future__ import annotations

import pytest

from bot.content.topics import load_topics
from bot.i18n import gettext
from bot.nlg.topics import answering_page, layout
from bot.understanding.meaning.deadline import asks_time_left, refine_kind


@pytest.mark.parametrize(
    "text",
    [
        "how long do i have to ask for asylum",
        "pls how many days i get to apply for asylum after i enter mexico?",  # round 3
        "cuantos dias tengo pa pedir asilo",
        "y si ya me pase de esos dias ya no puedo?",  # late already (round 3)
        "j'ai dépassé les 30 jours, je peux encore?",
        "Cuánto tiempo tengo para pedir asilo??",
        "hasta cuando puedo pedir refugio",
        "j'ai combien de temps pour demander l'asile",
        "jusqu'à quand je peux faire la demande",
        "konbyen tan m genyen pou m mande azil",
        "is it too late to apply",
    ],
)
def test_the_time_left_to_act(text: str) -> None:
    assert asks_time_left(text)
    assert refine_kind("duration", text) == "deadline"


@pytest.mark.parametrize(
    "text",
    [
        "how long does asylum take",
        "cuanto tarda la comar en responder",
        "how long do i have to wait for the card",  # a wait, not a limit
        "combien de temps dure la procédure",
        "konbyen tan sa pran",
    ],
)
def test_how_long_something_takes_stays_a_duration(text: str) -> None:
    assert not asks_time_left(text)
    assert refine_kind("duration", text) == "duration"


def test_a_duration_or_a_question_of_no_other_kind_becomes_a_deadline() -> None:
    assert refine_kind("cost", "how long do i have to pay") == "cost"
    assert refine_kind(None, "how long do i have") == "deadline"
    assert refine_kind(None, "how does asylum work") is None


@pytest.mark.parametrize(
    "text",
    [
        # A second development round (tests/journeys/dev/round2): a limit asked about plainly.
        "una señora me dijo q para pedir refugio hay un tiempo y si se pasa ya no se puede es "
        "cierto?? cuanto tiempo es",
        "no pedi refugio al principio, ya se me paso el plazo o todavia puedo??",
        "i want to ask for asylum. is there a time limit",
        "je veux demander l asile. on m a dit quil y a un delai c combien de temps",
        "m vle mande azil men yo di m gen yon delè. konbyen tan m genyen",
    ],
)
def test_a_limit_asked_about_plainly_is_a_deadline(text: str) -> None:
    assert asks_time_left(text)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "ht"])
def test_the_asylum_deadline_is_on_the_page_that_says_it(lang: str) -> None:
    page = answering_page("asylum", "deadline", lang)
    assert page is not None
    messages = load_topics()["asylum"].messages
    shown = " ".join(gettext(lang, messages[i]) for i in layout("asylum", lang)[page])
    assert "30" in shown


def test_a_topic_without_a_deadline_has_no_page_for_it() -> None:
    assert answering_page("asylum", "no-such-kind", "en") is None
