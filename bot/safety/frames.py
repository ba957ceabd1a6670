"""Danger told in pieces: parts of a message that mean danger only together, in four languages.

A harm term (bot.safety.lexicon_*, signs_*) is one phrasing; people in danger rarely use the
phrasing someone foresaw. They write the pieces of a situation, often sentences apart: a payment
("pay the fee", "que paguen nuestras familias", "voye kòb"), a deadline or a condition ("before
6", "until our families wire it", "si m pa peye"), and what will happen ("or they come for me",
"me queman el negocio", "ils s'en prennent à mon fils"). Each frame here names the pieces as small
classes of words and says which combination is danger now:

- extortion or ransom: a payment demanded, with a deadline, a condition or "until", and a harm
  to come (or nobody may leave until it is paid): immediate;
- coercion: "if I leave / talk / run / don't work" followed by a harm to come or a report to the
  immigration police: a threat that holds someone (immediate; forced labour when work, a debt or
  kept documents are in the same message). Not a hold: a missed hearing or check-in as the
  condition ("if i miss my court date they deport me"), and an official who took money and
  threatens deportation if the writer complains, told as a complaint to make (past harm,
  `official_threat`);
- suicide told without the word: two of a farewell ("carta de despedida", "said goodbye to
  everyone", "orevwa"), an ending ("no despertar", "tonight is the night", "je serai plus là"), a
  means at hand (pills, a rope, a bridge, a roof), things given away ("I won't need them where
  I'm going") and feeling a burden ("nadie me va a
  extrañar", "nobody would notice"): immediate.

The same calm signs as everywhere else hold them back: a question about a hypothesis ("¿qué
pasa si no pago?"), long ago or over ("ya pagué, ya no llaman"), the news, people in general.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from re import Pattern

from bot.safety import cues, net
from bot.safety.context import FRENCH_AFTER, french_after
from bot.safety.lexicon_frames import (
    AGAIN_SOON,
    ARRIVED,
    BITTEN,
    BOSS,
    BURDEN,
    BUY,
    BY_FORCE,
    CAME_IN,
    CARRIED,
    CHILDREN,
    CHILDREN_ALONE,
    COMING_BACK_FOR,
    COMPLAINT_ASKED,
    CONTROL,
    CRIED_ARRIVED,
    CRY,
    DEBT,
    DEBT_HOLDER,
    DEMAND,
    DENOUNCE,
    DIABETIC,
    DROWSY,
    ENDING,
    EXPOSED,
    EXPOSURE_CAUSE,
    FAKE_OFFICER,
    FAREWELL,
    FEARS_WATER,
    FINE_SCAM,
    FOUND_WHERE,
    FRIENDLY_COMER,
    GIVING_AWAY,
    GRAVE,
    GUIDE,
    HARM_TO_COME,
    HAS_KEYS,
    HELD_FOR_PAY,
    HIT_AGAIN,
    IF_I,
    IF_I_COMPLAIN,
    IF_SENT_BACK,
    KEEPER,
    KEPT,
    KNOWS_WHERE,
    LIMIT,
    LOST_WHERE,
    MEANS,
    MISSED_PROCEDURE,
    NEED_OUT,
    NEVER_BACK,
    NIGHT_VISIT,
    NO_CONTACT,
    NO_LEAVING,
    NO_RIGHT,
    NOT_A_CRISIS,
    NOT_A_PROCEDURE,
    NOT_A_STALKER,
    NOT_ONLY_AN_OFFICIAL,
    NOT_OVER,
    NOT_RABIES,
    OFFICIAL_TOOK,
    ON_THE_WAY,
    ONE_WAY_OR_ANOTHER,
    PARENT_KEPT_AWAY,
    PAY,
    PAY_OR,
    PREGNANCY_DANGER,
    PREGNANT,
    PROMISED_JOB,
    RABIES_SIGN,
    REPORT_ASKED,
    RIGHT_NOW,
    SECRECY,
    SENT_PHOTO,
    SETTLED_VISIT,
    SEX_DEMANDED,
    SEX_FOR_OTHERS,
    SEX_PAYMENT,
    SEX_PRICE,
    STALKED,
    SWALLOWED,
    SYMPTOMS,
    TAKEN_INTO,
    TOOK_CHILD,
    TRANSFER,
    USED_TO_HIT,
    VIOLENCE,
    WEAPON_SHOWN,
    WHAT_IF,
    WILD,
    WORK,
    WORKING_FOR,
)
from bot.safety.text import Part, parts, whole
from bot.safety.words import names_family


@dataclass(frozen=True)
class Found:
    harm: str
    reasons: tuple[str, ...]
    # Sure: immediate. Not sure: the person is asked "are you in danger right now?".
    sure: bool = True


def _has(pattern: Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


# Words that deny the verb right after them, or after a pronoun ("no me pega", "doesn't hit",
# "ne me frappe"), and spoken French's "pas" after it ("il me frappe pas"), unless what follows
# makes it an amount ("il me frappe pas mal", "plus fort": he hits me a lot, harder).
# ("t" is what folding leaves of "doesn't", "don't", "won't".)
_DENY_BEFORE = frozenset(
    {"no", "nunca", "jamas", "not", "never", "t", "ne", "n", "pa", "pat", "nadie", "nobody"}
)
_PRONOUNS = frozenset({"me", "te", "le", "la", "lo", "les", "nos", "nous", "m", "l", "li"})
_AUXILIARIES = frozenset({"a", "ai", "as", "ont", "avait", "avaient", "est", "sont"})


_REFUSED = re.compile(
    r"\b(?:al que|el que|los que|a los que|a quien|quien|cuando) (?:le |les )?"
    r"(?:dijo|dijeron|dijimos|dije|diga|dijera|dice) que no(?: (?:lo|la|le|los|las|nos|me))?$"
)


def _affirmed(pattern: Pattern[str], words: str) -> bool:
    """The pattern said at least once without a negation beside it."""
    for match in pattern.finditer(words):
        before = words[: match.start()].split()[-2:]
        after = words[match.end() :].split()[:2]
        # "Al que dijo que no, lo golpearon": a refusal, not a negation ("mi esposo dijo que no
        # lo golpearon" is one).
        refusal = _REFUSED.search(words[: match.start()].rstrip()) is not None
        denied = (
            not refusal
            and bool(before)
            and (
                before[-1] in _DENY_BEFORE
                or (len(before) == 2 and before[-1] in _PRONOUNS and before[0] in _DENY_BEFORE)
                # Spoken French's past: "il m'a pas frappé", "ils m'ont jamais battue".
                or (len(before) == 2 and before[-1] in FRENCH_AFTER and before[0] in _AUXILIARIES)
            )
        )
        if not (denied or french_after(after) is not None):
            return True
    return False


def _calm(words: str, ended: bool = True) -> bool:
    """The whole story is over, about others in general or a question about a hypothesis.
    `ended`: whether "it's over" counts (not for a farewell: "c'est fini pour moi")."""
    info = [m for m in cues.INFO_FRAME.finditer(words) if not cues.NORMAL.match(words, m.start())]
    if _has(WHAT_IF, words) or info:
        return True  # "is it normal that he keeps us locked?" asks about what happens now
    if ended and _has(cues.RESOLVED, words) and not _stalks(words):
        return True  # "everything was fine, but today he started calling from other numbers"
    past = _has(cues.LONG_AGO, words) or _has(cues.DAYS_AGO, words)
    stranded = _has(cues.STRANDED, words) and not _has(cues.SAFE_SINCE, words)
    # Someone at the door now undoes an old story: "my ex beat me 2 yrs ago and he found me,
    # he's outside".
    still = (
        _has(cues.NOW, words)
        or _has(cues.DEADLINE, words)
        or stranded
        or _has(ON_THE_WAY, words)
        or _stalks(words)
        or _guide_gone(words)  # left out there until found
    )
    return past and not still


def extortion(words: str) -> Found | None:
    """A payment demanded with a limit and a harm to come, or nobody leaves until it is paid."""
    if _has(cues.CRIMINAL_HOLD, words) and _has(PAY, words):
        # "nou nan yon kay sekirite, yo mande 3 mil dola pou chak moun"
        return Found("kidnapped", ("harm:kidnapped", "frame:stash_house"))
    if _has(NO_LEAVING, words) and _has(DEMAND, words):
        return Found("kidnapped", ("harm:kidnapped", "frame:held_for_money"))
    if _has(NO_LEAVING, words) and _has(DEBT, words) and _has(DEBT_HOLDER, words):
        # "Hay hombres armados cuidando la entrada y dicen que nadie se va hasta terminar la
        # deuda": held to work off a debt.
        return Found("forced_work", ("harm:forced_work", "frame:held_for_debt"))
    if not _has(PAY, words):
        return None
    if _has(NO_LEAVING, words) and _has(LIMIT, words):
        return Found("kidnapped", ("harm:kidnapped", "frame:held_until_paid"))
    if _has(LIMIT, words) and _has(HARM_TO_COME, words):
        return Found("extortion", ("harm:extortion", "frame:pay_or_harm"))
    if _has(FINE_SCAM, words):
        # "A fine in gift cards today or I'll be deported": a known trick, with no harm to
        # come but deportation (the scams topic answers it).
        return None
    if _has(LIMIT, words) and (
        _has(PAY_OR, words) or _has(KNOWS_WHERE, words) or _has(FOUND_WHERE, words)
    ):
        # "hoy a las 8 pasan por él o por la lana", "he knows what school my daughter goes to"
        return Found("extortion", ("harm:extortion", "frame:pay_or_come"))
    return None


def tracked_down(words: str) -> Found | None:
    """Whoever threatens knows where the writer is, and is on the way, says what they will
    do or shows a weapon: "ya sabe en qué albergue estoy y ya viene en camino", "found out
    where i sleep and sent me a photo of a gun"."""
    knows = _has(KNOWS_WHERE, words)
    found = _has(FOUND_WHERE, words)
    coming = _has(ON_THE_WAY, words) or _has(HARM_TO_COME, words) or _has(COMING_BACK_FOR, words)
    # A photo of the door after a demand for money, and "they're coming": the cuota unpaid.
    if _has(COMING_BACK_FOR, words) and _has(_ROBBERS, words):
        # "los que nos asaltaron dijeron que vuelven en la noche por las muchachas"
        return Found("threatened", ("harm:threatened", "frame:tracked_down"))
    if (
        (knows and coming)
        or ((knows or found) and _has(WEAPON_SHOWN, words))
        or (found and coming and _has(PAY, words) and _has(SENT_PHOTO, words))
    ):
        return Found("threatened", ("harm:threatened", "frame:tracked_down"))
    return None


