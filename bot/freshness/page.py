"""`/directory/confirm/{token}`: the one page a service's contact reaches from their link.

It shows what Puente tells people about the service and lets the contact confirm it, say
whether there is room tonight, or propose changes (which wait for staff). It links to nothing
but itself (in another language), needs no JavaScript, fits a phone, is never cached or indexed,
and sends no referrer (the token is in the address). Every view and answer is recorded.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from babel.dates import format_date
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from bot.db.base import utcnow
from bot.directory import freshness
from bot.directory import messages as dm
from bot.directory.entry import Entry
from bot.directory.phones import display
from bot.directory.policy import Policy
from bot.directory.vocab import CAPACITIES
from bot.http import deps
from bot.http.language import request_language
from bot.i18n import gettext, language_name
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
PATH = "/directory/confirm/{token}"
DONE = {"confirmed": dm.DONE_CONFIRMED, "capacity": dm.DONE_CAPACITY,
        "proposed": dm.DONE_PROPOSED, "nothing": dm.DONE_NOTHING}  # fmt: skip
STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;"
    "line-height:1.45;color:#1b1b1b}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .8rem}dt{font-weight:600}"
    "dd{margin:0;overflow-wrap:anywhere}label{display:block;margin:.5rem 0}"
    "input[type=text],input[type=number],textarea{width:100%;box-sizing:border-box;"
    "padding:.5rem;font-size:1rem}button{font-size:1rem;padding:.7rem 1rem;margin:.6rem 0;"
    "width:100%}.done{background:#e6f4ea;padding:.8rem;border-radius:.4rem}"
    ".langs a{margin-right:.6rem}small{color:#555}"
)
STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
HEADERS = {
    "content-security-policy": (
        f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "x-robots-tag": "noindex, nofollow",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
}


def _language(request: Request) -> str:
    return request_language(request) or DEFAULT_LANGUAGE


def _shown(entry: Entry, lang: str) -> list[tuple[str, str]]:
    """What Puente tells people, field by field, in the page's language."""
    values = {
        "name": entry.name,
        "address": entry.address,
        "city": ", ".join(x for x in (entry.city, entry.state) if x),
        "phone": "; ".join(display(p, entry.country) for p in entry.phones),
        "whatsapp": display(entry.whatsapp, entry.country) if entry.whatsapp else "",
        "email": entry.email,
        "website": entry.website,
        "hours": entry.hours,
        "populations": ", ".join(
            gettext(lang, dm.POPULATION_NAMES[p]) for p in entry.populations
            if p in dm.POPULATION_NAMES
        ),
        "languages": ", ".join(entry.languages),
        "cost": entry.cost,
        "fees": entry.fees,
    }  # fmt: skip
    unknown = gettext(lang, dm.NOT_KNOWN)
    return [(gettext(lang, dm.FIELD_NAMES[k]), v or unknown) for k, v in values.items()]


def _page(request: Request, lang: str, status: int, **context: Any) -> HTMLResponse:
    base = {
        "lang": lang, "t": lambda msgid, **kw: gettext(lang, msgid, **kw), "dm": dm,
        "style": STYLE, "path": request.url.path,
        "languages": [(c, language_name(c)) for c in LANGUAGES],
    }  # fmt: skip
    response = templates.TemplateResponse(request, "confirm.html", {**base, **context})
    response.status_code = status
    response.headers.update(HEADERS)
    return response


def _open(
    session: Session, token: str, secret: str, policy: Policy
) -> freshness.Link | freshness.LinkError:
    """The link, or why not (returned, not raised, so the refusal's record is committed)."""
    try:
        link = freshness.open_link(session, token, secret, policy, utcnow())
    except freshness.LinkError as exc:
        return exc
    freshness.event(session, link.request_id, "viewed")
    return link


def _refused(request: Request, lang: str, error: freshness.LinkError) -> HTMLResponse:
    expired = error.reason in ("expired", "revoked")
    message = dm.LINK_EXPIRED if expired else dm.LINK_BAD
    return _page(request, lang, 410 if expired else 404, message=message, entry=None)


@router.get(PATH, response_class=HTMLResponse)
async def show(request: Request, token: str) -> Response:
    services = deps.services(request)
    lang = _language(request)
    policy = Policy.from_settings(services.settings)
    link = await services.db.run(_open, token, services.settings.secret_key, policy)
    if isinstance(link, freshness.LinkError):
        return _refused(request, lang, link)
    done = DONE.get(request.query_params.get("done", ""))
    until = format_date(link.expires_at.date(), format="long", locale=lang)
    row = link.entry.as_row()
    editable = [(k, gettext(lang, dm.FIELD_NAMES[k]), row.get(k, "")) for k in dm.FIELD_NAMES]
    capacities = [(c, gettext(lang, dm.CAPACITY_NAMES[c])) for c in CAPACITIES]
    return _page(
        request, lang, 200, entry=link.entry, shown=_shown(link.entry, lang), done=done,
        until=until, editable=editable, capacities=capacities, message=None,
    )  # fmt: skip


def _answer(
    session: Session, token: str, secret: str, policy: Policy, form: dict[str, str]
) -> str | freshness.LinkError:
    """Apply what the form says; returns the `done` key for the page shown next."""
    try:
        link = freshness.open_link(session, token, secret, policy, utcnow())
    except freshness.LinkError as exc:
        return exc
    action = form.get("action", "")
    now = utcnow()
    if action == "confirm":
        freshness.confirm(session, link, date.today(), now)
        return "confirmed"
    if action == "capacity" and form.get("capacity") in CAPACITIES:
        beds_text = form.get("beds", "").strip()
        beds = int(beds_text) if beds_text.isdigit() and len(beds_text) < 5 else None
        freshness.set_capacity(session, link, form["capacity"], beds, now)
        return "capacity"
    if action == "propose":
        changes = {k: form.get(k, "") for k in freshness.PROPOSABLE if k in form}
        proposed = freshness.propose(session, link, changes, form.get("note", ""), now)
        return "proposed" if proposed else "nothing"
    return "nothing"


@router.post(PATH)
async def answer(request: Request, token: str) -> Response:
    services = deps.services(request)
    lang = _language(request)
    policy = Policy.from_settings(services.settings)
    raw = await request.form()
    form = {k: str(v)[:2000] for k, v in raw.items() if isinstance(v, str)}
    done = await services.db.run(_answer, token, services.settings.secret_key, policy, form)
    if isinstance(done, freshness.LinkError):
        return _refused(request, lang, done)
    target = f"{request.url.path}?lang={lang}&done={done}"
    return RedirectResponse(target, status_code=303, headers=HEADERS)
