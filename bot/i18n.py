"""Gettext catalogs from `locales/`, one merged catalog per language, with Babel formatting.

English is the source language of every msgid. Catalogs are read from the `.po` files at start-up
and compiled in memory, so a stale or missing `.mo` can never silently serve untranslated text;
a missing catalog for a supported language is an error, not a fallback.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from bot.settings import DEFAULT_LANGUAGE, LANGUAGES, ROOT

LOCALES = ROOT / "locales"
SOURCE_LANGUAGE = "en"


def N_(msgid: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return msgid


class CatalogError(RuntimeError):
    """A language's catalogs are missing or unreadable."""


def normalize_language(code: str | None) -> str | None:
    """Map 'es-MX', 'pt_BR', 'FR' to a supported language code, or None."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def _po_files(lang: str, root: Path) -> list[Path]:
    return sorted((root / lang / "LC_MESSAGES").glob("*.po"))


@cache
def load(lang: str, root: Path = LOCALES) -> Translations:
    """Merge every `.po` of a language into one compiled Translations object."""
    merged = _merged_catalog(lang, root)
    buf = io.BytesIO()
    write_mo(buf, merged)
    buf.seek(0)
    return Translations(fp=buf, domain="puente")


@cache
def translated_ids(lang: str, root: Path = LOCALES) -> frozenset[str]:
    """The msgids a language's catalogs translate (a translation may equal its msgid)."""
    return frozenset(str(m.id) for m in _merged_catalog(lang, root) if m.id)


def _merged_catalog(lang: str, root: Path) -> Catalog:
    files = _po_files(lang, root)
    if not files and lang != SOURCE_LANGUAGE:
        raise CatalogError(f"no catalogs for language {lang!r} under {root}")
    merged = Catalog(locale=lang)
    for path in files:
        with path.open("rb") as fh:
            try:
                catalog = read_po(fh, locale=lang, abort_invalid=True)
            except Exception as exc:
                raise CatalogError(f"{path}: {exc}") from exc
        for message in catalog:
            if message.id and message.string and not message.fuzzy:
                merged[message.id] = message
    return merged


@cache
def catalog_strings(lang: str, root: Path = LOCALES) -> dict[str, str]:
    """Every translated msgid of a language with its translation, for checks and reviewers."""
    return {str(m.id): str(m.string) for m in _merged_catalog(lang, root) if m.id}


def gettext(lang: str, msgid: str, **values: Any) -> str:
    """Translate `msgid` into `lang` and fill `{name}` placeholders."""
    text = load(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).gettext(msgid)
    return text.format(**values) if values else text


def has_translation(lang: str, msgid: str) -> bool:
    if lang == SOURCE_LANGUAGE or not msgid.strip():
        return True
    return msgid in translated_ids(lang)


def format_distance(km: float, lang: str) -> str:
    """'850 m' or '12,5 km' in the person's locale."""
    if km < 1:
        return f"{format_decimal(round(km * 1000, -1), format='#,##0', locale=lang)} m"
    pattern = "#,##0.0" if km < 10 else "#,##0"
    return f"{format_decimal(km, format=pattern, locale=lang)} km"


def language_name(lang: str) -> str:
    """The language's name in itself, for language buttons."""
    return {"es": "Español", "en": "English", "fr": "Français", "ht": "Kreyòl"}[lang]