def coercion(words: str) -> Found | None:
    """'If I leave/talk he'll hurt me / call immigration': a threat that holds someone."""
    if not _has(IF_I, words) or _has(IF_SENT_BACK, words) or _has(BUY, words):
        return None  # "if i go back home the gang will kill me": asylum, not a hold
    if not (_has(HARM_TO_COME, words) or _has(DENOUNCE, words)):
        return None
    if not _has(HARM_TO_COME, words) and _has(REPORT_ASKED, words):
        return None  # "si nou voye 3 mil peso... kote nou ka fè denons?": a scam to report
    if cues.phone_line_only(words):
        return None  # "me van a cortar la línea si no registro mi chip": the company's rule
    if _has(WORK, words) and not _seeks_help(words):
        return Found("forced_work", ("harm:forced_work", "frame:held_by_threat"))
    if _process_warns(words):
        return None  # "if i miss my next check in they will deport me": the process warns
    if official_threat(words):
        return None  # abuse by an official: graded past harm (bot.safety.grade), not a hold
    if _seeks_help(words):
        return None  # "if i report my partner will they deport me?": the law, asked about
    return Found("threatened", ("harm:threatened", "frame:held_by_threat"))


def at_the_door(words: str) -> bool:
    """Someone on the way, outside or at the door now, or who keeps turning up."""
    return _has(ON_THE_WAY, words) or _stalks(words)


