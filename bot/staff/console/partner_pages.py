"""Pages for partner organisations: their accounts in the console, and the link's page.

A partner account (role `partner`) reaches `/staff/partner` and nothing else of the console
(`bot.staff.console.deps.PARTNER_PATHS`): the referrals sent to its organisation, each showing
only what the person agreed to share. A partner without accounts opens `/partner/r/<token>`:
one referral, no navigation, no way to any other page. Both accept or decline with a reason
and record the outcome; the first look acknowledges the referral; every look and answer is
audited (`bot.staff.referral_ops`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from bot.referrals import links, transitions
from bot.referrals.listing import PartnerView
from bot.referrals.transitions import ReferralError
from bot.staff import referral_ops
from bot.staff.auth import Actor
from bot.staff.console import session as cookies
from bot.staff.console.deps import (
    ChangingActor,
    ConsoleRoute,
    CurrentActor,
    client_ip,
    run_op,
    services_of,
)
from bot.staff.console.render import SECURITY_HEADERS, render
from bot.staff.operations import Denied

router = APIRouter(route_class=ConsoleRoute, include_in_schema=False)
ACTIONS = ("accept", "decline", "outcome")
Code = Annotated[str, Form(max_length=32)]
REASONS = transitions.DECLINE_REASONS
OUTCOMES = tuple(transitions.OUTCOMES)


@router.get("/staff/partner")
async def partner_home(request: Request, actor: CurrentActor) -> Response:
    if not actor.is_partner:
        return RedirectResponse("/staff/inbox", status_code=303)
    try:
        rows = await run_op(request, referral_ops.partner_list, actor)
    except Denied:  # an account not (or no longer) tied to an active partner
        return render(request, "partner_list.html", actor, rows=[], organization=None, tied=False)
    organization = rows[0].organization if rows else None
    return render(
        request, "partner_list.html", actor, rows=rows, organization=organization, tied=True
    )


@router.get("/staff/partner/referrals/{referral_id}")
async def partner_referral(request: Request, referral_id: int, actor: CurrentActor) -> Response:
    if not actor.is_partner:
        raise Denied(None)
    try:
        view = await services_of(request).db.run(referral_ops.partner_view, actor, referral_id)
    except Denied:
        await services_of(request).db.run(referral_ops.record_denied, actor, referral_id)
        raise
    return _referral_page(request, actor, view, f"/staff/partner/referrals/{referral_id}")


@router.post("/staff/partner/referrals/{referral_id}/{action}")
async def partner_act(
    request: Request, referral_id: int, action: str, actor: ChangingActor, value: Code = ""
) -> Response:
    if not actor.is_partner or action not in ACTIONS:
        raise Denied(None)
    base = f"/staff/partner/referrals/{referral_id}"
    try:
        await services_of(request).db.run(
            referral_ops.partner_act, actor, referral_id, action, value
        )
    except Denied:
        await services_of(request).db.run(referral_ops.record_denied, actor, referral_id)
        raise
    except ReferralError as exc:
        return RedirectResponse(f"{base}?error={exc.code}", status_code=303)
    return RedirectResponse(f"{base}?saved=1", status_code=303)


# The page behind a link: no account, no session, one referral. ------------------------------


def _referral_page(
    request: Request, actor: Actor | None, view: PartnerView, action_base: str
) -> Response:
    """One referral as a partner sees it: from a partner account (`actor`) or from a link."""
    return render(
        request,
        "partner_referral.html",
        actor,
        ref=view,
        action_base=action_base,
        saved=request.query_params.get("saved") == "1",
        error=request.query_params.get("error", ""),
        link=actor is None,
        reasons=REASONS,
        outcomes=OUTCOMES,
    )


def _refused(request: Request, code: str) -> Response:
    page = render(request, "link_refused.html", None, 410 if code == "expired" else 403, code=code)
    page.headers.update(SECURITY_HEADERS)
    return page


@router.get(links.PATH + "{token}")
async def link_page(request: Request, token: str) -> Response:
    services = services_of(request)
    ip = client_ip(request)
    try:
        view = await services.db.run(referral_ops.link_view, token, services.settings, ip)
    except links.LinkRefused as exc:
        await services.db.run(referral_ops.link_refused, exc.code, ip)
        return _refused(request, exc.code)
    # Referrer-Policy same-origin: the token never leaves in a Referer.
    return _referral_page(request, None, view, f"{links.PATH}{token}")


@router.post(links.PATH + "{token}/{action}")
async def link_act(request: Request, token: str, action: str, value: Code = "") -> Response:
    services = services_of(request)
    ip = client_ip(request)
    if action not in ACTIONS or not cookies.same_origin(request):
        return _refused(request, "invalid")
    try:
        await services.db.run(referral_ops.link_act, token, services.settings, ip, action, value)
    except links.LinkRefused as exc:
        await services.db.run(referral_ops.link_refused, exc.code, ip)
        return _refused(request, exc.code)
    except ReferralError as exc:
        return RedirectResponse(f"{links.PATH}{token}?error={exc.code}", status_code=303)
    return RedirectResponse(f"{links.PATH}{token}?saved=1", status_code=303)
