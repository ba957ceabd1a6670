"""What staff, partners and partner links may do to referrals: checked, applied and audited.

The console pages (staff, partner, link) call these, so need-to-know and the audit trail are
the same everywhere: staff reach a referral through its case (`operations.load`), a partner
account only the referrals sent to its own organisation, a link only the one referral it
names. Every view and change writes an audit entry in the same transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.referrals import consent, links, listing, partners, transfer, transitions
from bot.referrals.consent import Draft
from bot.referrals.models import ReferralLoop
from bot.referrals.transitions import ReferralError, Who
from bot.settings import Settings
from bot.staff import audit, operations
from bot.staff.auth import Actor
from bot.staff.operations import Denied, NotFound


def refer(
    session: Session, actor: Actor, case_id: int, draft: Draft, settings: Settings
) -> tuple[int, str | None]:
    """A referral with its consent question; returns its id and why the question failed."""
    case = operations.load(session, actor, case_id)
    loop, refused = consent.create(session, case, actor.id, draft, settings)
    audit.record(
        session,
        actor,
        "refer",
        case.id,
        referral_id=loop.referral_id,
        kind=loop.kind,
        items=list(loop.consent_items),
        refused=refused,
    )
    return loop.referral_id, refused


def _staff_loop(session: Session, actor: Actor, referral_id: int) -> ReferralLoop:
    loop = session.get(ReferralLoop, referral_id)
    if loop is None:
        raise NotFound(referral_id)
    operations.load(session, actor, loop.case_id)  # need-to-know through the case
    return loop


def send_without_details(
    session: Session, actor: Actor, referral_id: int, settings: Settings
) -> int:
    loop = _staff_loop(session, actor, referral_id)
    consent.send_without_details(session, loop, Who("staff", actor.id), settings)
    audit.record(session, actor, "referral_sent", loop.case_id, referral_id=referral_id)
    return loop.case_id


def withdraw(session: Session, actor: Actor, referral_id: int) -> int:
    """Staff stop sharing on the person's request (by phone, in person, in the chat)."""
    loop = _staff_loop(session, actor, referral_id)
    if not consent.withdraw(session, loop, Who("staff", actor.id)):
        raise ReferralError("nothing_shared")
    audit.record(session, actor, "referral_withdrawn", loop.case_id, referral_id=referral_id)
    return loop.case_id


def make_link(session: Session, actor: Actor, referral_id: int, settings: Settings) -> str:
    """A fresh link for staff to pass on themselves; earlier links stop working."""
    loop = _staff_loop(session, actor, referral_id)
    if loop.status not in transitions.OPEN or loop.status == "awaiting_consent":
        raise ReferralError("link_not_possible")
    link = links.make(loop, settings)
    transitions.note(session, loop, "link_made", Who("staff", actor.id), loop.updated_at)
    audit.record(session, actor, "referral_link", loop.case_id, referral_id=referral_id)
    return link.url


def staff_outcome(
    session: Session, actor: Actor, referral_id: int, status: str, reason: str = "other"
) -> int:
    """Staff record what the partner told them by other means (a call, a visit)."""
    loop = _staff_loop(session, actor, referral_id)
    who = Who("staff", actor.id)
    if status == "acknowledged":
        transitions.acknowledge(session, loop, who)
    elif status == "accepted":
        transitions.accept(session, loop, who)
        transfer.take_over(session, loop, who)
    elif status == "declined":
        transitions.decline(session, loop, who, reason)
    elif status in transitions.OUTCOMES:
        if loop.status in transitions.WAITING_FOR_PARTNER:
            transitions.accept(session, loop, who)  # told "attended": it was accepted too
        transitions.record_outcome(session, loop, who, status)
    else:
        raise ReferralError("invalid_transition")
    audit.record(
        session, actor, "referral_outcome", loop.case_id, referral_id=referral_id, status=status
    )
    return loop.case_id


# Partner accounts ------------------------------------------------------------------------


def _partner_id(session: Session, actor: Actor) -> int:
    partner = partners.partner_of_user(session, actor.id) if actor.is_partner else None
    if partner is None:
        raise Denied(None)
    return partner.id


def partner_list(session: Session, actor: Actor) -> list[listing.PartnerView]:
    partner_id = _partner_id(session, actor)
    rows = listing.for_partner(session, partner_id)
    audit.record(session, actor, "partner_list", None, partner_id=partner_id, shown=len(rows))
    return rows


def _partner_loop(session: Session, actor: Actor, referral_id: int) -> ReferralLoop:
    partner_id = _partner_id(session, actor)
    loop = listing.of_partner(session, partner_id, referral_id)
    if loop is None:
        raise Denied(None)
    return loop


def partner_view(session: Session, actor: Actor, referral_id: int) -> listing.PartnerView:
    """A partner opens a referral: audited, and the first look acknowledges it."""
    loop = _partner_loop(session, actor, referral_id)
    transitions.acknowledge(session, loop, Who("partner", actor.id))
    audit.record(session, actor, "partner_view", None, referral_id=referral_id)
    return listing.partner_view(session, loop)


def partner_act(
    session: Session, actor: Actor, referral_id: int, action: str, value: str = ""
) -> None:
    loop = _partner_loop(session, actor, referral_id)
    _act(session, loop, Who("partner", actor.id), action, value)
    audit.record(
        session, actor, f"partner_{action}", None, referral_id=referral_id, value=value or None
    )


def record_denied(session: Session, actor: Actor, referral_id: int) -> None:
    audit.record(session, actor, "view_denied", None, referral_id=referral_id)


def _act(session: Session, loop: ReferralLoop, who: Who, action: str, value: str) -> None:
    if action == "accept":
        transitions.accept(session, loop, who)
        transfer.take_over(session, loop, who)  # a transfer ends Puente's case
    elif action == "decline":
        transitions.decline(session, loop, who, value)
    elif action == "outcome":
        transitions.record_outcome(session, loop, who, value)
    else:
        raise ReferralError("invalid_transition")


# Links -------------------------------------------------------------------------------------


def link_view(
    session: Session, token: str, settings: Settings, ip: str | None
) -> listing.PartnerView:
    """The page behind a link: audited (without an account), the first look acknowledges."""
    loop = links.open_link(session, token, settings)
    transitions.acknowledge(session, loop, Who("link"))
    audit.record(session, None, "link_view", None, ip=ip, referral_id=loop.referral_id)
    return listing.partner_view(session, loop)


def link_act(
    session: Session, token: str, settings: Settings, ip: str | None, action: str, value: str
) -> None:
    loop = links.open_link(session, token, settings)
    _act(session, loop, Who("link"), action, value)
    audit.record(
        session,
        None,
        f"link_{action}",
        None,
        ip=ip,
        referral_id=loop.referral_id,
        value=value or None,
    )


def link_refused(session: Session, code: str, ip: str | None) -> None:
    """An altered, expired or revoked link was tried: written down, in its own transaction."""
    audit.record(session, None, "link_refused", None, ip=ip, reason=code)
