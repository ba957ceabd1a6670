"""Place names to coordinates, offline, tolerant of typos and missing accents.

Exact matches on accent-folded names come first; otherwise rapidfuzz finds the closest name.
Among several places with one name the bigger one wins, Mexican places weighing five times
more, so "monterey" is Monterrey (Nuevo León) and "juarez" is Ciudad Juárez.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.directory import placedata
from bot.directory.common_words import SHORTEST, common_words
from bot.directory.placedata import fold
from bot.directory.states import AMBIGUOUS, STATES

MX_WEIGHT = 5
STATE_POPULATION = 100_000  # a state beats a town of its name, a big city beats the state
NAME_CUTOFF = 85.0  # fuzzy score for a name given on its own (an entity, a reply)
TEXT_CUTOFF = 88.0  # stricter inside free text, where every word is a candidate
MAX_NGRAM = 4
# Inside free text, words of common speech ("tarjeta", "el señor", "puente", "el monte") name a
# place only when it is a big one: a Mexican town of this size (or a state), elsewhere a city
# of that size, bigger still for a guess at a misspelling.
COMMON_MX = 15_000
COMMON_MX_AFTER_IN = 5_000
# Words that put a place after them: "estoy en", "voy a", "m nan", "je suis à".
PLACE_WORDS = frozenset({"en", "a", "in", "at", "to", "from", "nan", "an", "au", "dans", "vers"})
PLACE_WORDS |= {"desde", "hacia"}
COMMON_ELSEWHERE = 250_000
COMMON_ELSEWHERE_FUZZY = 500_000
FUZZY_ELSEWHERE = 100_000
ABBREVIATIONS = {"cd": "ciudad", "sta": "santa", "sn": "san", "gral": "general", "edo": "estado"}
DISPLAY_NAMES = {"Mexico City": "Ciudad de México"}  # GeoNames' English name for the capital
_STOPWORDS = """
    a al algo alla aqui aca ando ahi ahora ayuda ayudar bus busco buscando casa cerca
    como con cual de del desde donde el ella ellos en entre esta estamos estan estoy
    hay hoy la las lo los me mi mis muy necesito no nos o para pero por puedo que quiero
    se si sin soy su sus un una uno y yo albergue albergues refugio abogado abogada clinica
    medico doctor hospital salud legal migrante migrantes hola gracias tengo tenemos hambre
    trabajo papeles mujer mujeres hombre hombres nino ninos nina ninas hijo hijos hija hijas
    familia familias bebe bebes persona personas gente lugar seguro dormir comer noche dia
    gratis abogados asesoria consulta comida
    women woman men man children child kids family families baby free safe place sleep food
    work papers people
    femme femmes homme hommes enfant enfants famille bebe gratuit manger dormir
    fanm gason timoun pitit fanmi bebe gratis manje domi travay papye moun
    i im i'm am is are at the in near nearby need looking for shelter help lawyer doctor
    health clinic my me we our to of and or a an here there now today where city state
    je suis nous sommes dans pres de du la le les un une besoin cherche abri aide avocat
    medecin sante ou ici ville
    m mwen nou ye nan bo kote pre bezwen chache cheche yon abri ed avoka dokte lopital sante
    ak pou sa la a isit vil
