"""Where the writer is (bot.safety.place): almost at a place is there; a country someone may be
sent back to is not where they are; one they were sent to is."""

from __future__ import annotations

import pytest

from bot.safety import place
from bot.safety.text import whole


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("nos bajaron del autobus antes de llegar a san luis potosi", "mx"),
        ("they stopped the van before we got to monterrey", "mx"),
        ("ils nous ont arretes juste avant d arriver a tapachula", "mx"),
        ("lo tienen en una casa en houston y dicen que lo van a deportar a mexico", "us"),
        ("ils le gardent a houston sinon ils le renvoient au mexique", "us"),
        ("they keep him in dallas and say they will send him back to mexico", "us"),
        ("me deportaron a mexico ayer", "mx"),
        ("quiero llegar a houston", ""),
    ],
)
def test_the_place_the_writer_is_in(text: str, where: str) -> None:
    assert place.named(whole(text)) == where, text
