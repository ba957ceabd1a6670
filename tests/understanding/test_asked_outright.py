"""The emergency number and the mind: questions whose words say what they are about."""

from __future__ import annotations

import pytest

from bot.understanding.meaning.asked_outright import (
    lines_asked,
    mind_named,
    nationality_asked,
    papers_through_child,
)
from bot.understanding.meaning.decide import decide
from bot.understanding.meaning.service_question import service_topic


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("numero de policia en usa?", "danger_us"),
        ("aux usa c quel numero pour les urgences, c pareil qu au mexique?", "danger_us"),
        ("nimewo lapolis lòtbò a", "danger_us"),
        ("what number do i call for police in the usa", "danger_us"),
        ("cual es el numero de emergencias en mexico", "danger"),
        # Development topics set, round 2 (tests/understanding/topics_dev2): the plural, the
        # "us" of the United States, what to do in an emergency, whether 911 is free.
        ("numeros de emergencia en usa", "danger_us"),
        ("us emergency numbers", "danger_us"),
        ("q se hace en caso de emergencia aca en mexico", "danger"),
        ("el 911 funciona si no tengo saldo?", "danger"),
        ("si llamo al 911 aqui en los states me deportan?", "danger_us"),
        ("rele lapolis Meksik peye?", "danger"),
        # Mexico named as the place, beside the US as a comparison.
        ("whats the emergency number in mexico? is it 911 like in the states", "danger"),
        ("i called 911 yesterday about my neighbor, can i get a u visa", None),
        ("necesito papeles", None),
        ("a q numero le hablo", None),  # a follow-up: the last topic's contacts
        # The trafficking hotline asked for from the US: the US lines; in Mexico, the topics.
        ("en usa cual es la linea para reportar trata", "danger_us"),
        ("im in houston, is there a hotline for trafficking victims", "danger_us"),
        ("cual es la linea contra la trata", None),
        # The third topics set: "si marco 911" without "al", "in US".
        ("si marco 911 en usa me contestan en español?", "danger_us"),
        ("if i call 911 in US without papers will ICE come?", "danger_us"),
    ],
)
def test_a_question_about_the_emergency_number_gets_the_lines_for_the_place(
    text: str, lines: str | None
) -> None:
    assert lines_asked(text) == lines
    if lines:
        assert decide("ask_rights", text, "es").topic == lines


@pytest.mark.parametrize(
    ("intent", "lang", "text"),
    [
        ("find_shelter", "es", "no puedo dormir, pienso mucho"),
        ("find_health", "es", "nesesito ablar con alguien, tengo mucha ansiedad"),
        ("find_shelter", "ht", "m pa ka domi nan nwit"),
        ("find_health", "fr", "jdors plus, je pense trop"),
    ],
)
def test_sleeplessness_and_stress_get_the_stress_topic(intent: str, lang: str, text: str) -> None:
    assert mind_named(text)
    assert service_topic(intent, text, lang, place_named=False).topic == "mental_health"


def test_a_shelter_to_sleep_in_is_still_the_list() -> None:
    text = "no puedo dormir en la calle, necesito un albergue esta noche"
    assert service_topic("find_shelter", text, "es", place_named=False).mode == "none"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "hola!! tengo 7 meses de embarazo soy venezolana y no tengo papeles aca en mty. mi bb "
            "si nace aqui va a ser mexicano aunq yo no tenga papeles?",
        ),
        ("fr", "je suis enceinte de 8 mois. si j accouche ici au mexique mon bebe sera mexicain?"),
        ("en", "if my baby is born in tijuana will she be mexican"),
        ("ht", "si m akouche isit, pitit la ap meksiken?"),
    ],
)
def test_a_babys_nationality_gets_the_birth_topic(lang: str, text: str) -> None:
    assert nationality_asked(text) == "birth_registration"
    assert decide("ask_rights", text, lang).topic == "birth_registration"


def test_the_parents_own_papers_through_the_baby_are_papers_by_family() -> None:
    assert (
        nationality_asked("mi hijo nacio aqui y es mexicano, eso me ayuda a regularizarme?") is None
    )
    assert nationality_asked("mi bebe va a ser mexicano, me dan residencia por el?") is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Development journeys, round 1 (es8), and the topics development set.
        (
            "mi bebe nacio aqui en el hospital regional, mi cuñada dice q x el niño puedo"
            " arreglar papeles, es verdad",
            "reg_family_unity",
        ),
        ("mi hijo nacio aqui, eso me ayuda pa la residencia?", "reg_family_unity"),
        ("ma fille est nee au mexique, ca me donne droit a la residence?", "reg_family_unity"),
        ("acta d nacimiento pa mi bb q nacio aqui", None),
    ],
)
def test_a_parents_papers_through_a_child_born_here_are_papers_by_family(
    text: str, topic: str | None
) -> None:
    assert papers_through_child(text) == topic
    if topic:
        assert decide("ask_regularization", text, "es").topic == topic


@pytest.mark.parametrize(
    ("last", "text", "topic"),
    [
        # Development journeys, round 3: the paper just read about, not a false job offer.
        ("reg_humanitarian", "can i do job with it? i am cook", "work_permit"),
        ("asylum_process", "y con esa puedo trabajar?", "asylum_process"),
        ("reg_curp", "avec ca je peux travailler?", "work_permit"),
        ("reg_humanitarian", "m ka travay ak li?", "work_permit"),
    ],
)
def test_can_i_work_with_it_is_about_the_paper(last: str, text: str, topic: str) -> None:
    assert decide("ask_trafficking_signs", text, "en", last_topic=last).topic == topic


@pytest.mark.parametrize(
    ("last", "text", "topic"),
    [
        # Development journeys, round 3: mistreatment by those holding someone.
        (
            "asylum_appeal",
            "y si lo tratan mal o no lo dejan llamar donde me quejo",
            "rights_justice",
        ),
        (None, "where do i complain if they mistreat him in the station", "rights_justice"),
        (None, "los agentes del inm nos trataron mal, donde pongo una queja", "rights_justice"),
        # An employer's or a partner's is not the CNDH's.
        (None, "my boss treats me badly, where do i complain", "labour_rights"),
    ],
)
def test_a_complaint_of_mistreatment_by_officials_is_justice(
    last: str | None, text: str, topic: str
) -> None:
    assert decide("ask_rights", text, "es", last_topic=last).topic == topic
