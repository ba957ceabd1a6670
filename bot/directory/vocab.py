"""The fixed vocabularies of the directory, in one place so files, search and CLI agree."""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "shelter",
    "legal_aid",
    "health",
    "psychosocial",
    "food",
    "child_protection",
    "gbv_support",
    "trafficking_support",
    "consular",
    "government_office",
    "international_org",
)

# Who a service is for. `all` means anyone; a blank list means the source did not say.
POPULATIONS: tuple[str, ...] = (
    "women",
    "children",
    "unaccompanied_minors",
    "families",
    "lgbti",
    "men",
    "all",
    "asylum_seekers",
    "returnees",
    "trafficking_survivors",
)

# Populations say who (WHO) or in what situation (SITUATION); a service that names none of one
# kind does not restrict by it.
WHO = frozenset({"women", "children", "unaccompanied_minors", "families", "lgbti", "men"})
SITUATION = frozenset({"asylum_seekers", "returnees", "trafficking_survivors"})

COSTS: tuple[str, ...] = ("free", "low_cost", "paid")

# `exact`: the coordinates are the site's (street precision); `city`: they are only the city
# centre; `none`: no usable position (an import with --partial kept the row's other data after
# refusing its coordinates); such an entry is never found by distance, only by staff.
PRECISIONS: tuple[str, ...] = ("exact", "city", "none")
PLACED: tuple[str, ...] = ("exact", "city")

# What a provider says about room tonight (the freshness link, HSDS service_capacity).
CAPACITIES: tuple[str, ...] = ("full", "room_families", "beds_available")

# The conversation's intents and the category each one searches.
INTENT_CATEGORIES: dict[str, str] = {
    "find_shelter": "shelter",
    "find_legal_help": "legal_aid",
    "find_health": "health",
}
CATEGORY_INTENTS: dict[str, str] = {v: k for k, v in INTENT_CATEGORIES.items()}

# An entry nobody confirmed for this long is "not confirmed recently" (DIRECTORY_STALE_DAYS).
STALE_AFTER_DAYS = 180
NEARBY_KM = 150.0

# Words that name what a person looks for, for when the NLU heard only the place in
# "m ap chèche yon abri nan Tijuana" (accent-folded, matched as whole words).
SERVICE_WORDS: dict[str, tuple[str, ...]] = {
    "shelter": (
        "albergue", "albergues", "albege", "refugio", "shelter", "shelters", "abri", "refuge",
        "hebergement", "lojman", "casa del migrante", "kay migran", "dormir", "domi",
    ),
    "legal_aid": (
        "abogado", "abogada", "abogados", "lawyer", "legal", "avocat", "avoka", "juridique",
        "juridica", "asesoria legal", "aide juridique",
    ),
    "health": (
        "doctor", "medico", "clinica", "hospital", "salud", "health", "clinic", "medecin",
        "sante", "dokte", "lopital", "klinik",
    ),
}  # fmt: skip
