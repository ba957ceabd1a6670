"""How a harm term is written down: the verb forms that tell when it happens, as a small DSL.

A term is one way of naming a harm in one language, with the form of its verb: happening now
(`now`: "me golpean", "is beating", "me frappe", "ap bat"), a state that holds now (`state`:
"estoy encerrada", "je suis enfermée"), done (`past`: "me golpearon", "beat me", "m'ont
frappé"), done just now (`recent`: "acaban de", "just", "viens de", "fèk"), habitual in the past
(`habit`: "me golpeaba", "used to", "me frappait", "te konn"), about to happen (`future`: "me van
a matar", "va me tuer", "pral touye"), only wished or feared (`hypo`: "que no me golpeen"), or
only named (`noun`: "un secuestro", "kidnapping"). Spanish regular verbs get all their forms from
one stem; the other languages list theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOW, STATE, PAST, RECENT, HABIT, FUTURE, HYPO, NOUN = (
    "now",
    "state",
    "past",
    "recent",
    "habit",
    "future",
    "hypo",
    "noun",
)
FORMS = (NOW, STATE, PAST, RECENT, HABIT, FUTURE, HYPO, NOUN)
# Spanish "me enfermé" (I fell ill) folds to the letters of French "enfermé(e)" (locked in):
# the Spanish words around it tell them apart ("ayer me enfermé y no pude ir"), French keeps
# its reading ("il me enferme dans la chambre", "ils m'ont enfermée").
SPANISH_ILL_NOT = (
    "".join(
        f"(?<!{before} me )"
        for before in (
            "yo",
            "ya",
            "y",
            "ayer",
            "que",
            "q",
            "pasada",
            "porque",
            "xq",
            "cuando",
            "hoy",
        )
    )
    + "(?<!se )(?<!nos )(?<!te )(?<!^me )"
)
NOT_ILL_AFTER = r"(?! (?:y|del|con|mucho|mucha|ayer|hace|otra|muy|feo|gravemente|no tengo)(?= ))"
# Forms that say the harm is going on or about to happen.
CURRENT = frozenset({NOW, STATE, FUTURE})


@dataclass(frozen=True)
class Term:
    """One phrasing of a harm: `form` is fixed unless it is "verb" (read from the auxiliaries
    around it); `person` is fixed ("self", "other", "generic") or read from the context."""

    harm: str
    lang: str
    form: str
    pattern: re.Pattern[str]
    person: str | None = None
    # Words the same message must also hold ("sin agua" counts in the desert, not at a shelter).
    needs: re.Pattern[str] | None = None


def term(
    harm: str,
    lang: str,
    form: str,
    regex: str,
    person: str | None = None,
    needs: str | None = None,
) -> Term:
    return Term(
        harm,
        lang,
        form,
        # Framed as a whole: a top-level "a|b" must not leave "a" without its trailing
        # space and "b" without its leading one (210 terms were written that way).
        re.compile(rf"(?<= )(?:{regex})(?= )"),
        person,
        re.compile(rf"(?<= )(?:{needs})(?= )") if needs else None,
    )


def es_ar(
    harm: str,
    stem: str,
    *,
    subj: str | None = None,
    past1: str | None = None,
    needs: str | None = None,
) -> list[Term]:
    """Every form of a regular Spanish -ar verb from its stem (a regex alternation).

    `subj` is the stem before -e/-en when spelling changes it (pegar: pegu-, amenazar: amenac-).
    """
    s = f"(?:{stem})"
    su = f"(?:{subj or stem})"
    forms = [
        term(harm, "es", NOW, rf"{s}(?:a|an|as)"),
        term(harm, "es", "verb", rf"{s}ando"),
        term(harm, "es", PAST, rf"{s}(?:aron|aste|amos)"),
        # "golpeo" is "golpeó" (he hit) after a pronoun, and the noun "el golpe" is not it.
        term(harm, "es", PAST, rf"(?:me|nos|lo|la|los|las|le|les) {s}o"),
        term(harm, "es", HABIT, rf"{s}(?:aba|aban|abas|abamos)"),
        term(harm, "es", "verb", rf"{s}ad[oa]s?"),
        term(harm, "es", "verb", rf"{s}(?:ar|arme|arnos|arte|arlo|arla|arlos|arlas|arle|arles)"),
        term(harm, "es", FUTURE, rf"{s}(?:ara|aran|are)"),
        term(harm, "es", HYPO, rf"{su}(?:e|en|es)"),
        *([term(harm, "es", PAST, rf"(?:me|nos) {past1}")] if past1 else []),
    ]
    if needs is None:
        return forms
    return [term(harm, "es", t.form, t.pattern.pattern[6:-5], needs=needs) for t in forms]


def compile_all(groups: list[list[Term]]) -> list[Term]:
    return [t for group in groups for t in group]
