"""Who a place must serve, from the person's own words (es, en, fr, ht; typos, no accents)."""

from __future__ import annotations

import pytest

from bot.directory.filters import groups_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("necesito un albergue para mujeres en tijuana", ("women",)),
        ("albergue solo mujeres", ("women",)),
        ("busco refujio para mi y mis 3 hijos, soy mujer", ("women",)),
        ("estoy con mis hijos, donde dormimos", ("families",)),
        ("somos una familia de 5 necesitamos donde dormir", ("families",)),
        ("albergue para personas LGBT en cdmx", ("lgbti",)),
        ("soy mujer trans, hay algun lugar seguro?", ("lgbti", "women")),
        ("hay albergue para la comunidad lgbtiq+?", ("lgbti",)),
        ("soy menor de edad y vengo solo", ("children",)),
        ("albergue para niños no acompañados", ("children",)),
        ("shelter for women near me", ("women",)),
        ("i need a place to sleep with my kids", ("families",)),
        ("is there a shelter for gay people", ("lgbti",)),
        ("I'm 16, a minor, travelling alone", ("children",)),
        ("je cherche un refuge pour femmes", ("women",)),
        ("un abri avec mes enfants svp", ("families",)),
        ("refuge pour les personnes trans", ("lgbti",)),
        ("hébergement pour enfants seuls", ("children",)),
        ("m bezwen yon abri pou fanm", ("women",)),
        ("mwen ak pitit mwen nou bezwen domi", ("families",)),
        ("abri pou timoun", ("children",)),
        ("kote pou fanmi mwen dòmi", ("families",)),
        ("albergue en tijuana", ()),
        ("where can I sleep tonight", ()),
        ("transporte a monterrey", ()),  # "trans" only as a whole word
        ('/find_shelter{"page":"2"}', ()),
    ],
)
def test_groups_in(text: str, expected: tuple[str, ...]) -> None:
    assert groups_in(text) == expected
