""" "How long do I have to ask for asylum?" is not "how long does asylum take?".

Both are `duration` questions to the classifiers, but a person who asks how long they *have*
must act before a limit (30 working days to ask for asylum, 15 days to appeal), and answering
with how long the office takes to decide could cost them their claim. The words that ask for
the time left are few and plain in each language, so they are read here, after the classifier,
on the folded text (no accents, lower case), and turn a `duration` question into `deadline`.
"""

from __future__ import annotations

import re

from bot.understanding.text import fold

DEADLINE = "deadline"

_ASKS_TIME_LEFT = re.compile(
    r"\b(?:"
    # es: "cuanto tiempo tengo para", "hasta cuando puedo", "cuantos dias tengo", "plazo para"
    r"(?:tiempo|dias|meses) (?:tengo|tenemos|me queda|nos queda|hay) (?:para|pa)"
    r"|tengo (?:para|hasta)|hasta cuando (?:puedo|tengo|hay)|plazo (?:para|tengo|hay|limite)"
    r"|fecha limite|ya es tarde|se me paso el plazo|(?:dias|meses) (?:tengo|tenemos|me quedan)$"
    r"|se me (?:esta|estaba) pasando el tiempo"
    # en: "how long do I have to", "until when can I", "deadline", "is it too late"
    r"|how (?:long|many (?:days|months)) (?:(?:do|does|did) )?(?:i|we|you|one) (?:have|got|get)"
    r"(?! to wait)(?! to stay in (?:the )?(?:detention|station|jail))"
    r"|until when (?:can|do|should)|deadline|time limit|too late|last day to"
    # fr: "combien de temps j'ai pour", "jusqu'a quand", "date limite", "delai pour"
    r"|(?:temps|jours|mois) (?:j ai|ai je|on a|avons nous|nous avons|il me reste) pour"
    r"|(?:j ai|ai je|on a) combien de (?:temps|jours|mois) pour"
    r"|jusqu a quand|date limite|delai pour|trop tard"
    # ht: "konbyen tan m genyen pou", "jiska ki le", "dat limit", "twop ta"
    r"|(?:tan|jou|mwa) (?:m|mwen|nou) (?:genyen|gen) pou|jiska ki (?:le|dat)|jis ki le"
    r"|dat limit|twop ta|two ta|dele pou"
    # A limit asked about without "how long do I have" (a second development round): "hay un
    # tiempo y si se pasa ya no se puede?", "is there a time limit", "il y a un délai",
    # "yo di m gen yon delè. konbyen tan m genyen".
    r"|hay un (?:tiempo|plazo)(?: limite)?|si se (?:me )?pasa (?:el tiempo|el plazo|ya no)"
    r"|ya se me paso|estoy a tiempo|todavia (?:estoy|estamos) a tiempo|(?:un|el) plazo"
    r"|is there a (?:time limit|deadline|limit)|missed the deadline|am i (?:still )?(?:on|in) time"
    r"|(?:il y a|y a|y a t il) (?:un )?delai|un delai|encore (?:le )?temps|hors delai"
    r"|(?:gen|genyen) (?:yon )?dele|konbyen tan (?:m|mwen|nou) (?:genyen|gen)$"
    # Late already (third development round): "y si ya me pase de esos dias ya no puedo?",
    # "what if im past the 30 days", "j'ai dépassé les 30 jours", "m depase 30 jou yo".
    r"|me pase (?:de )?(?:esos|los|las) (?:\d+ )?(?:dias|semanas)|se me pasaron (?:los|esos) dias"
    r"|ya paso el plazo|past the (?:\d+ )?(?:days|deadline)|(?:i m|im|i am) late (?:to|for)"
    r"|j ai depasse (?:le delai|les (?:\d+ )?jours)|je suis en retard pour"
    r"|(?:m|mwen) depase (?:dele a|(?:\d+ )?jou yo)|(?:m|mwen) an reta pou"
    r")\b"
)


def asks_time_left(text: str) -> bool:
    """Whether the message asks how long the person has left to act."""
    return _ASKS_TIME_LEFT.search(fold(text)) is not None


def refine_kind(kind: str | None, text: str) -> str | None:
    """A `duration` question that asks for the time left is a `deadline` question, and so is a
    question with no other kind that asks about a limit ("is there a time limit?")."""
    if kind in ("duration", None) and asks_time_left(text):
        return DEADLINE
    return kind
