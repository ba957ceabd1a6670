"""The form of a harm term's verb, read from the words before it: now, a state, done, just
done, used to, about to, only feared ("me golpean", "me golpeaban", "is beating", "used to
beat", "m'ont frappé", "te konn bat"). Each language walks back over its own clitics to the
auxiliary that decides.
"""

from __future__ import annotations

from bot.safety.terms import FUTURE, HABIT, HYPO, NOUN, NOW, PAST, RECENT, STATE
from bot.safety.text import tokens_before
from bot.safety.words import AUX, CLITICS


def form_of(lang: str, declared: str, part: str, start: int, end: int, matched: str) -> str:
    """The term's form; a `verb` term takes it from the auxiliary before it."""
    if declared != "verb":
        return declared
    before = tokens_before(part, start, 4)
    said = matched.split()
    last = said[-1] if said else matched
    # Auxiliaries inside the phrase count first ("me tuvieron encerrado", "was abused").
    if lang != "ht":
        before = said[:-1][::-1] + before
    if lang == "es":
        return _form_es(before, last)
    if lang == "en":
        return _form_en(before, matched)
    if lang == "fr":
        return _form_fr(before, matched)
    return _form_ht(before, matched)


def _first_aux(before: list[str], known: set[str], skip: set[str]) -> str | None:
    for word in before:
        if word in known:
            return word
        if word not in skip:
            return None
    return None


def _form_es(before: list[str], last: str) -> str:
    skip = CLITICS["es"] | {"mucho", "todavia", "siempre", "bien", "muy", "casi", "otra", "vez"}
    aux = _first_aux(before, AUX["es"], skip)
    if last.endswith(("ando", "iendo")):
        # "Me tuvieron trabajando a la fuerza": they had me working, a time that is over.
        done = ("estaba", "estaban", "estuve", "estuvo", "estuvieron", "tuvieron", "tuvo")
        return PAST if aux in (*done, "tenian", "tenia") else NOW
    if last.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")):
        if aux in ("he", "ha", "han", "hemos", "has", "acaban", "acaba", "acabo"):
            return RECENT
        if aux in (
            "fui",
            "fue",
            "fuimos",
            "fueron",
            "fuiste",
            "tuvieron",
            "tuvo",
            "estuve",
            "estuvo",
            "estuvimos",
            "estuvieron",
            "habia",
            "habian",
        ):
            return PAST
        if aux in ("tenian", "tenia", "estaba", "estaban"):
            return HABIT
        return STATE
    if last.endswith(("ar", "arme", "arnos", "arte", "arlo", "arla", "arlos", "arlas", "arle")):
        if aux in (
            "va",
            "van",
            "voy",
            "vamos",
            "quieren",
            "quiere",
            "piensan",
            "piensa",
            "intentan",
            "intenta",
            "tratan",
            "trata",
            "vienen",
            "viene",
        ):
            return FUTURE
        if aux in ("pueden", "puede", "podrian"):
            return HYPO
        return NOUN
    return NOW


def _form_en(before: list[str], matched: str) -> str:
    words = matched.split()
    head = next(
        (w for w in words if w.endswith(("ed", "en", "ing")) or w in _EN_IRREGULAR), words[0]
    )
    if "just" in before[:2]:
        return RECENT
    skip = {"really", "just", "also", "then", "badly", "all", "both", "actually"}
    aux = _first_aux(
        before,
        {
            "am",
            "is",
            "are",
            "m",
            "s",
            "re",
            "being",
            "was",
            "were",
            "got",
            "get",
            "gets",
            "been",
            "had",
            "have",
            "has",
            "ve",
            "keep",
            "keeps",
            "will",
            "ll",
            "to",
            "used",
        },
        skip,
    )
    if head.endswith("ing"):
        if aux in ("was", "were"):
            return PAST
        return NOW
    if head.endswith(("ed", "en", "ped", "ot")) or head in ("shot", "beat", "held", "kept", "tied"):
        if aux in ("am", "is", "are", "m", "s", "re", "being", "keep", "keeps"):
            return STATE
        if aux == "been":
            second = before[1] if len(before) > 1 else ""
            return PAST if second == "had" else RECENT
        if aux in ("was", "were", "got", "had"):
            return PAST
        if aux in ("get", "gets"):
            return NOW
        if aux in ("will", "ll", "to"):
            return FUTURE
        return PAST
    if aux == "used":
        return HABIT
    return NOW


_EN_IRREGULAR = frozenset({"shot", "beat", "held", "kept", "tied", "hit", "stole", "stolen", "cut"})


def _form_fr(before: list[str], matched: str) -> str:
    head = matched.split()[0]
    if before[:1] == ["et"] and len(before) > 1:
        before = before[2:]  # "m'a volé et frappé": the participles share the auxiliary
    if before[:2] == ["de", "viens"] or before[:2] == ["de", "vient"] or "viens" in before[:3]:
        return RECENT
    if head.endswith(("ent",)) or head in ("frappe", "bat", "violent", "viole"):
        pass
    aux = _first_aux(
        before,
        {
            "suis",
            "es",
            "est",
            "sommes",
            "etes",
            "sont",
            "ete",
            "ai",
            "as",
            "a",
            "avons",
            "ont",
            "etais",
            "etait",
            "etions",
            "etaient",
            "reste",
            "restons",
            "avait",
            "avaient",
        },
        {"m", "me", "nous", "l", "la", "le", "les", "deja", "toujours", "encore", "bien", "tres"},
    )
    if aux == "ete":
        return PAST
    if aux in ("suis", "es", "est", "sommes", "etes", "sont", "reste", "restons"):
        return STATE
    if aux in ("ai", "as", "a", "avons", "ont"):
        return PAST
    if aux in ("etais", "etait", "etions", "etaient", "avait", "avaient"):
        return HABIT
    if head.endswith(("e", "ee", "es", "ees", "u", "ue")):
        return STATE
    return NOW


def _form_ht(before: list[str], matched: str) -> str:
    marks = before[:3]
    if "fek" in marks[:2] or "fenk" in marks[:2] or "sot" in marks[:2]:
        return RECENT
    if marks[:1] == ["ap"] and len(marks) > 1 and marks[1] in ("t", "te"):
        return HABIT
    if marks[:1] == ["konn"]:
        return HABIT if len(marks) > 1 and marks[1] in ("te", "t") else NOW
    if marks[:1] in (["ap"], ["pral"], ["pra"], ["prale"], ["pwal"], ["va"], ["ava"], ["vle"]):
        return FUTURE if marks[0] != "ap" else NOW
    if marks[:1] in (["te"], ["t"]):
        return PAST
    if marks[:1] in (["ka"], ["kab"], ["kapab"]):
        return HYPO
    return PAST
