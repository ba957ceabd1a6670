"""The rules that grade one harm term, read in its place and in its message.

Each rule is explicit and tested (tests/safety/test_safety_screen.py):

- Denied ("nadie me ha golpeado") counts for nothing; stopped ("ya no me pega") is past.
- Asked about ("¿qué hago si me secuestran?"), about people in general ("secuestran a la gente"),
  only named ("la trata", "un secuestro") or heard in the news: information. A named harm with
  a cry for help ("kidnapping aidez nous") or a relative ("kidnapping de ma soeur") is immediate.
- Happening now, a state now, or about to happen: immediate for a severe harm; past harm for the
  others (documents kept, a debt, unpaid wages), for a robbery that is not in progress, and for
  extortion with no threat or deadline. A threat at home ("en mi país me quieren matar") is
  past harm (asylum), unless the message says it is here.
- Done, with no time word: immediate for lasting harms (kidnapped, raped, beaten, a child taken,
  abandoned, a threat, self-harm); past harm when the story has ended ("ya estoy bien", "they
  let me go") or the person asks about remedies ("¿puedo denunciar?", "U visa?"), unless the
  message says it goes on (`_goes_on`: still there, found again, hours ago). Done yesterday: still
  immediate for a kidnapping, a rape or a child taken; past harm for a beating.
- Done days or weeks ago: past harm. Done long ago: past harm when it happened to the writer,
  information when it happened to someone else ("my cousin was kidnapped three years ago").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from bot.safety import cues, net
from bot.safety.frames import at_the_door, official_threat, still_there, still_threatened
from bot.safety.harms import HARMS
from bot.safety.lexicon_frames import DEBT, DENOUNCE, IDEATION_BACK, IF_I_COMPLAIN, PAY
from bot.safety.terms import FUTURE, HABIT, HYPO, NOUN, NOW, PAST, RECENT, STATE
from bot.safety.text import Part
from bot.safety.words import GENERIC, OTHER, SELF, UNKNOWN, names_family

DOMESTIC_FROM = frozenset({"beaten", "threatened", "trapped"})
# Harms that are often a figure of speech or a game (bot.safety.cues.FIGURATIVE).
FIGURATIVE_HARMS = frozenset({"kidnapped", "trapped", "beaten"})
# Harms where the writer's own verb is the search for someone ("m pa jwenn pitit mwen").
SEARCHED = frozenset({"child_taken", "missing"})
# Harms a game or a song shouts (bot.safety.cues.SONG, GAME).
PLAYED_HARMS = FIGURATIVE_HARMS | {"threatened", "help_now"}
# Violence at home a friend or relative tells about, asking how to help: advice, not an alarm.
DOMESTIC_HARMS = DOMESTIC_FROM | {"domestic_violence"}
AT_HOME = frozenset(
    {"threatened", "beaten", "kidnapped", "extortion", "raped", "help_now", "attack", "forced_sex"}
)


# A story from the news (not "they say", which is also how a threat is passed on).
_SEEN_IN_NEWS = re.compile(
    r" (?:noticias|noticiero|the news|on tv|les infos|aux nouvelles|journal televise|nan nouvel) "
)


@dataclass(frozen=True)
class Hit:
    harm: str
    form: str
    person: str
    part: int
    start: int
    negated: str | None
    asked: str | None  # "if" (a question about it) or "fear" (feared, not lived)
    # Named without a verb of its own ("con pistola", "at gunpoint", "sin agua", "ak yon zam"):
    # its time is the time of the clause it sits in.
    verbless: bool = False
    # The writer is the one who does it ("comment je le bloque": the phone, not a person).
    by_writer: bool = False


@dataclass(frozen=True)
class Verdict:
    grade: str
    harm: str
    reasons: tuple[str, ...]


@dataclass
class Message:
    """What the whole message says around its harms (cues that reach across sentences)."""

    parts: Sequence[Part]
    words: str
    long_ago: bool = False
    days_ago: bool = False
    resolved: bool = False
    remedy: bool = False
    victim_steps: bool = False
    news: bool = False
    deadline: bool = False
    info_frame: bool = False
    harms: set[str] = field(default_factory=set)
    hits: list[Hit] = field(default_factory=list)

    @classmethod
    def read(cls, parts: Sequence[Part], words: str) -> Message:
        return cls(
            parts,
            words,
            long_ago=cues.any_of(cues.LONG_AGO, words),
            days_ago=cues.any_of(cues.DAYS_AGO, words),
            resolved=cues.any_of(cues.RESOLVED, words),
            remedy=cues.any_of(cues.REMEDY, words),
            victim_steps=cues.any_of(cues.VICTIM_STEPS, words),
            news=cues.any_of(cues.NEWS, words),
            deadline=cues.any_of(cues.DEADLINE, words),
            info_frame=cues.any_of(cues.INFO_FRAME, words),
        )


def _time_near(part: Part, start: int) -> str | None:
    """The time word nearest the harm in its part: long, days, recent, now or deadline."""
    best: tuple[int, str] | None = None
    for name, pattern in (
        ("long", cues.LONG_AGO),
        ("days", cues.DAYS_AGO),
        ("recent", cues.RECENTLY),
        ("now", cues.NOW),
        ("deadline", cues.DEADLINE),
    ):
        for match in pattern.finditer(part.text):
            distance = abs(match.start() - start)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


DROP = Verdict("none", "", ())


def _set_aside(hit: Hit, part: Part, words: str) -> Verdict | None:
    """A term that does not describe harm to anyone: DROP to drop it, a verdict to take, or
    None to go on."""
    harm, tag = hit.harm, f"harm:{hit.harm}"
    soon = cues.any_of(cues.DEADLINE, part.text) or cues.any_of(cues.NOW, part.text)
    # "¿Qué hago si ahorita me están siguiendo?": an "if" about now is no hypothesis.
    now_if = (
        hit.asked == "if"
        and hit.form in (NOW, STATE)
        and (cues.any_of(cues.NOW, part.text) or _progressive(part.text, hit.start))
    )
    if (hit.asked == "if" and not now_if) or (hit.asked == "fear" and not soon):
        return Verdict("information", harm, (tag, "asked"))
    if harm == "trapped" and part.question and not soon and cues.any_of(cues.WHAT_IF, words):
        # "Q le pasa si lo agarra migracion? lo encierran?", "what happens if the authorities
        # find him? will they lock him up?": a detention supposed, asked about.
        return Verdict("information", harm, (tag, "asked"))
    if hit.negated == "neg":
        return DROP
    if harm == "trapped" and part.text[hit.start :].startswith("bloke") and _ONLINE.search(words):
        return DROP  # "nou te voye l, kounya li bloke nou": blocked on Facebook, not locked in
    if hit.by_writer and hit.person in (OTHER, UNKNOWN) and harm not in SEARCHED:
        return DROP  # "comment je le bloque", "kijan pou m bloke l": the writer acts on a thing
    if harm == "threatened" and cues.near(cues.IDIOM, part.text, hit.start, hit.start + 12):
        return DROP  # "me mata el calor"
    if harm in ("kidnapped", "extortion") and cues.virtual_kidnapping(words):
        # "¿Cómo saber si un secuestro virtual es real? A mi mamá le llaman diciendo que me
        # tienen": a call that lies, to someone who is safe; the topic and a person on offer.
        grade = "past_harm" if cues.any_of(cues.CALLED, words) else "information"
        return Verdict(grade, "extortion", ("harm:extortion", "virtual_kidnapping"))
    if harm in FIGURATIVE_HARMS and cues.near(cues.FIGURATIVE, part.text, hit.start, hit.start, 60):
        return DROP  # "atrapada en el tráfico", "held me hostage at Chuck E. Cheese lol"
    if harm in PLAYED_HARMS and cues.played(part.text, hit.start, hit.start):
        return DROP  # "juega free fire y grita me van a matar", a song's "you kidnapped my heart"
    if harm == "self_harm" and cues.near(cues.SHAME, part.text, hit.start, hit.start + 20, 12):
        return DROP  # "me quiero morir de la vergüenza"
    denied_before = part.text[max(0, hit.start - 40) : hit.start]
    if (
        harm == "self_harm"
        and cues.NOT_IDEATION.search(denied_before)
        and not IDEATION_BACK.search(words)
        and not cues.any_of(cues.DENIAL_UNDONE, words)
    ):
        return DROP  # "not thinking of hurting myself, just want to talk to a counselor"
    if (
        harm == "child_taken"
        and hit.by_writer
        and cues.I_TOOK.search(part.text[: hit.start])
        and cues.TOOK.match(part.text, hit.start)
    ):
        return DROP  # "I took my son to the clinic": the writer took their own child somewhere
    if harm == "threatened" and cues.any_of(cues.CUSTODY, part.text):
        return Verdict("past_harm", "domestic_violence", ("harm:domestic_violence", "custody"))
    if (
        harm == "medical"
        and _BIRTH_WORD.match(part.text, hit.start)
        and cues.near(cues.BIRTH_DONE, part.text, hit.start, hit.start + 12, 40)
    ):
        return DROP  # "ma femme a accouché il y a deux semaines, comment faire l'acte?"
    if harm == "medical" and cues.near(cues.MEDICAL_IDIOM, part.text, hit.start, hit.start + 12):
        return DROP  # "m ap mouri grangou", "my phone is dying"
    if (
        harm == "abandoned"
        and cues.any_of(cues.ADVICE, part.text)
        and net.FIRST_PERSON_NOW.search(part.text) is None
    ):
        return Verdict("information", harm, (tag, "advice"))  # "no salgan sin agua"
    if harm == "medical" and cues.any_of(cues.CARED, part.text):
        return Verdict("information", harm, (tag, "recovered"))  # "in hospital, stable now"
    if harm == "kidnapped" and cues.held_by_officers(part.text) and not cues.crime_around(words):
        # "Border patrol put us in a van", "los de ICE se llevaron a mi esposo", "they have him
        # at the migration station": detention.
        asks = part.question or net.QUESTION_START.search(part.text) is not None
        return Verdict("information" if asks else "past_harm", "detained", DETAINED)
    if harm in ("forced_work", "threatened") and official_threat(words) and _the_threat(hit, part):
        # "El agente de migración me pidió 3000 pesos y dijo que si me quejo me deporta".
        return Verdict("past_harm", "extortion", ("harm:extortion", "official_threat"))
    if harm == "threatened" and cues.phone_line_only(part.text):
        return DROP  # "me van a cortar la línea si no registro mi chip": the company's rule
    if (
        harm == "trapped"
        and cues.any_of(cues.DETENTION, part.text)
        and not cues.held_for_crime(part.text)
        and not cues.crime_around(words)
    ):
        asks = part.question or net.QUESTION_START.search(part.text) is not None
        return Verdict("information" if asks else "past_harm", "detained", DETAINED)
    if (
        harm == "medical"
        and cues.any_of(cues.PANIC, words)
        and not cues.any_of(cues.NOW, words)
        and not cues.any_of(cues.HEART_SIGNS, words)
        and not cues.any_of(cues.RED_FLAG, words)
    ):
        return Verdict("information", harm, (tag, "panic"))  # mental health, not an emergency
    if (
        harm == "medical"
        and cues.any_of(cues.MILD, part.text)
        and not cues.any_of(cues.RED_FLAG, part.text)
    ):
        return Verdict("information", harm, (tag, "mild"))
    return None


def _relabel(hit: Hit, part: Part, message: Message) -> str:
    """A child missing since this morning is a child taken; a partner's or a relative's blows
    are violence at home: named before the harm in its part or in a part before it ("Mi esposo
    llegó tomado. Ya me empezó a pegar"), or, for harm to someone else, named right before it
    ("su concubino le quebró el brazo")."""
    recent = cues.any_of(cues.RECENTLY, part.text) or cues.any_of(cues.NOW, part.text)
    if hit.harm == "missing" and (recent or hit.form == NOW) and cues.any_of(cues.CHILD, part.text):
        return "child_taken"
    if hit.harm in DOMESTIC_FROM and hit.person in (SELF, UNKNOWN):
        doer = cues.AT_HOME_DOER.search(part.text)
        if doer is not None and doer.start() < hit.start:
            return "domestic_violence"
        # "Il me frappe encore, mon mari": named right after.
        after = part.text[hit.start : hit.start + 40]
        if hit.person == SELF and cues.AT_HOME_DOER.search(" " + after.lstrip()):
            return "domestic_violence"
        earlier = message.parts[: hit.part]
        if any(cues.AT_HOME_DOER.search(p.text) for p in earlier) and not doer:
            return "domestic_violence"
    if hit.harm in DOMESTIC_FROM and hit.person == OTHER:
        before = part.text[max(0, hit.start - 40) : hit.start + 1]
        if cues.OTHERS_PARTNER.search(" " + before.lstrip()):
            return "domestic_violence"
    return hit.harm


def _framed(hit: Hit, harm: str, form: str, part: Part, message: Message) -> Verdict | None:
    """Information: a harm only named, about people in general, in the news or asked about."""
    tag = f"harm:{harm}"
    person = hit.person
    if person == GENERIC and _writer_among(part, hit.start) and not (part.question or message.news):
        person = SELF  # "nos bajaron a todos los migrantes", "we are 3 women locked in"
    here = cues.any_of(cues.DEICTIC, part.text) or net.FIRST_PERSON_NOW.search(part.text)
    present = harm in ("medical", "attack") or (here and form in (NOW, STATE))
    sentence = " ".join(p.text for p in message.parts if p.sentence == part.sentence)
    # News told in another sentence does not reach a harm said to happen now: "me dijeron que
    # volviera el lunes. ahorita afuera del albergue están disparando".
    told = message.news and (
        cues.any_of(cues.NEWS, sentence) or not cues.any_of(cues.NOW, part.text)
    )
    if person == GENERIC and present and not (part.question or told):
        person = OTHER  # "people are hurt", "they beat the migrants in this camp"
    if (
        harm == "trapped"
        and (part.question or cues.any_of(cues.NORMAL, message.words))
        and cues.any_of(cues.SHELTER, sentence)
        and cues.any_of(cues.NIGHT_HOURS, sentence)
        and all(h.harm == "trapped" for h in message.hits)
        and not cues.any_of(cues.NIGHT_INTRUDER, message.words)
        and not (DEBT.search(message.words) or PAY.search(message.words))
    ):
        # "En el albergue no nos dejan salir después de las 9, ¿es normal?": a shelter's
        # hours, not a person held (a threat, a weapon or a debt beside them still counts).
        return Verdict("information", harm, (tag, "house_rule"))
    if form == NOUN:
        # "How can I help a friend...?" asks; "help" is a cry only outside a question.
        asks = part.question or net.QUESTION_START.search(part.text) is not None
        cried = cues.any_of(cues.URGENT, message.words) and not asks
        urgent = cried or (_names_kin_after(part.text, hit.start) and not asks)
        # "en 2022 ... ya está con nosotros"; "on a payé la cuota... ça compte pour l'asile?"
        settled = (
            message.long_ago
            or message.resolved
            or message.remedy
            or message.info_frame
            or _SEEN_IN_NEWS.search(message.words) is not None  # "vi en las noticias q..."
        )
        if HARMS[harm].severe and urgent and not settled:
            return Verdict("immediate", harm, (tag, "named_now"))
        return Verdict("information", harm, (tag, "named"))
    if person == GENERIC:
        return Verdict("information", harm, (tag, "general"))
    happening_here = bool(here) and form in (NOW, STATE)  # "dicen que hay armados aquí, ahorita"
    fiction = (
        cues.any_of(cues.FICTION, sentence)
        and not cues.any_of(cues.NOW, sentence)
        and not (hit.verbless and _OWN.search(sentence) is not None)
    ) or (
        # "¿Viste el capítulo de anoche? El narco secuestró a la protagonista": the story is
        # asked about in the sentence before and told in the past, with nothing that is the
        # writer's own or now ("viste la serie? ahorita se llevaron a la vecina").
        form == PAST
        and any(p.question and cues.any_of(cues.FICTION, p.text) for p in message.parts)
        and not _says_now(message.words)
        and _OWN.search(sentence) is None
        and not any(h.person == SELF for h in message.hits)
        and not names_family(message.words)
    )
    if person in (UNKNOWN, OTHER) and fiction:
        return Verdict("information", harm, (tag, "news"))  # a film about the border
    # "Tonight we got three gunshot wounds": the harmed came to the writer at work tonight;
    # never with a word for now, a harm to the writer beyond the patients, or one going on.
    treated = harm in ("medical", "attack", "beaten") and _treated(hit, part, message)
    if (
        (harm in ("medical", "attack") or treated)
        and (person in (UNKNOWN, OTHER) or treated)
        and cues.any_of(cues.PROFESSION, message.words)
        and not names_family(message.words)
        and (treated or not _says_now(message.words))
    ):
        return Verdict("information", harm, (tag, "profession"))  # a nurse's patients
    if person in (UNKNOWN, OTHER) and told and not names_family(sentence) and not happening_here:
        return Verdict("information", harm, (tag, "news"))
    red_flag = (harm == "medical" and cues.any_of(cues.RED_FLAG, message.words)) or (
        harm == "attack" and cues.any_of(cues.HEARD_SHOTS, message.words)
    )
    # "¿es normal?" after a red flag asks for reassurance; "what are the signs of..." asks in
    # general, and stays information.
    general = message.info_frame and not cues.any_of(cues.NORMAL, message.words)
    # "¿Es normal que no nos dejen salir del cuarto? ya son 4 días": whether what has gone on
    # up to now is all right; the question is about the writer's own days.
    lasted = (
        cues.any_of(cues.NORMAL, message.words)
        and cues.any_of(cues.LASTED, message.words)
        and form in (NOW, STATE, HABIT)
        and not cues.any_of(cues.LEGAL_LIMIT, message.words)
    )
    if (
        person == UNKNOWN
        and (part.question or message.info_frame)
        and (general or not red_flag)
        and not lasted
        and not _at_writer(part.text, hit.start)
    ):
        # (A baby who does not wake, "is that normal?": the question does not make it calm.)
        return Verdict("information", harm, (tag, "question"))
    asks = part.question or net.QUESTION_START.search(part.text) is not None
    stated = (
        part.text.startswith((" hay ", " is ", " are ", " es ", " there ")) and not part.question
    )
    if (
        harm == "attack"
        and asks
        and not red_flag
        and not stated
        and not here
        and not cues.any_of(cues.NOW, sentence)
    ):
        # "¿Hay hombres armados en la carretera a Reynosa?": a question about a route.
        return Verdict("information", harm, (tag, "question"))
    indefinite = cues.any_of(cues.INDEFINITE, sentence)
    if asks and person == OTHER and indefinite and not net.FIRST_PERSON_NOW.search(sentence):
        # "How do I report someone who abuses his wife?": about others, asked.
        return Verdict("information", harm, (tag, "question"))
    if message.info_frame and person == OTHER and form in (FUTURE, NOW) and not lasted:
        return Verdict("information", harm, (tag, "question"))
    if (
        person == OTHER
        and harm in DOMESTIC_HARMS
        and cues.any_of(cues.HELP_OTHER, message.words)
        and not any(cues.any_of(c, message.words) for c in (cues.NOW, cues.HOURS_AGO))
    ):
        # "Mi amiga dice que su marido le pega, ¿qué le puedo decir?": advice for someone else.
        return Verdict("information", harm, (tag, "question"))
    if person == OTHER and harm in _TOLD_OF_OTHERS and _relayed_and_asked(hit, part, message):
        # Never silence: the person is asked "are you in danger right now?" beside the page
        # (`bot.safety.doubt`); only the urgent case is spared.
        return Verdict("information", harm, (tag, "relayed"))
    return None


def _at_home(verdict: Verdict, message: Message, ask: bool = True) -> Verdict:
    """Blows or threats at home asked about are violence at home, for the topic that answers
    ("una amiga dice que su esposo le pega": violence at home, not a crime by a stranger). Told
    of someone (`ask`), the net also asks "are you in danger right now?"; a hypothesis ("si mi
    esposo me pega, ¿puedo pedir asilo?") keeps Rasa's answer to its question."""
    if (
        verdict.grade == "information"
        and verdict.harm in DOMESTIC_HARMS
        and cues.any_of(cues.HOME_DOER, message.words)
    ):
        tag = "harm:domestic_violence"
        # Never only advice: "ma soeur me dit que son mari la frappe et cette nuit il l'a mise
        # dehors en sang" told as a question still gets "are you in danger right now?" beside
        # the page (`bot.safety.doubt`).
        reasons = (*verdict.reasons[1:], "relayed") if ask else verdict.reasons[1:]
        return Verdict("information", "domestic_violence", (tag, *reasons))
    return verdict


# Blows at home that a friend, a teacher or a shelter worker tells about (a threat to kill, a
# lock or a rape told so stays what it was: a second read found each behind a broader rule).
_TOLD_OF_OTHERS = frozenset({"beaten", "domestic_violence"})


def _relayed_and_asked(hit: Hit, part: Part, message: Message) -> bool:
    """Violence at home told of someone else, relayed or said of a kind of person or asked
    whether it counts, with a question, and nothing that says it is happening now, tonight or
    just happened ("mi amiga dice que su marido le pega, ¿qué puede hacer sin papeles?", "la
    police peut arrêter un mari qui frappe sa femme?", "my daughter's bf grabs her arm, is that
    abuse?"): advice for others, not an emergency. The writer's own harm, or "le está pegando
    ahorita", stays as it was."""
    generic = cues.any_of(cues.GENERIC_DOER, part.text) and not cues.any_of(
        cues.NEARBY, message.words
    )
    return (
        hit.harm in _TOLD_OF_OTHERS
        and cues.any_of(cues.HOME_DOER, message.words)
        and not cues.any_of(cues.LETHAL, message.words)
        and not cues.any_of(cues.HEARD_NOW, message.words)
    ) and (
        (
            cues.any_of(cues.RELAYED, message.words)
            or generic
            or cues.any_of(cues.IS_IT_ABUSE, message.words)
        )
        and (
            any(p.question or net.QUESTION_START.search(p.text) for p in message.parts)
            or cues.any_of(cues.ASKED_INSIDE, message.words)
        )
        and not any(
            cues.any_of(c, message.words) for c in (cues.NOW, cues.RECENTLY, cues.HOURS_AGO)
        )
        and not _TONIGHT.search(message.words)
        and not any(h.person == SELF for h in message.hits)
        and (generic or not _progressive(part.text, hit.start))
    )


# "Nos", "we are", "on est", "nou": the writer is one of the people named.
_WRITER_AMONG = re.compile(
    r"(?<= )(?:nos|somos|estamos|us|we|we re|we are|nous|nous sommes|on est|on|nou)(?= )"
)


_TO_WRITER = re.compile(r"^(?:\S+ ){0,2}(?:me|moi|nous|us|nos|mwen|moin|nou)(?= )|^\S+ m(?= )")


def _at_writer(text: str, start: int) -> bool:
    """The harm is done to the writer ("il m'a dit qu'il va me tuer, je peux demander
    l'asile?"): a question about a procedure does not make it a hypothesis."""
    return _TO_WRITER.search(text[start:]) is not None


def _robbery_weapon(hit: Hit, message: Message) -> bool:
    """The weapon of a robbery told just before it ("yè yo te vòlè m ak zam", "robbed at
    gunpoint last month"): the robbery's own verdict, told in the past, stands for both."""
    if not (hit.verbless and hit.harm == "threatened"):
        return False
    return any(h.harm == "robbery" for h in _told_just_before(hit, message))


def _told_just_before(hit: Hit, message: Message) -> list[Hit]:
    """Harms told in the past in the few words before this one, in its part: the verb a
    weapon named without one belongs to ("robbed at gunpoint", "yo te vòlè m ak zam")."""
    return [
        h
        for h in message.hits
        if h.part == hit.part and h.form in (PAST, HABIT) and 0 < hit.start - h.start <= 30
    ]


def _treated(hit: Hit, part: Part, message: Message) -> bool:
    """The harm names the patients the writer received at work ("on a eu trois blessés par
    balle", "nou te resevwa 3 moun ki pran bal"), and the message says nothing of now, nor of
    anything done to the writer, nor of a harm going on."""
    found = [m for m in cues.TREATED.finditer(part.text) if m.start() <= hit.start]
    if not found or hit.start - found[-1].end() > 12:
        return False
    if cues.any_of(cues.NOW, message.words) or _progressive(part.text, hit.start):
        return False
    return not any(h.person == SELF and h is not hit for h in message.hits)


def _writer_among(part: Part, start: int) -> bool:
    return _WRITER_AMONG.search(part.text[: start + 1]) is not None


def _clause_time(hit: Hit, part: Part, message: Message) -> str:
    """A harm named without a verb takes the time of its clause: "me asaltaron con pistola hace
    3 semanas" is over, "hay hombres con pistola afuera" is now."""
    if not hit.verbless or hit.form not in (NOW, STATE):
        return hit.form
    text = part.text
    # "We were robbed at gunpoint", "li te konn ale ak fizi l": the harm's own verb just
    # before it, or "used to" and one verb, sets its time, whatever else the part says of now.
    if _USED_TO.search(text[: hit.start]) is not None:
        return HABIT
    if _told_just_before(hit, message):
        return PAST
    if _says_now(text):
        return hit.form
    if _dated_part(part):
        return PAST  # "taken by armed men in Guerrero in 2014"
    if net.FIRST_PERSON_NOW.search(text) or _STILL.search(text):
        return hit.form  # "estamos sin agua hace 2 dias", "we've been without water for days"
    told = any(
        h.part == hit.part and h.form in (PAST, HABIT) and h is not hit for h in message.hits
    )
    ago = cues.any_of(cues.LONG_AGO, text) or cues.any_of(cues.DAYS_AGO, text)
    return PAST if told or ago else hit.form


# Someone of the writer's own: "my roommate", "la vecina", "mon voisin", "vwazen m".
_OWN = re.compile(
    r"(?<= )(?:my|our|mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|la vecina|el vecino|vwazen)(?= )"
    r"|(?<= )[a-z]+ (?:m|mwen|nou)(?= )"
)
# "Li te konn ale ak fizi l": what someone used to do, long over.
_USED_TO = re.compile(
    r"(?<= )(?:te konn|te kon|used to|solia|solian|acostumbraba|avait l habitude"
    r"|avaient l habitude) [a-z]+ $"
)
_STILL = re.compile(
    r"(?<= )(?:llevo|llevamos|llevan|i ve been|we ve been|have been|ca fait|depuis|sa fe|depi)(?= )"
)


# "Ya no quiero seguir" of the road: nothing after it, or the road itself.
_NOT_GOING_ON = re.compile(
    r"^ ?(?:ya )?no quiero seguir(?: (?:el camino|el viaje|adelante|caminando|pa l norte|"
    r"para el norte|hacia el norte|mas))?(?: ?$| (?:quiero|queremos) (?:volver|regresar) )"
)


# The birth itself as the harm's words (not a sign beside it: "dio a luz hace 2 días y sangra").
_BIRTH_WORD = re.compile(r"(?:accouch|a luz|dar a luz|birth|akouch|parto|parir|labor)")


def _giving_up_the_journey(hit: Hit, part: Part, message: Message) -> bool:
    """ "Ya no quiero seguir" said of the road, with a way home asked about in the message;
    any other word of self-harm stays what it is ("estoy en el techo... ¿hacen el retorno?")."""
    return (
        hit.harm == "self_harm"
        and _NOT_GOING_ON.match(part.text[hit.start :]) is not None
        and cues.any_of(cues.GOING_HOME, message.words)
        and not cues.any_of(cues.NOT_GOING_HOME, message.words)
    )


def judge(hit: Hit, message: Message, threatened: bool) -> Verdict | None:
    """The grade one harm term gives the message, with the reasons staff will read."""
    part = message.parts[hit.part]
    if _robbery_weapon(hit, message):
        return None
    if _giving_up_the_journey(hit, part, message):
        return None  # "ya no quiero seguir, quiero volver con mi mamá. La OIM ayuda con el pasaje"
    aside = _set_aside(hit, part, message.words)
    if aside is not None:
        # "¿A quién llamo si mi marido me golpea?": asked, and violence at home.
        return None if aside is DROP else _at_home(aside, message, ask=False)
    form = HABIT if hit.negated == "no_longer" else _clause_time(hit, part, message)
    if hit.asked == "fear":
        form = FUTURE  # "j'ai peur qu'il me tue ce soir": a threat for tonight
    harm = _relabel(hit, part, message)
    if form == HYPO:
        return Verdict("information", harm, (f"harm:{harm}", "asked"))
    framed = _framed(hit, harm, form, part, message)
    if framed is not None:
        return _at_home(framed, message)
    when = _when(form, hit, part, message)
    sentence = " ".join(p.text for p in message.parts if p.sentence == part.sentence)
    tag, who = f"harm:{harm}", f"who:{hit.person}"
    # "Le hacen algo a mi familia en Guatemala, me dieron hasta el viernes": a deadline is here.
    at_home = (
        cues.any_of(cues.HOME, sentence)
        and not cues.any_of(cues.HERE, sentence)
        and not (form in (NOW, FUTURE) and cues.any_of(cues.DEADLINE, message.words))
    )
    if at_home and harm in AT_HOME and when != "recent":
        return Verdict("past_harm", harm, (tag, who, "home_country"))
    return _decide(harm, when, hit, part, message, threatened)


def _decide(
    harm: str, when: str, hit: Hit, part: Part, message: Message, threatened: bool
) -> Verdict:
    """The grade by when the harm happens and how grave it is."""
    info = HARMS[harm]
    reasons = (f"harm:{harm}", f"who:{hit.person}", f"when:{when}")
    if when == "now":
        if harm == "robbery" and (
            cues.any_of(cues.NOW, part.text) or _ongoing(part.text, hit.start)
        ):
            return Verdict("immediate", harm, (*reasons, "in_progress"))
        if not info.severe:
            return Verdict("past_harm", harm, (*reasons, "not_severe"))
        if harm == "extortion" and not (message.deadline or threatened):
            return Verdict("past_harm", harm, (*reasons, "no_threat"))
        return Verdict("immediate", harm, reasons)
    if (
        when == "unknown"
        and harm in TOLD_AS_VICTIM
        and message.victim_steps
        and not message.deadline
        and not cues.any_of(cues.NOW, part.text)
    ):
        # Beaten or attacked, and asking how to report it or their rights as a victim: told
        # after the blows (a wound now is its own medical harm).
        return Verdict("past_harm", harm, (*reasons, "victim_steps"))
    if when in ("recent", "unknown"):
        if info.severe and info.lasting and (when == "unknown" or info.fresh):
            return Verdict("immediate", harm, reasons)
        if info.severe and when == "recent" and cues.any_of(cues.HOURS_AGO, part.text):
            # Stung, stabbed or beaten an hour ago: still an emergency.
            return Verdict("immediate", harm, (*reasons, "hours_ago"))
        return Verdict("past_harm", harm, reasons)
    if harm == "medical" and when == "over":
        return Verdict("information", harm, (*reasons, "recovered"))
    if when == "long" and hit.person != SELF:
        return Verdict("information", harm, reasons)
    if hit.person == UNKNOWN and when == "over":
        return Verdict("information", harm, reasons)
    return Verdict("past_harm", harm, reasons)


# Where "bloke" is blocking a contact: "li bloke nou" after money sent to a man on Facebook.
_ONLINE = re.compile(
    r"(?<= )(?:facebook|fb|whatsapp|watsap|wasap|instagram|insta|tiktok|messenger|telegram)(?= )"
)
# Harms a victim reports afterwards; not a threat, a kidnapping or a rape, which may go on.
TOLD_AS_VICTIM = frozenset({"beaten", "attack"})
_BEING = frozenset({"esta", "estan", "is", "are", "ap"})
_BEING_PAIRS = re.compile(r" (?:i m|we re|they re|he s|she s|en train de) ")


def _progressive(text: str, start: int) -> bool:
    """ "Si alguien me está amenazando", "if someone is following me": happening, not supposed."""
    said = text[start:].split()[:3]
    before = text[:start].split()[-3:]
    progressive = any(w.endswith(("ando", "iendo", "ing")) for w in said)
    near = " " + " ".join(before + said[:2]) + " "
    return (
        progressive
        or bool((set(before) | set(said[:2])) & _BEING)
        or bool(_BEING_PAIRS.search(near))
    )


def _ongoing(text: str, start: int) -> bool:
    """A robbery told in the progressive: happening as they write."""
    said = text[start:].split()[:3]
    return any(w.endswith(("ando", "iendo", "ing")) or w == "train" for w in said)


def _names_kin_after(text: str, start: int) -> bool:
    """ "kidnapping de ma soeur": the named harm falls on someone of the writer's family."""
    after = text[start:].split()[1:5]
    return any(w in ("mi", "mis", "ma", "mon", "mes", "my", "our", "notre") for w in after[:3])


def _when(form: str, hit: Hit, part: Part, message: Message) -> str:
    """now, recent, unknown, days, long or over (a story that ended)."""
    if form == NOW and _dated_same_form(part, hit.start):
        form = PAST  # "a guard hit me and threw me out last month": "hit" is also the past
    if (
        form in (PAST, NOW)
        and cues.any_of(cues.STARTED, part.text)
        and cues.any_of(cues.STILL_GOING, message.words)
        and not cues.any_of(cues.SEPARATED, message.words)
        and not message.resolved
    ):
        return "now"  # "2 yrs ago my uncle started touching me and he still comes to my room"
    if form in (NOW, STATE, PAST) and _dated_story(part, message):
        return "long"  # "me tienen 8 días en una casa... eso fue en 2021, ahorita estoy bien"
    if (
        form in (NOW, STATE)
        and _told_before(part, hit.start) == "long"
        and not (cues.any_of(cues.HABITUAL, part.text) and _says_now(message.words))
    ):
        return "long"  # "sa gen 2 zan yo te kenbe m nan yon kay": the time comes first
    if form in (NOW, STATE) and message.resolved and _dated_part(part):
        return "long"  # "they locked me in a stash house for 2 weeks back in 2020. I'm out"
    if form in (NOW, STATE) and message.resolved and _dated_after(hit, message):
        return "over"  # "fake police took my money... they let me go. that was april"
    if (
        form in (NOW, STATE)
        and hit.harm == "attack"
        and hit.person != SELF
        and cues.any_of(cues.CALM_AGAIN, message.words)
        and cues.any_of(cues.DAYS_AGO, part.text)
        and not _says_now(part.text)
    ):
        return "over"  # a shooting nearby last week, "ahora ya está tranquilo"
    if form in (NOW, STATE) and _escaped_from(hit, message):
        return "over"  # "made me work 14 hrs every day... i escaped 2 months ago"
    if form in (NOW, STATE, FUTURE):
        return "now"
    if form == HABIT and hit.harm == "self_harm" and IDEATION_BACK.search(message.words):
        return "now"  # "used to think about killing myself. now i have the gun in my hand"
    if form == HABIT:
        return "over"
    if cues.any_of(cues.HABITUAL, part.text):
        return "now"  # "konpayon m frape m chak swa": it keeps happening
    near = _time_near(part, hit.start)
    if form == RECENT:
        when = "recent"
    elif near in ("long", "days", "recent"):
        when = near
    elif near in ("now", "deadline") and form == PAST and _told_before(part, hit.start):
        # "en 2023 j'ai été violée, aujourd'hui je suis enceinte": the time before the harm
        # is its time; "today" after it starts another clause.
        when = _told_before(part, hit.start)
    elif near in ("now", "deadline"):
        when = "unknown"  # this part is about now: the message's "years ago" is another part
    elif message.long_ago:
        when = "long"
    elif message.days_ago:
        when = "days"
    else:
        when = "unknown"
    # "A mí me dejaron ir pero a mi hijo se lo llevaron hace una hora": within the last hours
    # it is still an emergency, whatever ended for the writer.
    fresh = (
        when == "recent"
        and hit.person == OTHER
        and cues.any_of(cues.HOURS_AGO, part.text)
        and cues.any_of(cues.WRITER_RESOLVED, message.words)
        and not cues.any_of(cues.RESOLVED, cues.WRITER_RESOLVED.sub(" ", message.words))
    )
    settled = message.resolved or message.remedy
    if when in ("recent", "unknown") and not fresh and settled and not _goes_on(hit, message, when):
        return "over"
    return when


# English verbs whose past is their present: "he hit me last month".
_SAME_PAST = frozenset({"hit", "cut", "beat", "shut", "put", "threw"})


def _dated_same_form(part: Part, start: int) -> bool:
    """An English verb whose past looks like its present, with a time days or more back as the
    nearest time word in its part and nothing that says it keeps happening."""
    said = part.text[start:].split()[:1]
    return (
        bool(said)
        and said[0] in _SAME_PAST
        and _time_near(part, start) in ("long", "days")
        and not cues.any_of(cues.HABITUAL, part.text)
    )


def _goes_on(hit: Hit, message: Message, when: str) -> bool:
    """Whatever remedy is asked about or escape told, the message says the harm is not over:
    still there, found again, threatened if they stop ("i still live there... is T visa for
    me?", "mi hija sigue con ellos", "i ran but they found my address"). Asked about a remedy
    with no word that it ended, also hours ago or tonight ("a man attacked me with a knife 2
    hours ago... U visa?"), or a rape, a kidnapping or a child taken last night ("my boss raped
    me last night... U visa?": care within 72 hours, and maybe the same place tomorrow)."""
    if still_there(message.words) or cues.any_of(cues.KEEPS_COMING, message.words):
        return True
    if message.resolved:
        return False
    if hit.harm == "abandoned":
        return True  # "yo lage nou bò larivyè a, kiyès pou n rele": whom to call is for now
    if still_threatened(message.words):
        return True
    if cues.any_of(cues.HOURS_AGO, message.words) or _TONIGHT.search(message.words):
        return True
    if (
        hit.harm in _AT_HOME_HARMS
        and cues.FAMILY_DOER.search(message.words)
        and not cues.any_of(cues.SEPARATED, message.words)
    ) or (hit.harm in _AT_HOME_HARMS and at_the_door(message.words)):
        return True  # "my husband choked me this weekend... U visa?": the one at home
    return when == "recent" and hit.harm in _FRESH_EVEN_ASKED


_AGE_NOW = re.compile(
    r"(?<= )(?:i m|im|i am|tengo|j ai|m gen|mwen gen) \d+(?: (?:years old|anos|ans|an|zan))?"
    r" (?:now|ahora|ahorita|maintenant|kounye a|kounya)(?= )"
)
# What one escapes from: a hold, forced work or sex, papers kept, a debt.
_ESCAPED_HARMS = frozenset(
    {"trapped", "kidnapped", "forced_work", "forced_sex", "documents_taken", "debt", "exploited"}
)


def _escaped_from(hit: Hit, message: Message) -> bool:
    """A hold or forced work told in the present, then an escape dated days or more back ("made
    me work 14 hrs every day... i escaped 2 months ago"): over, unless anything after the escape
    says now, or the message says the harm goes on ("... today he found me", "mi hija sigue
    ahí"). Only a harm told before the escape, and only one that is escaped from (a second read
    found "i escaped 2 months ago. today i cant stop bleeding" read as over)."""
    if hit.harm not in _ESCAPED_HARMS:
        return False
    for index, part in enumerate(message.parts):
        escape = cues.ESCAPED_AGO.search(part.text)
        if escape is None:
            continue
        if index < hit.part or (index == hit.part and escape.start() < hit.start):
            return False  # the harm is told after the escape
        after = " ".join([part.text[escape.end() :], *(p.text for p in message.parts[index + 1 :])])
        after = _AGE_NOW.sub(" ", f" {after} ")  # "im 17 now": an age, not a time
        if _says_now(after) or _TONIGHT.search(after):
            return False
        return not _goes_on(hit, message, "now")
    return False


def _the_threat(hit: Hit, part: Part) -> bool:
    """The hit is the official's deportation threat itself, not another harm told beside it
    ("... and now I'm hiding in the bathroom")."""
    spans = [m.span() for p in (DENOUNCE, IF_I_COMPLAIN) for m in p.finditer(part.text)]
    return any(start - 12 <= hit.start <= end for start, end in spans)


# Held by the authorities, whatever verb told it (taken, locked up): `detained`.
DETAINED = ("harm:detained", "detention")
_TONIGHT = re.compile(r"(?<= )(?:tonight|esta noche|hoy en la noche|ce soir|aswe a|aswe)(?= )")
_FRESH_EVEN_ASKED = frozenset({"raped", "kidnapped", "child_taken", "forced_sex"})
# Harms whose doer may share the writer's home: a partner, a parent, a stepfather.
_AT_HOME_HARMS = frozenset({"beaten", "raped", "forced_sex", "domestic_violence"})


# "Now I'm in Monterrey working": the writer's life since, not the time of the harm.
_NOW_ELSEWHERE = re.compile(
    r"(?<= )(?:now|ahora|maintenant|kounye a) (?:i m|we re|i am|we are|estoy|estamos|vivo|vivimos"
    r"|je suis|on est|nous sommes|m|nou) (?:in|at|en|a|au|nan) [a-z]+(?= )"
)


def _dated_after(hit: Hit, message: Message) -> bool:
    """A past month named after the harm, as the end of its story ("... they let me go. that
    was april"), and nothing in the harm's part or after it says now or is going on."""
    for index, part in enumerate(message.parts[hit.part :], start=hit.part):
        for found in cues.PAST_MONTH.finditer(part.text):
            if index > hit.part or found.start() > hit.start:
                later = _NOW_ELSEWHERE.sub(" ", " ".join(p.text for p in message.parts[hit.part :]))
                return not _says_now(later) and not _progressive(
                    message.parts[hit.part].text, hit.start
                )
    return False


def _says_now(text: str) -> bool:
    """Words for now, a deadline or the last hours ("ahorita", "by tonight", "an hour ago")."""
    return any(cues.any_of(c, text) for c in (cues.NOW, cues.DEADLINE, cues.HOURS_AGO))


def _dated_part(part: Part) -> bool:
    """The harm's own part names a year before this one as its time ("en 2021", "ane pase"),
    not as a comparison ("igual que en 2019", "like last year") or the start of something that
    goes on ("depuis 2021", "desde que llegué en 2022"), and says nothing of now or a deadline.
    `_when` asks it only of a story the writer says is over ("I'm out", "je suis sortie");
    `_clause_time` of a weapon named without a verb ("taken by armed men in 2014").
    """
    if _says_now(part.text) or cues.any_of(cues.ONGOING_SINCE, part.text):
        return False
    for found in cues.IN_A_YEAR.finditer(part.text):
        year = re.search(r"(?:19|20)\d\d", found.group(0))
        if year is not None and int(year.group(0)) >= date.today().year:
            continue
        return True
    return False


def _dated_story(part: Part, message: Message) -> bool:
    """A story in the present tense that the message dates to a past year, with nothing in the
    harm's own part that says now or sets a deadline."""
    if not cues.any_of(cues.DATED_STORY, message.words):
        return False
    return not _says_now(part.text)


def _told_before(part: Part, start: int) -> str:
    """ "long" or "days" when a time long or days past comes before the harm in its part and
    nothing before it says now; "" otherwise."""
    before = part.text[: start + 1]
    if _says_now(before):
        return ""
    if cues.any_of(cues.LONG_AGO, before):
        return "long"
    return "days" if cues.any_of(cues.DAYS_AGO, before) else ""
