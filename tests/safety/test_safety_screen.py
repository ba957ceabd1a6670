"""The graded danger screen: each rule in four languages, and the development sets as a whole.

The development sets (tests/safety/dev/*.yml) are the screen's own: written to tune it, in
messaging style. The blind sets are scored end to end elsewhere (tests/safety/test_blind.py),
never read here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.safety import doubt
from bot.safety.evaluation import load
from bot.safety.place import country_at, named
from bot.safety.screen import ScreenResult, screen
from bot.safety.text import whole

DEV = Path(__file__).parent / "dev"
LANGS = ("es", "en", "fr", "ht")


def net_marked(lang: str) -> set[str]:
    """Immediate danger written so that only the danger net reads it (`net: true`)."""
    raw = yaml.safe_load((DEV / f"{lang}.yml").read_text(encoding="utf-8"))
    return {item["text"] for item in raw if item.get("net")}


@pytest.mark.parametrize("lang", LANGS)
def test_dev_set_immediate_danger_is_never_missed_nor_raised_for_calm(lang: str) -> None:
    items = load(DEV / f"{lang}.yml")
    assert len(items) >= 60
    by_net = net_marked(lang)
    missed = [
        i.text
        for i in items
        if i.grade == "immediate" and not screen(i.text).danger and i.text not in by_net
    ]
    alarms = [i.text for i in items if i.grade != "immediate" and screen(i.text).danger]
    assert missed == []
    assert alarms == []
    # What the patterns leave, the danger net asks about; it asks no calm message of the set.
    for text in by_net:
        found = screen(text)
        assert not found.danger and doubt.doubtful(text, found.grade), text
    asked = [
        i.text
        for i in items
        if i.grade != "immediate" and doubt.doubtful(i.text, screen(i.text).grade)
    ]
    assert asked == []


@pytest.mark.parametrize("lang", LANGS)
def test_dev_set_grades_and_places(lang: str) -> None:
    items = load(DEV / f"{lang}.yml")
    right = Counter(screen(i.text).grade == i.grade for i in items)
    assert right[True] / len(items) >= 0.95
    for item in items:
        if item.grade == "immediate" and item.place == "us":
            # The US, or no country named ("near laredo": either side): then the reply holds
            # both countries' lines (bot.safety.lines).
            assert screen(item.text).place in ("us", ""), item.text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("round_", ["round2", "round3", "round4"])
def test_later_dev_sets_reach_danger_with_the_lines_for_the_place(lang: str, round_: str) -> None:
    """Round 2's sets, in the styles the screen missed (indirect, long stories, third persons,
    the US, deadlines, medical, suicide without the word): every immediate message gets an
    urgent case or the question with the lines for its place; no calm message an urgent case."""
    items = load(DEV / round_ / f"{lang}.yml")
    missed, alarms, wrong_place = [], [], []
    for item in items:
        found = screen(item.text)
        reached = found.danger or doubt.doubtful(item.text, found.grade, found.reasons)
        if item.grade == "immediate" and not reached:
            missed.append(item.text)
        if item.grade != "immediate" and found.danger:
            alarms.append(item.text)
        if (
            item.grade == "immediate"
            and found.place
            and (found.place == "us") != (item.place == "us")
        ):
            wrong_place.append(item.text)
    assert (missed, alarms, wrong_place) == ([], [], [])


IMMEDIATE = [
    ("me tienen encerrada y no me dejan salir", "trapped"),
    ("they locked me in a room", "trapped"),
    ("ils m'ont enfermée dans une chambre", "trapped"),
    ("yo fèmen m nan yon chanm", "trapped"),
    ("se llevaron a mi hijo hace una hora", "child_taken"),
    ("if i dont pay today they kill me", "threatened"),
    ("si je paie pas aujourd'hui ils me tuent", "threatened"),
    ("si m pa peye jodi a y ap touye m", "threatened"),
    ("mi esposo me pega", "domestic_violence"),
    ("my husband hits me", "domestic_violence"),
    ("mon mari me frappe", "domestic_violence"),
    ("mari m ap bat mwen", "domestic_violence"),
    ("me violaron anoche", "raped"),
    ("ya no quiero vivir", "self_harm"),
    ("i want to kill myself", "self_harm"),
    ("je veux me suicider", "self_harm"),
    ("m vle touye tèt mwen", "self_harm"),
    ("mi bebe no respira", "medical"),
    ("my baby isnt breathing", "medical"),
    ("nos dejaron en el desierto sin agua", "abandoned"),
    ("nos estan asaltando ahorita", "robbery"),
    ("hay una balacera aqui afuera", "attack"),
    ("AUXILIO", "help_now"),
    ("SOS", "help_now"),
    ("anmwe", "help_now"),
    ("au secours", "help_now"),
    ("me secuestarron", "kidnapped"),  # a slip of the thumb
]


@pytest.mark.parametrize(("text", "harm"), IMMEDIATE)
def test_immediate_danger_in_four_languages(text: str, harm: str) -> None:
    found = screen(text)
    assert found.grade == "immediate" and found.danger, (text, found)
    assert harm in found.harms


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # Time long ago or days ago: past harm for the writer.
        ("hace 3 años me secuestraron en tamaulipas", "past_harm"),
        ("last year i was kidnapped in tamaulipas", "past_harm"),
        ("l'année dernière on m'a enlevé au tamaulipas", "past_harm"),
        ("ane pase yo te kidnape m nan tamaulipas", "past_harm"),
        # ... and information when it happened to someone else long ago.
        ("my cousin was kidnapped three years ago, we want to find him", "information"),
        ("a mi primo lo secuestraron hace 3 años, lo queremos buscar", "information"),
        # Negation.
        ("no me han hecho nada, solo quiero informacion", "none"),
        ("nobody hit me i just lost my papers", "none"),
        ("personne ne m'a frappé", "none"),
        ("pesonn pa bat mwen", "none"),
        # Stopped: "ya no" is past.
        ("mi esposo ya no me pega, me fui", "past_harm"),
        # Questions, hypotheses, people in general, the news.
        ("do smugglers kidnap people?", "information"),
        ("que hago si me secuestran?", "information"),
        ("je fais quoi si on me kidnappe?", "information"),
        ("kisa pou m fè si yo kidnape m?", "information"),
        ("vi en las noticias que secuestraron migrantes en tamaulipas", "information"),
        ("what is human trafficking", "information"),
        # A story that ended, a question about remedies.
        ("me robaron y me golpearon pero ya estoy bien, puedo pedir papeles?", "past_harm"),
        ("police took my money on the road, can i report them?", "past_harm"),
        # Harm that is real but not immediate.
        ("mi patron se quedo con mi pasaporte", "past_harm"),
        ("the debt to the recruiter keeps growing", "past_harm"),
        # Threats at home are a reason for asylum, not danger here.
        ("en mi pais me quieren matar, quiero pedir asilo", "past_harm"),
        ("if i go back home the gang will kill me", "past_harm"),
        # Ways of speaking.
        ("me mata el calor aqui en mexicali", "none"),
        ("the heat is killing me lol", "none"),
        # Help alone asks for the menu; shouted it is a cry.
        ("ayuda", "none"),
        ("help", "none"),
        ("AYUDAAA", "immediate"),
        # Held by the authorities is a matter for rights in detention.
        ("how long can migration keep me in detention", "information"),
        ("", "none"),
        ("🙏🙏", "none"),
        ("/ask_asylum", "none"),
        ("/report_danger", "immediate"),  # the person pressed "I am in danger"
    ],
)
def test_grades_follow_time_negation_person_and_questions(text: str, grade: str) -> None:
    assert screen(text).grade == grade, (text, screen(text))


def test_reasons_say_why() -> None:
    found = screen("hace 3 años me secuestraron")
    assert "harm:kidnapped" in found.reasons and "when:long" in found.reasons
    found = screen("me estan golpeando")
    assert "when:now" in found.reasons and "who:self" in found.reasons


def test_the_old_shape_keeps_its_meaning() -> None:
    """ScreenResult(categories, in_us) from older code: categories mean immediate danger."""
    assert ScreenResult(("trapped",), False).danger
    assert ScreenResult(("trapped",), False).grade == "immediate"
    assert not ScreenResult((), True).danger
    assert ScreenResult((), True).place == "us"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("aqui en houston mi patron no me deja salir", "us"),
        ("estoy en el desierto de arizona", "us"),
        ("we are in laredo texas", "us"),
        ("estoy en tijuana", "mx"),
        ("on est a nuevo laredo", "mx"),
        ("quiero ir a houston", ""),
        ("soy de texas", ""),
        ("sali de honduras", ""),
    ],
)
def test_the_place_said_is_where_the_writer_is(text: str, where: str) -> None:
    assert named(whole(text)) == where


@pytest.mark.parametrize(
    ("lat", "lon", "country"),
    [
        (29.76, -95.37, "us"),  # Houston
        (32.72, -117.16, "us"),  # San Diego
        (32.53, -117.04, "mx"),  # Tijuana
        (31.69, -106.42, "mx"),  # Ciudad Juárez
        (31.76, -106.49, "us"),  # El Paso
        (26.09, -98.28, "mx"),  # Reynosa
        (26.20, -98.23, "us"),  # McAllen
        (14.91, -92.26, "mx"),  # Tapachula
        (25.76, -80.19, "us"),  # Miami
        (14.63, -90.51, ""),  # Guatemala City
        (18.54, -72.34, ""),  # Port-au-Prince
    ],
)
def test_a_shared_point_is_placed_by_the_border(lat: float, lon: float, country: str) -> None:
    assert country_at(lat, lon) == country


def test_the_screen_is_cheap() -> None:
    """Every message passes it before routing: it must stay far below a millisecond or two."""
    import time

    text = "hola " * 400 + " me tienen encerrada"
    screen(text)
    started = time.perf_counter()
    for _ in range(20):
        screen("mi esposo me pega y ahorita esta tomando, tengo miedo")
    assert (time.perf_counter() - started) / 20 < 0.02
    assert screen(text).danger


def test_every_term_is_written_in_folded_ascii_and_never_empty() -> None:
    """Patterns run on folded text: an accent or a letter from another alphabet never matches."""
    from bot.safety.lexicon import TERMS

    for term in TERMS:
        assert term.pattern.pattern.isascii(), term.pattern.pattern
        assert term.pattern.search("   ") is None, term.pattern.pattern


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        # Signs that name no crime: a body in danger, held and watched, a weapon used, chased.
        ("mi esposa se desmayo y no despierta", "immediate"),
        ("my 3 year old drank cleaning liquid and is throwing up", "immediate"),
        ("on arrive plus a respirer dans le camion", "immediate"),
        ("dlo m kase m pou kont mwen nan abri a", "immediate"),
        ("no puedo hablar mucho, el esta en la otra pieza", "immediate"),
        ("they haven't fed us in two days and there are guards", "immediate"),
        ("des types en moto nous poursuivent", "immediate"),
        ("m kache nan twalet la neg gang yo ap fouye chanm yo", "immediate"),
        ("my brother in law said goodbye to everyone and has a rope", "immediate"),
        ("unos vatos me estan cobrando piso y hoy vinieron a dejarme una bala", "immediate"),
        # The same words, calm: a phone that is not answered, a fall that ended well.
        ("mi hijo iba en el tren y ya no contesta", "none"),
        ("mi hijo se cayo en el parque pero ya esta bien", "information"),
        ("my son fell at the park but he's ok now", "none"),
        # Worn out by work is not a threat.
        ("mi jefe me mata de trabajo pero me paga bien", "none"),
        ("my boss is killing me with work but pays well", "none"),
        ("bos mwen ap touye m ak travay men li peye byen", "none"),
        # "How can I help a friend...?" asks: "help" is not a cry there.
        ("how can i help a friend who suffers violence?", "information"),
        ("sufro violencia de mi esposo", "immediate"),
        # English "men" is not Creole "men" (but); Creole "men" still turns the story.
        ("they force me to have sex with men", "immediate"),
        ("yo te bat mwen ane pase men kounye a m byen", "past_harm"),
        # A new clause with its own subject escapes the negation before it.
        ("m pa ka anko, m vle mouri", "immediate"),
        # An "if" about now is no hypothesis; hearsay about here and now is no news.
        ("que hago si ahorita me estan siguiendo unos tipos", "immediate"),
        ("what do i do if they are beating me right now", "immediate"),
        ("dicen que hay hombres armados aqui afuera del albergue ahorita", "immediate"),
        ("que hago si un policia me pide dinero", "information"),
        ("how do i report someone who abuses his wife", "information"),
        # Death threats named or asked about are information; received this morning, danger.
        ("est ce que les menaces de mort sont punies au mexique", "information"),
        ("j ai recu des menaces de mort ce matin, ils savent ou je dors", "immediate"),
        # Armed men asked about on a route, or standing outside the shelter.
        ("hay hombres armados en la carretera a reynosa?", "information"),
        ("hay hombres armados afuera del albergue", "immediate"),
        # An age then is long ago; a relative released is a story that ended.
        ("me violaron cuando tenia 14, ahora quiero terapia", "past_harm"),
        ("a mi hija la secuestraron en chiapas pero ya la soltaron", "past_harm"),
        # French participles joined by "et" share their auxiliary.
        ("en venant en train on m'a volé et frappé, c'était l'année dernière", "past_harm"),
    ],
)
def test_signs_and_the_rules_around_them(text: str, grade: str) -> None:
    assert screen(text).grade == grade, (text, screen(text))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("on est en floride, ils nous laissent pas partir", "us"),
        ("yo kite nou nan dezè nouvo meksik", "us"),
    ],
)
def test_more_us_places_in_french_and_creole(text: str, where: str) -> None:
    assert named(whole(text)) == where


@pytest.mark.parametrize(
    "text",
    [
        "mi esposo me pega cuando juega",
        "my husband beats me when he plays video games",
        "il m'a frappé sur la joue et j'ai peur",
        "mon patron a gardé mon passeport et il me frappe pas mal",
        "el patron dice que lo van a matar si llega tarde otra vez",
    ],
)
def test_games_songs_negations_and_third_person_slips_do_not_calm_real_harm(text: str) -> None:
    """A second read found these calmed by round 14 and 15's cues (a bare "plays", "joue" the
    cheek, "pas mal" read as a negation, a third person's threat read as a joke)."""
    assert screen(text).danger, text


