"""Harm words typed in a hurry: "secuestarron", "golpiaron", "kidnaped", "enfermé" → their form.

A person in danger types fast on a small screen. Long, distinctive harm words (seven letters or
more) that are one slip away (a letter added, dropped, changed or two swapped) from a known
form are read as that form before the patterns run. Short words are never corrected: "pagaron"
(paid) must not become "pegaron" (hit), so neither is on the list.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

# Every ending of the Spanish harm verbs above is a word in its own right ("secuestren" is
# not a slip of "secuestran").
_STEMS = (
    "secuestr",
    "golpe",
    "amenaz",
    "amenac",
    "extorsion",
    "encerr",
    "encierr",
    "viol",
    "abus",
    "asalt",
    "amarr",
    "maltrat",
    "desaparec",
)
_ENDINGS = (
    "a",
    "an",
    "as",
    "o",
    "e",
    "en",
    "es",
    "aron",
    "aste",
    "ado",
    "ada",
    "ados",
    "adas",
    "ando",
    "aba",
    "aban",
    "ar",
    "ara",
    "aran",
    "arme",
    "arnos",
    "io",
    "ieron",
    "ido",
    "ida",
    "iendo",
)
KNOWN = tuple(
    sorted(
        set(
            """
    secuestraron secuestrado secuestrada secuestrados secuestradas secuestrar secuestran
    secuestro secuestros secuestrando secuestradores golpearon golpeando golpeado golpeada
    golpeados amenazaron amenazando amenazado amenazada amenazas extorsion extorsionan
    extorsionando extorsionaron extorsionar extorsiones encerraron encerrado encerrada
    encerrados encerradas violaron violada violacion abusaron asaltaron desaparecido
    desaparecida desaparecio sangrando inconsciente desmayado desmayada suicidarme suicidio
    convulsionando deshidratado deshidratada amarrados amarrada amarrado retenidos retenida
    kidnapped kidnapping kidnappers abducted threatened threatening threatens trafficking
    trafficked unconscious bleeding breathing suicide suicidal stabbed beating assaulted
    sequestre sequestree sequestres enlevement enlevee kidnappe kidnappee kidnappes menacent
    frappent frappee enfermee enfermes enfermees violee saignement evanoui evanouie suicider
    kidnape kidnaped sekestre vyolans disparet menase ekstosyon swisid endispoze
    extortion extorted extorting extortions kidnapper kidnappers threaten trafficker
    traffickers extorsions extorquent sequestrent sequestrer enlevent enlever kidnapper
    kidnappent menaces menacee menaces
    """.split()
        )
        | {f"{stem}{ending}" for stem in _STEMS for ending in _ENDINGS}
    )
)
MIN_LENGTH = 7
# Words of their own one slip from a harm form: "lo entierra" (buries him) is a death threat,
# not "lo encierra" (locks him up); "violation des droits", "violations" are not a rape.
NOT_SLIPS = frozenset(
    "entierra entierran entierro entierre entierren enterrar violation violations".split()
)


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """The known harm form one slip away from `word`, else `word`."""
    if len(word) < MIN_LENGTH or word in KNOWN or word in NOT_SLIPS or not word.isalpha():
        return word
    limit = 1
    best, best_distance = word, limit + 1
    for known in KNOWN:
        if abs(len(known) - len(word)) > limit or known[:2] != word[:2]:
            continue
        distance = OSA.distance(word, known, score_cutoff=limit)
        if distance < best_distance:
            best, best_distance = known, distance
    return best
