"""Round 22 (es and fr 60 immediate and 40 calm each, en and ht 30 and 25), by a writer who never
saw the screen or any other set, measured before any tuning (screen and danger net, Rasa down,
`tests/safety/rounds.py`): reached es 57/60, en 28/30, fr 55/60, ht 25/30; urgent cases for calm
messages es 1/40, en 0/25, fr 1/40, ht 1/25.

What it found missing: a farewell said as "este es mi último mensaje"; a partner who "just broke
my nose" and sleeps now, told inside a question about asylum; a detention guard's "if I don't let
him" with solitary as the threat; a child gone from the shelter "ya 15 min" (minutes written
short) or "gen 15 minit"; a dehydrated toddler told by its signs (sunken eyes, no pee, vomiting);
a sixteen-year-old told by the smuggler she must sleep with him "sinon" (in Creole "m gen 16 an,
pase a di..." read as "16 years ago"); a seizure in Creole ("ap konvilse"); "yo tire"; "pls come
they r here". The alarms: "ce boulot va me tuer", "travay sa a ap touye m" (a job wearing someone
out), and a grandfather's story of the desert "en los 80" with "ahora es igual o ya no?".

After tuning every immediate message is reached and no calm message opens a case.
"""

from __future__ import annotations

import pytest

from bot.safety.screen import screen
from tests.safety.rounds import score

# (missed immediate, alarms on calm messages) per language, after tuning.
STILL = {"es": (0, 0), "en": (0, 0), "fr": (0, 0), "ht": (0, 0)}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_round22_reached_with_the_lines_for_the_place(lang: str) -> None:
    found = score("round22", lang, unknown_place_counts=False)
    assert (found.missed, found.alarms, found.wrong_place) == (*STILL[lang], 0)


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("gracias por todo, deje mis cosas con mi prima, este es mi ultimo mensaje", "self_harm"),
        ("mi pareja me acaba de romper la nariz, ahorita esta dormido", "domestic_violence"),
        ("il vient de me casser le nez, la il dort, je peux partir avec les enfants?", "beaten"),
        ("he broke my nose an hour ago and hes passed out on the couch now", "beaten"),
        ("li fèk kase nen m ak bra m, kounye a l ap dòmi", "beaten"),
        (
            "estoy en la estacion migratoria y el guardia dice q si no me dejo me manda al hoyo",
            "raped",
        ),
        ("le gardien dit que si je me laisse pas faire il me met a l isolement", "raped"),
        ("mi nina de 5 se perdio en el albergue hace 20 min y nadie la ve", "child_taken"),
        ("mon fils a disparu du foyer ya 10 min personne le trouve", "child_taken"),
        ("ti gason m pa la anko, li te jwe deyo gen 10 minit, nou pa jwenn li", "child_taken"),
        ("el bebe vomita desde ayer, ya no hace pipi y tiene los ojitos hundidos", "medical"),
        ("ma fille vomit, elle fait plus pipi et ses yeux sont creuses", "medical"),
        ("pitit mwen an ap vomi, li pa pipi depi maten, je l fon", "medical"),
        ("pitit fi m nan ap konvilse, kisa m fe", "medical"),
        ("m gen 15 an, pase a di fok m kouche ak li sinon li kite m nan dezè a", "raped"),
    ],
)
def test_danger_now_in_the_way_it_was_written(text: str, harm: str) -> None:
    found = screen(text)
    assert found.grade == "immediate", found
    assert harm in found.harms, found


@pytest.mark.parametrize(
    "text",
    [
        "este jale me va a matar, 12 horas parado, saben de otro trabajo?",
        "mon taf va me tuer, debout toute la journee, y a d autres offres?",
        "travay la pral touye m, 10 è kanpe chak jou",
        "my grandma says in the 90s they left people in the desert without water, is it still "
        "like that?",
        "mon grand pere raconte que dans les annees 80 on les abandonnait dans le desert, c est "
        "toujours pareil?",
        "sa gen 16 an pase yo te kidnape papa m, eske nou ka jwenn papye pou sa?",
        "hace 15 min me avisaron q la cita de comar se cambio, es normal?",
        "este es mi ultimo mensaje por hoy porque se me acaba el saldo, mañana les escribo",
    ],
)
def test_calm_with_frightening_words_opens_no_case(text: str) -> None:
    assert screen(text).grade != "immediate", screen(text)


def test_a_short_cry_after_a_plea_gets_the_question() -> None:
    """ "Pls come they r here": too short to tell, so asked with the lines, never alarmed."""
    from bot.safety import doubt

    found = screen("pls come they r here")
    assert doubt.doubtful("pls come they r here", found.grade, found.reasons)
