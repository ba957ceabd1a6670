"""One OutMessage per channel: splitting, keyboards, numbered options, typed answers, catalogs."""

from __future__ import annotations

import re

import pytest
from telegram import InlineKeyboardMarkup, ReplyKeyboardMarkup

from bot.channels import messages as cm
from bot.channels.buttons import LOCATION_PAYLOAD
from bot.channels.split import TELEGRAM_LIMIT, WHATSAPP_LIMIT, size, split_text
from bot.channels.telegram import render as telegram_render
from bot.channels.whatsapp import render as whatsapp_render
from bot.i18n import gettext, has_translation, load
from bot.nlg import menus
from bot.outbox import options
from bot.reply import Button, OutMessage

SENTENCE = "Tienes derecho a pedir asilo en México y es gratis. "


def test_short_text_is_one_part() -> None:
    assert split_text("  Hola.  ", 10) == ["Hola."]
    assert split_text("", 10) == []


def test_long_text_splits_on_sentences_within_the_limit() -> None:
    text = SENTENCE * 100  # ~5,100 characters
    parts = split_text(text, TELEGRAM_LIMIT)
    assert len(parts) == 2
    assert all(size(p) <= TELEGRAM_LIMIT for p in parts)
    assert all(p.endswith(".") for p in parts)  # cut after a sentence, not mid-word
    assert " ".join(parts).split() == text.split()  # nothing lost, nothing added


def test_paragraphs_are_preferred_to_sentences() -> None:
    first = "Primera parte. " * 40
    text = first.strip() + "\n\n" + "Segunda parte. " * 40
    parts = split_text(text, 1000)
    assert parts[0] == first.strip()


def test_emoji_count_twice_as_telegram_counts_them() -> None:
    text = "🙂" * 3000  # 6,000 UTF-16 units, no boundary at all
    parts = split_text(text, TELEGRAM_LIMIT)
    assert [size(p) for p in parts] == [4096, 1904]
    assert "".join(parts) == text


def test_a_word_longer_than_the_limit_is_cut_hard() -> None:
    parts = split_text("a" * 25, 10)
    assert parts == ["a" * 10, "a" * 10, "a" * 5]


def test_telegram_inline_keyboard_with_callback_data_within_64_bytes() -> None:
    long_payload = '/ask_rights{"topic":"rights_detention","extra":"' + "x" * 40 + '"}'
    message = OutMessage(
        "Elige:", (Button("Derechos", "/ask_rights"), Button("Largo", long_payload))
    )
    rendered = telegram_render.render(message, "es", message_id=42)
    (part,) = rendered.parts
    assert isinstance(part.markup, InlineKeyboardMarkup)
    data = [row[0].callback_data for row in part.markup.inline_keyboard]
    assert data == ["/ask_rights", "@42:1"]
    assert all(len(str(d).encode()) <= 64 for d in data)
    assert telegram_render.parse_callback_ref("@42:1") == (42, 1)
    assert telegram_render.parse_callback_ref("/ask_rights") is None
    assert rendered.options == ()


def test_every_menu_payload_fits_telegram_callback_data() -> None:
    for lang in ("es", "en", "fr", "ht"):
        for button in (*menus.main_menu(lang), *menus.more_menu(lang), *menus.language_buttons()):
            assert len(button.payload.encode()) <= telegram_render.CALLBACK_DATA_LIMIT, button


def test_telegram_location_request_becomes_a_reply_keyboard() -> None:
    message = OutMessage(
        "¿Dónde estás?",
        (Button("Enviar mi ubicación", LOCATION_PAYLOAD), Button("Tijuana", "/inform{}")),
    )
    rendered = telegram_render.render(message, "es", message_id=1)
    markup = rendered.parts[-1].markup
    assert isinstance(markup, ReplyKeyboardMarkup)
    assert markup.keyboard[0][0].request_location is True
    assert markup.one_time_keyboard is True
    assert rendered.options == (Button("Tijuana", "/inform{}"),)