def _not_a_stalker(words: str) -> bool:
    """A visit set by a court or a glad one, a landlord, the police or a caseworker."""
    return _has(SETTLED_VISIT, words) or _has(NOT_A_STALKER, words)


@lru_cache(maxsize=64)
def _stalks(words: str) -> bool:
    """Keeps turning up, or has the keys and came in, and is no one `_not_a_stalker` names.
    Cached: the calm test, the frame and "at the door" each ask it of the same message."""
    if _not_a_stalker(words):
        return False
    hurt = (_has(VIOLENCE, words) or _has(USED_TO_HIT, words)) and not _has(_LAUGH, words)
    # A relative who hurt the writer is no friendly visitor ("mi tío, el que abusó de mí"); a
    # little brother's pillow fight told with "mdr" is.
    comes = any(hurt or not _friendly(words, m) for m in STALKED.finditer(words))
    return (comes and _affirmed(STALKED, words)) or (
        _affirmed(HAS_KEYS, words) and _has(CAME_IN, words)
    )


def _friendly(words: str, match: re.Match[str]) -> bool:
    """A friend, a relative who is not a partner, a pet or a customer is the one who comes
    (named just before), or the visit is a glad one (said just after): "mi compa no deja de
    venir a ver el futbol", not "me fui con mi prima... pero hoy empezó a llamar de otros
    números"."""
    around = words[max(0, match.start() - 40) : match.end() + 40]
    return _has(FRIENDLY_COMER, " " + around.split(" ", 1)[-1])


