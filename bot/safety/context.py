"""Reading the few words right before and after a harm term: tense, who, negation, "if".

These are the explicit rules that make "me golpean" differ from "me golpeaban", "nadie me ha
golpeado", "si me golpean" and "golpean a la gente": walk back over pronouns and auxiliaries to
the word that decides (an auxiliary for the tense, "no"/"nunca"/"pa" for negation, "si"/"if" for a
hypothesis), and look at the pronoun or noun the harm falls on.
"""

from __future__ import annotations

from bot.safety.terms import FUTURE, HABIT, HYPO, NOUN, NOW, PAST, RECENT, STATE
from bot.safety.text import tokens_after, tokens_before

SELF, OTHER, GENERIC, UNKNOWN = "self", "other", "generic", "unknown"

CLITICS = {
    "es": {"me", "nos", "te", "lo", "la", "los", "las", "le", "les", "se", "ya", "a", "que"},
    "en": {
        "me",
        "us",
        "him",
        "her",
        "them",
        "up",
        "really",
        "just",
        "also",
        "then",
        "that",
        "one",
        "ever",
        "even",
        "actually",
    },
    "fr": {"me", "m", "nous", "te", "t", "l", "le", "la", "les", "lui", "se", "s", "y", "en", "on"},
    "ht": {"m", "mwen", "nou", "li", "l", "yo", "y", "ou", "w", "k", "ki"},
}
AUX = {
    "es": {
        "han",
        "ha",
        "he",
        "hemos",
        "has",
        "habian",
        "habia",
        "estan",
        "esta",
        "estoy",
        "estamos",
        "estas",
        "estaban",
        "estaba",
        "van",
        "va",
        "voy",
        "vamos",
        "quieren",
        "quiere",
        "siguen",
        "sigue",
        "sigo",
        "andan",
        "anda",
        "tienen",
        "tiene",
        "tenian",
        "tenia",
        "tuvieron",
        "tuvo",
        "mantienen",
        "fui",
        "fue",
        "fuimos",
        "fueron",
        "fuiste",
        "estuve",
        "estuvo",
        "estuvimos",
        "estuvieron",
        "piensan",
        "piensa",
        "intentan",
        "intenta",
        "tratan",
        "trata",
        "de",
        "mucho",
        "todavia",
        "siempre",
        "otra",
        "vez",
        "bien",
        "muy",
        "casi",
        "vienen",
        "viene",
        "pueden",
        "puede",
        "podrian",
        "acaban",
        "acaba",
        "acabo",
    },
    "en": {
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "m",
        "s",
        "re",
        "ve",
        "ll",
        "d",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "get",
        "got",
        "gets",
        "getting",
        "keep",
        "keeps",
        "kept",
        "will",
        "would",
        "going",
        "to",
        "gonna",
        "just",
        "did",
        "do",
        "does",
        "almost",
        "nearly",
        "who",
        "that",
    },
    "fr": {
        "je",
        "j",
        "tu",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "on",
        "suis",
        "es",
        "est",
        "sommes",
        "etes",
        "sont",
        "ai",
        "as",
        "a",
        "avons",
        "avez",
        "ont",
        "avait",
        "avaient",
        "etais",
        "etait",
        "etions",
        "etaient",
        "ete",
        "va",
        "vont",
        "vais",
        "allons",
        "veut",
        "veulent",
        "veux",
        "viens",
        "vient",
        "venons",
        "viennent",
        "de",
        "d",
        "en",
        "train",
        "deja",
        "encore",
        "fait",
        "font",
        "se",
        "faire",
        "fais",
    },
    "ht": {
        "ap",
        "pral",
        "pra",
        "prale",
        "pwal",
        "va",
        "ava",
        "te",
        "t",
        "konn",
        "fek",
        "fenk",
        "sot",
        "sòt",
        "deja",
        "vle",
        "di",
        "toujou",
        "ankò",
        "anko",
        "gen",
        "se",
        "ka",
        "kab",
        "kapab",
    },
}
NEGATORS = {
    "es": {"no", "nunca", "jamas", "nadie", "ni", "tampoco", "ninguno", "ninguna"},
    "en": {"not", "never", "nobody", "no", "t", "neither", "nor"},
    "fr": {"ne", "n", "jamais", "personne", "pas", "rien"},
    "ht": {"pa", "pat", "poko", "pesonn", "janm", "okenn"},
}
IF_WORDS = {
    "es": {"si", "caso", "evitar", "prevenir", "cuando"},
    "en": {"if", "case", "avoid", "prevent", "when", "whether"},
    "fr": {"si", "cas", "eviter", "quand"},
    "ht": {"si", "le", "evite"},
}
GENERIC_NOUNS = {
    "trabajadores",
    "workers",
    "employees",
    "ouvriers",
    "travailleurs",
    "travaye",
    "gente",
    "personas",
    "migrantes",
    "mujeres",
    "muchachas",
    "viajeros",
    "uno",
    "alguno",
    "people",
    "migrants",
    "women",
    "girls",
    "travelers",
    "you",
    "someone",
    "anyone",
    "gens",
    "femmes",
    "voyageurs",
    "quelqu",
    "moun",
    "migran",
    "fanm",
    "ou",
}
FAMILY_NOUNS = {
    "hijo",
    "hija",
    "hijos",
    "hijas",
    "esposo",
    "esposa",
    "marido",
    "hermano",
    "hermana",
    "papa",
    "mama",
    "padre",
    "madre",
    "primo",
    "prima",
    "tio",
    "tia",
    "sobrino",
    "sobrina",
    "amigo",
    "amiga",
    "pareja",
    "novio",
    "novia",
    "bebe",
    "nino",
    "nina",
    "abuelo",
    "abuela",
    "companero",
    "companera",
    "son",
    "daughter",
    "husband",
    "wife",
    "brother",
    "sister",
    "father",
    "mother",
    "dad",
    "mom",
    "cousin",
    "uncle",
    "aunt",
    "friend",
    "partner",
    "boyfriend",
    "girlfriend",
    "baby",
    "fils",
    "fille",
    "mari",
    "femme",
    "frere",
    "soeur",
    "pere",
    "mere",
    "cousine",
    "oncle",
    "tante",
    "ami",
    "amie",
    "copain",
    "copine",
    "pitit",
    "fre",
    "se",
    "manman",
    "kouzen",
    "kouzin",
    "tonton",
    "matant",
    "zanmi",
    "madanm",
    "mennaj",
}


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
        return None  # "m pa ka ankò, m vle mouri": a new clause with its own subject
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
    if lang == "fr" and after[:1] in (["pas"], ["jamais"], ["plus"]):
        return "no_longer" if after[:1] == ["plus"] else "neg"
    if lang == "en" and after[:1] in (["anymore"],) and "no" not in matched:
        return None
    return None


