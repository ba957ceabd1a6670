"""Who a harm falls on: the writer ("self"), someone they name ("other"), people in general
("generic"), or nobody said ("unknown"), read from the pronouns and nouns around the term in
each language ("me golpean", "golpean a mi hermana", "golpean a la gente", "ils nous ont
frappés", "yo bat pitit mwen").
"""

from __future__ import annotations

from bot.safety.text import tokens_after, tokens_before
from bot.safety.words import (
    FAMILY_NOUNS,
    GENERIC,
    GENERIC_NOUNS,
    OTHER,
    SELF,
    UNKNOWN,
)


def person_of(lang: str, fixed: str | None, part: str, start: int, end: int, matched: str) -> str:
    """Who the harm falls on: the writer ("self"), someone they name ("other"), people in
    general ("generic"), or nobody said ("unknown")."""
    if fixed:
        return fixed
    said = matched.split()
    after = tokens_after(part, end, 3)
    before = tokens_before(part, start, 4)
    if lang == "es":
        return _person_es(said, before, after)
    if lang == "en":
        return _person_en(said, before, after)
    if lang == "fr":
        return _person_fr(said, before, after)
    return _person_ht(said, before, after)


def _generic_or_other(words: list[str]) -> str | None:
    for word in words:
        if word in GENERIC_NOUNS:
            return GENERIC
        if word in FAMILY_NOUNS:
            return OTHER
    return None


def _person_es(said: list[str], before: list[str], after: list[str]) -> str:
    pronouns = {
        "me": SELF,
        "nos": SELF,
        "te": GENERIC,
        "lo": OTHER,
        "la": OTHER,
        "los": OTHER,
        "las": OTHER,
        "le": OTHER,
        "les": OTHER,
    }
    for index, word in enumerate(said):
        if word in pronouns:
            return pronouns[word]
        if word.endswith(("arme", "arnos", "irme", "irnos")):
            return SELF
        if word in ("estoy", "estamos", "sigo", "seguimos"):
            return SELF
        if word in ("mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras"):
            following = said[index + 1 : index + 2] + after[:1]
            return OTHER if following and following[0] in FAMILY_NOUNS else SELF
    skip = {
        "ya",
        "han",
        "ha",
        "he",
        "hemos",
        "estan",
        "esta",
        "estaban",
        "estaba",
        "van",
        "va",
        "a",
        "mucho",
        "siempre",
        "todavia",
        "que",
    }
    for word in before:
        if word in pronouns:
            return pronouns[word]
        if word in ("estoy", "estamos", "fui", "fuimos", "sigo", "seguimos"):
            return SELF
        if word not in skip:
            break
    if after[:1] == ["a"] or after[:1] == ["al"]:
        found = _generic_or_other(after[1:3])
        if found:
            return found
        return (
            GENERIC
            if after[1:2] in (["los"], ["las"]) and len(after) > 2 and after[2].endswith("s")
            else OTHER
        )
    found = _generic_or_other(after[:2]) or _generic_or_other(before[:3])
    return found or UNKNOWN


def _person_en(said: list[str], before: list[str], after: list[str]) -> str:
    objects = {
        "me": SELF,
        "us": SELF,
        "myself": SELF,
        "him": OTHER,
        "her": OTHER,
        "them": OTHER,
        "herself": OTHER,
        "himself": OTHER,
        "themselves": OTHER,
        "my": OTHER,
        "our": OTHER,
        "you": GENERIC,
        "people": GENERIC,
        "migrants": GENERIC,
        "women": GENERIC,
        "girls": GENERIC,
        "someone": OTHER,
        "somebody": OTHER,
    }
    seen = said[1:] + after[:2]
    for index, word in enumerate(seen):
        if word in ("my", "our"):
            following = seen[index + 1 : index + 2]
            return OTHER if following and following[0] in FAMILY_NOUNS else SELF
        if word in objects:
            return objects[word]
    subjects = {
        "i": SELF,
        "we": SELF,
        "he": OTHER,
        "she": OTHER,
        "they": OTHER,
        "you": GENERIC,
        "people": GENERIC,
        "migrants": GENERIC,
        "women": GENERIC,
        "girls": GENERIC,
        "someone": OTHER,
        "somebody": OTHER,
    }
    skip = {
        "m",
        "am",
        "was",
        "were",
        "is",
        "are",
        "s",
        "re",
        "ve",
        "have",
        "has",
        "been",
        "being",
        "got",
        "get",
        "gets",
        "just",
        "all",
        "both",
        "also",
        "who",
        "ever",
        "even",
        "really",
        "actually",
    }
    for index, word in enumerate(before):
        if word in subjects:
            return subjects[word]
        if word in FAMILY_NOUNS:
            return OTHER
        if word not in skip:
            break
        if index > 3:
            break
    return UNKNOWN


