"""The form of a message the danger screen reads: folded words and the sentences they belong to.

Messaging style is the input: no accents, no capitals, letters held down ("auxiliooo"), elisions
("m'ont", "can't") and question marks that matter ("los polleros secuestran gente?"). The text is
folded to plain lower-case letters with apostrophes split into their own words, and cut into
sentences at full stops, question and exclamation marks and line breaks, and into parts at the
words that turn a story around ("pero ahora", "but now"), because a time word ("hace 3 años")
only speaks for the part of the story it sits in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.spelling import correct

_HELD_LETTERS = re.compile(r"([a-z])\1{2,}")
_SENTENCE_END = re.compile(
    r"[.!?;\n]+|\s(?:pero|but|mais|however|sin embargo)\s|(?<!nan)(?<!anba)\smen\s|\sy ahora\s"
    r"|,\s*(?=(?:y\s|and\s|et\s|e\s)?(?:ahora|ahorita|now|maintenant|kounye a|konnya)\b)"
)
_NOT_A_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
# Messaging abbreviations that change what a pattern sees (whole words only).
_SHORTHAND = {
    "q": "que",
    "k": "que",
    "xq": "porque",
    "pq": "porque",
    "porq": "porque",
    "x": "por",
    "tmb": "tambien",
    # Spanish typed without its vowels ("no m djan salir dsd ayr").
    "djan": "dejan",
    "dja": "deja",
    "dsd": "desde",
    "ayr": "ayer",
    "tngo": "tengo",
    # Spanish "qu" typed as "k" ("ya no kiero vivir", "me kitaron el pasaporte"); only whole
    # words that are no word in the other three languages (Creole "kite", "ke" stay).
    "kiero": "quiero",
    "kieres": "quieres",
    "kiere": "quiere",
    "kieren": "quieren",
    "kiera": "quiera",
    "kieran": "quieran",
    "kero": "quiero",
    "kerer": "querer",
    "keria": "queria",
    "kerian": "querian",
    "kise": "quise",
    "kiso": "quiso",
    "kisiera": "quisiera",
    "kisieron": "quisieron",
    "kien": "quien",
    "kienes": "quienes",
    "aki": "aqui",
    "kedo": "quedo",
    "keda": "queda",
    "kedan": "quedan",
    "kedar": "quedar",
    "kedaron": "quedaron",
    "kemaron": "quemaron",
    "kemo": "quemo",
    "kitaron": "quitaron",
    "kito": "quito",
    "kitan": "quitan",
    "kitado": "quitado",
    "kincena": "quincena",
    "kincenas": "quincenas",
    "pls": "please",
    "plz": "please",
    "u": "you",
    "r": "are",
    "im": "i m",
    "dont": "don t",
    "didnt": "didn t",
    "doesnt": "doesn t",
    "cant": "can t",
    "wont": "won t",
    "isnt": "isn t",
    "wasnt": "wasn t",
    "havent": "haven t",
    "hasnt": "hasn t",
    "arent": "aren t",
    "werent": "weren t",
    "theyre": "they re",
    "theyll": "they ll",
    "theres": "there s",
    "thats": "that s",
    "whats": "what s",
    "ive": "i ve",
    "youre": "you re",
    "youll": "you ll",
    "itll": "it ll",
    "shes": "she s",
    "hes": "he s",
    "svp": "s il vous plait",
    "stp": "s il te plait",
    "jsuis": "je suis",
    # French contractions typed without the apostrophe ("jai plus envie de vivre").
    "jai": "j ai",
    "jsui": "je suis",
    "jveux": "je veux",
    "jvais": "je vais",
    "jpeux": "je peux",
    "jme": "je me",
    "jne": "je ne",
    "jsais": "je sais",
    "kil": "qu il",
    "kils": "qu ils",
    "chui": "je suis",
}


def fold(text: str) -> str:
    """Lower case without accents, apostrophes split off, punctuation kept for sentences."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    plain = re.sub(r"['’`´]", " ", plain)
    return _HELD_LETTERS.sub(r"\1", plain)


def words(part: str) -> str:
    """One part of a sentence as single-spaced words, shorthand written out, padded by spaces."""
    cleaned = _SPACES.sub(" ", _NOT_A_WORD.sub(" ", part)).strip()
    said = cleaned.split()
    if said[:1] == ["were"]:  # "were lost in the desert": "we're" typed without its apostrophe
        said[0] = "we re"
    # "The U visa", "la visa T": a letter that names a visa is no "you".
    kept = {i for i, w in enumerate(said[:-1]) if w in ("u", "t") and said[i + 1] == "visa"}
    expanded = " ".join(
        w if i in kept else correct(_SHORTHAND.get(w, w)) for i, w in enumerate(said)
    )
    return f" {expanded} " if expanded else ""


@dataclass(frozen=True)
class Part:
    """A stretch of one sentence: its words (padded with spaces) and whether it asks."""

    text: str
    sentence: int
    question: bool


@lru_cache(maxsize=64)
def parts(text: str) -> tuple[Part, ...]:
    """The message cut into sentences and their parts, in order.

    Kept for the last few messages: the screen, the danger net and the discretion check each
    read the same message within one turn."""
    folded = fold(text)
    out: list[Part] = []
    sentence = 0
    cursor = 0
    for match in _SENTENCE_END.finditer(folded + "\n"):
        if match.group(0).strip() == "men" and _english_men(folded, match.start(), match.end()):
            continue
        chunk = folded[cursor : match.start()]
        separator = match.group(0)
        cursor = match.end()
        said = words(chunk)
        if said:
            out.append(Part(said, sentence, "?" in separator))
        if re.search(r"[.!?;\n]", separator):
            sentence += 1
    tail = words(folded[cursor:])  # the end of a message whose last word is "men" (English)
    if tail:
        out.append(Part(tail, sentence, False))
    return tuple(out)


# "Armed men", "with men", "men who": the English word, not Creole "men" (but).
_MEN_BEFORE = frozenset(
    "with the of by armed some young many two three four several these those other old for to "
    "and masked strange bad few more other older three dangerous".split()
)
_MEN_AFTER = frozenset("who with and in are were came come took from at that".split())


def _english_men(folded: str, start: int, end: int) -> bool:
    before = folded[:start].split()[-1:]
    after = folded[end:].split()[:1]
    return bool(set(before) & _MEN_BEFORE) or bool(set(after) & _MEN_AFTER)


@lru_cache(maxsize=64)
def whole(text: str) -> str:
    """The whole message as words (for place names and message-wide cues)."""
    return words(fold(text))


def tokens_before(text: str, start: int, count: int) -> list[str]:
    """Up to `count` words before position `start` of a padded part, nearest first."""
    return text[:start].split()[::-1][:count]


def tokens_after(text: str, end: int, count: int) -> list[str]:
    """Up to `count` words after position `end` of a padded part, nearest first."""
    return text[end:].split()[:count]
