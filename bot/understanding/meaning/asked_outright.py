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
- Moving while asylum is asked ("puedo irme pa alla mientras?") and "even without papers?":
  questions about the topic just shown, which `decide` ties to it.
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


ASYLUM_AREA, AFTER_APPLYING = "asylum", "asylum_process"
# Whether the writer may move elsewhere while the claim goes on: "puedo irme pa alla mientras?",
# "je peux partir en attendant?", "m ka ale pandan m ap tann?", "can i move to cancun while i
# wait?". Moving (not going to a doctor, the police or work), to another place or while waiting.
_MOVE_ASKED = re.compile(
    r"\b(?:(?:puedo|podemos|me puedo|nos podemos|se puede) (?:irme|irnos|mudarme|mudarnos|"
    r"cambiarme|moverme|viajar)"
    r"|(?:can|could|may) (?:i|we) (?:move|relocate|travel)|am i allowed to (?:move|travel)"
    r"|(?:je peux|je pourrais|on peut|puis je|est ce que je peux|est ce qu on peut) "
    r"(?:partir|bouger|demenager|voyager)"
    r"|(?:m|mwen|nou) (?:ka|kab|kapab) (?:ale|al|deplase|vwayaje|demenaje))\b"
)
# ... and where to, or while waiting: "pa alla", "mientras", "en attendant", "pandan m ap tann",
# "while i wait", "to another state", a city's "a", "to", "nan".
_ELSEWHERE = re.compile(
    r"\b(?:mientras|en lo que|pa alla|para alla|a otro estado|a otra ciudad|en attendant|"
    r"ailleurs|la bas|dans un autre etat|dans une autre ville|while i wait|in the meantime|"
    r"meanwhile|to another (?:state|city)|there|pandan m ap tann|pandan mwen ap tann|"
    r"nan yon lot (?:eta|vil)|lot bo a)\b"
)
# Places that are not a move: a doctor, a hospital, the police, work, school, home country.
_NOT_A_MOVE = re.compile(
    r"\b(?:doctor|medico|hospital|clinica|centro de salud|policia|police|trabajo|trabajar|work|"
    r"escuela|school|comar|consulado|lopital|dokte|lapolis|travay|lekol|lakay|mi pais|my country|"
    r"medecin|hopital|ecole|travail|pays)\b"
)


def asks_to_move(text: str) -> bool:
    """The message asks whether the writer may go or move somewhere else."""
    folded = fold(text)
    return (
        _MOVE_ASKED.search(folded) is not None
        and _ELSEWHERE.search(folded) is not None
        and _NOT_A_MOVE.search(folded) is None
    )


# Only "even without papers?", in a few words: "aunque no tenga papeles?", "even if im
# undocumented?", "même sans papiers ?", "menm si m pa gen papye?".
_STATUS_ONLY = re.compile(
    r"^\W*(?:(?:y|and|et|e|pero|but|mais|men|ok) )?"
    r"(?:(?:aun|aunque|incluso|even|meme|menm|ni|still)(?: si| if)? |si |if )?"
    r"(?:(?:yo|i|je|j|m|mwen|no|n|pa|im|i m|we|nou|don t|dont|do not|n ai|pas) )*"
    r"(?:tengo |tenga |tenemos |have |ai |gen |am |are |con |avec |ak )?"
    r"(?:(?:sin|without|sans|san|no|pa) )?"
    r"(?:papeles|papers|papiers|papye|documentos|documents|dokiman|undocumented|indocumentad[oa])"
    r"\W*$"
)
_STATUS_MARK = re.compile(
    r"\?|\b(?:aun|aunque|incluso|even|meme|menm|si|if|sin|without|sans|san)\b"
)


def asks_about_status(text: str) -> bool:
    """The message only asks whether it holds without papers."""
    folded = fold(text)
    return _STATUS_ONLY.search(folded) is not None and _STATUS_MARK.search(text) is not None
