"""Held by the authorities, and what hides behind it.

A person held by immigration (ICE, the INM, "la migra", border patrol) asks about rights in
detention: no emergency reply, no "are you in danger right now?". But fake officers, a ransom,
a stash house, a gun pointed, a guard who abuses, an illness in the station, or children left
alone at home because the parent was taken are danger now. The development round behind these
was written by a helper who saw neither the screen nor any set (dev journeys round 1 and two
probe lists of 60 each); the second read's failures are pinned here too.
"""

from __future__ import annotations

import pytest

from bot.handoff import emergency
from bot.safety import doubt
from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "my friend is from belize, he got taken by immigration at a bus check near acayucan "
        "veracruz two days ago. they have him at the migration station. how long can they hold him",
        "lamigra pran madanm mwen ak pitit nou an nan yon reten nan chiapas ye, yo mete l nan "
        "estasyon migratwa. konbyen tan yo ka kenbe l la",
        "a mi primo lo agarro lamigra en el metro y lo tienen encerrado desde el martes, lo pueden "
        "deportar sin audiencia?",
        "manman m fèmen nan estasyon migrasyon an depi lendi, eske li ka rele fanmi l?",
        "me van a cortar la linea si no registro mi chip con la curp? no tengo curp",
    ],
)
def test_held_by_the_authorities_or_a_phone_line_is_no_emergency(text: str) -> None:
    assert not screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        "mon mari a ete arreté par l INM a saltillo hier soir, il parle pas espagnol. ils ont le "
        "droit de le garder?",
        "my cousin got picked up by ICE at a construction site in pasadena tx this morning. hes "
        "mexican from guanajuato. nobody knows where they took him. who do we call",
        "yo di m nan tyenda telcel la fòk m anrejistre chip mwen an si se pa sa yap koupe l",
    ],
)
def test_a_question_about_a_detention_or_a_line_is_not_asked_about_danger(text: str) -> None:
    found = screen(text)
    assert not found.danger and not doubt.doubtful(text, found.grade, found.reasons), text


@pytest.mark.parametrize(
    "text",
    [
        "ICE took my wife this morning and our kids 3 and 5 are home alone, im stuck 4 hours away",
        "la migra a pris ma femme ce matin et nos enfants de 2 et 5 ans sont seuls a la maison, "
        "je suis loin",
        "se llevo lamigra a mi esposa y mis hijos de 4 y 6 años estan solos en la casa, yo estoy "
        "lejos en el trabajo",
        "lamigra pran madanm mwen maten an e timoun yo 3 ak 6 an pou kont yo lakay, mwen lwen",
        "Quien me ayuda?? un agente de la patrulla fronteriza me apunta con su pistola y me tiene "
        "en su carro",
        "la migra handed us over to some men at the bridge and now were in a stash house, they "
        "want 4k each",
        "lamigra lage nou bay kek neg e kounye a nou nan yon kay sekirite, yo mande 3 mil dola "
        "pou chak moun",
        "Qui je dois appeler?? un faux agent de la border patrol a mis ma soeur dans sa voiture "
        "et il part avec elle",
        "qui peut m'aider on nous tient enfermés dans une maison, ils disent que c la migration "
        "mais ils ont des armes",
        "my brother is in ICE detention and hes having chest pains, the guards say hes faking, "
        "hes on the floor rn",
        "je suis détenue a la estacion migratoria et un garde vient me toucher la nuit, j'ai peur "
        "qu'il revienne ce soir",
        "mi esposo tiene dolor en el pecho desde hace media hora y le baja por el brazo izquierdo",
    ],
)
def test_danger_behind_a_detention_is_still_danger(text: str) -> None:
    assert screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        "me duele el pecho",
        "j ai mal a la poitrine",
        "mis hijos se quedan solos en la casa cuando trabajo, hay guarderias?",
    ],
)
def test_a_pain_alone_or_children_alone_while_at_work_is_no_emergency(text: str) -> None:
    assert not screen(text).danger, text


def test_someones_origin_is_not_where_they_are() -> None:
    said = "my cousin got picked up by ICE in pasadena tx. hes mexican from guanajuato"
    assert screen(said).place == "us"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i live in atlanta. my sister was coming up with a group, last msg from reynosa", "us"),
        ("vivo en houston y mi hermano se perdio en reynosa", "us"),
        ("my parents live in houston, im in tijuana", "mx"),
    ],
)
def test_where_the_writer_lives_is_where_they_are(text: str, place: str) -> None:
    assert screen(text).place == place


@pytest.mark.parametrize(
    "text",
    [
        # A second read of this change: a jail or a station beside a kidnapping is no detention.
        "me secuestraron al salir de la estacion migratoria, me tienen en una casa",
        "they kidnapped my brother yesterday, he just got out of jail, the men are calling us",
        "nos secuestraron y nos tienen en un cuarto como carcel, no nos dejan salir",
        "agarraron a mi esposo, dicen que lo tienen en la carcel pero me piden dinero por whatsapp",
        # A cut that is a threat to the body, on the border line.
        "estoy en la linea y dicen que me van a cortar la cabeza",
        "nou rive sou liy fwontye a, yo di y ap koupe tet nou",
        "yo me quede sin linea, me cortaron el chip, estoy sola y el dice que si grito me mata",
        # French "enferme" after "me", a plea that starts with "who".
        "mon mari me enferme dans la chambre depuis hier",
        "la police abuse de moi chaque nuit au centre",
        "who can help there is shooting on our street",
        "quien nos ayuda hay balacera en la colonia",
        # Giving up, not the road; the writer took a child who is now lost.
        "ya no quiero seguir con esto, la oim no me quiso ayudar, perdoname mama",
        "ya no quiero seguir. no puedo regresar a mi pais y aqui no tengo a nadie",
        "i took my son to the bus station and i cant find my son",
    ],
)
def test_a_second_read_of_the_calming_cues_keeps_danger(text: str) -> None:
    assert screen(text).danger, text


@pytest.mark.parametrize(
    ("text", "place", "topic"),
    [
        (
            "mi esposo es de guanajuato y esta mañana ICE se lo llevo del trabajo aqui en "
            "bakersfield california, no se a donde se lo llevaron, como lo encuentro",
            "us",
            "mexicans_in_us",
        ),
        (
            "la migra se llevo a mi hermano en tapachula, lo tienen en la estacion migratoria",
            "",
            "rights_detention",
        ),
    ],
)
def test_held_by_the_authorities_gets_the_topic_for_where_it_happened(
    text: str, place: str, topic: str
) -> None:
    """Someone taken by ICE or the INM is detained, not kidnapped: the kidnapping topic told a
    wife in California to note the kidnappers' numbers (development journeys, round 2). In the
    US the consulates' line (CIAM) answers, in Mexico the rights in detention."""
    found = screen(text)
    assert found.grade in ("past_harm", "information")
    assert found.harms == ("detained",), found
    assert found.place == place
    chosen = emergency.harm_topic(found.harms, place=found.place)
    assert chosen is not None and chosen.id == topic


def test_migration_in_english_is_the_authorities() -> None:
    text = (
        "im belizean, migration took me off the bus in chetumal yesterday and im at the station "
        "now. they keep saying tomorrow tomorrow. how long can they keep me here"
    )
    found = screen(text)
    assert not found.danger
    assert found.harms == ("detained",)