def stalked(words: str) -> Found | None:
    """Someone who keeps turning up where the writer is: an ex who waits outside, drives past,
    found the new address, or has the keys and came in. Told with blows (however many days
    ago), a threat, a weapon, a knowledge of where the writer is or a "now", it is danger now;
    alone ("he keeps coming by", "he still has a key") the person is asked. A partner or ex
    named makes it violence at home; anyone else, a threat."""
    keys = _affirmed(HAS_KEYS, words) and not (
        _not_a_stalker(words) or any(_friendly(words, m) for m in HAS_KEYS.finditer(words))
    )
    stalks = _stalks(words)
    if not (stalks or keys) or _has(PAY, words):
        return None  # a payment demanded: the extortion frame names it
    partner = _has(cues.HOME_DOER, words) or _has(_EX, words)
    harm = "domestic_violence" if partner else "threatened"
    danger = (
        _has(HARM_TO_COME, words)
        or _has(ONE_WAY_OR_ANOTHER, words)
        or _has(WEAPON_SHOWN, words)
        or _has(_ARMED, words)
    )
    hurt = _has(VIOLENCE, words) or _has(USED_TO_HIT, words) or _has(_CHOKED, words)
    if stalks and partner:
        # An ex who keeps coming: blows told, a threat, "now", "on his way" or "he knows where".
        sure = (
            danger
            or hurt
            or _has(ON_THE_WAY, words)
            or _has(RIGHT_NOW, words)
            or _has(KNOWS_WHERE, words)
        )
    elif stalks:
        # Anyone else who keeps coming ("a gang guy keeps waiting outside the shelter"): only a
        # threat, a weapon or blows make it sure ("he's coming again tonight" may be a visit).
        sure = danger or hurt
    else:
        sure = danger  # only the keys: "my ex still has a key to my place, nothing happened"
    return Found(harm, (f"harm:{harm}", "frame:stalked"), sure=sure)


def wants_out(words: str) -> Found | None:
    """Hit again by whoever the writer lives with, and they need to get out: "me volvió a pegar
    el sábado y me quitó mis papeles, necesito salir de aquí". The date of the last blows does
    not make it over while the writer is still there."""
    if _affirmed(HIT_AGAIN, words) and _has(NEED_OUT, words):
        return Found("domestic_violence", ("harm:domestic_violence", "frame:wants_out"))
    return None


