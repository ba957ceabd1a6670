"""A case page and every change staff make on it (claim, assign, reply, note, refer, close).

Changes are plain form posts with the CSRF token, answered with a redirect back to the page,
so they work without JavaScript; htmx only refreshes the transcript and searches the
directory. A refused change comes back as a known error code, never as echoed input.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from bot.handoff import messages as pm
from bot.handoff import rasa_sync
from bot.handoff.cases import CaseError
from bot.i18n import gettext
from bot.outbox import templates
from bot.privacy.erase import erase_trackers
from bot.referrals.consent import Draft
from bot.referrals.transitions import ReferralError
from bot.staff import directory_link, operations, referral_ops, referral_views
from bot.staff import messages as m
from bot.staff.console.deps import (
    ChangingActor,
    ConsoleRoute,
    CurrentActor,
    run_op,
    services_of,
)
from bot.staff.console.render import render
from bot.staff.labels import LABELS

router = APIRouter(prefix="/staff", route_class=ConsoleRoute, include_in_schema=False)
CANNED = (
    (m.CANNED_LABEL_HELLO, pm.CANNED_HELLO),
    (m.CANNED_LABEL_SAFE, pm.CANNED_SAFE),
    (m.CANNED_LABEL_CITY, pm.CANNED_CITY),
    (m.CANNED_LABEL_SEARCHING, pm.CANNED_SEARCHING),
    (m.CANNED_LABEL_REFERRAL, pm.CANNED_REFERRAL),
    (m.CANNED_LABEL_NO_DOCUMENTS, pm.CANNED_NO_DOCUMENTS),
    (m.CANNED_LABEL_CLOSING, pm.CANNED_CLOSING),
)
Text = Annotated[str, Form(max_length=4000)]


def back(case_id: int, anchor: str = "", error: str | None = None) -> Response:
    query = f"?error={error}" if error else ""
    fragment = f"#{anchor}" if anchor else ""
    return RedirectResponse(f"/staff/cases/{case_id}{query}{fragment}", status_code=303)


@router.get("/cases/{case_id}")
async def case_page(request: Request, case_id: int, actor: CurrentActor) -> Response:
    detail = await run_op(request, operations.view_case, actor, case_id)
    lang = detail.row.language
    canned = [(label, gettext(lang, text)) for label, text in CANNED]
    error = request.query_params.get("error", "")
    settings = services_of(request).settings
    template = templates.template_sid(settings, "staff_reply", lang) is not None
    loops = await services_of(request).db.run(referral_views.for_case, case_id)
    return render(
        request,
        "case.html",
        actor,
        case=detail,
        canned=canned,
        error=LABELS["error"].get(error),
        directory=directory_link.available(),
        template=template,
        loops=loops,
        link_url=None,
    )


@router.get("/cases/{case_id}/transcript")
async def transcript(request: Request, case_id: int, actor: CurrentActor) -> Response:
    lines = await run_op(request, operations.transcript, actor, case_id)
    return render(request, "_transcript.html", actor, lines=lines)


@router.post("/cases/{case_id}/claim")
async def claim(request: Request, case_id: int, actor: ChangingActor) -> Response:
    try:
        await run_op(request, operations.claim, actor, case_id)
    except CaseError as exc:
        return back(case_id, error=exc.code)
    return back(case_id)


@router.post("/cases/{case_id}/assign")
async def assign(
    request: Request,
    case_id: int,
    actor: ChangingActor,
    user_id: Annotated[str, Form(max_length=12)] = "",
) -> Response:
    target = int(user_id) if user_id.isdigit() else None
    try:
        await run_op(request, operations.assign, actor, case_id, target)
    except CaseError as exc:
        return back(case_id, error=exc.code)
    return back(case_id)


@router.post("/cases/{case_id}/reply")
async def reply(request: Request, case_id: int, text: Text, actor: ChangingActor) -> Response:
    try:
        effect = await run_op(request, operations.reply, actor, case_id, text)
    except CaseError as exc:
        return back(case_id, "reply", exc.code)
    await rasa_sync.apply(services_of(request), effect)
    return back(case_id, "reply", effect.refused)


@router.post("/cases/{case_id}/template")
async def template(request: Request, case_id: int, actor: ChangingActor) -> Response:
    """Reopen WhatsApp's window with the approved template for staff replies in the person's
    language (TWILIO_TEMPLATES, else TWILIO_TEMPLATE_SID)."""
    try:
        effect = await run_op(request, operations.send_template, actor, case_id)
    except CaseError as exc:
        return back(case_id, "reply", exc.code)
    await rasa_sync.apply(services_of(request), effect)
    return back(case_id, "reply", effect.refused)


@router.post("/cases/{case_id}/notes")
async def note(request: Request, case_id: int, body: Text, actor: ChangingActor) -> Response:
    try:
        await run_op(request, operations.add_note, actor, case_id, body)
    except CaseError as exc:
        return back(case_id, "notes", exc.code)
    return back(case_id, "notes")


@router.post("/cases/{case_id}/safe-contact")
async def safe_contact(
    request: Request,
    case_id: int,
    actor: ChangingActor,
    value: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        await run_op(request, operations.set_safe_contact, actor, case_id, value)
    except CaseError as exc:
        return back(case_id, "safety", exc.code)
    return back(case_id, "safety")


@router.post("/cases/{case_id}/referrals")
async def refer(
    request: Request,
    case_id: int,
    actor: ChangingActor,
    service_id: Annotated[str, Form(max_length=64)] = "",
    service_name: Annotated[str, Form(max_length=200)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    kind: Annotated[str, Form(max_length=16)] = "referral",
    share: Annotated[list[str] | None, Form()] = None,
    first_name: Annotated[str, Form(max_length=60)] = "",
    phone: Annotated[str, Form(max_length=40)] = "",
    need: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    """A referral: the person is asked before anything they chose to share leaves."""
    name = service_name
    if service_id and not name:
        found = await services_of(request).db.run(directory_link.service_name, service_id)
        name = found or service_id
    draft = Draft(
        service_id or None,
        name,
        note,
        kind=kind,
        items=tuple(share or ()),
        first_name=first_name,
        phone=phone,
        need=need,
    )
    settings = services_of(request).settings
    try:
        _, refused = await run_op(request, referral_ops.refer, actor, case_id, draft, settings)
    except (CaseError, ReferralError) as exc:
        return back(case_id, "referrals", exc.code)
    return back(case_id, "referrals", refused)


@router.post("/referrals/{referral_id}")
async def referral_outcome(
    request: Request,
    referral_id: int,
    actor: ChangingActor,
    outcome: Annotated[str, Form(max_length=16)],
) -> Response:
    try:
        case_id = await run_op(request, operations.referral_outcome, actor, referral_id, outcome)
    except CaseError as exc:
        return RedirectResponse(f"/staff/inbox?error={exc.code}", status_code=303)
    return back(case_id, "referrals")


@router.post("/cases/{case_id}/close")
async def close(
    request: Request,
    case_id: int,
    actor: ChangingActor,
    outcome: Annotated[str, Form(max_length=16)],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        effect = await run_op(request, operations.close, actor, case_id, outcome, note)
    except CaseError as exc:
        return back(case_id, "close", exc.code)
    await rasa_sync.apply(services_of(request), effect)
    return back(case_id)


@router.post("/cases/{case_id}/reopen")
async def reopen(request: Request, case_id: int, actor: ChangingActor) -> Response:
    try:
        effect = await run_op(request, operations.reopen, actor, case_id)
    except CaseError as exc:
        return back(case_id, error=exc.code)
    await rasa_sync.apply(services_of(request), effect)
    return back(case_id)


@router.post("/cases/{case_id}/erase")
async def erase(request: Request, case_id: int, actor: ChangingActor) -> Response:
    try:
        senders = await run_op(request, operations.erase_person, actor, case_id)
    except CaseError as exc:
        return back(case_id, error=exc.code)
    await erase_trackers(services_of(request), senders)
    return back(case_id)


@router.get("/directory/search")
async def directory_search(request: Request, actor: CurrentActor) -> Response:
    q = request.query_params.get("q", "")[:100]
    place = request.query_params.get("place", "")[:100]
    category = request.query_params.get("category", "")[:32]
    found = await services_of(request).db.run(directory_link.search, q, place, category)
    return render(
        request, "_services.html", actor, services=found, available=directory_link.available()
    )
