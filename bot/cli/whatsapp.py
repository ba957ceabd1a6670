"""`python -m bot whatsapp templates [--json] [--offline]`: which approved template opens which
conversation.

Lists, for every purpose (a staff reply, a referral check-in, a directory confirmation request)
and every language, the template Puente would send outside WhatsApp's 24-hour window and which
setting chose it (TWILIO_TEMPLATES, or TWILIO_TEMPLATE_SID as the fallback), then asks Twilio
whether WhatsApp approved each one and in which language its words are. Exits 1 when a
configured template is not approved, is in another language than configured, or names a purpose
nothing sends; a purpose and language without any template is listed (staff are told, and
nothing goes out) but is not an error.
"""

from __future__ import annotations

import argparse
import asyncio
import json

from bot.channels.whatsapp import approvals
from bot.settings import Settings, get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("whatsapp", help="WhatsApp through Twilio: templates")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    t = actions.add_parser(
        "templates", help="list the templates per purpose and language; check their approval"
    )
    t.add_argument("--json", action="store_true", help="print JSON")
    t.add_argument("--offline", action="store_true", help="list only; do not ask Twilio")
    t.set_defaults(func=lambda a: run_templates(get_settings(), a.json, a.offline))


def run_templates(settings: Settings, as_json: bool = False, offline: bool = False) -> int:
    can_ask = bool(settings.twilio_account_sid and settings.twilio_auth_token)
    found = asyncio.run(approvals.check(settings)) if can_ask and not offline else None
    table = approvals.rows(settings, found)
    problems = approvals.problems(settings, table)
    if as_json:
        print(
            json.dumps(
                {
                    "checked": found is not None,
                    "templates": [r.as_dict() for r in table],
                    "problems": problems,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 1 if problems else 0
    print(f"{'purpose':<24} {'lang':<4} {'template':<34} {'set by':<22} WhatsApp")
    for row in table:
        status = row.status or ("not checked" if row.sid else "none: staff are told")
        print(
            f"{row.purpose:<24} {row.language:<4} {row.sid or '-':<34} "
            f"{row.source or '-':<22} {status}"
        )
    if found is None and not offline:
        print("\nNot checked with Twilio: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.")
    for problem in problems:
        print(f"problem: {problem}")
    return 1 if problems else 0
