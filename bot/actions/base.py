"""What every Puente action shares: typed access to the tracker and to our services."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.i18n import normalize_language
from bot.services import Services
from bot.settings import DEFAULT_LANGUAGE


class PuenteAction(Action):  # type: ignore[misc]
    """An action with the app's services injected at registration."""

    action_name = ""

    def __init__(self, services: Services) -> None:
        self.services = services

    def name(self) -> str:
        return self.action_name


def metadata(tracker: Tracker) -> dict[str, Any]:
    meta = tracker.latest_message.get("metadata") or {}
    return meta if isinstance(meta, dict) else {}


def language_of(tracker: Tracker) -> str:
    """The slot wins (it records a change made in this turn), then the app's metadata."""
    return (
        normalize_language(tracker.get_slot("language"))
        or normalize_language(metadata(tracker).get("language"))
        or DEFAULT_LANGUAGE
    )


def intent_of(tracker: Tracker) -> str:
    return str((tracker.latest_message.get("intent") or {}).get("name") or "")


def last_bot_metadata(tracker: Tracker) -> dict[str, Any]:
    """Metadata of the bot's last message before the person's latest one."""
    passed_latest_user = False
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            if passed_latest_user:
                return {}
            passed_latest_user = True
        elif kind == "bot" and passed_latest_user:
            meta = event.get("metadata") or {}
            return meta if isinstance(meta, dict) else {}
    return {}


def consecutive_fallbacks(tracker: Tracker) -> int:
    """How many of the latest user messages in a row Rasa did not understand."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        name = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        if name not in ("nlu_fallback", "out_of_scope"):
            break
        count += 1
    return count


def say(dispatcher: CollectingDispatcher, response: str, **args: Any) -> None:
    """Hand Rasa a response's name and arguments; the app renders the words itself.

    Rasa passes a custom payload straight through its REST channel, so no NLG call back into
    the app (with the whole tracker in its body) is needed for each reply: the core renders
    the response from the catalogs in the person's language and shapes it for their channel
    (`bot.core.rasa_answer`). The name and the arguments are also kept in the bot event's
    metadata, as Rasa does for a response it renders itself, so later actions still see which
    question was asked and with what (`last_bot_metadata`).
    """
    meta = {k: v for k, v in args.items() if k not in RESERVED}
    dispatcher.utter_message(
        json_message={"response": response, "args": args}, utter_action=response, **meta
    )


# utter_message's own parameters: an argument of that name travels in the payload only.
RESERVED = frozenset(
    {"text", "image", "json_message", "template", "response", "attachment", "buttons", "elements"}
)