def test_telegram_buttons_without_text_get_a_prompt() -> None:
    rendered = telegram_render.render(
        OutMessage("", (Button("Sí", "/affirm"),)), "fr", message_id=1
    )
    assert rendered.parts[0].text == gettext("fr", cm.CHOOSE_OPTION)


def test_keyboard_goes_with_the_last_of_several_parts() -> None:
    message = OutMessage(SENTENCE * 100, (Button("Menú", "/help_menu"),))
    parts = telegram_render.render(message, "es", message_id=1).parts
    assert len(parts) == 2
    assert parts[0].markup is None and parts[1].markup is not None


@pytest.mark.parametrize(
    ("lang", "instruction"),
    [
        ("es", "Responde con el número de tu opción: 1, 2 o 3."),
        ("en", "Reply with the number of your choice: 1, 2 or 3."),
        ("fr", "Répondez avec le numéro de votre choix : 1, 2 ou 3."),
        ("ht", "Reponn ak nimewo sa ou chwazi a: 1, 2 oswa 3."),
    ],
)
def test_whatsapp_numbered_options_are_localized(lang: str, instruction: str) -> None:
    buttons = (Button("Uno", "/a"), Button("Dos", "/b"), Button("Tres", "/c"))
    rendered = whatsapp_render.render(OutMessage("Elige:", buttons), lang)
    (body,) = rendered.parts
    assert body == f"Elige:\n\n1. Uno\n2. Dos\n3. Tres\n\n{instruction}"
    assert rendered.options == buttons


def test_whatsapp_location_request_explains_how_to_share() -> None:
    message = OutMessage("¿Dónde estás?", (Button("Mi ubicación", LOCATION_PAYLOAD),))
    rendered = whatsapp_render.render(message, "es")
    assert "📎" in rendered.parts[0] and "1." not in rendered.parts[0]
    assert rendered.options == ()


def test_whatsapp_long_text_splits_at_1600() -> None:
    rendered = whatsapp_render.render(
        OutMessage(SENTENCE * 100, (Button("Menú", "/help_menu"),)), "es"
    )
    assert len(rendered.parts) == 4
    assert all(size(p) <= WHATSAPP_LIMIT for p in rendered.parts)
    assert rendered.parts[-1].endswith("1.")  # "... 1." — the single option's instruction


def test_web_shape_is_the_chat_contract() -> None:
    shaped = OutMessage("Hola", (Button("Menú", "/help_menu"),)).as_dict()
    assert shaped == {"text": "Hola", "buttons": [{"title": "Menú", "payload": "/help_menu"}]}


OPTIONS = [
    Button("Tus derechos", "/ask_rights"),
    Button("Papeles", "/ask_regularization"),
    Button("Buscar un albergue", "/find_shelter"),
]


@pytest.mark.parametrize(
    ("typed", "payload"),
    [
        ("2", "/ask_regularization"),
        (" 3. ", "/find_shelter"),
        ("1️⃣", "/ask_rights"),
        ("#1", "/ask_rights"),
        ("papeles", "/ask_regularization"),
        ("PAPELES!", "/ask_regularization"),
        ("buscar un", "/find_shelter"),
        ("4", None),
        ("0", None),
        ("tengo 2 hijos", None),
        ("pap", None),
        ("", None),
    ],
)
def test_typed_answers_map_back_to_payloads(typed: str, payload: str | None) -> None:
    assert options.match(typed, OPTIONS) == payload


def test_channel_catalogs_are_complete() -> None:
    msgids = [v for k, v in vars(cm).items() if k.isupper() and isinstance(v, str)]
    assert len(msgids) >= 9
    for lang in ("es", "fr", "ht"):
        load(lang)  # every language's catalogs load
        for msgid in msgids:
            assert has_translation(lang, msgid), (lang, msgid)
            fields = set(re.findall(r"{(\w+)}", msgid))
            assert set(re.findall(r"{(\w+)}", gettext(lang, msgid))) == fields, (lang, msgid)