# Those who robbed, assaulted or attacked the writer before.
_ROBBERS = re.compile(
    r"(?<= )(?:(?:los|las) (?:que|q) nos (?:asaltaron|robaron|atacaron|golpearon)|"
    r"(?:men|guys|ones|people) who (?:robbed|attacked|assaulted|jumped) us|"
    r"(?:ceux|les gars|les hommes) qui nous ont (?:vole|attaque|agresse)|"
    r"(?:neg|nèg|moun) ki te (?:vole|atake|bat) nou)(?= )"
)
# A weapon named (not cues.LETHAL's locks: "how do i change the locks?").
_ARMED = re.compile(
    r"(?<= )(?:pistola|arma|armas|cuchillo|navaja|machete|cuerno|gun|guns|knife|pistol|rifle|"
    r"couteau|arme|pistolet|fusil|zam|kouto|manchet)(?= )"
)
_CHOKED = re.compile(
    r"(?<= )(?:choked|choking|chokes|strangled|ahorco|ahorcaba|estrangulo|asfixio|"
    r"etrangle\w*|m a etranglee?|trangle (?:m|mwen))(?= )"
)
_LAUGH = re.compile(r"(?<= )(?:ja(?:ja)+|je(?:je)+|ha(?:ha)+|lol|lmao|mdr|ptdr|xd|jsjs)(?= )")
_EX = re.compile(
    r"(?<= )(?:ex|exes|expareja|ex esposo|ex esposa|ex marido|ex novio|ex novia|ex mari|"
    r"papa de mis hijos|padre de mis hijos|padre de mi hij[oa]|kids dad|baby daddy|"
    r"pere de mes enfants|"
    r"papa pitit (?:mwen|m)|ansyen mennaj|mari m|nonm mwen)(?= )"
)


def _seeks_help(words: str) -> bool:
    """The writer's own step to get help as the condition, with nobody said to threaten and no
    harm promised: a worry about the law ("si m rele anbilans san papye eske yo rele ICE?"), not
    "if i report him he will send people to hurt my family"."""
    return (
        _has(cues.IF_I_SEEK_HELP, words)
        and not _has(cues.THREATENER, words)
        and not _has(HARM_TO_COME, words)
        and not _has(BOSS, words)
    )


def _process_warns(words: str) -> bool:
    """A missed hearing, appointment or check-in as the condition, with nobody who holds: no
    harm to come, no client, partner or smuggler, nobody who calls the migra ("if i miss a day
    of work he will call ICE" is a boss's hold, caught by WORK before this)."""
    return (
        _has(MISSED_PROCEDURE, words)
        and not _has(HARM_TO_COME, words)
        and not _has(NOT_A_PROCEDURE, words)
        and not _has(cues.REPORT_THREAT, words)
    )


def still_there(words: str) -> bool:
    """Found again, or still where the harm is: not over, even after an escape told ("i ran
    but they found my address", "mi hija sigue con ellos", "i still live there")."""
    return _has(KNOWS_WHERE, words) or _has(FOUND_WHERE, words) or _has(NOT_OVER, words)


def still_threatened(words: str) -> bool:
    """A harm promised if the writer stops or talks ("he says if i stop he will send me back.
    u visa?"): not over when a remedy is asked about (a threat retold with "i'm safe now" is)."""
    if _has(AGAIN_SOON, words):
        return True  # "they made me carry drugs across, next week they want me to go again"
    return _has(IF_I, words) and (_has(HARM_TO_COME, words) or _has(DENOUNCE, words))


def official_threat(words: str) -> bool:
    """An official took or asked for money and threatens deportation if the writer complains
    ("an immigration officer took 200 dollars and said if I complain they'll deport me"): abuse
    of authority, a complaint to make, not a threat that holds someone. Narrow on purpose: any
    harm to the body, sex, drugs, a weapon, "now" or "outside", a hold, a partner or relative,
    a fake officer or "friends in the migra" keeps the threat what it was (a second read found
    each of them behind a broader first version)."""
    # The rarest piece first: this runs for every message in which nothing else was found.
    if not (_has(IF_I_COMPLAIN, words) and _has(OFFICIAL_TOOK, words) and _has(DENOUNCE, words)):
        return False
    # Told as a complaint to make: a remedy asked about, a time gone by, or it is over.
    told = (
        cues.REMEDY,
        cues.RESOLVED,
        cues.LONG_AGO,
        cues.DAYS_AGO,
        cues.RECENTLY,
        cues.PAST_MONTH,
    )
    if not (any(_has(cue, words) for cue in told) or _has(COMPLAINT_ASKED, words)):
        return False
    excluded = (HARM_TO_COME, NO_LEAVING, HELD_FOR_PAY, NOT_ONLY_AN_OFFICIAL, WORK)
    if any(_has(pattern, words) for pattern in excluded):
        return False
    cued = (cues.FAKE, cues.CRIMINAL_HOLD, cues.REPORT_THREAT, cues.NOW, cues.DEADLINE)
    return not any(_has(cue, words) for cue in cued)


