"""`content check`, `content list` and `content facts`: the reviewer's tools for topic content.

Each takes the content folder (default: the repository's `content/`) and the locales folder
(default: `locales/` beside it), so tests and reviewers can point them at a copy.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from bot.content.check import check
from bot.content.facts import load_register
from bot.content.listing import list_topics, table
from bot.content.topics import CONTENT_DIR


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("content", help="reviewed topic content and its facts register")
    csub = p.add_subparsers(dest="content_command", required=True)

    c = csub.add_parser(
        "check",
        help="fail on unregistered numbers, overdue facts or reviews, long messages, "
        "missing translations or categories",
    )
    _folders(c)
    c.add_argument("--json", action="store_true", help="print the problems as JSON")
    c.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    c.set_defaults(func=_check)

    lst = csub.add_parser("list", help="each topic: area, category, languages, review, sources")
    _folders(lst)
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    lst.set_defaults(func=_list)

    f = csub.add_parser("facts", help="the facts register with each fact's check date")
    _folders(f)
    f.add_argument("--json", action="store_true")
    f.add_argument("--today", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    f.add_argument(
        "--due-within", type=int, default=None, metavar="DAYS", help="only facts due by then"
    )
    f.set_defaults(func=_facts)


def _folders(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "folder", nargs="?", type=Path, default=CONTENT_DIR, help="content folder (topics/, facts/)"
    )
    p.add_argument(
        "--locales", type=Path, default=None, help="catalogs folder (default: locales/ beside it)"
    )


def _check(args: argparse.Namespace) -> int:
    report = check(args.folder, args.today or date.today(), args.locales)
    if args.json:
        print(json.dumps([p.as_dict() for p in report.problems], ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(problem)
        for warning in report.warnings:
            print(f"warning: {warning}")
        print(
            f"{len(report.problems)} problem(s), {len(report.topics)} topic(s), "
            f"{len(report.register.facts)} fact(s), {len(report.warnings)} warning(s)"
        )
    return 1 if report.problems else 0


def _list(args: argparse.Namespace) -> int:
    listing = list_topics(args.folder, args.locales)
    if args.json:
        print(json.dumps(listing.rows, ensure_ascii=False, indent=2))
    else:
        print(table(listing.rows, args.today or date.today()))
    for path, problem in listing.unreadable:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if listing.unreadable else 0


def _facts(args: argparse.Namespace) -> int:
    today = args.today or date.today()
    register = load_register(args.folder / "facts")
    facts = sorted(register.facts.values(), key=lambda f: (f.due_on(), f.id))
    if args.due_within is not None:
        limit = today + timedelta(days=args.due_within)
        facts = [f for f in facts if f.due_on() <= limit]
    if args.json:
        rows = [
            {
                "id": f.id,
                "statement": f.statement,
                "value": f.value,
                "kind": f.kind,
                "source": f.source,
                "source_title": f.source_title,
                "checked_on": f.checked_on.isoformat(),
                "due_on": f.due_on().isoformat(),
                "overdue": f.overdue(today),
                "topics": list(f.topics),
                "file": f.file,
            }
            for f in facts
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for f in facts:
            mark = " OVERDUE" if f.overdue(today) else ""
            print(f"{f.due_on()}{mark}  {f.id}  {f.value}  ({f.file})")
        print(f"{len(facts)} fact(s)")
    for path, problem in register.problems:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if register.problems else 0
