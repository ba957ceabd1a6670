"""Partner organisations and their console accounts.

A partner is an organisation of the directory, named exactly as the directory names it, that
takes referrals: through its own accounts in the console (role `partner`, each tied to one
partner) or, without accounts, through a signed link sent to its e-mail or WhatsApp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory.models import Organization, Phone, Service
from bot.referrals.models import Partner, PartnerMember

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PartnerError(ValueError):
    """A partner that cannot be saved; the message says why in plain words."""


@dataclass(frozen=True)
class Target:
    """Where a referral to a service goes: its organisation, partner and link contacts."""

    organization: str | None
    partner: Partner | None
    email: str | None
    whatsapp: str | None


def save(
    session: Session,
    organization: str,
    email: str | None = None,
    whatsapp: str | None = None,
    language: str = "es",
    accepts_transfers: bool = False,
    active: bool = True,
) -> Partner:
    """Create or update the partner for an organisation of the directory."""
    name = " ".join(organization.split())[:300]
    if not name:
        raise PartnerError("a partner needs the organisation's name")
    known = session.scalar(select(Organization.id).where(Organization.name == name))
    existing = session.scalars(select(Partner).where(Partner.organization == name)).first()
    if known is None and existing is None:
        raise PartnerError(f"no organisation named {name!r} in the directory")
    email = (email or "").strip().lower() or None
    if email is not None and not EMAIL.match(email):
        raise PartnerError("the e-mail address is not valid")
    number = re.sub(r"[^\d+]", "", whatsapp or "") or None
    if number is not None and not re.fullmatch(r"\+\d{8,15}", number):
        raise PartnerError("the WhatsApp number needs the country code, e.g. +52 962 000 0000")
    partner = existing or Partner(organization=name)
    partner.email, partner.whatsapp = email, number
    partner.language = language if language in ("es", "en", "fr", "ht") else "es"
    partner.accepts_transfers, partner.active = accepts_transfers, active
    session.add(partner)
    session.flush()
    return partner


def add_member(session: Session, partner_id: int, user_id: int) -> None:
    """Tie a console account to a partner (one partner per account)."""
    member = session.get(PartnerMember, user_id) or PartnerMember(user_id=user_id)
    member.partner_id = partner_id
    session.add(member)
    session.flush()


def partner_of_user(session: Session, user_id: int) -> Partner | None:
    member = session.get(PartnerMember, user_id)
    return member.partner if member is not None and member.partner.active else None


def all_partners(session: Session) -> list[Partner]:
    return list(session.scalars(select(Partner).order_by(Partner.organization)))


def members(session: Session, partner_id: int) -> list[int]:
    return list(
        session.scalars(select(PartnerMember.user_id).where(PartnerMember.partner_id == partner_id))
    )


def target_for(session: Session, service_id: str | None, organization: str | None) -> Target:
    """The organisation behind a directory service (or named by staff) and how to reach it.

    A partner's own contact wins; without one, the service's e-mail and WhatsApp number from
    the directory carry the link.
    """
    service = (
        session.scalars(select(Service).where(Service.external_id == service_id)).first()
        if service_id
        else None
    )
    name = organization or (service.organization.name if service and service.organization else None)
    partner = (
        session.scalars(
            select(Partner).where(Partner.organization == name, Partner.active.is_(True))
        ).first()
        if name
        else None
    )
    email = partner.email if partner and partner.email else (service.email if service else None)
    whatsapp = partner.whatsapp if partner and partner.whatsapp else None
    if whatsapp is None and service is not None:
        whatsapp = session.scalar(
            select(Phone.number).where(Phone.service_id == service.id, Phone.kind == "whatsapp")
        )
    return Target(name, partner, email, whatsapp)