def taken_by_force(words: str) -> Found | None:
    """Someone put or taken by force into a car: "lo subieron a la fuerza a una camioneta"."""
    if _has(BY_FORCE, words) and _has(TAKEN_INTO, words):
        return Found("kidnapped", ("harm:kidnapped", "frame:taken_by_force"))
    if _has(FAKE_OFFICER, words) and _has(TAKEN_INTO, words):
        # "un faux agent de la border patrol a mis ma soeur dans sa voiture": no detention.
        return Found("kidnapped", ("harm:kidnapped", "frame:fake_officer"))
    return None


def child_taken(words: str) -> Found | None:
    """A child taken without the right to: "picked up our son without permission and is
    driving him across the border", "se llevó a mi hija sin permiso"."""
    if _has(TOOK_CHILD, words) and _has(NO_RIGHT, words):
        return Found("child_taken", ("harm:child_taken", "frame:child_taken"))
    return None


def children_alone(words: str) -> Found | None:
    """Young children alone because whoever looks after them was taken, is held or is far:
    "ICE took my wife this morning and our kids 3 and 5 are home alone". Alone "while I work"
    is not in it."""
    if _has(CHILDREN_ALONE, words) and _has(CHILDREN, words) and _has(PARENT_KEPT_AWAY, words):
        return Found("abandoned", ("harm:abandoned", "frame:children_alone"))
    return None


def lured_away(words: str) -> Found | None:
    """Leaving soon with someone who promised a job and asked for secrecy (no one told, the
    phone left behind): recruitment into trafficking about to happen."""
    if _has(PROMISED_JOB, words) and _has(SECRECY, words) and _has(cues.DEADLINE, words):
        return Found("trafficking", ("harm:trafficking", "frame:lured_away"))
    return None


def exposed(words: str) -> Found | None:
    """Lost, without water or left behind on a crossing, now; or left by whoever led the
    crossing, who never came back (the crossing is in the guide's name)."""
    if _has(EXPOSED, words) and _has(WILD, words):
        return Found("abandoned", ("harm:abandoned", "frame:exposed"))
    if _guide_gone(words):
        return Found("abandoned", ("harm:abandoned", "frame:guide_gone"))
    return None


def _guide_gone(words: str) -> bool:
    """Whoever led the crossing left and never came back: the writer is still out there."""
    return _has(GUIDE, words) and _has(NEVER_BACK, words)


def sex_under_control(words: str) -> Found | None:
    """Clients to see, or sex with someone's friends, with a debt, kept papers or no way out."""
    if _has(SEX_FOR_OTHERS, words) and (_has(CONTROL, words) or _has(HARM_TO_COME, words)):
        return Found("forced_sex", ("harm:forced_sex", "frame:sex_under_control"))
    return None


def sex_as_price(words: str) -> Found | None:
    """Sex demanded of the writer as the price of passage or of a debt: "para pasar el río
    tengo que quedarme con él sola en su cuarto", "je dois payer ou autre chose"."""
    if _has(SEX_PAYMENT, words) or (_has(SEX_DEMANDED, words) and _has(SEX_PRICE, words)):
        return Found("raped", ("harm:raped", "frame:sex_as_price"))
    return None


