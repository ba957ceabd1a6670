"""Log lines without secrets or personal data, whoever writes them.

Logs outlive an erasure, are copied to log collectors and read by people who have no need to
know who wrote to us. So no log line at any level may hold a configured secret, a phone
number, a WhatsApp address, an e-mail address or a Telegram chat or user id. One filter,
installed at start-up on every handler of the root logger (and on any other handler already
configured, such as uvicorn's), rewrites each record before it is written: third-party loggers
(httpx, telegram, twilio, uvicorn, sqlalchemy) propagate to those handlers and are covered too.

Redaction is the safety net, not the plan: libraries that dump whole requests (httpx logs every
Bot API URL, which carries the token; python-telegram-bot's DEBUG lines carry message texts;
SQLAlchemy's carry bound values) are kept at WARNING or INFO even when LOG_LEVEL is DEBUG,
because no pattern can recognise a person's free text.

This module is on the ground floor: it imports nothing of ours, so every entry point (the app,
the CLI) can install it first.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import threading
from collections.abc import Iterable
from urllib.parse import quote

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Settings whose values are secrets (read from the environment, case-insensitively like Settings).
SECRET_ENV = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_WEBHOOK_SECRET",
    "TWILIO_AUTH_TOKEN",
    "SECRET_KEY",
    "DATA_KEY",
    "OLD_DATA_KEYS",
    "RASA_TOKEN",
    "RASA_CALLBACK_TOKEN",
    "HEALTH_TOKEN",
)
# The least level of loggers that write request payloads, URLs with tokens or SQL parameters.
QUIET = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "hpack": logging.WARNING,
    "twilio.http_client": logging.WARNING,
    "sqlalchemy.engine": logging.WARNING,
    "sqlalchemy.pool": logging.WARNING,
    "telegram": logging.INFO,
    "apscheduler": logging.INFO,
    "rasa_sdk": logging.INFO,  # its DEBUG lines can carry slot values and texts
}
MIN_SECRET = 6  # shorter values would blank ordinary words

SECRET = "[secret]"  # noqa: S105 - the marker that replaces one
PHONE = "[phone]"
EMAIL = "[email]"
NUMBER = "[id]"

# Ordered: the more specific patterns first.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # A Telegram bot token anywhere, e.g. in a Bot API URL: /bot123456:AA.../sendMessage.
    (re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}"), SECRET),
    (re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{8,}"), r"\1 " + SECRET),
    (
        re.compile(
            r"(?i)(x-telegram-bot-api-secret-token|x-twilio-signature|authorization)"
            r"(['\"]?\s*[:=]\s*['\"]?)[^'\"\s,}]+"
        ),
        r"\1\2" + SECRET,
    ),
    (re.compile(r"(?i)\b(whatsapp|tel|sms):\s*\+?[0-9][0-9 ().-]*[0-9]"), r"\1:" + PHONE),
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"), EMAIL),
    # +52 55 1234 5678, +5215512345678, %2B52... (URL-encoded plus)
    (re.compile(r"(?<![\w+])(?:\+|%2B)[0-9](?:[ ().-]?[0-9]){6,15}(?![0-9])", re.I), PHONE),
    # Ids under a telling key: chat_id=7001, 'chat_id': 7001, "from": {"id": 7001, WaId=521...
    (
        re.compile(
            r"(?i)\b(chat_id|user_id|sender_id|from_id|waid|wa_id|from|to|id)"
            r"(['\"]?\s*[:=]\s*['\"]?)-?[0-9]{3,}"
        ),
        r"\1\2" + NUMBER,
    ),
    # Any other long number: phone numbers written without a plus, Telegram ids, WaIds.
    (re.compile(r"(?<![\w.:/-])-?[0-9]{7,15}(?![\w.])"), NUMBER),
)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with the given secrets and every personal identifier replaced by a marker."""
    for secret in sorted({s for s in secrets if len(s) >= MIN_SECRET}, key=len, reverse=True):
        text = text.replace(secret, SECRET)
    for pattern, marker in PATTERNS:
        text = pattern.sub(marker, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites every record's message, exception and stack text through `redact`.

    A record that needs no change keeps its `msg` and `args` (formatters such as uvicorn's
    access formatter read the args); one that does is frozen into its redacted text.
    """

    def __init__(self) -> None:
        super().__init__("")
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()

    @property
    def secrets(self) -> frozenset[str]:
        return self._secrets

    def add_secrets(self, values: Iterable[str]) -> None:
        """Also redact these values, as written and as they appear in URLs, forms and headers."""
        found: set[str] = set()
        for value in values:
            value = value.strip()
            if len(value) < MIN_SECRET:
                continue
            found |= {value, quote(value, safe=""), quote(value, safe="/:")}
            found.add(base64.b64encode(value.encode()).decode().rstrip("="))
        with self._lock:
            self._secrets = self._secrets | frozenset(found)

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let the handler report it as logging does
            return True
        clean = redact(message, secrets)
        if clean != message:
            record.__dict__.pop("color_message", None)  # uvicorn's coloured copy of msg
            record.msg, record.args = _template(record, clean, secrets)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets)
        return True


def _template(
    record: logging.LogRecord, clean: str, secrets: frozenset[str]
) -> tuple[object, tuple[object, ...] | None]:
    """The record's template with redacted arguments when that gives exactly `clean`
    (formatters that unpack `args`, like uvicorn's access log, keep working), else `clean`."""
    args = record.args
    template = record.msg
    if (
        isinstance(args, tuple)
        and args
        and isinstance(template, str)
        and redact(template, secrets) == template
    ):
        fixed = tuple(_redacted_arg(a, secrets) for a in args)
        try:
            if template % fixed == clean:
                return template, fixed
        except (TypeError, ValueError):
            pass
    return clean, None


def _redacted_arg(arg: object, secrets: frozenset[str]) -> object:
    text = str(arg)
    clean = redact(text, secrets)
    return arg if clean == text else clean


FILTER = RedactingFilter()


def secrets_from_environment() -> list[str]:
    """The values of SECRET_ENV variables (case-insensitive names; OLD_DATA_KEYS split)."""
    wanted = {name.lower() for name in SECRET_ENV}
    values: list[str] = []
    for name, value in os.environ.items():
        if name.lower() in wanted:
            values.extend(v for v in value.split(",") if v.strip())
    return values


def _handlers() -> list[logging.Handler]:
    found = list(logging.getLogger().handlers)
    for logger in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(logger, logging.Logger):
            found.extend(logger.handlers)
    return found


def install(secrets: Iterable[str] = (), level: str | int | None = None) -> RedactingFilter:
    """Redact every log line from now on; safe to call again (secrets add up).

    Adds a stderr handler to the root logger when it has none (so nothing falls through to
    logging's unfiltered last resort), sets the root level when `level` is given, puts the
    filter on every handler configured so far and keeps the payload-dumping loggers quiet.
    Call it again after configuring new handlers.
    """
    root = logging.getLogger()
    if not root.handlers:
        stderr = logging.StreamHandler()
        stderr.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stderr)
    if level is not None:
        root.setLevel(level.upper() if isinstance(level, str) else level)
    FILTER.add_secrets([*secrets, *secrets_from_environment()])
    for handler in _handlers():
        if FILTER not in handler.filters:
            handler.addFilter(FILTER)
    for name, floor in QUIET.items():
        logger = logging.getLogger(name)
        if logger.level < floor:  # NOTSET (0) included: it would follow a DEBUG root
            logger.setLevel(floor)
    return FILTER