"""
STOPWORDS = frozenset(_STOPWORDS.split())


@dataclass(frozen=True)
class Place:
    name: str
    state: str
    country: str
    latitude: float
    longitude: float
    population: int
    timezone: str
    kind: str = "city"  # "city" or "state"

    @property
    def label(self) -> str:
        return f"{self.name}, {self.state}" if self.state and self.state != self.name else self.name


def _key(text: str) -> str:
    """The matching key of what a person wrote: folded, common abbreviations spelt out."""
    return " ".join(ABBREVIATIONS.get(w, w) for w in fold(text).split())


def _plausible(gram: str, place: Place, fuzzy: bool = False, after: str = "") -> bool:
    """A place found in free text, unless common words name a small one (`COMMON_*`). A
    guess at a misspelling is never a small place: "lamina" is no La Mina. `after`: the word
    before the name; a town on the route named after "en", "a", "nan"... ("estoy en sonoyta")
    counts from a smaller size than one that stands alone ("el señor", "la tarjeta")."""
    if place.kind == "state":
        return True
    common = common_words()
    words = [w for w in gram.split() if w not in STOPWORDS]
    if words and all(len(w) < SHORTEST or w in common for w in words):
        if place.country == "MX":
            named_as_place = not fuzzy and after in PLACE_WORDS
            return place.population >= (COMMON_MX_AFTER_IN if named_as_place else COMMON_MX)
        return place.population >= (COMMON_ELSEWHERE_FUZZY if fuzzy else COMMON_ELSEWHERE)
    if fuzzy:
        return place.population >= (COMMON_MX if place.country == "MX" else FUZZY_ELSEWHERE)
    return True


def _weight(place: Place) -> float:
    size = STATE_POPULATION if place.kind == "state" else place.population
    return size * (MX_WEIGHT if place.country == "MX" else 1)


class Gazetteer:
    """Exact and fuzzy lookups over place names, and the places of one state."""

    def __init__(self, places: list[Place], names: dict[str, list[int]]) -> None:
        self.places = places
        self.names = names
        self.keys = list(names)

    @classmethod
    def from_raw(cls, raw: list[placedata.RawPlace]) -> Gazetteer:
        places: list[Place] = []
        names: dict[str, list[int]] = {}

        def add(key: str, index: int) -> None:
            if key and key not in AMBIGUOUS and index not in names.setdefault(key, []):
                names[key].append(index)

        for name, state, country, lat, lon, pop, tz, others in raw:
            shown = str(DISPLAY_NAMES.get(name, name) if country == "MX" else name)
            places.append(Place(shown, state, country, lat, lon, pop, tz))
            for alias in [name, *others]:
                add(fold(alias), len(places) - 1)
        capitals = {(p.name, p.state): p for p in places if p.country == "MX"}
        for state in STATES:
            capital = capitals.get((state.capital, state.name))
            if capital is None:
                raise LookupError(f"capital {state.capital!r} of {state.name} not in GeoNames")
            places.append(
                Place(
                    state.name,
                    state.name,
                    "MX",
                    capital.latitude,
                    capital.longitude,
                    capital.population,
                    capital.timezone,
                    "state",
                )
            )
            for alias in [state.name, *state.aliases]:
                add(fold(alias), len(places) - 1)
        return cls(places, names)

    def _best(self, indexes: list[int], state: str | None = None) -> Place | None:
        candidates = [self.places[i] for i in indexes]
        if state:
            candidates = [p for p in candidates if p.state == state] or candidates
        return max(candidates, key=_weight, default=None)

    def exact(
        self, name: str, state: str | None = None, country: str | None = None
    ) -> Place | None:
        """The place with exactly this (accent-folded) name, in `state`/`country` if given."""
        indexes = self.names.get(_key(name), [])
        places = [i for i in indexes if country is None or self.places[i].country == country]
        if state:
            places = [i for i in places if self.places[i].state == state]
        return self._best(places)

    def _fuzzy(self, key: str, cutoff: float, shortest: int = 5) -> tuple[float, Place] | None:
        if len(key) < shortest:
            return None
        hits = process.extract(key, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        scored = []
        for hit_key, score, _ in hits:
            place = self._best(self.names[hit_key])
            if place is not None:
                scored.append((score + 2 * math.log10(_weight(place) + 1), score, place))
        if not scored:
            return None
        _, score, place = max(scored, key=lambda s: s[0])
        return score, place

    def lookup(self, name: str) -> Place | None:
        """A place named on its own (an entity or a short reply): exact, then fuzzy."""
        key = _key(name)
        if key in AMBIGUOUS:
            return None
        found = self.exact(key)
        if found is not None:
            return found
        fuzzy = self._fuzzy(key, NAME_CUTOFF)
        return fuzzy[1] if fuzzy else None

    def find_in_text(self, text: str) -> Place | None:
        """The place a sentence mentions ("estoy en tijuna bc"), or None."""
        words = _key(text).split()
        grams: list[str] = []
        after: dict[str, str] = {}  # each gram's word before it (its first occurrence)
        for n in range(min(MAX_NGRAM, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if all(w in STOPWORDS for w in gram):
                    continue
                joined = " ".join(gram)
                grams.append(joined)
                after.setdefault(joined, words[i - 1] if i else "")
        # A whole multi-word name may start with "la", "el", "ciudad"...; a fuzzy guess may not.
        exact = [
            p
            for g in grams
            for p in [self.exact(g)]
            if p is not None and _plausible(g, p, after=after.get(g, ""))
        ]
        if exact:
            return self._prefer_city(exact)
        fuzzy = [
            f
            for g in grams
            if len(g.split()) <= 3
            and g.split()[0] not in STOPWORDS
            and g.split()[-1] not in STOPWORDS
            and g not in AMBIGUOUS
            for f in [self._fuzzy(g, TEXT_CUTOFF, shortest=6)]
            if f and _plausible(g, f[1], fuzzy=True)
        ]
        if fuzzy:
            return self._prefer_city([p for _, p in sorted(fuzzy, key=lambda f: -f[0])])
        return None

    @staticmethod
    def _prefer_city(found: list[Place]) -> Place:
        """A city over a state; a city in the state also named, when one is."""
        states = {p.name for p in found if p.kind == "state"}
        cities = [p for p in found if p.kind == "city"]
        in_state = [p for p in cities if p.state in states]
        return (in_state or cities or found)[0]

    def nearest(self, lat: float, lon: float, country: str | None = "MX") -> Place | None:
        """The closest city, to tell which state a shared location is in."""
        scale = math.cos(math.radians(lat))
        best: tuple[float, Place] | None = None
        for place in self.places:
            if place.kind != "city" or (country and place.country != country):
                continue
            d = (place.latitude - lat) ** 2 + ((place.longitude - lon) * scale) ** 2
            if best is None or d < best[0]:
                best = (d, place)
        return best[1] if best else None


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once; the first call may take a few seconds)."""
    return Gazetteer.from_raw(placedata.load())
