"""`staff add-user|list|set-password|token`: staff accounts from the command line.

Passwords come from a prompt (asked twice) or from standard input with --password-stdin, never
from an argument, so they stay out of shell history and process lists.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.session import Database
from bot.settings import get_settings
from bot.staff.auth import MIN_PASSWORD, create_user, hash_password, new_api_token, normalize_email
from bot.staff.models import ROLES, StaffUser


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("staff", help="staff console accounts")
    ssub = p.add_subparsers(dest="staff_command", required=True)
    add = ssub.add_parser("add-user", help="create a staff account")
    add.add_argument("--email", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=ROLES, default="agent")
    add.add_argument("--language", choices=("es", "en"), default="es", help="console language")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(func=_add_user)
    ls = ssub.add_parser("list", help="list staff accounts")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)
    pw = ssub.add_parser("set-password", help="set a staff account's password")
    pw.add_argument("--email", required=True)
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(func=_set_password)
    tok = ssub.add_parser("token", help="create an API token for a staff account (shown once)")
    tok.add_argument("--email", required=True)
    tok.add_argument("--name", default="cli")
    tok.set_defaults(func=_token)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise ValueError("the passwords do not match")
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")
    return password


def _add_user(args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            user = create_user(s, args.email, args.name, args.role, password, args.language)
            print(f"created {user.role} {user.email} (id {user.id})")
    finally:
        db.dispose()
    return 0


def _list(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            users = [
                {"id": u.id, "email": u.email, "name": u.name, "role": u.role, "active": u.active}
                for u in s.scalars(select(StaffUser).order_by(StaffUser.id))
            ]
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(users, ensure_ascii=False, indent=2))
    else:
        for u in users:
            print(
                f"{u['id']:>4}  {u['role']:<10} {'' if u['active'] else '(inactive) '}{u['email']}"
            )
    return 0


def _find(s: Session, email: str) -> StaffUser:
    user = s.scalars(select(StaffUser).where(StaffUser.email == normalize_email(email))).first()
    if user is None:
        raise ValueError(f"no staff account for {email}")
    return user


def _set_password(args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            user = _find(s, args.email)
            user.password_hash = hash_password(password)
            user.session_version += 1
            print(f"password changed for {user.email}; their sessions have ended")
    finally:
        db.dispose()
    return 0


def _token(args: argparse.Namespace) -> int:
    db = Database.from_settings(get_settings())
    try:
        with db.session() as s:
            user = _find(s, args.email)
            print(new_api_token(s, user.id, args.name))
    finally:
        db.dispose()
    return 0