def test_the_writer_with_a_relative_is_where_the_relative_is() -> None:
    found = screen("je suis avec ma fille à Houston, un homme nous menace avec un couteau")
    assert found.danger and found.place == "us"


@pytest.mark.parametrize(
    "text",
    [
        "il me frappe pas mal depuis que je suis arrivée",
        "il me frappe plus fort chaque jour",
        "si je paye pas demain c'est fini pour moi, il sait où je dors",
        "un hombre tiene a mi hija de 3 años de rehén",
        "secuestraron a mi hijo ayer, tengo el corazón destrozado",
        "ça fait 2 jours qu'ils me gardent enfermée",
        # Found by a second read of the first version of these cues:
        "Secuestraron a mi hijo afuera de la escuela, como en la película, piden rescate",
        "Ils ont enlevé mon frère ce matin, comme dans un film, ils demandent une rançon",
        "Ça fait 2 ans que j'ai peur de lui, il est devant la porte avec un couteau",
        "Ça fait 6 mois qu'ils m'ont pris mon passeport et ils m'obligent à travailler",
        "Me van a matar por vender tacos en su zona",
        "Mi papá tiene dolor en el pecho muy fuerte, creo que es de infarto, no puede respirar",
        "Please bring water, the coyote abandoned us in the desert, we are lost",
        "Si ve que hablé con la policía me mata, ya me amenazó",
        "El padre de mi bebé me tiene de rehén desde ayer",
        "Me tienen secuestrada, mi corazón late muy fuerte",
        "I've been kidnapped, my heart is pounding",
        "El coyote me trae secuestrada en su camioneta",
        "If he sees me he will kill me, I'm hiding",
        "Mi padrastro dice que me va a matar si no termino la tarea, ya me pegó",
    ],
)
def test_rounds_16_and_17_cues_leave_real_harm_alone(text: str) -> None:
    """The calming cues of rounds 16 and 17 (a thing "kidnapped", a small child "holding me
    hostage", "pas" after the verb, "c'est fini") must not reach these."""
    assert screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        "tengo que pagar con tarjeta o otra cosa?",
        "je dois payer en espèces ou autre chose ?",
        "il me menace pas mais la dette augmente",
        "mi bebé de 1 año me tiene de rehén jaja no me deja dormir",
        "My son has a fever, I have to stay with him tonight",
        "Mon fils est malade, je dois rester avec lui ce soir",
        "I got the rope for the tent, I'm ready for the camping trip",
        "J'ai la corde pour le déménagement, je suis prête",
    ],
)
def test_rounds_16_and_17_calm_readings(text: str) -> None:
    assert not screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        # Found by a second read of the first version of round 18's cues: a laughing face,
        # a sibling's threat with a weapon, a nurse's own child, a year in a comparison.
        "mi esposo me tiene encerrada con llave 😂😂 ya ni se si reir o llorar",
        "my ex said he's gonna kill me 😂 he's outside with a gun right now",
        "mennaj mwen di l ap touye m 😂 li gen yon kouto li devan pot la",
        "yo kidnape nou, nou nan yon kay 😂 yo mande 3000 dola",
        "mi hermano me va a matar si no le doy el dinero jaja tiene una pistola",
        "mon frere va me tuer mdr il m'a deja casse le bras et il me cherche avec un couteau",
        "i am a nurse, my son is not breathing and turning blue please help",
        "soy enfermera, que hago? mi hijo se cayo y no respira",
        "mwen se enfimye men pitit mwen pa respire",
        "soy maestra y hay un tiroteo en la escuela ahorita, hay niños heridos",
        "llevo aqui encerrada, igual que en 2019, y no me dejan salir",
        "me tienen encerrada desde que llegue en 2022",
        "they are holding me for ransom, last year they killed my cousin the same way",
        "comme l'episode ou ils les enferment, on est enfermés la maintenant",
        # Round 18 itself.
        "el contratista dijo q al q se vaya lo entrega a la migra o lo entierra",
        "they put something in the food, we sleep all day, 2 people are missing",
        "ils ont pris mon tel et m'ont donné un autre avec la localisation, ils voient où je suis",
        "eske se nòmal yo pa kite n soti nan kay la toutotan fanmi n pa voye kòb?",
        "c fini frr jpp, je suis sur le pont de Brooklyn, dis à ma mère que je l'aime",
    ],
)
def test_round_18_cues_leave_real_harm_alone(text: str) -> None:
    assert screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        "my mom puts something in the food so the baby sleeps better, is melatonin safe?",
        "m mete yon bagay nan dlo a pou m ka domi byen",
        "my boss took my phone for the day and gave me another one for work",
        "they make us carry a backpack with our stuff at school, is it too heavy?",
        "c'est fini pour toi ce jeu, t'as perdu mdr",
        "l'eau a emporté la voiture de mon oncle pendant l'ouragan mais tout le monde va bien",
        "a mi abuelo lo entierran mañana en el panteon, puedo salir del albergue?",
        "mi hermano dice q si no le presto el xbox me va a matar jajaja 😂",
        "my sister said she will kill me if I eat her leftovers again 😂",
        "I am an ER nurse, we get a lot of heat stroke patients from the fields. Any info?",
        "They locked me in a stash house in Laredo for 2 weeks back in 2020. I am out now. T visa?",
        "j'ai vu aux infos qu'on a kidnappé un bus de migrants à Zacatecas, c'est vrai?",
    ],
)
def test_round_18_calm_readings(text: str) -> None:
    assert not screen(text).danger, text


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("el coyote me cobro en adelanto y nos tiene encerrados en una bodega", ""),
        ("mi hermana lleva en Houston un mes encerrada y yo estoy con ella", "us"),
        (
            "el papa de mi hija se la llevo de la escuela en Chicago, hoy se la lleva pa Mexico",
            "us",
        ),
        ("my cellmate at the detention center in Adelanto says hes going to kill himself", "us"),
    ],
)
def test_round_18_places(text: str, where: str) -> None:
    assert screen(text).place == where, text


