"""Rasa hears `delete_my_data` in "¿q datos les doy?": a question about which details to give
is read by the topic logic; anything else Rasa reads as erasure is confirmed first."""

from __future__ import annotations

import pytest
import yaml

from bot.cli.eval_sets import held_out, plain
from bot.privacy.request import names_erasure
from bot.settings import LANGUAGES, ROOT


def _examples() -> list[str]:
    found = []
    for path in sorted((ROOT / "nlu_data").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if block.get("intent") == "delete_my_data":
                lines = str(block.get("examples", "")).splitlines()
                found += [
                    plain(line.strip()[2:]) for line in lines if line.strip().startswith("- ")
                ]
    for lang in LANGUAGES:
        found += [c.text for c in held_out(lang) if c.intent == "delete_my_data"]
    return found


def test_every_request_to_erase_names_erasure() -> None:
    examples = _examples()
    assert len(examples) > 400
    assert [text for text in examples if not names_erasure(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "q datos les doy",
        "what info do i give them",
        "quels infos je donne",
        "ki enfomasyon pou m bay",
    ],
)
def test_a_question_about_details_to_give_is_not_a_request_to_erase(text: str) -> None:
    assert not names_erasure(text)


@pytest.mark.parametrize(
    "text",
    [
        "stop storing my info",
        "i want to unsubscribe",
        "cancela mi cuenta",
        "je ne veux plus que vous ayez mes donnees",
    ],
)
def test_anything_else_rasa_reads_as_erasure_is_confirmed(text: str) -> None:
    assert names_erasure(text)
