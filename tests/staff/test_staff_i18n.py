"""Every console string has Spanish; every handoff string the person reads has es, fr and ht.

All catalogs of a language are merged, so a msgid shared with another area must carry the same
translation there, or one of the two places would show the other's words.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.handoff import messages as person_messages
from bot.i18n import has_translation
from bot.settings import ROOT
from bot.staff import labels, messages

LOCALES = ROOT / "locales"


def console_strings() -> list[str]:
    found = [v for k, v in vars(messages).items() if k.isupper() and isinstance(v, str)]
    for table in labels.LABELS.values():
        found.extend(v for v in table.values() if v not in ("Telegram", "WhatsApp"))
    return found


def person_strings() -> list[str]:
    return [
        v
        for k, v in vars(person_messages).items()
        if k.isupper() and isinstance(v, str) and k != "CONSENT_VERSION"
    ]


def test_every_console_string_has_spanish() -> None:
    assert [s for s in console_strings() if not has_translation("es", s)] == []


@pytest.mark.parametrize("lang", ["es", "fr", "ht"])
def test_every_handoff_string_is_translated(lang: str) -> None:
    assert [s for s in person_strings() if not has_translation(lang, s)] == []


@pytest.mark.parametrize("lang", ["es", "fr", "ht"])
def test_shared_msgids_agree_across_catalogs(lang: str) -> None:
    ours = set(console_strings()) | set(person_strings())
    seen: dict[str, set[str]] = defaultdict(set)
    for po in sorted((LOCALES / lang / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh):
                if message.id in ours and message.string:
                    seen[str(message.id)].add(str(message.string))
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_templates_have_no_untranslated_words() -> None:
    """Visible text in templates comes from t(...) or label(...), never typed in English."""
    import re

    allowed = {"Puente", "OK", "Español", "English", "—", "←", "·", "#", "km", ",", "(!)"}
    for template in (ROOT / "bot" / "staff" / "templates").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        text = re.sub(r"\{[{%#].*?[}%#]\}", " ", text, flags=re.S)
        text = re.sub(r"<[^>]*>", " ", text, flags=re.S)
        words = {w for w in text.split() if w not in allowed and not re.fullmatch(r"\W+", w)}
        assert words == set(), f"{template.name}: {sorted(words)}"


def test_catalog_files_exist() -> None:
    for lang in ("es", "fr", "ht"):
        assert (LOCALES / lang / "LC_MESSAGES" / "handoff.po").is_file()
    assert (LOCALES / "es" / "LC_MESSAGES" / "staff.po").is_file()
    assert Path(LOCALES / "es" / "LC_MESSAGES" / "staff.po").stat().st_size > 0
