"""The danger targets on the blind sets, end to end through /api/chat, Rasa down and up.

The blind sets (tests/safety/blind/{lang}.yml) were written before the screen and are read by
no one working on it: this test loads them, sends each message from a new person to the web
chat, reads back what that person got (the lines, the stored grade, an urgent case, the "are you
in danger right now?" question) and compares aggregate figures with the targets. A failure
prints figures only, never a message.

Targets (issue 14): every immediate-danger message reached (an urgent case, or the lines and
the question) with the lines for the place; an urgent case for at most 5% of calm messages.

The false-alarm target holds and is asserted. The recall target (1.00) does not hold yet in
every language (README, "Danger first": Spanish 0.90-0.93, French 0.97 on this round); what is
asserted is the floor this round reached, so a change that loses danger messages fails here,
and `make eval-danger` still prints the distance to the target. Raise the floor as recall
rises; never lower it to make a change pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot.cli.eval_danger import BLIND, TARGET_FALSE_ALARMS, run_set
from bot.db import migrate
from bot.db.session import Database
from bot.safety.evaluation import Labelled, Score, load
from bot.settings import LANGUAGES
from tests.conftest import Stack, make_settings, require


def blind_sets() -> dict[str, list[Labelled]]:
    sets = {
        lang: load(BLIND / f"{lang}.yml") for lang in LANGUAGES if (BLIND / f"{lang}.yml").exists()
    }
    require(bool(sets), "the blind sets are not in this checkout")
    return sets


# The lowest recall with the right lines this round reached, in any language, Rasa up or down.
RECALL_FLOOR = 0.90


def verdict(mode: str, scores: dict[str, Score]) -> list[str]:
    """One line of figures per language below the recall floor or over the false alarms."""
    failures = []
    for lang, s in scores.items():
        if s.recall < RECALL_FLOOR or s.false_alarm_rate > TARGET_FALSE_ALARMS:
            failures.append(
                f"Rasa {mode}, {lang}: recall with the right lines {s.recall:.3f} "
                f"({s.reached_right_place}/{s.immediate}), urgent cases for immediate "
                f"{s.urgent_for_immediate}, false alarms {s.false_alarms}/{s.calm} "
                f"({s.false_alarm_rate:.3f})"
            )
    return failures


@pytest.fixture(scope="module")
def offline_chat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Database]]:
    """The app in-process on a fresh SQLite file, Rasa unreachable."""
    from bot.app import create_app

    folder: Path = tmp_path_factory.mktemp("blind")
    url = f"sqlite:///{folder / 'puente.db'}"
    migrate.upgrade(url)
    settings = make_settings(url, RATE_PER_ADDRESS_PER_MIN="100000")
    db = Database.from_settings(settings)
    with TestClient(create_app(settings)) as client:

        def chat(sender: str, text: str, lang: str) -> dict[str, Any]:
            resp = client.post("/api/chat", json={"sender": sender, "text": text, "lang": lang})
            assert resp.status_code == 200, resp.status_code
            data: dict[str, Any] = resp.json()
            return data

        yield chat, db
    db.dispose()


def test_danger_on_the_blind_sets_with_rasa_down(offline_chat: tuple[Any, Database]) -> None:
    chat, db = offline_chat
    scores = {lang: run_set(items, lang, chat, db) for lang, items in blind_sets().items()}
    failures = verdict("down", scores)
    assert not failures, "\n".join(failures)


@pytest.mark.rasa
def test_danger_on_the_blind_sets_with_rasa_up(rasa_stack: Stack) -> None:
    db = Database.from_settings(rasa_stack.settings)

    def chat(sender: str, text: str, lang: str) -> dict[str, Any]:
        return rasa_stack.chat(sender, text, lang=lang)

    try:
        scores = {lang: run_set(items, lang, chat, db) for lang, items in blind_sets().items()}
    finally:
        db.dispose()
    failures = verdict("up", scores)
    assert not failures, "\n".join(failures)
