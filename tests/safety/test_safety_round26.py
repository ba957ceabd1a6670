"""Round 26 (four languages, 90 messages each: 45 of violence at home told in every way people
say who does it, 45 of other harms; 42 immediate, 18 past harm, 30 information), by a writer
who never saw the screen or any other set, each labelled with the page of help it needs.
Measured before any tuning (screen and danger net, Rasa down, `tests/safety/rounds.py`):
reached es 42/42, en 35/42, fr 40/42, ht 42/42; urgent cases for calm messages es 3/48, en
10/48, fr 7/48, ht 10/48.

What it found: a friend's, a teacher's or a shelter worker's question about someone else's
husband who hits her opened urgent cases in every language; so did "2 yrs ago", "la semaine
passée", "ça fait 2 ans quelqu'un m'a agressée", "a guard hit me... last month", "we split up"
with "i don't know where he is" (read as "he knows where I am"), "if I report my partner will
they deport me?", "how do I know if a virtual kidnapping is real?" and "when anyone touches
me". Missed: a neighbour screaming for help, "when he gets home tonight im dead", "tell my mom
sorry" on the train tracks, thirty pills, a seizure with the eyes rolled back, "water ran out",
"some men took me... for ransom", a partner's burn with an iron, "il va rentrer et me taper".

After tuning every immediate message is reached; five calm ones still open a case: two jokes
about a wife (a partner's threat is never read as a joke, by design), a cousin beaten "at
Christmas" who now lives with the writer, a rape in the Darién told from Tapachula (a rape
with no time stays urgent: care within 72 hours), and a threat from a cartel left behind in
another city "lè m t ap vann" (a journey's time words also silenced a child taken minutes ago,
so they were dropped).
"""

from __future__ import annotations

import pytest

from bot.safety.screen import screen
from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 1), "en": (0, 1), "fr": (0, 1), "ht": (0, 5)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round26_reached(lang: str) -> None:
    found = score("round26", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms) == STILL[lang]


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # Written for this test, in the ways the round taught (not copied from it).
        ("mi marido llego borracho. ya me esta pegando otra vez", "domestic_violence"),
        ("il me cogne encore, mon copain, aidez moi", "domestic_violence"),
        ("the kids dad is choking me right now", "domestic_violence"),
        ("papa pitit mwen ap bat mwen la a", "domestic_violence"),
        ("when my husband gets home tonight im dead, he saw my phone", "domestic_violence"),
        ("i cant anymore. tell my mom im sorry", "self_harm"),
        ("mi bebe tiene fiebre y se le voltearon los ojos", "medical"),
        ("un perro mordio a mi hijo hace 2 semanas, ahora tiene fiebre y miedo al agua", "medical"),
    ],
)
def test_danger_now_is_reached_with_its_harm(text: str, harm: str) -> None:
    found = screen(text)
    assert found.grade == "immediate" and harm in found.harms, found


@pytest.mark.parametrize(
    "text",
    [
        "una vecina me platica que su esposo le pega, que le puedo aconsejar?",
        "my coworker says her husband hits her, where can she get help?",
        "la police peut arreter un homme qui frappe sa femme si elle a pas de papiers?",
        "he hit me 3 yrs ago, we split up, im fine now. can i still report it?",
        "si denuncio a mi pareja me pueden deportar?",
        "como saber si es un secuestro virtual? a mi tia le llamaron diciendo que me tienen",
        "my landlord threw me out last week, where can i sleep?",
    ],
)
def test_calm_with_frightening_words_opens_no_case(text: str) -> None:
    assert screen(text).grade != "immediate", screen(text)


def test_blows_at_home_asked_about_are_violence_at_home() -> None:
    """The page that answers is violence at home, not a stranger's crime."""
    found = screen("una amiga dice que su esposo le pega, que puede hacer?")
    assert found.grade == "information" and found.harms[:1] == ("domestic_violence",)


@pytest.mark.parametrize(
    "text",
    [
        "a quien llamo si mi marido me golpea",
        "who do i call if my partner beats me",
    ],
)
def test_blows_at_home_asked_about_for_oneself_are_violence_at_home(text: str) -> None:
    """Asked as a hypothesis: information, and the page is violence at home (Rasa's reading
    of danger then shows it before "are you in danger right now?")."""
    found = screen(text)
    assert found.grade == "information" and found.harms[:1] == ("domestic_violence",), found
