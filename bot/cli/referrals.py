"""`referrals list|partners`: the referrals' loop for scripts, and partner organisations.

`referrals list --json` prints every referral with its id, case, service, organisation, state
and the time of each change (`bot.referrals.listing`, the same rows as the console's list);
never what the person shared. `referrals partners add ORG` makes an organisation of the
directory a partner; `referrals partners member EMAIL ORG` ties a console account (role
`partner`, made with `staff add-user --role partner`) to it.
"""

from __future__ import annotations

import argparse
import json

from sqlalchemy import select

from bot.db.session import Database
from bot.referrals import listing, partners
from bot.referrals.transitions import STATUSES
from bot.settings import get_settings
from bot.staff.models import StaffUser


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("referrals", help="referrals, their states and partner organisations")
    rsub = p.add_subparsers(dest="referrals_command", required=True)
    ls = rsub.add_parser("list", help="list referrals, newest first")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.add_argument("--status", choices=STATUSES, default=None)
    ls.add_argument("--case", type=int, default=None, help="only this case's referrals")
    ls.add_argument("--limit", type=int, default=1000)
    ls.set_defaults(func=_list)
    pp = rsub.add_parser("partners", help="partner organisations")
    psub = pp.add_subparsers(dest="partners_command", required=True)
    add = psub.add_parser("add", help="make an organisation of the directory a partner")
    add.add_argument("organization", help="the organisation's name, exactly as in the directory")
    add.add_argument("--email", default=None, help="where referral links go")
    add.add_argument("--whatsapp", default=None)
    add.add_argument("--language", choices=("es", "en", "fr", "ht"), default="es")
    add.add_argument("--transfers", action="store_true", help="takes over whole cases")
    add.add_argument("--inactive", action="store_true")
    add.set_defaults(func=_add_partner)
    pls = psub.add_parser("list", help="list partners")
    pls.add_argument("--json", action="store_true")
    pls.set_defaults(func=_list_partners)
    mem = psub.add_parser("member", help="tie a partner account to its organisation")
    mem.add_argument("email")
    mem.add_argument("organization")
    mem.set_defaults(func=_member)


def _list(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            found = listing.rows(s, args.status, args.case, limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for r in found:
        print(
            f"#{r['id']:<5} case #{r['case_id']:<5} {r['status']:<16} {r['consent']:<10} "
            f"{r['organization'] or '-'}"
        )
    print(f"{len(found)} referral(s)")
    return 0


def _add_partner(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            partner = partners.save(
                s,
                args.organization,
                args.email,
                args.whatsapp,
                args.language,
                args.transfers,
                not args.inactive,
            )
            print(f"partner {partner.id}: {partner.organization}")
    finally:
        db.dispose()
    return 0


def _list_partners(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            found = [
                {
                    "id": p.id,
                    "organization": p.organization,
                    "email": p.email,
                    "whatsapp": p.whatsapp,
                    "language": p.language,
                    "accepts_transfers": p.accepts_transfers,
                    "active": p.active,
                    "accounts": len(partners.members(s, p.id)),
                }
                for p in partners.all_partners(s)
            ]
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        for p in found:
            print(f"{p['id']:>4}  {p['organization']}  ({p['accounts']} account(s))")
    return 0


def _member(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            user = s.scalars(
                select(StaffUser).where(StaffUser.email == args.email.strip().lower())
            ).first()
            if user is None or user.role != "partner":
                raise ValueError(f"no partner account {args.email} (staff add-user --role partner)")
            found = [p for p in partners.all_partners(s) if p.organization == args.organization]
            if not found:
                raise ValueError(f"no partner named {args.organization!r}")
            partners.add_member(s, found[0].id, user.id)
            print(f"{user.email} works for {found[0].organization}")
    finally:
        db.dispose()
    return 0
