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
