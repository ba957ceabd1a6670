"""Who is this? Passwords (argon2), login throttling, API tokens and roles.

Console and API share these rules. A wrong password five times locks that e-mail from that
address for a while (the whole account only after many addresses failed), counted in the
database so every app process agrees; unknown e-mails are counted the same way and cost the
same time, so the answer never tells whether an account exists.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.staff.models import ROLES, ApiToken, LoginThrottle, StaffUser

HASHER = PasswordHasher()
_DUMMY_HASH = HASHER.hash("puente-timing-equaliser")
TOKEN_PREFIX = "pst_"  # noqa: S105 - a public prefix, not a secret
MIN_PASSWORD = 10
IP_FACTOR = 4  # an address may fail for several people before it is slowed down too
EMAIL_FACTOR = 20  # an account locks for everyone only after failures from many addresses


@dataclass(frozen=True)
class LoginResult:
    """A login's outcome, returned (not raised) so the failure count is committed."""

    user: StaffUser | None
    code: str = "ok"
    locked_for: timedelta | None = None


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member behind a request, detached from any session."""

    id: int
    email: str
    name: str
    role: str
    language: str
    ip: str | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_partner(self) -> bool:
        return self.role == "partner"

    @property
    def home(self) -> str:
        """The page this account starts on."""
        return "/staff/partner" if self.is_partner else "/staff/inbox"

    @classmethod
    def of(cls, user: StaffUser, ip: str | None = None) -> Actor:
        return cls(user.id, user.email, user.name, user.role, user.language, ip)


def normalize_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"password must have at least {MIN_PASSWORD} characters")
    return HASHER.hash(password)


def check_password(user: StaffUser | None, password: str) -> bool:
    """Constant work whether or not the user exists; rehashes old parameters."""
    try:
        HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    if user is None:
        return False
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    return True


def create_user(
    session: Session, email: str, name: str, role: str, password: str, language: str = "es"
) -> StaffUser:
    email = normalize_email(email)
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if "@" not in email or not name.strip():
        raise ValueError("a valid e-mail and a name are required")
    if session.scalar(select(StaffUser.id).where(StaffUser.email == email)) is not None:
        raise ValueError(f"a staff account for {email} already exists")
    user = StaffUser(
        email=email,
        name=name.strip(),
        role=role,
        password_hash=hash_password(password),
        language=language if language in ("es", "en") else "es",
    )
    session.add(user)
    session.flush()
    return user


def _throttle_keys(email: str, ip: str | None) -> list[tuple[str, int]]:
    """What a failure counts against: this e-mail from this address, the address, the e-mail.

    Counting the e-mail alone let anyone lock any account out for good by sending wrong
    passwords for it every few minutes. Now the first lock falls on the pair, so the owner
    signing in from elsewhere is not held back; the e-mail as a whole locks only after many
    addresses failed for it (`EMAIL_FACTOR`), which still stops a guess spread over addresses.
    """
    digest = hashlib.sha256(email.encode()).hexdigest()[:40]
    if not ip:
        return [(f"email:{digest}", 1)]
    pair = hashlib.sha256(f"{email}\n{ip}".encode()).hexdigest()[:40]
    return [(f"pair:{pair}", 1), (f"ip:{ip[:60]}", IP_FACTOR), (f"email:{digest}", EMAIL_FACTOR)]


def _locked(session: Session, keys: list[tuple[str, int]], now: datetime) -> timedelta | None:
    for key, _ in keys:
        row = session.get(LoginThrottle, key)
        if row is not None and row.locked_until is not None and row.locked_until > now:
            return row.locked_until - now
    return None


def authenticate(
    session: Session,
    email: str,
    password: str,
    ip: str | None,
    max_failures: int,
    lockout: timedelta,
) -> LoginResult:
    """The active user with this e-mail and password; a failure counts against e-mail and IP."""
    email = normalize_email(email)
    now = utcnow()
    keys = _throttle_keys(email, ip)
    wait = _locked(session, keys, now)
    if wait is not None:
        return LoginResult(None, "locked", wait)
    user = session.scalars(select(StaffUser).where(StaffUser.email == email)).one_or_none()
    ok = check_password(user, password)
    if ok and user is not None and user.active:
        for key, _ in keys:
            row = session.get(LoginThrottle, key)
            if row is not None:
                session.delete(row)
        user.last_login_at = now
        return LoginResult(user)
    for key, factor in keys:
        row = session.get(LoginThrottle, key) or LoginThrottle(key=key, failures=0)
        session.add(row)
        row.failures += 1
        row.updated_at = now
        if row.failures >= max_failures * factor:
            row.locked_until = now + lockout
            row.failures = 0
    wait = _locked(session, keys, now)
    return LoginResult(None, "locked" if wait else "bad_credentials", wait)


def new_api_token(session: Session, user_id: int, name: str) -> str:
    """Create a token and return it; only its hash is kept."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiToken(user_id=user_id, name=name.strip()[:64] or "api", token_hash=_digest(token))
    )
    session.flush()
    return token


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def end_tokens(session: Session, user_id: int) -> int:
    """Revoke every live API token of an account, as a new password ends its sessions.

    A token taken along with the old password would otherwise keep working; the owner makes
    new ones after the change.
    """
    result = session.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def user_for_token(session: Session, token: str) -> StaffUser | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    row = session.scalars(
        select(ApiToken).where(ApiToken.token_hash == _digest(token), ApiToken.revoked_at.is_(None))
    ).one_or_none()
    if row is None or not row.user.active:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):
        row.last_used_at = now
    return row.user
