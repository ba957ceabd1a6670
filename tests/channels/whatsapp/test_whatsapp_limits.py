"""WhatsApp's limits, kept before Twilio is asked: titles cut between words and kept unique, the
right kind of menu for the number of choices, long text before a short interactive body."""

from __future__ import annotations

import pytest

from bot.channels.split import size
from bot.channels.whatsapp import interactive, render
from bot.channels.whatsapp.interactive import shorten, unique_titles
from bot.reply import ASK_LOCATION, Button, OutMessage, Place


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Asilo", 20, "Asilo"),
        ("Hablar con alguien", 20, "Hablar con alguien"),
        ("Tarjeta de visitante por razones humanitarias", 24, "Tarjeta de visitante…"),
        ("Tarjeta de visitante por razones humanitarias", 20, "Tarjeta de…"),
        ("Regularización migratoria en México", 20, "Regularización…"),
        ("Derechos, salud y escuela", 20, "Derechos, salud y…"),
        ("Papeles:   por   tu familia", 20, "Papeles: por tu…"),
        ("📍 Compartir mi ubicación ahora", 20, "📍 Compartir mi…"),
        ("Anticonstitucionalmente", 20, "Anticonstitucionalm…"),  # one word: the only cut
    ],
)
def test_titles_are_shortened_between_words(text: str, limit: int, expected: str) -> None:
    short = shorten(text, limit)
    assert short == expected
    assert size(short) <= limit


def test_titles_that_would_read_alike_are_numbered() -> None:
    titles = [
        "Tarjeta de visitante por razones humanitarias",
        "Tarjeta de visitante por trabajo",
        "Residencia",
        "residencia",
    ]
    short = unique_titles(titles, 24)
    assert short[0].startswith("1. ") and short[1].startswith("2. ")
    assert short[2:] == ["3. Residencia", "4. residencia"]
    assert len({s.casefold() for s in short}) == 4
    assert all(size(s) <= 24 for s in short)


def buttons(count: int) -> tuple[Button, ...]:
    return tuple(Button(f"Opción {i}", f'/choose{{"n":"{i}"}}') for i in range(count))


@pytest.mark.parametrize(
    ("count", "kind"),
    [(1, interactive.QUICK_REPLY), (3, interactive.QUICK_REPLY), (4, interactive.LIST_PICKER)],
)
def test_three_choices_are_buttons_and_more_a_list(count: int, kind: str) -> None:
    spec = interactive.menu("Elige:", buttons(count), "es", 7)
    assert spec is not None and spec.kind == kind


def test_more_than_ten_choices_or_an_empty_body_stay_numbered_text() -> None:
    assert interactive.menu("Elige:", buttons(11), "es", 7) is None
    assert interactive.menu("", buttons(2), "es", 7) is None
    assert interactive.menu("x" * 1025, buttons(2), "es", 7) is None


def test_two_buttons_with_one_payload_are_kept_apart() -> None:
    spec = interactive.menu(
        "¿Seguro?", (Button("Sí", "/affirm"), Button("Claro", "/affirm")), "es", 9
    )
    assert spec is not None
    ids = [a["id"] for a in spec.types[interactive.QUICK_REPLY]["actions"]]
    assert ids == ["@9:0", "@9:1"]


def test_the_same_content_in_another_language_is_another_content() -> None:
    es = interactive.menu("Elige:", buttons(2), "es", 1)
    again = interactive.menu("Elige:", buttons(2), "es", 2)
    en = interactive.menu("Elige:", buttons(2), "en", 1)
    assert es is not None and again is not None and en is not None
    assert es.key == again.key != en.key  # the message id matters only in references


def test_a_plan_sends_long_text_first_and_the_pin_last() -> None:
    text = "Una frase para leer. " * 140  # ~2,900 characters: 1,600 + 1,300
    place = Place("Casa del Migrante", "Av. Juárez 100", 32.5, -117.0)
    plan = render.plan(OutMessage(text, buttons(2), place), "es", 3)
    kinds = [p.content.kind if p.content else "text" for p in plan.parts]
    assert kinds == ["text", "text", interactive.QUICK_REPLY, interactive.LOCATION]
    assert all(size(p.body) <= 1600 for p in plan.parts)
    menu = plan.parts[2]
    assert menu.content is not None and menu.fallback[0].startswith(
        menu.content.types[interactive.QUICK_REPLY]["body"]
    )


def test_asking_for_a_place_adds_the_how_to_line_not_a_button() -> None:
    human = Button("Hablar con alguien", "/request_human")
    plan = render.plan(OutMessage("¿En qué ciudad estás?", (human,), asks=ASK_LOCATION), "es", 4)
    (part,) = plan.parts
    assert part.content is not None
    quick = part.content.types[interactive.QUICK_REPLY]
    assert "📎" in quick["body"] and [a["id"] for a in quick["actions"]] == ["/request_human"]
    numbered = render.render(OutMessage("¿Dónde?", (Button("📍", "/inform_location"),)), "es")
    assert numbered.options == () and "📎" in numbered.parts[0]
