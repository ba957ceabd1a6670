"""The CLI's parser; every command module is registered here explicitly."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot import logs
from bot.cli import cases as cases_cli
from bot.cli import (
    chat,
    content,
    db,
    eval_danger,
    eval_dev,
    eval_nlu,
    privacy,
    rasa_run,
    run,
    train,
)
from bot.cli import directory as directory_cli
from bot.cli import referrals as referrals_cli
from bot.cli import reports as reports_cli
from bot.cli import staff as staff_cli
from bot.cli import telegram as telegram_cli
from bot.cli import whatsapp as whatsapp_cli

COMMANDS = [
    run,
    rasa_run,
    chat,
    train,
    eval_nlu,
    eval_dev,
    eval_danger,
    db,
    content,
    privacy,
    telegram_cli,
    whatsapp_cli,
    directory_cli,
    staff_cli,
    cases_cli,
    referrals_cli,
    reports_cli,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Puente: a messaging assistant for migrants."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.install()  # every command's log lines redacted; the secrets come from the environment
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except SystemExit:
        raise
    except Exception as exc:  # a clean message for the operator, not a traceback
        if getattr(args, "debug", False):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 1
