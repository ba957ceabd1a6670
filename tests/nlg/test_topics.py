"""Topic answers that fit a phone: pages of at most about 600 characters, "More" for the rest."""

from __future__ import annotations

import json

import pytest

from bot.content.topics import load_topics
from bot.i18n import gettext
from bot.nlg import menus
from bot.nlg.topics import (
    PAGE_CHARS,
    choice,
    layout,
    pages,
    relevant_page,
    render_followup,
    render_page,
)
from bot.settings import LANGUAGES


def test_pages_pack_at_most_two_messages_and_about_600_characters() -> None:
    assert pages(["a" * 300, "b" * 250, "c" * 100]) == [[0, 1], [2]]
    assert pages(["a" * 700, "b" * 10]) == [[0], [1]]
    assert pages(["a" * 10, "b" * 10, "c" * 10]) == [[0, 1], [2]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_first_reply_fits_a_phone(lang: str) -> None:
    for topic_id in load_topics():
        first = render_page(topic_id, lang, 0)
        assert 1 <= len(first) <= 2
        size = sum(len(m.text) for m in first)
        assert size <= PAGE_CHARS or len(first) == 1, topic_id
        more = [b for b in first[-1].buttons if b.payload.startswith("/show_more")]
        assert bool(more) == (len(layout(topic_id, lang)) > 1), topic_id
        assert first[-1].buttons[-1] == menus.menu_button(lang)
        assert not any(m.buttons for m in first[:-1])
        assert all(len(b.payload.encode()) <= 64 for b in first[-1].buttons)


def test_more_walks_through_the_pages() -> None:
    topic = next(t for t, v in load_topics().items() if len(layout(t, "es")) > 1)
    seen: list[str] = []
    page = 0
    for _ in range(10):
        out = render_page(topic, "es", page)
        seen += [m.text for m in out]
        more = [b for b in out[-1].buttons if b.payload.startswith("/show_more")]
        if not more:
            break
        page = int(json.loads(more[0].payload.removeprefix("/show_more"))["page"])
    assert len(seen) == len(load_topics()[topic].messages)


def test_a_follow_up_comes_first_with_its_topic_one_button_away() -> None:
    out = render_followup("reg_humanitarian", "cost", "es")
    assert out is not None and len(out) == 1
    assert out[0].buttons[0].payload == '/show_more{"topic":"reg_humanitarian","page":"0"}'
    assert render_followup("rights", "cost", "es") is None


def test_how_long_opens_the_page_with_the_deadline() -> None:
    page = relevant_page("asylum", "duration", "es")
    assert "30" in " ".join(m.text for m in render_page("asylum", "es", page))


def test_a_choice_offers_both_and_the_menu() -> None:
    out = choice(["reg_curp", "intent:find_shelter"], None, "en")
    assert [b.payload for b in out.buttons] == [
        '/ask_regularization{"topic":"reg_curp"}',
        "/find_shelter",
        "/help_menu",
    ]
    with_kind = choice(["reg_curp", "asylum"], "cost", "en")
    assert with_kind.buttons[0].payload == '/ask_cost{"topic":"reg_curp"}'


def test_a_follow_up_for_a_topic_not_named_is_headed_by_its_title() -> None:
    plain = render_followup("reg_humanitarian", "requirements", "es")
    titled = render_followup("reg_humanitarian", "requirements", "es", titled=True)
    assert plain and titled and len(plain) == len(titled)
    title = gettext("es", load_topics()["reg_humanitarian"].title)
    assert titled[0].text == f"{title}:\n{plain[0].text}" and not plain[0].text.startswith(title)
