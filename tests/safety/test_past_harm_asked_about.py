"""A harm that is over, asked about for a remedy, and abuse by an official.

Seen in the development topic set (tests/understanding/topics_dev), each was the emergency reply
and an urgent case: a sister's attack asked about for a U visa ("U" was read as "you", so the
visa was no remedy), months of unpaid work asked about for a visa ("made me work" was read as
now), forced work one has escaped from ("me tuvieron trabajando a la fuerza... y ya escapé"),
and an officer who took money and threatens deportation if the person complains (read as a
threat that holds someone, the trafficker's "if you leave I'll call immigration"). Each is now
past harm: the topic and the offer of a person, no alarm. What must stay immediate beside them
is pinned too: the same words with a hold, a harm to the body, a fake officer, a family ransom
or work one cannot leave.
"""

from __future__ import annotations

import pytest

from bot.safety import doubt
from bot.safety.screen import screen


@pytest.mark.parametrize(
    "text",
    [
        "a lawyer in Texas told my sister she qualifies for the U visa because she was attacked, "
        "how does she apply",
        "my boss in the US made me work without pay for 3 months, can i get a visa",
        "Hola, a mi me tuvieron trabajando a la fuerza en Florida y ya escape",
        "an immigration officer took 200 dollars and said if I complain they will deport me, who "
        "can I complain to",
        "el agente de migracion me pidio 3000 pesos y dijo que si me quejo me deporta, donde lo "
        "denuncio?",
        "un policier de l immigration m a pris 100 dollars et il a dit si je porte plainte il me "
        "fait expulser. je peux faire quoi",
        "yon ajan imigrasyon pran 200 dola nan men m, li di si m plenyen l ap depote m. kote m ka "
        "fe plent",
        "me tuvieron trabajando a la fuerza pero ya me escape y estoy con mi hermana, que hago",
    ],
)
def test_an_ended_harm_or_an_officials_threat_is_past_harm(text: str) -> None:
    found = screen(text)
    assert found.grade == "past_harm" and not found.danger, (text, found.reasons)
    assert not doubt.doubtful(text, found.grade, found.reasons), text


def test_an_officials_threat_is_labelled_for_staff() -> None:
    found = screen(
        "el agente de migracion me pidio 3000 pesos y dijo que si me quejo me deporta, donde lo "
        "denuncio?"
    )
    assert "official_threat" in found.reasons


@pytest.mark.parametrize(
    "text",
    [
        # Held, or a ransom only the family can pay: whoever says they are the migra.
        "la migra me agarro y dicen que si no pago 5 mil me deportan, estoy en una casa",
        "unos de migracion nos tienen en una casa y dicen que si no pagan nuestras familias nos "
        "deportan",
        # A harm to the body beside the deportation.
        "un policia me dijo que si no le pago me deporta y me mata",
        # The one who threatens is no official: the trafficker's hold.
        "mi patron dice que si me voy le habla a migracion",
        "my boss says if i leave he will call ICE on me",
        # Still held at work, whatever visa is asked about.
        "they made us work in the fields and dont let us leave",
        "me tuvieron trabajando a la fuerza en un rancho, ayuda",
        "me tienen trabajando a la fuerza",
    ],
)
def test_a_hold_or_a_harm_to_come_stays_immediate(text: str) -> None:
    assert screen(text).grade == "immediate", text


@pytest.mark.parametrize(
    "text",
    [
        "the ICE officer at check in told me if i miss my next appointment they will deport me",
        "mi abogado dice que si no me presento a la corte me deportan, cuando es mi cita",
        "the judge said if i dont show up to court they will deport me, how do i change my address",
        "my lawyer says if i dont go to my ICE check in they will deport me. can i reschedule",
        "si no voy a mi cita en migracion me deportan? me cambie de casa",
    ],
)
def test_a_warning_about_a_missed_hearing_is_no_threat(text: str) -> None:
    found = screen(text)
    assert not found.danger and not doubt.doubtful(text, found.grade, found.reasons), text


