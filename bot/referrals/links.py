"""Signed, expiring, single-purpose links for partners without accounts.

A link names one referral and the nonce it was made with; it is signed with SECRET_KEY under
its own salt (so no other signed value of the app can pass for one) and refused after
REFERRAL_LINK_DAYS. Sending a new link changes the nonce, which revokes every earlier one. It
opens only that referral's page: accept or decline, then record the outcome.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from bot.referrals.models import ReferralLoop
from bot.settings import Settings

SALT = "puente.referral-link.v1"
PATH = "/partner/r/"


class LinkRefused(Exception):
    """A link that is altered, expired, revoked or for a referral that no longer exists."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Link:
    token: str
    url: str
    valid_for: timedelta


def _serializer(settings: Settings) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(settings.secret_key, salt=SALT)


def make(loop: ReferralLoop, settings: Settings) -> Link:
    """A new link for this referral; earlier ones stop working."""
    loop.link_nonce = secrets.token_hex(8)
    token = str(_serializer(settings).dumps({"r": loop.referral_id, "n": loop.link_nonce}))
    url = f"{settings.public_base_url.rstrip('/')}{PATH}{token}"
    return Link(token, url, timedelta(days=settings.referral_link_days))


def open_link(session: Session, token: str, settings: Settings) -> ReferralLoop:
    """The referral a link names, or LinkRefused with why (expired, invalid, revoked)."""
    if not token or len(token) > 400:
        raise LinkRefused("invalid")
    max_age = int(settings.referral_link_days * 86400)
    try:
        data = _serializer(settings).loads(token, max_age=max_age)
    except SignatureExpired:
        raise LinkRefused("expired") from None
    except BadSignature:
        raise LinkRefused("invalid") from None
    if not isinstance(data, dict) or not isinstance(data.get("r"), int):
        raise LinkRefused("invalid")
    loop = session.get(ReferralLoop, data["r"])
    if loop is None:
        raise LinkRefused("gone")
    if not loop.link_nonce or not secrets.compare_digest(loop.link_nonce, str(data.get("n"))):
        raise LinkRefused("revoked")
    return loop
