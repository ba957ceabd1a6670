"""Every language's catalogs load, and every interface string is translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot import messages
from bot.i18n import (
    CatalogError,
    format_distance,
    gettext,
    has_translation,
    load,
    normalize_language,
)
from bot.settings import ROOT

TRANSLATED = ("es", "fr", "ht")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def interface_strings() -> list[str]:
    return [v for k, v in vars(messages).items() if k.isupper() and isinstance(v, str)]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogs_load(lang: str) -> None:
    assert load(lang).gettext(messages.GREETING) != messages.GREETING


def test_missing_catalog_is_an_error_not_a_silent_fallback(tmp_path: Path) -> None:
    with pytest.raises(CatalogError):
        load("es", tmp_path)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_interface_string_is_translated(lang: str) -> None:
    missing = [s for s in interface_strings() if not has_translation(lang, s)]
    assert missing == []


@pytest.mark.parametrize("po", sorted(ROOT.glob("locales/*/LC_MESSAGES/*.po")), ids=str)
def test_translations_keep_placeholders(po: Path) -> None:
    with po.open("rb") as fh:
        for m in read_po(fh):
            if m.id and m.string:
                assert set(PLACEHOLDER.findall(str(m.id))) == set(
                    PLACEHOLDER.findall(str(m.string))
                ), m.id


def test_language_change_names_the_new_language() -> None:
    assert "español" in gettext("es", messages.LANGUAGE_CHANGED)
    assert "français" in gettext("fr", messages.LANGUAGE_CHANGED)
    assert "kreyòl" in gettext("ht", messages.LANGUAGE_CHANGED)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("es-MX", "es"), ("pt-br", None), ("FR", "fr"), ("ht", "ht"), ("", None), ("en_US", "en")],
)
def test_normalize_language(code: str, expected: str | None) -> None:
    assert normalize_language(code) == expected


def test_distances_follow_the_locale() -> None:
    assert format_distance(0.4, "en") == "400 m"
    assert format_distance(2.35, "en") == "2.4 km"
    assert format_distance(2.35, "es") == "2,4 km"
    assert format_distance(1234, "en") == "1,234 km"