# Round 19's second read: what its first version calmed or alarmed, now pinned.
@pytest.mark.parametrize(
    "text",
    [
        "help pls they r here",
        "ed m tanpri yo la",
        "they want 20k by tonight or you know what happens to your son",
        "can you help me find a safe house in guadalajara tonight? the guy i owe money to found "
        "out where i sleep and sent me a photo of a gun",
        "ils ont trouvé où je dors, ils m'ont envoyé une photo de mon lit avec une balle dessus",
        "il est entré chez nous avec un couteau et il est devant mes enfants là maintenant",
        "the coyote left us in the brush 2 days ago, my leg is broken, my phone is at 4%",
        "everyone is ok but my sister was kidnapped last night",
        "i left that job back in march. the boss has my sister locked in the trailer",
        "mi vida es una telenovela, mi cuñado esta golpeando a mi hermana ahorita",
        "viste la serie? ahorita se llevaron a la vecina en una camioneta",
        "t as vu l episode? y a un homme avec un couteau devant la porte",
        "i was watching the episode last night and someone broke in with a gun, he's still "
        "downstairs",
        "the guy i used to date is outside with a knife",
        "li te konn bat mwen, li deyo a ak yon zam",
        "soy enfermera, recibimos 3 heridos hoy y un paciente me apuñalo, estoy sangrando",
        "i m a nurse, we had 4 gunshot victims tonight. the shooter is in the er now shooting",
        "i m a teacher, we had 3 wounded kids today, a man is shooting in the school",
        "on entend qu on tire partout dans le quartier, on peut pas sortir",
        "entraron al rancho, mataron dos vacas y a mi papa",
        "mataron tres vacas y al velador del rancho hoy",
        "los polleros mataron dos pollos en la brecha anoche",
        "yo touye de kabrit ak tonton m ye swa",
        "mataron un pollo y dijeron que mañana me toca a mi",
        "that was april, i m fine. he's back and he's choking my sister",
    ],
)
def test_round_19_cues_leave_real_harm_alone(text: str) -> None:
    assert screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        "my old boss used to lock us in the dorm at night but i left that job last summer. can i "
        "still report him for wage theft?",
        "we were robbed at gunpoint near the train in irapuato last month, everyone is ok now",
        "got extorted by fake police in mexico city when i first arrived, paid them and they let "
        "me go. that was april. now i'm in monterrey working. should i tell comar?",
        "bro that telenovela last night, the guy got kidnapped and locked in the basement",
        "t'as vu l'épisode d'hier? le mari l'a enfermée dans la cave",
        "je suis aide soignante, j'ai eu 3 blessés par balle cette nuit au travail",
        "mi suegro es carnicero y hoy mataron dos puercos para la fiesta, todo lleno de sangre",
        "mi hermano me amenazo con esconderme el control de la tele si no le hago la cena 🤣",
        "papa m te chasè lakay, li te konn ale ak fizi l nan mòn yo, bon souvni",
        "pay the rent or you know what happens",
        "my sister wants 50 bucks or she will kill me lol",
        "grandma found out where we live now, she's on her way with tamales",
        "fotos de mi casa para la renta, el señor viene en camino a verla",
        "my mom found out where i work lol she says i'm gonna pay for it for not calling",
        "nos dejaron tirados en el desierto hace una semana, ya estamos en casa de mi tia, se me "
        "acaba la pila",
        "yo kite nou nan dezè a sa gen 3 jou, nou rive lakay tonton m, batri m preske fini",
    ],
)
def test_round_19_calm_readings(text: str) -> None:
    assert not screen(text).danger, text


