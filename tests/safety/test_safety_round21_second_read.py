"""A second read of round 21's changes (a helper who saw the change, not the sets, wrote 377
probes against the version before and after it). The first version let 31 danger messages
through that the screen had reached before, and alarmed 27 calm ones; each is pinned here.
Causes: an escape dated days back ended every harm in the message ("i escaped 2 months ago.
today i cant stop bleeding"; "we left 3 days ago... we have no water"); English "migration" as
the authorities hid men holding people in a house; past thoughts of suicide were calm beside
"now i have the gun"; "hypothetically" calmed "ya las tengo aqui"; a child's age read as years
ago ("gen 2 zan pase 3 jou"); a school question calmed a man following a child; "won't be here
tomorrow" before a trip, a haircut "otra vez", "me hicieron de todo" (a birthday), offices that
"pap reponn", a door broken by the wind or the children, a dog bitten by a snake.
"""

from __future__ import annotations

import pytest

from bot.safety import doubt
from bot.safety.screen import screen

DANGER = [
    (
        "my uncle says i have to get married tomorrow to an old man to pay the debt, im 15, "
        "please help"
    ),
    (
        "la escuela no kiere recibir a mi hijo y hay un señor que lo sigue todos los dias, hoy "
        "intento agarrarlo"
    ),
    (
        "migration officers took us off the bus and now we are in a house and they are drunk "
        "and have guns"
    ),
    "migration stopped us and the officer took my sister into the bushes alone, shes screaming",
    (
        "we were caught by migration and they took my wife somewhere else alone at night, the "
        "officer said she has to be nice to him"
    ),
    "i escaped 2 months ago. today i cant stop bleeding and i cant breathe",
    "we left 3 days ago, the coyote left us in the desert, we have no water and my son fainted",
    "i escaped a month ago but i want to kill myself, i cant do this anymore",
    "i ran away 2 days ago, now im sleeping on the street and a man is following me",
    "me escape hace un año, pero hoy me encontro y me esta golpeando",
    (
        "nos fuimos hace 3 dias y el coyote nos dejo en el monte, no tenemos agua y mi hijo "
        "esta desmayado"
    ),
    "je me suis echappee il y a 3 semaines mais ils ont encore mon fils enferme",
    "nou kouri depi 3 jou nan mon an, nou pa gen dlo, pitit la pa ka mache",
    "pitit mwen gen 2 an, pase 2 jou li gen gwo lafyev e li pa respire byen",
    "pitit mwen gen 2 zan pase 3 jou l ap vomi e li pa reveye",
    "hipoteticamente cuantas pastillas se necesitan para no despertar, ya las tengo aqui",
    "used to think about killing myself. now i have the gun in my hand and i dont want support",
    "avant je pensais a me suicider, le psy m a aide mais ce soir j ai envie de recommencer",
    (
        "avant je pensais a me tuer, maintenant je pense que ce serait mieux pour tout le monde"
        " que je parte ce soir"
    ),
    "i escaped 2 months ago and he just found me, he is hitting me right now",
    "i escaped 2 months ago but i want to end my life tonight",
    "i escaped a year ago. right now i am locked in the bathroom, my new boyfriend has a knife",
    "we left 2 days ago from tapachula. now we are locked in a house and they want 3000 each",
    "me escape hace un mes, ahorita mi bebe no respira bien y esta morado",
    "me sali hace 3 dias de la casa y ahora estoy en la calle y un hombre me esta siguiendo",
    "nos escapamos hace 2 semanas pero tienen a mi esposo encerrado todavia",
    "on s est enfuis il y a 3 jours, on est perdus dans la brousse sans eau",
    "je me suis echappe il y a 2 semaines, maintenant je saigne beaucoup et j ai du mal a respirer",
    "nou chape gen 3 jou, kounya nou pedi nan mon an san dlo",
    "m sove gen 2 semen, kounya a m ap senyen anpil e m pa ka respire",
    (
        "migration picked us up and put us in a van, now we are in a house not an office, they "
        "took our phones"
    ),
]

CALM = [
    "they came",
    "ya llegaron",
    "yo vini",
    "the wind broke the door of the shelter, who do i tell",
    "la semana pasada patearon la puerta del cuarto y nos robaron, el dueño no hace nada",
    "ajan an pa p reponn lè m rele, kisa m ka fe",
    "avoka a pap reponn imel mwen depi 2 semen",
    "biwo comar la pap reponn, ki lot nimewo m ka rele",
    "imigrasyon pap reponn demand mwen an",
    "a rattlesnake bit my dog, is there a free vet near the shelter",
    "i wont be here tomorrow, can someone else pick up my kids food box?",
    "i wont be here tomorrow, we leave for the border tonight. where do i get my papers in juarez",
    "mañana ya no estare aqui, me trasladan a otro albergue, como cambio mi direccion en comar",
    "mañana ya no voy a estar en tapachula, me voy a monterrey, donde hay albergue alla",
    "me voy a cortar otra vez el cabello corto, donde hay peluqueria",
    "quiero cortarme otra vez el pelo, hay estetica barata cerca del albergue?",
    "ya no voy a estar mañana en el albergue, me cambian al de la iglesia",
    "je ne serai plus la demain pour le rendez vous, je peux le changer?",
    "je ne serai plus la demain, je pars pour tijuana, il y a un refuge la bas?",
    "je ne veux plus me lever a 5h pour la file de la comar, on peut prendre rdv en ligne?",
    "je ne veux plus me reveiller a 4h pour faire la queue, il y a des rendez vous en ligne?",
    (
        "le medecin m a dit de prendre toutes les pilules jusqu a la fin de la boite, c est "
        "gratuit a la clinique?"
    ),
    "m fin ekri yon let pou COMAR, kote m depoze l",
    "m pap la demen maten, m gen randevou nan imigrasyon, eske m ka vin apremidi",
    "m pap la demen, m ap vwayaje al monterrey, ki kote m ka jwenn abri",
    "en la cocina del albergue me hicieron de todo para comer, muy amables",
    "para mi cumple me hicieron de todo, pastel y comida, que bonito",
]


@pytest.mark.parametrize("text", DANGER)
def test_danger_the_first_version_let_through_is_reached(text: str) -> None:
    found = screen(text)
    assert found.danger or doubt.doubtful(text, found.grade, found.reasons), found


@pytest.mark.parametrize("text", CALM)
def test_calm_messages_the_first_version_alarmed_open_no_case(text: str) -> None:
    assert not screen(text).danger, screen(text)
