"""`content check`: topics missing a translation or past their review date."""

from __future__ import annotations

import argparse
import json
from datetime import date

from bot.content.review import check


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("content", help="reviewed topic content")
    csub = p.add_subparsers(dest="content_command", required=True)
    c = csub.add_parser("check", help="list topics missing a translation or past review")
    c.add_argument("--json", action="store_true")
    c.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    c.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    problems = check(args.today or date.today())
    if args.json:
        print(json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(f"{p.topic}: {p.problem}")
        print(f"{len(problems)} problem(s)")
    return 1 if problems else 0
