"""The danger net: what the patterns miss it asks about, what is calm it leaves alone, and bad
training files lose nothing but themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.safety import doubt
from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "estoy en un cuarto en el bronx, me hacen atender clientes toda la noche",
        "i'm in a room in the bronx, they make me see clients all night",
        "on est sous un pont a el paso, mon fils est en hypothermie et il arrete pas de trembler",
        "mennaj mwen kite m san soulye san lajan pou m pa ale li fek soti",
    ],
)
def test_it_asks_about_danger_the_patterns_miss(text: str) -> None:
    found = screen(text)
    assert found.grade == "none" and doubt.doubtful(text, found.grade)


@pytest.mark.parametrize(
    "text",
    [
        "hola buenas tardes, donde queda el albergue mas cercano",
        "they told me i'll get my appointment in 3 months",
        "no me secuestraron gracias a dios, solo me perdi, ya estoy en el albergue",
        "je suis mort de fatigue, ou je peux dormir ce soir",
        "yo",  # too short to read anything into
        "ki kote m ka chaje telefon mwen m nan pak la",
        # Development journeys, round 3: a job offer asked about, a detention supposed.
        "they offer me a job as a model in cancun, i need to send my passport first. sounds legit?",
        "if they take me how long can they keep me",
    ],
)
def test_it_leaves_calm_messages_alone(text: str) -> None:
    assert not doubt.doubtful(text, screen(text).grade)


@pytest.mark.parametrize("text", ["ayúdenme", "aidez-moi svp", "ede m tanpri", "help us"])
def test_a_plea_alone_is_asked_about(text: str) -> None:
    found = screen(text)
    assert found.grade == "none" and doubt.doubtful(text, found.grade)


@pytest.mark.parametrize("text", ["ayuda", "help", "necesito ayuda con mi cita"])
def test_help_alone_is_the_menu(text: str) -> None:
    assert not doubt.doubtful(text, screen(text).grade)


def test_only_messages_graded_none_are_read() -> None:
    text = "estoy en un cuarto en el bronx, me hacen atender clientes toda la noche"
    for grade in ("immediate", "past_harm", "information"):
        assert not doubt.doubtful(text, grade)
    assert not doubt.doubtful("/report_danger", "none")
    assert not doubt.doubtful("   ", "none")


def test_training_reads_report_danger_against_the_rest(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "nlu.yml").write_text(
        'version: "3.1"\nnlu:\n'
        "- intent: report_danger\n  examples: |\n    - me tienen [encerrada](state)\n"
        "- intent: greet\n  examples: |\n    - hola\n",
        encoding="utf-8",
    )
    (tmp_path / "es" / "broken.yml").write_text("nlu: [: not yaml", encoding="utf-8")
    (tmp_path / "es" / "rules.yml").write_text("rules:\n- rule: x\n", encoding="utf-8")
    texts, labels = doubt.examples(tmp_path)
    assert list(zip(texts, labels, strict=True)) == [
        ("me tienen encerrada", True),
        ("hola", False),
    ]


def test_with_nothing_to_learn_from_nobody_is_asked(tmp_path: Path) -> None:
    empty = tmp_path / "calm.yml"
    empty.write_text("{}", encoding="utf-8")
    assert doubt.train(tmp_path, empty) is None


@pytest.mark.parametrize(
    "text",
    [
        # A procedure at a school or the refugee office, asked (development journeys, round 2):
        # the danger net read each as danger and asked "are you in danger right now?".
        "nous sommes haitiens a tijuana avec 2 enfants de 7 et 11 ans. l ecole dit qu il faut l "
        "acte de naissance apostillé et on ne l a pas. on est en milieu d annee. ils peuvent "
        "refuser?",
        "m gen 2 pitit 6 an ak 9 an nou nan tijuana. lekol la di yo pa ka pran yo paske nou pa gen "
        "papye e ane a deja komanse",
        "me llego la resolucion de la comar y me la negaron 😭 soy cubana tengo 2 años aqui con "
        "mi esposo. se puede hacer algo o ya nos tienen q sacar",
        "mi hijo de 22 años iba pa estados unidos y desde el martes no me contesta, la ultima vez "
        "me escribio de saltillo. yo estoy en el salvador. la gente dice q hay q esperar 72 horas "
        "pa reportar",
    ],
)
def test_a_procedure_asked_about_is_not_doubted(text: str) -> None:
    found = screen(text)
    assert not found.danger
    assert not doubt.doubtful(text, found.grade, found.reasons)