# Words that start the object of "on a enlevé ...": the harm was done to them, not to "on".
_FR_OBJECT_START = frozenset(
    ["un", "une", "des", "deux", "trois", "plusieurs", "le", "la", "les", "ce", "cette", "ces"]
)


def _person_fr(said: list[str], before: list[str], after: list[str]) -> str:
    clitics = {
        "m": SELF,
        "me": SELF,
        "nous": SELF,
        "l": OTHER,
        "le": OTHER,
        "la": OTHER,
        "les": OTHER,
        "lui": OTHER,
    }
    if said and said[0] in clitics:
        return clitics[said[0]]
    if _generic_or_other(after[:2]) == GENERIC:
        return GENERIC  # "on enlève des gens": people in general, whoever "on" is
    for index, word in enumerate(said[1:] + after[:2]):
        if word in ("mon", "ma", "mes", "notre", "nos"):
            following = (said[1:] + after[:2])[index + 1 : index + 2]
            return OTHER if following and following[0] in FAMILY_NOUNS else SELF
    skip = {
        "suis",
        "est",
        "sommes",
        "sont",
        "a",
        "ai",
        "ont",
        "ete",
        "avons",
        "deja",
        "etait",
        "etais",
        "etaient",
    }
    subjects = {
        "je": SELF,
        "j": SELF,
        "on": SELF,
        "nous": SELF,
        "il": OTHER,
        "elle": OTHER,
        "ils": OTHER,
        "elles": OTHER,
        "m": SELF,
        "me": SELF,
        "l": OTHER,
        "les": OTHER,
    }
    for word in before:
        if word == "on" and after[:1] and after[0] in _FR_OBJECT_START:
            return OTHER  # "on a kidnappé un bus de migrants": someone did it to others
        if word in subjects:
            return subjects[word]
        if word in FAMILY_NOUNS:
            return OTHER
        if word in GENERIC_NOUNS:
            return GENERIC
        if word not in skip:
            break
    found = _generic_or_other(after[:3])
    return found or UNKNOWN


def _person_ht(said: list[str], before: list[str], after: list[str]) -> str:
    objects = {"m": SELF, "mwen": SELF, "nou": SELF, "li": OTHER, "l": OTHER}
    if len(said) > 2 and said[-1] in ("m", "mwen", "nou") and said[-2] in FAMILY_NOUNS:
        return OTHER
    if len(said) > 1 and said[-1] in objects:
        return objects[said[-1]]
    if len(said) > 1 and said[1] in objects:
        return objects[said[1]]
    if "moun" in said or "migran" in said:
        return GENERIC
    if after[:1] and after[0] in objects:
        return objects[after[0]]
    if after[:1] and after[0] in FAMILY_NOUNS:
        return OTHER
    if after[:1] and after[0] in GENERIC_NOUNS:
        return GENERIC
    for index, word in enumerate(before[:3]):
        if word in ("m", "mwen", "nou"):
            owner = before[index + 1 : index + 2]
            return OTHER if owner and owner[0] in FAMILY_NOUNS else SELF
        if word in FAMILY_NOUNS:
            return OTHER
    return UNKNOWN
