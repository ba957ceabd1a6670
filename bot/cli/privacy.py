"""`purge` (retention) and `rotate-key` (re-encrypt under a new DATA_KEY)."""

from __future__ import annotations

import argparse
import asyncio

from bot.privacy.purge import purge
from bot.privacy.rotate import rotate_all
from bot.services import Services
from bot.settings import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("purge", help="delete closed conversations older than RETENTION_DAYS")
    p.set_defaults(func=_purge)
    r = sub.add_parser(
        "rotate-key",
        help="re-encrypt stored data under DATA_KEY (put the previous key in OLD_DATA_KEYS)",
    )
    r.set_defaults(func=_rotate)


def _purge(args: argparse.Namespace) -> int:
    async def run() -> tuple[int, int]:
        services = Services.build(get_settings())
        try:
            return await purge(services)
        finally:
            await services.close()

    conversations, events = asyncio.run(run())
    print(f"purged {conversations} conversation(s) and {events} Rasa tracker event(s)")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    settings = get_settings()
    if not settings.old_data_keys.strip():
        print("note: OLD_DATA_KEYS is empty; data under another key cannot be read")
    services = Services.build(settings)
    try:
        with services.db.session() as session:
            counts = rotate_all(session)
    finally:
        services.db.dispose()
    print("re-encrypted: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0
