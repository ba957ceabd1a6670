"""A question that names an office or a paper opens the page of the topic that names it."""

from __future__ import annotations

from bot.content.topics import load_topics
from bot.nlg.topics import layout, named_page


def test_the_page_that_names_what_was_named() -> None:
    """Development journeys, round 2: "nou gen konstans comar, nou ka jwenn curp?" got the
    CURP's first page, not the temporary CURP COMAR gives."""
    page = named_page("reg_curp", "nou gen konstans comar, nou ka jwenn curp?", "ht")
    assert page > 0
    messages = load_topics()["reg_curp"].messages
    assert any("COMAR" in messages[i] for i in layout("reg_curp", "ht")[page])


def test_a_name_on_every_page_or_none_keeps_the_first() -> None:
    assert named_page("reg_curp", "como saco la curp", "es") == 0
    assert named_page("reg_curp", "hola", "es") == 0
