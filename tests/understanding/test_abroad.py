"""A search for a missing relative gets the consulate's way only when the writer is abroad."""

from __future__ import annotations

import pytest

from bot.understanding.meaning.abroad import at_home_unless_abroad, writes_from_abroad
from bot.understanding.meaning.decide import decide


@pytest.mark.parametrize(
    "text",
    [
        "vivo en guatemala y mi hijo desaparecio en mexico, que hago",
        "estoy en houston y mi primo no aparece desde que cruzo",
        "my brother went missing in sonora, I live in Canada",
        "m ap viv nan Ayiti, frè m disparèt Meksik",
        "puedo ir al consulado de mexico para reportar a mi hermano desaparecido?",
        # Dev topics set (tests/understanding/topics_dev/): a country or city named as home.
        "my son went missing in mexico, im in ghana",
        "Bonjour, j ecris depuis Port-au-Prince. Mon mari est parti",
        "jhabite au quebec, mon neveu est perdu qq part au mexique",
        "how can family back home report someone missing in mexico",
        "on peut declarer une disparition au mexique sans etre sur place?",
    ],
)
def test_abroad_is_read_from_where_the_writer_is(text: str) -> None:
    assert writes_from_abroad(text)
    assert at_home_unless_abroad("missing_abroad", text) == "missing_abroad"


@pytest.mark.parametrize(
    "text",
    [
        "busco a mi hermano, desaparecio en chiapas hace dos semanas",
        "quiero ir a houston a buscar a mi primo",  # going there is not living there
        "je cherche mon frere disparu a tapachula",
        "mi hermano se vino conmigo desde guatemala y desde el jueves no contesta",
    ],
)
def test_a_search_from_inside_mexico_gets_the_search_at_home(text: str) -> None:
    assert not writes_from_abroad(text)
    assert at_home_unless_abroad("missing_abroad", text) == "missing_person"
    assert at_home_unless_abroad("asylum", text) == "asylum"


def test_decide_never_sends_someone_in_mexico_to_a_consulate_abroad() -> None:
    text = "mi hermano se perdio en el camino en veracruz, como lo busco desde aca en tapachula"
    got = decide("ask_missing_person", text, "es")
    assert got.topic != "missing_abroad"


@pytest.mark.parametrize(
    "text",
    [
        # The search was read as one at home; the words place the writer abroad.
        "hello im writing from lagos, my sister was crossing into texas and we lost contact",
        "nosotros vivimos en honduras, mi hijo se perdio cruzando por sonora, a donde escribo",
        "m nan Potoprens, kouzen m disparet sou wout la nan Meksik",
        "depuis dakar comment retrouver mon frere disparu au mexique",
        "m Ayiti, frè m disparèt nan meksik",
        "Bonjou, m ap ekri w soti Okap, pitit gason m pa bay nouvel",
        "depuis la guinée on s adresse où pour retrouver un migrant disparu au mexique",
        "what do we need to search for my brother missing in mexico, we are in cameroon",
        # Development topics set, round 2: a US city where the writer is, "M Ozetazini" after a
        # greeting, a son who "se fue pa mexico", Paris and Africa.
        "mi primo se perdio cruzando por el lado mexicano, yo estoy en dallas y nadie me dice nada",
        "Sak pase. M Ozetazini, nan New Jersey. Ti frè m te sou wout ak yon pasè",
        "soy de san pedro sula, mi hijo se fue hace un mes pa mexico y ya no contesta",
        "je suis a paris et mon neveu a disparu a la frontiere",
        "chercher migrant disparu depuis afrique",
    ],
)
def test_a_search_read_as_at_home_goes_abroad_when_the_writer_is_abroad(text: str) -> None:
    assert at_home_unless_abroad("missing_person", text) == "missing_abroad"


@pytest.mark.parametrize(
    "text",
    [
        "fui al consulado de guatemala en tapachula y no me ayudaron a buscar a mi hermano",
        "je suis venu depuis dakar et mon ami a disparu a tapachula",
        # "Okay" is Les Cayes in Creole, and "I'm okay" in every language.
        "m okay, fre m disparet nan meksik, kijan pou m chache l",
        "nou okay men kouzen nou pedi nan chiapas",
        # Left for Mexico, and the writer says they are in Mexico too.
        "mi hermano se fue para mexico y estoy aqui en tapachula buscandolo",
        "salimos de honduras para mexico y mi hijo se perdio en el tren",
    ],
)
def test_a_consulate_or_a_journey_from_home_is_not_living_abroad(text: str) -> None:
    assert at_home_unless_abroad("missing_person", text) == "missing_person"


@pytest.mark.parametrize(
    "text",
    [
        # Development topic sets: the area's overview would have been the search at home.
        "Salut. Je suis aux USA, dans le New Jersey. Mon petit frere etait en route avec un"
        " passeur et le dernier message c'etait a Piedras Negras il y a 20 jours. Le passeur dit"
        " qu'il sait rien. On a deja appele les hopitaux, rien. Y a t il un service officiel au"
        " Mexique pour les familles?",
        "j'ecris de Douala au Cameroun, mon frere etait a Tapachula et son telephone est eteint",
        "hay alguna organizacion en el salvador q ayude a buscar migrantes desaparecidos?",
    ],
)
def test_the_search_overview_is_the_search_from_abroad_when_the_writer_is_there(
    text: str,
) -> None:
    decision = decide("ask_missing_person", text, "fr")
    assert decision.topic == "missing_abroad", decision