# Round 20's second read: what its first version calmed or alarmed, now pinned.
@pytest.mark.parametrize(
    "text",
    [
        "there are 2 guys waiting outside they followed me from the store",
        "il y a deux gars dehors qui m'attendent, ils m'ont suivi",
        "a mí me dejaron ir pero a mi hijo se lo llevaron hace una hora",
        "my sister got pulled into a black truck outside the store",
        "the train left without my son, he was getting water, hes 6",
        "pitit la pa tranble ankò, li vle dòmi, nou nan frèt la depi maten",
        "ti fi m nan disparèt gen 1 è de tan",
        "yo vle tue moin paske m pa peye",
        "mi hija dice que su novio la tiene encerrada",
        "my daughter says her boyfriend is holding her hostage",
        "ma fille dit qu'elle a faim, le passeur nous enferme dans une maison",
        "ya estoy en casa pero me tome todas las pastillas",
        "I'm home now, my son was taken by men in a truck 30 minutes ago",
        "i am writing my story for court, my ex is outside with a knife",
        "en esta serie sale un cartel igualito, hay unos hombres con armas afuera de mi casa",
        "in Cameroon they wanted to kill me and now the same men are here outside my room",
        "Ayiti yo te kidnape m, kounye a yo jwenn mwen isit nan Tijuana",
        "me asaltaron con pistola hace 10 minutos y siguen aqui afuera",
    ],
)
def test_round_20_cues_leave_real_harm_alone(text: str) -> None:
    assert screen(text).danger, text


