"""The last net: strong danger words in a message nothing else calms down.

The harm terms (bot/safety/lexicon_*.py) read how something is said; people in danger also write
in ways no list foresees. So when a message holds a strong danger word ("balacera", "sangrando",
"kidnap", "otage", "touye") and none of the signs that a message is calm (a time long past, a
question, the news, people in general, a denial, "if", home, a story that ended), it is graded
immediate anyway. Missing someone in danger costs more than a question too many: the person
gets the lines and an urgent case that staff can close.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.safety import cues
from bot.safety.terms import NOT_ILL_AFTER, SPANISH_ILL_NOT
from bot.safety.text import Part
from bot.safety.words import names_family

STRONG = re.compile(
    r"(?<= )(?:"
    # Weapons and shooting.
    r"balacera|balaceras|balazos?|balaceando|disparos|disparando|tiroteo|armados|armadas|"
    r"pistola|pistolas|cuchillo|navaja|machete|cuerno de chivo|"
    r"gunfire|gunshots?|shooting|guns?|knife|knives|weapons?|armed|gunpoint|knifepoint|masked|"
    r"encapuchad[oa]s|cagoules?|kagoul|"
    r"fusillade|coups de feu|arme|armes|couteau|pistolet|flingue|flingues|"
    r"zam|kouto|fizi|fiziyad|revolve|"
    # Held and taken.
    r"secuestr\w+|sequestr\w+|encerrad[oa]s?|encerraron|encierran|atrapad[oa]s?|amarrad[oa]s?|"
    r"rehen|rehenes|cautiv[oa]s?|"
    r"kidnap\w*|abduct\w*|hostages?|captive|trapped|"
    r"enlev\w+|kidnapp\w+|otages?|"
    + SPANISH_ILL_NOT
    + r"(?:enferme|enfermee|enfermes|enfermees|enferment)"
    + NOT_ILL_AFTER
    + r"|ligot\w+|"
    r"kidnape|anlve|fenmen|prizonye|otaj|"
    # Killing and death.
    r"matar|matarme|matarnos|matan|mataron|asesinar\w*|"
    r"kill|kills|killing|murder\w*|"
    r"tuer|tuent|tuera|tueront|assassin\w*|"
    r"touye|tiye|"
    # Sexual violence.
    r"violar|violaron|violada|violado|violacion|"
    r"rape|raped|raping|rapist|"
    r"viol|violee|violer|"
    r"vyole|kadejak|"
    # The body in danger.
    r"sangrando|desangrando|desangra|inconsciente|convulsiona\w*|ahogando|asfixia\w*|"
    r"heridos|"
    r"bleeding|unconscious|seizures?|drowning|overdose|wounded|"
    r"saigne|saignent|saignement|inconscient\w*|noie|noyade|"
    r"senyen|pedi konesans|neye|"
    # Self-harm.
    r"suicid\w+|swisid\w*|"
    # Danger and cries.
    r"peligro|auxilio|socorro|danger|sos|mayday|secours|danje|anmwe|sekou|"
    # Ransom and extortion.
    r"rescate|extorsi\w+|extort\w*|ransom|rancon|racket|ekstosyon|ranson"
    r")(?= )"
)
QUESTION_START = re.compile(
    r"^ (?:que|como|donde|cuando|cual|cuales|cuanto|cuantos|por que|es|hay|se puede|puedo|"
    r"what|how|where|when|which|why|is|are|do|does|can|could|should|"
    r"qu est ce|est ce|c est quoi|comment|ou|quand|pourquoi|combien|quel|quelle|quels|quelles|"
    r"kisa|kijan|ki kote|kile|poukisa|konbyen|eske|es ke|ki|"
    # "Who" asks, unless it is a plea: "who can help, there is shooting", "quien nos ayuda".
    r"(?:who|quien|a quien|qui|a qui|kiyes|kiles)"
    r"(?! (?:can|could|will|is going to) help| (?:me|nos) (?:ayuda|ayude|puede ayudar|va a ayudar)"
    r"| (?:peut|pourrait|va) (?:m|nous|me) aider| (?:ki )?ka ede| ap ede))"
    r" "
)
FIRST_PERSON_NOW = re.compile(
    r"(?<= )(?:estoy|estamos|me estan|nos estan|aqui estoy|"
    r"i m|i am|we re|we are|im|"
    r"je suis|on est|nous sommes|"
    r"m ap|mwen ap|nou ap|m nan|nou nan)(?= )"
)
NEGATORS = frozenset(
    "no nunca jamas ni sin not never nobody without pa pas ne n jamais sans okenn pat t "
    "nadie personne pesonn".split()
)
IF_WORDS = frozenset("si if cuando when caso case quand le".split())
GENERIC = re.compile(r"(?<= )(?:gente|personas|migrantes|people|migrants|gens|moun|migran)(?= )")
PREVENTION = re.compile(
    r"(?<= )(?:prevenir|prevencion|prevent|prevention|prevenir|prevansyon)(?= )"
)


def _calm(parts: Sequence[Part], words: str, first: re.Match[str], part: Part) -> str | None:
    """Why this message is calm despite its danger word, or None."""
    now = cues.any_of(cues.NOW, words) or cues.any_of(cues.DEADLINE, words)
    present = FIRST_PERSON_NOW.search(words) is not None
    for name, pattern in (
        ("denied", cues.DENIED),
        ("resolved", cues.RESOLVED),
        ("remedy", cues.REMEDY),
        ("news", cues.NEWS),
        ("info_frame", cues.INFO_FRAME),
        ("home_country", cues.HOME),
        ("mild", cues.MILD),
        ("detention", cues.DETENTION),
        ("data_request", cues.DATA_REQUEST),
    ):
        if cues.any_of(pattern, words):
            if name == "home_country" and now and cues.any_of(cues.HERE, words):
                continue  # "in Cameroon they wanted to kill me, now the same men are here"
            return name
    if PREVENTION.search(words):
        return "info_frame"
    if not now and (cues.any_of(cues.LONG_AGO, words) or cues.any_of(cues.DAYS_AGO, words)):
        return "long_ago"
    asks = any(p.question for p in parts) or QUESTION_START.search(parts[0].text) is not None
    if asks and not present and not now:
        return "question"
    if asks and not now and cues.any_of(cues.PROFESSION, words) and not names_family(words):
        return "profession"  # "je suis agent de sécurité, il faut un permis pour une arme ?"
    if GENERIC.search(words) and not present:
        return "general"
    if cues.near(cues.IDIOM, part.text, first.start(), first.end()):
        return "idiom"
    if (
        cues.any_of(cues.FICTION, part.text)
        and not names_family(words)
        and _NEAR_WRITER.search(part.text[first.end() : first.end() + 40]) is None
    ):
        return "fiction"  # "je regarde Narcos, ils tuent tout le monde dans cette série"
    if _ROBBED_BEFORE.search(part.text[max(0, first.start() - 30) : first.start()]):
        return "robbery"  # "yè yo te vòlè m ak zam": the weapon of a robbery told before it
    if cues.slaughtered(part.text, first.start()):
        return "idiom"  # "hoy mataron dos puercos para la fiesta, el patio lleno de sangre"
    if cues.near(cues.FIGURATIVE, part.text, first.start(), first.end(), 60):
        return "idiom"  # "houston traffic is a hostage situation", "held me hostage lol"
    if cues.played(part.text, first.start(), first.end()):
        return "idiom"  # a song's words, a game's shouting
    before = part.text[: first.start()].split()[::-1][:3]
    if any(w in NEGATORS for w in before[:3]):
        return "negated"
    if any(w in IF_WORDS for w in before):
        return "asked"
    return None


# A robbery told in the past just before the danger word ("ayer me asaltaron con pistola").
_ROBBED_BEFORE = re.compile(
    r"(?<= )(?:asaltaron|robaron|atracaron|robbed|mugged|held up|te vole|ont vole|m ont vole|braque\w*)"
    r"(?: (?:me|nos|us|m|mwen|nou|moi|nous|a \w+))?(?: (?:con|with|at|avec|ak|sous la menace d une?))? $"
)
# Beside a danger word, the writer or where they are: no story on a screen then.
_NEAR_WRITER = re.compile(
    r"(?<= )(?:me|my|mi|mis|moi|mon|ma|mes|nous|us|nos|m|mwen|nou|afuera|outside|dehors|deyo|door|"
    r"puerta|porte|pot|aqui|here|ici|isit)(?= )"
)


# Which harm a danger word names, by its first letters (checked in order).
HARM_OF = (
    (("suicid", "swisid"), "self_harm"),
    (
        (
            "sangr",
            "desangr",
            "bleed",
            "saign",
            "senyen",
            "inconsc",
            "unconsc",
            "desmay",
            "convuls",
            "ahog",
            "asfix",
            "herid",
            "seizure",
            "drown",
            "overdos",
            "injur",
            "wound",
            "dying",
            "evanoui",
            "noie",
            "noya",
            "bless",
            "blese",
            "pedi konesans",
            "endispoze",
            "neye",
        ),
        "medical",
    ),
    (("violar", "violaron", "violad", "violacion", "viol", "rap", "vyole", "kadejak"), "raped"),
    (
        (
            "secuestr",
            "sequestr",
            "kidnap",
            "abduct",
            "hostage",
            "enlev",
            "otage",
            "anlve",
            "otaj",
            "rehen",
            "cautiv",
            "rescate",
            "ransom",
            "rancon",
            "ranson",
        ),
        "kidnapped",
    ),
    (
        (
            "encerr",
            "encierr",
            "atrap",
            "amarr",
            "captive",
            "trapped",
            "enferm",
            "ligot",
            "fenmen",
            "prizonye",
        ),
        "trapped",
    ),
    (("extors", "extort", "racket", "ekstosyon"), "extortion"),
    (
        (
            "mat",
            "kill",
            "murder",
            "death",
            "tue",
            "tuer",
            "mort",
            "assassin",
            "asesin",
            "touye",
            "tiye",
            "lanmo",
            "muerte",
        ),
        "threatened",
    ),
    (
        (
            "balac",
            "balaz",
            "dispar",
            "tirot",
            "arm",
            "pistol",
            "cuchill",
            "navaj",
            "machet",
            "cuerno",
            "gun",
            "knife",
            "knive",
            "weapon",
            "fusillade",
            "coups",
            "couteau",
            "zam",
            "kouto",
            "fizi",
            "revolve",
        ),
        "attack",
    ),
)


def harm_of(word: str) -> str:
    for prefixes, harm in HARM_OF:
        if word.startswith(prefixes):
            return harm
    return "help_now"


def catch(parts: Sequence[Part], words: str) -> str | None:
    """The harm a strong danger word names when it stands in a message with no calm sign."""
    for part in parts:
        for found in STRONG.finditer(part.text):
            if _calm(parts, words, found, part) is None:
                return harm_of(found.group(0))
    return None
