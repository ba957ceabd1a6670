"""The delivery worker's slots: a person in danger is never kept waiting for one."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from bot.app import create_app
from tests.fakes.providers import (
    Call,
    FakeBotApi,
    post_update,
    settings_for,
    update,
    wait_ready,
    wait_until,
    warm_models,
)

SLOW, IN_DANGER = 7101, 7102


@pytest.fixture
def one_slot(database_url: str, bot_api: FakeBotApi) -> Iterator[TestClient]:
    """The app with one delivery slot, so one slow conversation takes all of them."""
    settings = settings_for(database_url, bot_api, OUTBOX_CONCURRENCY="1")
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        yield client


def sent_to(bot_api: FakeBotApi, chat: int) -> list[Call]:
    return [c for c in bot_api.of("sendMessage") if str(c.params["chat_id"]) == str(chat)]


def test_an_urgent_conversation_is_delivered_while_every_slot_is_taken(
    one_slot: TestClient, bot_api: FakeBotApi
) -> None:
    warm_models()
    release = bot_api.stall(SLOW)
    try:
        post_update(one_slot, update("text", SLOW, text="hola"))
        wait_until(lambda: sent_to(bot_api, SLOW))
        started = time.monotonic()  # the only slot is now held by the slow conversation
        danger = update("text", IN_DANGER, text="ayuda me tienen encerrada no me dejan salir")
        post_update(one_slot, danger)
        wait_until(lambda: sent_to(bot_api, IN_DANGER), 10)
        reply = sent_to(bot_api, IN_DANGER)[0]
        assert "911" in reply.params["text"]
        assert reply.at - started < 2.0, f"the danger reply took {reply.at - started:.2f} s"
        assert not release.is_set(), "it did not wait for the slow conversation's slot"
    finally:
        release.set()