def night_visit(words: str) -> Found | None:
    """A guard or keeper who will come for the writer tonight: "un custodio me dijo que esta
    noche va a venir por mí y ya lo hizo con otra chava". Said plainly or not, a threat."""
    if (
        _has(KEEPER, words)
        and _has(NIGHT_VISIT, words)
        and not _has(TRANSFER, words)  # a ride to the airport, the shelter, the bus
        and not names_family(words)  # a cousin who picks the writer up
    ):
        return Found("threatened", ("harm:threatened", "frame:night_visit"))
    return None


def kept_and_hit(words: str) -> Found | None:
    """Papers kept by whoever the person works for, and violence: forced labour."""
    if _has(KEPT, words) and _affirmed(VIOLENCE, words) and _has(WORKING_FOR, words):
        return Found("forced_work", ("harm:forced_work", "frame:kept_and_hit"))
    return None


def body_in_danger(words: str) -> Found | None:
    """Symptoms that together mean an emergency: two of them after heat, cold, a long walk or
    without a medicine the body needs (insulin), or three whatever the cause (heat stroke,
    hypothermia, poisoning)."""
    seen = [name for name, pattern in SYMPTOMS.items() if _has(pattern, words)]
    if len(seen) >= 3 or (len(seen) >= 2 and _has(EXPOSURE_CAUSE, words)):
        return Found("medical", ("harm:medical", *(f"frame:{s}" for s in seen)))
    return None


def sugar_crisis(words: str) -> Found | None:
    """A diabetic with two signs of a sugar crisis now (shaking, sweating, confusion): "mi tía
    es diabética y está sudando frío, está como confundida", "il tremble, il transpire et il ne me
    reconnaît plus". Not signs told as old or habitual, nor a confusion about papers."""
    if not _has(DIABETIC, words) or _has(NOT_A_CRISIS, words):
        return None
    signs = [
        s for s in ("sweating", "trembling", "shaking", "confused") if _has(SYMPTOMS[s], words)
    ]
    if len({"trembling" if s == "shaking" else s for s in signs}) >= 2:
        return Found("medical", ("harm:medical", *(f"frame:{s}" for s in signs)))
    return None


def rabies(words: str) -> Found | None:
    """A bite, then fear of water with a fever or a fit: signs of rabies now ("un perro mordió a
    mi hija la semana pasada, ahora tiene fiebre alta y miedo al agua"). Not a child who is only
    afraid of the bath, nor a dog that barks."""
    if (
        _has(BITTEN, words)
        and _has(FEARS_WATER, words)
        and _has(RABIES_SIGN, words)
        and not _has(NOT_RABIES, words)
    ):
        return Found("medical", ("harm:medical", "frame:rabies"))
    return None


def swallowed(words: str) -> Found | None:
    """Pills, bleach or poison swallowed, and the body reacts: a medical emergency."""
    if _has(SWALLOWED, words) and _has(DROWSY, words):
        return Found("medical", ("harm:medical", "frame:swallowed"))
    return None


def gone_where_people_are_taken(words: str) -> Found | None:
    """A relative who does not answer, where people are being taken: "mi primo iba en ese
    camión, no contesta desde ayer"."""
    kin = names_family(words)
    if kin and _has(NO_CONTACT, words) and _has(TAKEN_WORDS, words):
        return Found("kidnapped", ("harm:kidnapped", "frame:no_answer"))
    return None


def pregnancy(words: str) -> Found | None:
    """Pregnant, with a danger sign."""
    if _has(PREGNANT, words) and _has(PREGNANCY_DANGER, words):
        return Found("medical", ("harm:medical", "frame:pregnancy"))
    return None


def grave(words: str) -> Found | None:
    """Bleeding out, shot."""
    if _has(GRAVE, words):
        return Found("medical", ("harm:medical", "frame:grave"))
    return None


def carried_off(words: str) -> Found | None:
    """A few words from inside a boot, a truck or a trailer, not knowing where: "pls. in a
    truck. dont know where", "en una cajuela no se donde"."""
    if len(words.split()) <= 15 and _has(CARRIED, words) and _has(LOST_WHERE, words):
        return Found("kidnapped", ("harm:kidnapped", "frame:carried_off"))
    return None


