"""`python -m bot telegram set-webhook|delete-webhook|webhook-info`.

Registering the webhook is a deliberate operator step rather than something each replica does
at start-up, so several replicas never fight over it and development polling keeps working.
`set-webhook` also publishes the command menu (/start, /help, /lang, /delete) in every language.
"""

from __future__ import annotations

import argparse
import asyncio

from telegram import Bot, BotCommand

from bot.channels import messages as cm
from bot.channels.telegram.bot import ALLOWED_UPDATES
from bot.i18n import gettext
from bot.settings import LANGUAGES, Settings, get_settings

COMMANDS = (
    ("start", cm.COMMAND_START),
    ("help", cm.COMMAND_HELP),
    ("lang", cm.COMMAND_LANG),
    ("delete", cm.COMMAND_DELETE),
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("telegram", help="manage the Telegram bot's webhook")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    s = actions.add_parser("set-webhook", help="register TELEGRAM_WEBHOOK_URL with Telegram")
    s.add_argument("--url", help="override TELEGRAM_WEBHOOK_URL")
    s.add_argument("--drop-pending", action="store_true", help="discard updates not yet fetched")
    s.set_defaults(func=lambda a: asyncio.run(set_webhook(get_settings(), a.url, a.drop_pending)))
    d = actions.add_parser("delete-webhook", help="remove the webhook (back to polling)")
    d.set_defaults(func=lambda a: asyncio.run(delete_webhook(get_settings())))
    i = actions.add_parser("webhook-info", help="show what Telegram knows about the webhook")
    i.set_defaults(func=lambda a: asyncio.run(webhook_info(get_settings())))


def _bot(settings: Settings) -> Bot:
    if not settings.telegram_bot_token:
        raise RuntimeError("TELEGRAM_BOT_TOKEN is not set")
    return Bot(settings.telegram_bot_token, base_url=settings.telegram_api_url)


async def set_webhook(settings: Settings, url: str | None = None, drop: bool = False) -> int:
    target = url or settings.telegram_webhook_url
    if not target or not settings.telegram_webhook_secret:
        raise RuntimeError("set TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET first")
    if not target.startswith("https://"):
        raise RuntimeError("Telegram only calls https:// webhooks")
    async with _bot(settings) as bot:
        await bot.set_webhook(
            url=target,
            secret_token=settings.telegram_webhook_secret,
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=drop,
        )
        await bot.set_my_commands([BotCommand(c, gettext("en", d)) for c, d in COMMANDS])
        for lang in LANGUAGES:
            commands = [BotCommand(c, gettext(lang, d)) for c, d in COMMANDS]
            await bot.set_my_commands(commands, language_code=lang)
    print(f"webhook set: {target}")
    return 0


async def delete_webhook(settings: Settings) -> int:
    async with _bot(settings) as bot:
        await bot.delete_webhook()
    print("webhook deleted; the app uses long polling when TELEGRAM_WEBHOOK_URL is unset")
    return 0


async def webhook_info(settings: Settings) -> int:
    async with _bot(settings) as bot:
        info = await bot.get_webhook_info()
    print(f"url: {info.url or '(none: polling)'}")
    print(f"pending updates: {info.pending_update_count}")
    if info.last_error_message:
        print(f"last error: {info.last_error_message}")
    return 0