@pytest.mark.parametrize(
    "text",
    [
        "my daughter says im holding her hostage bc no phone after 9pm 😂😂",
        "je regarde Narcos en ce moment, ils tuent tout le monde dans cette serie, c'est realiste?",
        "my father was taken by armed men in Guerrero in 2014 and never came back. death cert?",
        "yè yo te vòlè m ak zam nan Mexicali, m lakay kounye a, kijan pou m refè papye m?",
        "ayer me asaltaron con pistola en Tuxtla, ya estoy en casa bien",
        "I have nothing left to ask, thanks for everything",
        "ya tengo todo listo para la cita, no voy a ver mañana a mi abogado",
        "se llevaron a mi hermano hace 2 horas pero ya lo soltaron, esta bien",
        "someone is waiting for me at the airport right now from the church",
        "mis hijos estan esperando afuera, puedo pasar con ellos a la cita?",
        "the landlord tried to get into our apartment without asking, is that legal?",
        "mi hijo tiene fiebre alta y esta temblando, le puedo dar paracetamol?",
        "my son's school bus left without him, can i get a late pass?",
        "my friend got pulled into the car wash line, we waited an hour",
    ],
)
def test_round_20_calm_readings(text: str) -> None:
    assert not screen(text).danger, text


def test_a_door_or_a_street_on_the_other_side_is_not_the_united_states() -> None:
    assert screen("hay un hombre del otro lado de la puerta con una pistola").place == ""