def arrived(words: str) -> Found | None:
    """ "They found us", "ils sont là", "yo la" and nothing else: the person is asked, with the
    lines, whether they are in danger now (a few words cannot say more)."""
    if CRIED_ARRIVED.search(words) is not None and _CRY.search(words) is not None:
        # "help pls they r here": a cry for help beside them is sure enough.
        return Found("threatened", ("harm:threatened", "frame:arrived", "cry_for_help"))
    if ARRIVED.search(words) is not None:
        return Found("threatened", ("harm:threatened", "frame:arrived"), sure=False)
    return None


def ending_life(words: str) -> Found | None:
    """Two of: a farewell, an ending, a means at hand, feeling a burden, things given away."""
    signs = [
        name
        for name, pattern in (
            ("farewell", FAREWELL),
            ("ending", ENDING),
            ("means", MEANS),
            ("burden", BURDEN),
            ("giving_away", GIVING_AWAY),
        )
        if _has(pattern, words)
    ]
    if len(signs) < 2:
        return None
    # A farewell and an ending alone may be the end of a chat ("thanks for everything, i'm
    # done"): asked about, not alarmed.
    sure = bool({"means", "burden", "giving_away"} & set(signs))
    return Found("self_harm", ("harm:self_harm", *(f"frame:{s}" for s in signs)), sure)


# Words that say people are being taken: "secuestraron", "kidnapped", "enlevés", "kidnape".
TAKEN_WORDS = net.STRONG


_CRY = re.compile(r"(?<= )" + CRY + r"(?= )")
# The writer as the one it happens to: "nos tenga", "keeps us", "m'a", "kenbe nou".
_WE_OR_ME = re.compile(r"(?<= )(?:nos|me|us|me|nous|m|nou|mwen)(?= )")


def unsure(text: str) -> bool:
    """A frame read in this message that is not sure enough for an urgent case."""
    return any(not f.sure for f in read(parts(text), whole(text)))


def read(split: Sequence[Part], words: str) -> list[Found]:
    """The frames a message fills, unless it is calm as a whole."""
    return list(_read(tuple(split), words))


@lru_cache(maxsize=64)
def _read(split: tuple[Part, ...], words: str) -> tuple[Found, ...]:
    """Kept for the last few messages: the screen reads them and, for a calm message, the
    danger net asks again (`unsure`)."""
    if not split or _calm(words, ended=False):
        return ()
    asks = any(p.question for p in split) or net.QUESTION_START.search(split[0].text) is not None
    concrete = (
        net.FIRST_PERSON_NOW.search(words) is not None
        or _has(cues.DEADLINE, words)
        or names_family(words)
        or _has(_WE_OR_ME, words)
        or _stalks(words)
        or _affirmed(HAS_KEYS, words)  # "es q el todavia tiene llaves": the writer's own door
    )
    if asks and not concrete:
        return ()  # "¿los coyotes cobran y si no pagas te matan?": a question, not a threat
    readers = (
        extortion,
        coercion,
        tracked_down,
        stalked,
        wants_out,
        taken_by_force,
        child_taken,
        children_alone,
        lured_away,
        exposed,
        sex_under_control,
        sex_as_price,
        kept_and_hit,
        night_visit,
        body_in_danger,
        sugar_crisis,
        rabies,
        pregnancy,
        grave,
        swallowed,
        carried_off,
        arrived,
    )
    over = _calm(words)
    found = [] if over else [f for f in (read_one(words) for read_one in readers) if f is not None]
    kin_gone = gone_where_people_are_taken(words)
    if kin_gone is not None and not _has(cues.LONG_AGO, words):
        found.append(kin_gone)  # the news is about the writer's own relative
    if found and _has(cues.NEWS, words) and net.FIRST_PERSON_NOW.search(words) is None:
        # "Vi en las noticias que subieron a unos migrantes a la fuerza": about others. A
        # threat told to the writer ("me dijeron que si no pago...") stays.
        kept = ("extortion", "threatened", "forced_work")
        found = [
            f
            for f in found
            if f.harm in kept or "frame:no_answer" in f.reasons or "frame:stalked" in f.reasons
        ]
    farewell = ending_life(words)
    return (*found, *([farewell] if farewell is not None else []))