SUBJECTS = {
    "es": frozenset({"yo"}),
    "en": frozenset({"i", "we", "he", "she", "they"}),
    "fr": frozenset({"je", "j", "il", "elle", "on", "ils", "elles"}),
    "ht": frozenset({"m", "mwen", "nou", "li", "yo"}),
}


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


HYPO_SKIP = {
    "es": {
        "un",
        "una",
        "unos",
        "unas",
        "el",
        "mi",
        "mis",
        "su",
        "sus",
        "policia",
        "policias",
        "agente",
        "agentes",
        "patron",
        "jefe",
        "hombre",
        "hombres",
        "tipo",
        "tipos",
        "coyote",
        "pollero",
        "esposo",
        "marido",
        "pareja",
        "novio",
        "migra",
        "militar",
        "militares",
        "soldado",
        "soldados",
        "narco",
        "narcos",
        "mara",
        "pandilla",
        "cartel",
        "me",
        "te",
        "se",
        "nos",
        "lo",
        "la",
        "los",
        "las",
        "le",
        "les",
        "a",
        "uno",
        "alguien",
        "ya",
        "no",
        "veo",
        "ves",
        "ve",
        "vemos",
        "llegan",
        "vienen",
        "nunca",
    },
    "en": {
        "a",
        "the",
        "my",
        "his",
        "her",
        "cop",
        "cops",
        "police",
        "officer",
        "officers",
        "agent",
        "agents",
        "boss",
        "man",
        "men",
        "guy",
        "guys",
        "smuggler",
        "coyote",
        "husband",
        "partner",
        "boyfriend",
        "gang",
        "soldier",
        "soldiers",
        "i",
        "we",
        "you",
        "they",
        "someone",
        "somebody",
        "get",
        "got",
        "gets",
        "am",
        "is",
        "are",
        "were",
        "was",
        "be",
        "been",
        "being",
        "ever",
        "see",
        "saw",
        "me",
        "us",
        "t",
        "don",
        "doesn",
        "not",
        "m",
        "re",
        "s",
    },
    "fr": {
        "un",
        "une",
        "des",
        "mon",
        "ma",
        "mes",
        "son",
        "sa",
        "policier",
        "policiers",
        "flic",
        "flics",
        "agent",
        "agents",
        "patron",
        "homme",
        "hommes",
        "type",
        "passeur",
        "mari",
        "copain",
        "gang",
        "je",
        "j",
        "on",
        "tu",
        "il",
        "ils",
        "elle",
        "nous",
        "me",
        "m",
        "te",
        "se",
        "s",
        "l",
        "le",
        "la",
        "les",
        "vois",
        "voit",
        "fais",
        "fait",
        "fasse",
        "ne",
        "n",
        "faire",
    },
    "ht": {
        "yo",
        "y",
        "m",
        "mwen",
        "ou",
        "w",
        "nou",
        "li",
        "l",
        "ta",
        "ka",
        "pa",
        "moun",
        "yon",
        "on",
        "polis",
        "ajan",
        "patwon",
        "nonm",
        "neg",
        "pase",
        "koyot",
        "mari",
        "mennaj",
        "gang",
        "bandi",
        "solda",
    },
}
LINKS = {"de", "of", "que", "qu", "pou", "that", "d"}
FEAR = {"miedo", "temo", "afraid", "scared", "fear", "worried", "peur", "crains", "pe"}


def hypothetical(lang: str, part: str, start: int) -> str | None:
    """The harm sits right after "si"/"if"/"au cas où", or is feared ("miedo de que", "afraid
    of being", "peur qu'on"): asked about, not lived. A verb in between ends the search, so
    "si no pago me matan" is a threat, not a hypothesis."""
    skip = HYPO_SKIP[lang] | LINKS
    linked = False
    for word in _walk_back(lang, part, start, 6):
        if word in IF_WORDS[lang]:
            return "if"
        if word in FEAR and linked:
            return "fear"
        if word in LINKS:
            linked = True
        if word not in skip:
            return None
    return None


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
        return PAST if aux in ("estaba", "estaban", "estuve", "estuvo", "estuvieron") else NOW
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


# The writer as the subject right before the verb: "je le bloque", "pou m bloke l", "i lock it".
WRITER_SUBJECT = {
    "es": frozenset({"yo"}),
    "en": frozenset({"i"}),
    "fr": frozenset({"je", "j"}),
    "ht": frozenset({"m", "mwen"}),
}


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
