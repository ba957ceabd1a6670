"""Whether a message asks Puente to write in another language, or only names one.

Rasa hears `change_language` in any message that names a language, and it is nearly always
right: "en francais svp", "lang mwen se kreyòl", "no entiendo español, english?". But a
language can be a document's: "they want him to sign papers in spanish he
can't read", "can he get an interpreter?". Switching then answers an English speaker in
Spanish, so those go to the topic logic instead; a request to the bot always switches.
"""

from __future__ import annotations

import re

from bot.understanding.text import fold

# The words for each language, by its code.
_CODES = {
    "es": r"espanol|castellano|spanish|espagnol|panyol",
    "en": r"ingles|english|anglais|angle",
    "fr": r"frances|french|francais|franse",
    "ht": r"creole|criollo|kreyol|creol|haitian|haitiano|haitien|ayisyen",
}
# Any of them, as it is written.
_LANGUAGE = "(?:" + "|".join(_CODES.values()) + ")"
# To the bot: "háblame en inglés", "can you write in french", "ou ka pale kreyol".
_TO_BOT = re.compile(
    r"\b(?:"
    r"(?:hablame|hableme|hablanos|escribeme|escribame|contestame|respondeme|puedes hablar|"
    r"puede hablar|puedes escribir|hables|escribas|contestes)\b.*\b"
    + _LANGUAGE
    + r"|(?:can|could) you (?:speak|talk|write|text|answer|reply)|do you speak|"
    r"(?:talk|write|text|answer|reply) (?:to me|with me)|"
    r"(?:parlez|parle|ecrivez|ecris|repondez|reponds)(?: moi| nous)? en|"
    r"(?:vous parlez|tu parles|parlez vous|parles tu)|"
    r"(?:ou|w) (?:ka |kab )?(?:pale|ekri|reponn)|(?:pale|ekri|reponn) (?:ak|avek|ave) (?:m|mwen)|"
    # The writer's own language, or a language asked for: "solo hablo creole", "french please".
    r"(?:solo|yo solo|nomas) hablo|(?:i|we) only speak|je parle (?:que|seulement)|"
    r"(?:m|mwen) pale (?:selman |senpleman )?"
    + _LANGUAGE
    + r"|"
    + _LANGUAGE
    + r" (?:please|pls|por favor|porfa|svp|s il vous plait|tanpri|souple)"
    r")\b"
)
# A document's language, an interpreter, someone who cannot read it: the message is about a
# procedure, not this chat ("they want him to sign papers in spanish he cant read"). Another
# person's language alone is often a reason to switch on a shared phone ("mi mamá solo habla
# kreyòl, ¿se puede?"), so it is not in here.
_NOT_THIS_CHAT = re.compile(
    r"\b(?:"
    r"(?:papers?|documents?|forms?|papeles|documentos|formularios?|papiers|formulaires?|papye|"
    r"dokiman|acta|contract|contrato|contrat|kontra) (?:\w+ )?(?:in|en|an) "
    + _LANGUAGE
    + r"|interpreters?|interprete|interpretes|traductor|traductora|traducteur|traductrice|"
    r"enteprete|tradikte|(?:he|she|they) (?:can t|cant|cannot) read|"
    # Someone else who does not speak it, or whether they speak it: "li pa pale panyol",
    # "yo pale kreyol?" (Creole "yo" is "they"), "do they speak french", "il parle pas espagnol".
    r"(?:li|l|he|she|el|ella|il|elle) (?:pa pale|doesn t speak|doesnt speak|no habla|"
    r"parle pas|ne parle pas) "
    + _LANGUAGE
    + r"|(?:yo|they|ellos|ils) (?:pale|speak|hablan|parlent) "
    + _LANGUAGE
    + r"|do they speak"
    r")\b"
)


def asks_to_switch(text: str) -> bool:
    """A request to write in another language (a button's payload always is one)."""
    if text.startswith("/"):
        return True
    words = fold(text)
    if _TO_BOT.search(words):
        return True
    return _NOT_THIS_CHAT.search(words) is None


_NOT_SPOKEN = (
    r"\b(?:pa pale|pa konprann|pa li|no habla|no hablo|no entiende|no entiendo|no lee|no leo|"
    r"don t speak|doesn t speak|dont speak|doesnt speak|don t understand|dont understand|"
    r"can t read|cant read|ne parle pas|parle pas|comprend pas|comprends pas|lit pas)"
    r"(?: (?:bien|bien el|well|bien le|byen|mucho|much|beaucoup|le|el|l|an))? "
)


def refused(text: str) -> set[str]:
    """The languages the message says someone does not speak or read ("li pa pale panyòl",
    "no entiendo español"): never the language to switch to."""
    words = fold(text)
    return {
        code for code, names in _CODES.items() if re.search(_NOT_SPOKEN + f"(?:{names})\\b", words)
    }
