"""Telegram updates read tolerantly: older Bot API shapes filled in, malformed ones refused.

python-telegram-bot 22 builds its objects with the newest Bot API's required fields, so an update
in an older shape (bots and libraries that record updates, such as nyaruka/courier's tests, send
`from` without `is_bot` and media without `file_unique_id`) makes `Update.de_json` raise. Such an
update is still a person's message: we fill what later API versions added, and if a part still
cannot be read (a poll or checklist in a shape the library refuses) we drop that part, keep the
text, and mark the message so it gets the polite "I can only read text" answer. What is not an
update at all (not JSON, lone surrogates, absurd nesting, a message without a chat) is refused
with a `BadUpdate` before anything is journaled or stored, so it is never replayed either.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from telegram import Bot, Update

MAX_DEPTH = 32  # real updates nest fewer than ten levels; a reply of a reply stays far below
MESSAGE_KEYS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
    "edited_business_message",
)
USER_KEYS = frozenset(
    {"from", "user", "via_bot", "forward_from", "left_chat_member", "sender_business_bot"}
)
UNREADABLE = "puente_unreadable"  # kept by the library in Message.api_kwargs
# What a message keeps when some part of it cannot be read: first its words and its place, then
# its words alone, then its words without their sender.
WORDS = ("message_id", "date", "chat", "from", "text", "caption")
KEEP = (
    (*WORDS, "entities", "caption_entities", "location", "venue", "message_thread_id"),
    WORDS,
    tuple(k for k in WORDS if k != "from"),  # a sender we cannot read: the chat still answers
)
PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError)


class BadUpdate(ValueError):
    """Not an update we can read; `code` and `reason` go into the 400 answer and the log."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code, self.reason = code, reason


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_plain(data: object) -> None:
    """No nesting deeper than MAX_DEPTH and no string that is not valid Unicode (lone
    surrogates from `\\ud800` escapes cannot be stored or encrypted). Iterative, so a hostile
    document cannot exhaust the stack here either."""
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise BadUpdate("invalid_update", "the update is nested too deeply")
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise BadUpdate(
                    "invalid_text", "the update has text that is not valid Unicode"
                ) from None
        elif isinstance(item, dict):
            stack.extend((key, depth + 1) for key in item)
            stack.extend((value, depth + 1) for value in item.values())
        elif isinstance(item, list):
            stack.extend((value, depth + 1) for value in item)


def decode(body: bytes) -> dict[str, Any]:
    """The update's JSON object, checked to be plain data with an integer `update_id`."""
    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError) as exc:  # RecursionError: nesting beyond Python's limit
        raise BadUpdate("invalid_json", "the update is not JSON") from exc
    _check_plain(data)
    if not isinstance(data, dict) or not _is_int(data.get("update_id")):
        raise BadUpdate("invalid_update", "not a Telegram update")
    return data


def _check_message(message: object, where: str) -> None:
    if not isinstance(message, dict):
        raise BadUpdate("invalid_update", f"{where} is not an object")
    chat = message.get("chat")
    if not isinstance(chat, dict) or not _is_int(chat.get("id")):
        raise BadUpdate("invalid_update", f"{where} has no chat")
    if not isinstance(chat.get("type"), str):
        raise BadUpdate("invalid_update", f"{where} has a chat without a type")
    if not _is_int(message.get("message_id")) or not _is_int(message.get("date")):
        raise BadUpdate("invalid_update", f"{where} has no message_id or date")


def check_shape(data: dict[str, Any]) -> None:
    """The parts we rely on (a message's chat, a button press's sender) are there and typed."""
    for key in MESSAGE_KEYS:
        if data.get(key) is not None:
            _check_message(data[key], key)
    query = data.get("callback_query")
    if query is not None:
        if not isinstance(query, dict) or not isinstance(query.get("id"), str):
            raise BadUpdate("invalid_update", "callback_query is not a button press")
        sender = query.get("from")
        if not isinstance(sender, dict) or not _is_int(sender.get("id")):
            raise BadUpdate("invalid_update", "callback_query has no sender")
        if query.get("message") is not None:
            _check_message(query["message"], "callback_query.message")


def fill_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """A copy with the fields later Bot API versions made required, where an older shape has
    none: `is_bot` and `first_name` on users, `file_unique_id` on files, sticker flags."""
    filled = copy.deepcopy(data)
    stack: list[tuple[str, object]] = [("", filled)]
    while stack:
        key, item = stack.pop()
        if isinstance(item, list):
            stack.extend((key, value) for value in item)
            continue
        if not isinstance(item, dict):
            continue
        if (key in USER_KEYS or key == "new_chat_members") and "id" in item:
            item.setdefault("is_bot", False)
            item.setdefault("first_name", "")
        if "file_id" in item:
            item.setdefault("file_unique_id", item["file_id"])
        if key == "sticker":
            item.setdefault("is_animated", False)
            item.setdefault("is_video", False)
            item.setdefault("type", "regular")
        if key == "callback_query":
            item.setdefault("chat_instance", "")
        stack.extend(item.items())
    return filled


def _reduced(message: dict[str, Any], keep: tuple[str, ...]) -> dict[str, Any]:
    kept = {k: v for k, v in message.items() if k in keep}
    dropped = sorted(k for k in message if k not in keep)
    if dropped and not (kept.get("text") or kept.get("caption")):
        kept[UNREADABLE] = dropped[0][:16]
    return kept


def read_update(data: dict[str, Any], bot: Bot) -> Update:
    """`Update.de_json` on a tolerant copy; a part that still cannot be read is dropped, the
    words kept. BadUpdate when even the reduced message cannot be read."""
    check_shape(data)
    filled = fill_defaults(data)
    try:
        return Update.de_json(filled, bot)
    except PARSE_ERRORS:
        pass
    for keep in KEEP:
        attempt = dict(filled)
        for key in MESSAGE_KEYS:
            if isinstance(attempt.get(key), dict):
                attempt[key] = _reduced(attempt[key], keep)
        query = attempt.get("callback_query")
        if isinstance(query, dict) and isinstance(query.get("message"), dict):
            attempt["callback_query"] = dict(query, message=_reduced(query["message"], keep[:4]))
        try:
            return Update.de_json(attempt, bot)
        except PARSE_ERRORS:
            continue
    raise BadUpdate("invalid_update", "the update could not be read")
