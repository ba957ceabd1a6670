"""Language names and codes from other systems ("Spanish", "spa", "Kreyòl") to ISO 639-1."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

from bot.directory.placedata import fold

# ISO 639-2/3 codes other systems use for the languages people write to us in, and a few more.
THREE_LETTERS = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "hat": "ht", "por": "pt", "ara": "ar",
    "zho": "zh", "chi": "zh", "rus": "ru", "ukr": "uk", "vie": "vi", "kor": "ko", "tgl": "tl",
    "fas": "fa", "per": "fa", "pus": "ps", "hin": "hi", "urd": "ur", "quc": "quc", "mam": "mam",
    "kek": "kek", "tzo": "tzo", "tzh": "tzh", "nah": "nah", "cak": "cak",
}  # fmt: skip
EXTRA_NAMES = {"kreyol": "ht", "creole": "ht", "kreyol ayisyen": "ht", "haitian": "ht",
               "espanol": "es", "ingles": "en", "frances": "fr", "anglais": "en"}  # fmt: skip


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for display in ("en", "es", "fr"):
        for code, name in Locale(display).languages.items():
            if len(code) == 2:
                names.setdefault(fold(name), code)
    names.update(EXTRA_NAMES)
    return names


def language_code(value: str) -> str:
    """'es' for 'es', 'spa', 'Spanish', 'español'; '' when unknown."""
    text = value.strip()
    if not text:
        return ""
    lower = text.lower().replace("_", "-").split("-")[0]
    if len(lower) == 2 and lower.isalpha():
        return lower
    if lower in THREE_LETTERS:
        return THREE_LETTERS[lower]
    return _names().get(fold(text), "")
