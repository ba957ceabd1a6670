"""`db upgrade|downgrade`: schema migrations."""

from __future__ import annotations

import argparse

from bot.crypto import Keys
from bot.db import migrate
from bot.settings import get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database migrations")
    dsub = p.add_subparsers(dest="db_command", required=True)
    up = dsub.add_parser("upgrade", help="apply migrations (default: all)")
    up.add_argument("revision", nargs="?", default="heads")
    up.set_defaults(func=_upgrade)
    down = dsub.add_parser("downgrade", help="revert migrations")
    down.add_argument("revision")
    down.set_defaults(func=_downgrade)


def _upgrade(args: argparse.Namespace) -> int:
    settings = get_settings()
    migrate.upgrade(settings.database_url, args.revision, Keys.from_settings(settings))
    return 0


def _downgrade(args: argparse.Namespace) -> int:
    settings = get_settings()
    migrate.downgrade(settings.database_url, args.revision, Keys.from_settings(settings))
    return 0
