"""A person who may be watched: "no me escriban", "borré el chat", "someone checks my phone".

On a shared or watched phone a message from us can be dangerous. When a person asks us not to
write, says they delete the chat, or that someone reads their phone, nothing may be sent to
them first (`Contact.discreet_at`, `Contact.quiet`) until they write again. People also agree a
safe time to be written to ("solo después de las 8", "only text me in the morning") or a code
word ("la palabra clave es tamales"): staff keep it on the case.
"""

from __future__ import annotations

import re

from bot.safety.text import whole


def _cue(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<= )(?:" + "|".join(alternatives) + r")(?= )")


DISCRETION = _cue(
    # Spanish
    r"no me (?:escriban|escribas|escriba|manden mensajes?|mandes mensajes?|llamen|llames|contesten)(?: (?:ustedes|primero|mas|nada))?",
    r"no (?:me )?(?:escribir|mandar mensajes?)(?: primero)?|mejor no me escriban|no quiero que me escriban",
    r"(?:borre|borro|borrare|voy a borrar|tengo que borrar|ya borre|borramos) (?:el|este|los|la|esta)? ?(?:chat|mensajes?|conversacion|whats|whatsapp)",
    r"(?:revisa|revisan|checa|checan|ve|ven|lee|leen|mira|miran|agarra|agarran) mi (?:cel|celular|telefono|whats|whatsapp)",
    r"(?:si|que) (?:ve|ven|lee|leen|se entera|se enteran)(?: [a-z]+){0,3} (?:mensajes?|que hablo|que escribo)",
    r"con discrecion|se discret[oa]s?|sean discretos|nadie (?:puede|debe) saber",
    # English
    r"(?:don t|do not|please don t|pls don t) (?:text|message|write to|call|contact) me(?: first| back| again| unless i write)?",
    r"(?:i (?:deleted|delete|will delete|ll delete|have to delete|m deleting)|deleting) (?:the|this|these|our)? ?(?:chat|messages?|conversation)",
    r"(?:checks|check|reads|read|looks at|goes through|watches) my (?:phone|messages|whatsapp|texts)",
    r"be discreet|keep it secret|nobody can know",
    # French
    r"(?:ne )?(?:m ecrivez|m envoyez|m appelez|me contactez) (?:pas|plus)(?: (?:en premier|svp))?",
    r"(?:j ai efface|j efface|je vais effacer|je dois effacer|j ai supprime|je supprime|je vais supprimer) (?:la|le|les|cette|ce)? ?(?:conversation|discussion|messages?|chat)",
    r"(?:regarde|fouille|lit|controle|verifie) mon (?:telephone|portable|whatsapp)",
    r"soyez discrets?|en toute discretion|personne ne doit savoir",
    # Haitian Creole
    r"pa (?:ekri|voye mesaj ba|rele) (?:m|mwen)(?: anvan| anko)?",
    r"(?:m|mwen) (?:efase|siprime|pral efase|dwe efase) (?:chat|mesaj|konvesasyon)(?: (?:la|a|yo))?",
    r"(?:gade|fouye|li|tcheke) telefon (?:m|mwen)",
    r"fe sa an kachet|pesonn pa dwe konnen",
)

# "Solo después de las 8", "only text me in the morning", "le mot de passe est ...".
SAFE_TIME = re.compile(
    r"(?<= )(?:solo|solamente|nada mas|only|seulement|uniquement|selman)"
    r"(?: [a-z]+){0,4} (?:despues de las|antes de las|en la manana|en la tarde|en la noche|"
    r"after|before|in the morning|in the afternoon|at night|apres|avant|le matin|le soir|"
    r"apre|anvan|nan maten|nan aswe)(?: [a-z0-9]+){0,3}(?= )"
)
CODE_WORD = re.compile(
    r"(?<= )(?:la |mi )?(?:palabra clave|clave|contrasena|code word|password|safe word|mot de passe|"
    r"mot code|mo kle|mo sekre)(?: es| is| c est| se|:)? (?P<word>[a-z0-9]+)(?= )"
)


def asks_discretion(text: str) -> bool:
    """The person asks not to be written to, or says their phone is not safe."""
    return DISCRETION.search(whole(text)) is not None


def safe_contact(text: str) -> str | None:
    """A safe time or a code word the person gives, in their words, or None."""
    words = whole(text)
    code = CODE_WORD.search(words)
    if code is not None:
        return code.group(0).strip()
    when = SAFE_TIME.search(words)
    return when.group(0).strip() if when is not None else None
