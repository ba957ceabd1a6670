"""What people and partners read about referrals is translated; the console's words have es.

The privacy notice's page says what partners see and how to stop sharing, in each language.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bot.i18n import has_translation
from bot.privacy import messages as privacy_messages
from bot.referrals import messages
from bot.referrals.words import CATEGORY_WORDS
from bot.staff import referral_messages as rm


def person_strings() -> list[str]:
    found = [v for k, v in vars(messages).items() if k.isupper() and isinstance(v, str)]
    return [*found, *CATEGORY_WORDS.values(), privacy_messages.PAGE_PARTNERS]


def console_strings() -> list[str]:
    found = [v for k, v in vars(rm).items() if k.isupper() and isinstance(v, str)]
    for table in rm.REFERRAL_LABELS.values():
        found.extend(table.values())
    return found


@pytest.mark.parametrize("lang", ["es", "fr", "ht"])
def test_every_referral_string_a_person_reads_is_translated(lang: str) -> None:
    assert [s for s in person_strings() if not has_translation(lang, s)] == []


def test_every_console_referral_string_has_spanish() -> None:
    assert [s for s in console_strings() if not has_translation("es", s)] == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "ya no quiero compartir mis datos"),
        ("fr", "je ne veux plus partager mes données"),
        ("ht", "mwen pa vle pataje done m ankò"),
        ("en", "stop sharing my data"),
    ],
)
def test_the_privacy_page_says_how_to_stop_sharing(
    client: TestClient, lang: str, words: str
) -> None:
    page = client.get(f"/privacy?lang={lang}")
    assert page.status_code == 200
    assert words in page.text.replace("&#34;", '"').replace("&quot;", '"')


@pytest.mark.parametrize(
    "text",
    [
        "ya no quiero compartir mis datos",
        "Ya no kiero q compartan mis datos porfa",
        "no quiero que den mi numero",
        "retiro mi consentimiento",
        "stop sharing my data",
        "I dont want to share my info anymore",
        "je ne veux plus partager mes données",
        "mwen pa vle pataje done m ankò",
    ],
)
def test_withdrawal_is_understood_in_messaging_style(text: str) -> None:
    from bot.referrals.person import concerns

    assert concerns(text, None)


@pytest.mark.parametrize(
    "text", ["quiero compartir mi ubicacion", "hola necesito albergue", "no", "si"]
)
def test_ordinary_messages_are_not_withdrawals(text: str) -> None:
    from bot.referrals.person import concerns

    assert not concerns(text, None)
