"""A situation told in the words asks for the narrower topic (`meaning.narrower`)."""

from __future__ import annotations

import pytest

from bot.understanding.meaning.narrower import narrower


@pytest.mark.parametrize(
    ("topic", "text", "expected"),
    [
        ("rights_registry", "como registro a mi bebe que nacio en tapachula", "birth_registration"),
        ("rights_registry", "ki papye pou m deklare tibebe m", "birth_registration"),
        ("rights_registry", "my newborn has no birth certificate yet", "birth_registration"),
        ("rights_registry", "quiero casarme en el registro civil sin papeles", "rights_registry"),
        ("rights_registry", "comment declarer le deces de mon frere", "rights_registry"),
        (
            "us_visas",
            "mi esposo saco la visa t, hay forma de que nos pida?",
            "family_reunification_tu",
        ),
        ("us_visas", "my wife has a u visa, can she petition our kids?", "family_reunification_tu"),
        ("us_visas", "avec le visa u de ma femme je peux la rejoindre?", "family_reunification_tu"),
        ("us_visas", "what is a u visa and who can get it", "us_visas"),
        ("asylum", "mi bebe nacio aqui, puedo pedir asilo?", "asylum"),
        # A crime done to the writer or a relative: the victim's topic, not justice in general;
        # a complaint about officials stays with justice (the CNDH).
        (
            "rights_justice",
            "me asaltaron en el camion, puedo denunciar sin papeles?",
            "crime_victims",
        ),
        ("rights_justice", "three guys jumped me after work, do i have rights", "crime_victims"),
        ("rights_justice", "my cousin was robbed and beaten, what can he do", "crime_victims"),
        ("rights_justice", "on m a agresse hier, je peux porter plainte?", "crime_victims"),
        ("rights_justice", "yo vole m nan lari a, kisa m ka fe", "crime_victims"),
        ("rights_justice", "la policia me robo mi dinero, donde me quejo", "rights_justice"),
        ("rights_justice", "how do i report a crime without papers", "rights_justice"),
        # The third topics set: an emergency beside the hospital; a trip past the checks.
        (
            "rights_health",
            "en el hospital me cobran la urgencia si no tengo papeles?",
            "medical_emergency",
        ),
        ("rights_health", "les urgences c payant? pas d'argent", "medical_emergency"),
        ("rights_health", "el centro de salud cobra la consulta?", "rights_health"),
        ("reg_humanitarian", "con tarjeta humanitaria me bajan del camion?", "travel_in_mexico"),
        (
            "reg_residence",
            "will my wife have problems at the checkpoints by road?",
            "travel_in_mexico",
        ),
        (
            "reg_residence",
            "puedo viajar a mi pais con la residencia temporal y volver?",
            "reg_residence",
        ),
    ],
)
def test_the_situation_picks_the_narrower_topic(topic: str, text: str, expected: str) -> None:
    assert narrower(topic, text) == expected
