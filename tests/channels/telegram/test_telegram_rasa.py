"""One Telegram turn through the real Rasa server: the same session-wide stack the conversation
tests use, with a second app (Telegram on, same database) sending Rasa's answer out."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from bot import messages as m
from bot.app import create_app
from bot.i18n import gettext
from tests.fakes.providers import FakeBotApi, post_update, settings_for, update, wait_ready

pytestmark = pytest.mark.rasa


def test_start_is_answered_by_rasa_with_an_inline_keyboard(
    rasa_stack: Any, bot_api: FakeBotApi
) -> None:
    settings = settings_for(rasa_stack.settings.database_url, bot_api, RASA_URL=rasa_stack.rasa_url)
    with TestClient(create_app(settings)) as client:
        wait_ready(client)
        post_update(client, update("start", chat_id=88001))  # language_code "ht"
        # A first contact gets the greeting and then the short privacy notice.
        greeting, notice = bot_api.wait_for("sendMessage", 2, timeout=60)[:2]
    assert greeting.params["text"] == gettext("ht", m.GREETING)  # Rasa's greet, not the fallback
    assert greeting.params["reply_markup"]["inline_keyboard"]
    assert "/privacy?lang=ht" in notice.params["text"]
