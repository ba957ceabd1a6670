"""Reading the few words right before and after a harm term: negation, "if", and whether the
writer acts on a thing rather than suffers a harm.

These are the explicit rules that make "me golpean" differ from "nadie me ha golpeado" and "si
me golpean": walk back over pronouns and auxiliaries to the word that decides ("no"/"nunca"/
"pa" for negation, "si"/"if" for a hypothesis). The verb's form is read in bot.safety.tense,
the person in bot.safety.person, from the vocabulary in bot.safety.words.
"""

from __future__ import annotations

from bot.safety.text import tokens_after, tokens_before
from bot.safety.words import (
    AUX,
    CLITICS,
    FEAR,
    HYPO_SKIP,
    IF_WORDS,
    LINKS,
    NEGATORS,
    SUBJECTS,
    WRITER_SUBJECT,
)


def _walk_back(lang: str, part: str, start: int, limit: int = 5) -> list[str]:
    """Words before the term, nearest first, skipping pronouns (kept) up to `limit` words."""
    return tokens_before(part, start, limit)


def negation(lang: str, part: str, start: int, end: int, matched: str) -> str | None:
    """'neg' when the harm is denied, 'no_longer' when it stopped ("ya no", "pa ... anko")."""
    inside = set(matched.split())
    if inside & (NEGATORS[lang] | {"plus", "pas", "anko", "no", "not", "pa", "t", "ne", "n"}):
        return None  # the negation is part of the harm ("no me dejan salir", "ne respire plus")
    skip = CLITICS[lang] | AUX[lang]
    after = tokens_after(part, end, 2)
    if said_by(lang, matched):
        # "m pa ka ankò, m vle mouri": a negation before is another clause's; spoken French's
        # after the verb is this one's ("il me menace pas").
        return french_after(after) if lang == "fr" else None
    for word in _walk_back(lang, part, start, 5):
        if word in NEGATORS[lang]:
            before = tokens_before(part, start, 6)
            if lang == "es" and "ya" in before[: before.index(word) + 2]:
                return "no_longer"
            if (lang == "fr" and "plus" in after) or (lang == "ht" and "anko" in after):
                return "no_longer"
            if lang == "en" and word == "t" and not _contracted(before):
                return None
            return "neg"
        if word in ("longer", "anymore"):
            return "no_longer"
        if word not in skip:
            break
    if lang == "fr":
        return french_after(after)
    if lang == "en" and after[:1] in (["anymore"],) and "no" not in matched:
        return None
    return None


# Spoken French's negations after the verb ("il me frappe pas"); also read by the frames
# (bot/safety/frames.py), which have no language to hand.
FRENCH_AFTER = frozenset({"pas", "jamais", "plus"})
# What makes spoken French's "pas"/"plus" after a verb an amount, not a negation: "il me frappe
# pas mal" (a lot), "plus fort" (harder), "pas que moi" (not only me).
_AMOUNT = frozenset({"mal", "fort", "que", "beaucoup", "souvent", "encore", "trop", "qu"})


def french_after(after: list[str]) -> str | None:
    """Spoken French's negation after the verb: "il me frappe pas", "ils me battent plus"."""
    if not after or after[0] not in FRENCH_AFTER:
        return None
    if len(after) > 1 and after[1] in _AMOUNT:
        return None
    return "no_longer" if after[:1] == ["plus"] else "neg"


def said_by(lang: str, matched: str) -> bool:
    """The term starts with its own subject, so a negation before it is another clause's."""
    return matched.split()[:1] != [] and matched.split()[0] in SUBJECTS[lang]


def _contracted(before: list[str]) -> bool:
    """'t' is a negation after didn, don, won, can... (folded from "didn't")."""
    return len(before) > 1 and before[1] in {
        "didn",
        "don",
        "doesn",
        "won",
        "wouldn",
        "can",
        "couldn",
        "isn",
        "wasn",
        "weren",
        "aren",
        "hasn",
        "haven",
        "hadn",
        "shouldn",
        "ain",
    }


def hypothetical(lang: str, part: str, start: int) -> str | None:
    """The harm sits right after "si"/"if"/"au cas où", or is feared ("miedo de que", "afraid
    of being", "peur qu'on"): asked about, not lived. A verb in between ends the search, so
    "si no pago me matan" is a threat, not a hypothesis."""
    skip = HYPO_SKIP[lang] | LINKS
    linked = False
    near = tokens_before(part, start, 3)
    if (
        "de" in near
        and {"risque", "risquons", "riesgo"} & set(near)
        and "si" in tokens_before(part, start, 10)
    ):
        return "risk"  # "si je traverse, je risque de me noyer?": a risk weighed, asked about
    if (
        lang == "en"
        and near[:2] in (["they", "do"], ["they", "will"], ["they", "would"], ["they", "can"])
        and "if" in tokens_before(part, start, 10)
    ):
        return "if"  # "if my asylum gets denied do they lock me up?": the law, asked
    for word in _walk_back(lang, part, start, 7):
        if word in IF_WORDS[lang]:
            return "if"
        if word in FEAR and linked:
            return "fear"
        if word in LINKS:
            linked = True
        if word not in skip:
            return None
    return None


def by_writer(lang: str, part: str, start: int) -> bool:
    """The writer does it: a first-person subject, then at most an object pronoun, then the
    verb ("comment je le bloque", "kijan pou m bloke l")."""
    before = tokens_before(part, start, 3)
    if not before:
        return False
    if lang == "ht":
        # "m" is also "my" after a noun ("frè m koupe venn li"): a subject only after "pou",
        # "ke", "eske" or at the start.
        opener = before[1:2]
        return before[0] in WRITER_SUBJECT[lang] and opener in ([], ["pou"], ["ke"], ["eske"])
    if before[0] in WRITER_SUBJECT[lang]:
        return True
    return before[0] in CLITICS[lang] and before[1:2] != [] and before[1] in WRITER_SUBJECT[lang]
