"""Two questions whose words say outright what they are about, whatever the classifiers read.

- The emergency number: "numero de policia en usa?", "aux usa c quel numero pour les
  urgences", "nimewo lapolis lòtbò a", "if I call 911 will they ask for my papers". The
  classifiers learnt the emergency topics from people in danger now, so a calm question about
  the number reads as rights or papers; it gets the lines for where the writer is (the US or
  Mexico), which is what it asks for. Danger itself never gets here: the screen answers it first.
- A baby's nationality: "mi bb si nace aqui va a ser mexicano?", "si j'accouche ici mon bébé
  sera mexicain?". The pregnancy told first draws the classifiers to pregnancy care; the birth
  topic says a baby born in Mexico is Mexican. Not when the parent's own papers are asked too
  ("mi hijo nació aquí, eso me ayuda a regularizarme?": papers through family).
- The mind: "no puedo dormir, pienso mucho", "tengo mucha ansiedad", "m toujou estrese". Rasa
  hears a shelter ("dormir") or a doctor; the stress topic has the free 24-hour line and leads
  to the list of health services too.
"""

from __future__ import annotations

import re

from bot.safety import place
from bot.safety.text import whole
from bot.understanding.text import fold

LINES, LINES_US, MIND, BIRTH = "danger", "danger_us", "mental_health", "birth_registration"

_NUMBER_ASKED = re.compile(
    r"\b(?:"
    # es
    r"numero (?:de |para )?(?:la )?(?:emergencia|emergencias|policia|ambulancia|auxilio)"
    r"|(?:a )?(?:que|q|cual) numero (?:llamo|marco|hablo|le hablo) (?:si|en caso|para) (?:una )?"
    r"(?:emergencia|peligro|me pasa algo)"
    # en
    r"|(?:emergency|police|ambulance|cops) (?:number|line|phone)"
    r"|number (?:for|to call) (?:the )?(?:police|cops|emergenc\w*|an emergency|ambulance)"
    r"|(?:can|if|should) (?:i|we) call 911"
    r"|what (?:number|s the number) do (?:i|we) call (?:for|in) (?:an )?(?:emergenc\w*|police)"
    # fr
    r"|numero (?:d |des |pour les |de la |de )?(?:urgence|urgences|police|ambulance)"
    r"|quel numero (?:pour|en cas) (?:d |les |la )?(?:urgence|urgences|police)"
    r"|j appelle qui (?:si|en cas) (?:d )?(?:urgence|probleme grave|danger)"
    # ht
    r"|nimewo (?:ijans|lapolis|polis|anbilans)|ki nimewo (?:pou m rele )?(?:si|lè) (?:gen )?ijans"
    r")\b"
)
_US_WORDS = re.compile(
    r"\b(?:usa|eeuu|ee uu|estados unidos|gabacho|the us|the states|etats unis|aux usa|ozetazini"
    r"|etazini|lotbo|lot bo|(?:in|en) america(?! (?:del sur|latina|central|du sud|latine)))\b"
)
_MIND = re.compile(
    r"\b(?:"
    r"no puedo dormir|no duermo|pienso (?:mucho|demasiado)|ansiedad|angustia|depresion"
    r"|deprimid\w*|pesadillas|psicolog\w*|estres|estresad\w*"
    r"|me siento (?:muy )?(?:triste|mal de la cabeza|sol[oa])"
    r"|can t sleep|cant sleep|cannot sleep|too much thinking|overthinking|anxiety|anxious"
    r"|depress\w*"
    r"|nightmares|psycholog\w*|therap\w*|stressed|panic attacks?"
    r"|(?:j )?(?:dors|dort|dormir) (?:plus|pas)|je pense trop|angoisse|anxi\w*|cauchemars|psy\w*"
    r"|stresse\w*|deprime\w*"
    r"|pa ka dom[iy]|m pa dom[iy]|mwen pa dom[iy]|kalkile twop|estrese|stres|depresyon|kochma"
    r"|sikolog\w*|tet (?:mwen|m) cho|m pa byen nan tet"
    r")\b"
)


def lines_asked(text: str) -> str | None:
    """`danger_us` or `danger` for a question about the emergency number, else None."""
    words = fold(text)
    if _NUMBER_ASKED.search(words) is None:
        return None
    in_us = _US_WORDS.search(words) is not None or place.named(whole(text)) == "us"
    return LINES_US if in_us else LINES


_NATIONALITY_ASKED = re.compile(
    r"\b(?:"
    r"(?:va a ser|sera|seria|saldria|sale|queda) mexican[oa]|le dan (?:la )?nacionalidad"
    r"|mexican[oa] (?:por|de) nacimiento"
    r"|will (?:he|she|it|they|the baby|my baby|my son|my daughter|my kid) be (?:a )?mexican"
    r"|(?:get|have|gets) mexican (?:nationality|citizenship)|mexican by birth"
    r"|(?:sera|serait|deviendra) mexicaine?|nationalite mexicaine|mexicaine? de naissance"
    r"|(?:ap|pral|va) (?:vin )?meksiken|nasyonalite meksiken"
    r")\b"
)
_OWN_PAPERS = re.compile(
    r"\b(?:me ayuda|regulariz\w*|residencia|arreglar (?:mis )?papeles|papeles para mi"
    r"|papers for me|residen\w*|regulari\w*|papiers pour moi|papye pou (?:m|mwen)|rezidans)\b"
)


def nationality_asked(text: str) -> str | None:
    """`birth_registration` for a question whether a baby born in Mexico is Mexican."""
    words = fold(text)
    if _NATIONALITY_ASKED.search(words) is None or _OWN_PAPERS.search(words) is not None:
        return None
    return BIRTH


def mind_named(text: str) -> bool:
    """Words of sleeplessness, fear, sadness or stress: the stress topic."""
    return _MIND.search(fold(text)) is not None