# The first second read of this change (a helper who saw the change, not the sets) found each
# of these graded past harm by a broader first version; all are danger now.
@pytest.mark.parametrize(
    "text",
    [
        # Partner, relative or smuggler who names the police as the place to go, or friends there.
        "mi esposo dice que si voy a la policia me deporta, tengo miedo de que regrese",
        "my husband says if i go to the police he will get me deported, he is in the other room",
        "mari m di si m al lapolis l ap depote m, li pral retounen aswe a",
        "el coyote dice que si me escapo me deportan, que tiene amigos en la migra, estamos en un "
        "hotel en reynosa",
        # An official who wants sex, carries drugs, threatens the body, or is at the door.
        "el oficial de migracion me dijo que si no me acuesto con el me deporta, esta aqui afuera "
        "de mi cuarto",
        "the ICE officer said if i dont sleep with him tonight he will deport me",
        "el policia me obliga a vender droga y si no lo hago me deporta",
        "el policia me amenazo de muerte y me dijo que si lo denuncio me deportan",
        "the cop took all my money and said if i report him hell beat me up and deport me",
        "ICE agent is at my door right now saying if i dont open and pay him 300 he deports me",
        "la migra me tiene en una camioneta y dicen que si no pago 500 dolares me deportan ayuda",
        "un policia municipal sabe donde vivo y me pide 3 mil cada semana, dice que si no pago el "
        "viernes me deporta",
        # A remedy asked about, and the harm goes on, happened hours ago, or last night.
        "a man attacked me with a knife 2 hours ago, i am bleeding a little. U visa?",
        "he raped me tonight and im still in his apartment. what about the U visa",
        "my boss raped me last night at work and i have to go back tomorrow, U visa?",
        "my husband choked me tonight and he is sleeping in the next room, what about u visa",
        "he made me sleep with his friends for money, tonight he is bringing another one. is the t "
        "visa for this",
        "the man who brought me made me work in his house, i still live there and cant go out "
        "alone, is T visa for me?",
        "they made me work 16 hours in the kitchen and he still has my passport, i sleep in the "
        "storage room. T visa?",
        "the coyote made us work in his farm and says we owe him 5000 more, we are still here. T "
        "visa?",
        "i was trafficked, they made me work in a nail salon, i ran but they found my address. T "
        "visa?",
        "my uncle made me sell drugs at the park and he says if i stop he will send me back. u "
        "visa or t visa?",
        "me tuvieron trabajando a la fuerza en un bar, ya me escape pero mi hija sigue con ellos",
        "me tuvieron trabajando a la fuerza en un rancho y todavia estoy aqui, no me pagan, puedo "
        "pedir la visa T?",
    ],
)
def test_what_the_first_read_found_stays_immediate(text: str) -> None:
    assert screen(text).grade == "immediate", (text, screen(text).reasons)


# The second second read (a new helper, against the narrowed version) found these; all are
# danger now. An official's threat counts as a complaint to make only when it is told as one
# (a remedy asked about, a time gone by, "is that legal?").
@pytest.mark.parametrize(
    "text",
    [
        "el agente de migracion me pidio 3000 pesos y dijo que si me quejo me deporta",
        "they made me work on his farm, i still work for him, can i get a T visa",
        "they made me work in the restaurant, i stil live there. T visa?",
        "me tuvieron trabajando a la fuerza y sigo viviendo con ellos, puedo pedir la visa T",
        "me tuvieron trabajando a la fuerza, todabia estoy ahi, puedo pedir la visa T",
        "me tenian trabajando a la fuerza en la casa de la señora, mañana tengo que volver a su "
        "casa, que puedo hacer",
        "they made me work for free and said they will find me if i leave. can i get a T visa",
        "he made me have sex with clients, he comes back for me at 10. U visa?",
        "my stepdad made me have sex with him, im 14 and he is home. what can i do",
        "they made me carry drugs across, next week they want me to go again. can i apply for a T "
        "visa",
        "the ICE officer took my money and pulled his pistol, he said if i complain he will deport "
        "me",
        "el agente me pidio sexo y dijo que si lo denuncio me deporta",
        "ajan imigrasyon an mande m fe bagay ak li, li di si m fe plent l ap depote m",
        "el policia me cobro 1000 y dijo que vuelve a las 8, que si me quejo me deporta",
        "la policia me quito a mi hijo y dijo que si me quejo me deportan",
        "some guys who said they were ICE took our money and said if we complain they will deport "
        "us",
        "the officer took my money and said if i report him he will deport me, im hiding in the "
        "bathroom",
        "el policia me llevo a un cuarto, me quito todo y dijo que si lo denuncio me deporta",
        # A missed day of work, a payment or a client is no court date.
        "my boss says if i miss a day of work he will call ICE on me",
        "if i miss a payment the coyote says he will get me deported",
        "my boyfriend says if i dont go to his place tonight he ll get me deported",
        "mari m di si m pa ale nan kay li aswe a l ap depote m",
        "he says if i miss an appointment with a client he will call ICE on me",
        # Violence at home last night, asked about for a U visa.
        "my boyfriend strangled me last night until i passed out, U visa?",
        "my dad hit me with a belt yesterday, im 15. U visa?",
        "mari m trangle m ye swa, m toujou nan kay la avel. U visa?",
    ],
)
def test_what_the_second_read_found_stays_immediate(text: str) -> None:
    assert screen(text).grade == "immediate", (text, screen(text).reasons)


@pytest.mark.parametrize(
    "text",
    [
        "how long has she been bleeding",
        "cuanto tiempo lleva sin respirar",
        "mi bebe lleva 2 minutos sin respirar",
        "konbyen tan li gen san k ap koule",
    ],
)
def test_bleeding_or_not_breathing_that_goes_on_is_danger(text: str) -> None:
    """A third second read (of the follow-up hand-back) found these graded calm; only Rasa's
    report_danger had reached them, which nothing does with Rasa down."""
    assert screen(text).grade == "immediate", text


def test_an_escape_dated_months_back_ends_the_forced_work() -> None:
    """Development journeys, round 2: the harm is told in the present ("made me work 14 hrs
    every day"), but the escape is dated two months back; a remedy is asked. Past harm, unless
    the message says it goes on."""
    over = (
        "a man promised a job in a restaurant in ohio but he said i owed him 12000 for the trip "
        "and made me work 14 hrs every day no pay and kept my id. i escaped 2 months ago, im 17 "
        "now. is there something for people like me"
    )
    assert screen(over).grade == "past_harm"
    found = "they made me work 14 hrs no pay, i escaped 2 months ago but they found my address"
    assert screen(found).grade == "immediate"
