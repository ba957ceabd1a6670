"""The page a service's contact opens from the link: confirm, room tonight, propose changes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.session import Database
from bot.directory import freshness, store
from bot.directory.models import ConfirmationRequest, LinkEvent, Proposal, Service
from bot.directory.policy import Policy
from bot.settings import Settings
from tests.freshness.support import seed_contacts


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for key in ("href", "action", "src"):
            if found.get(key):
                self.targets.append(str(found[key]))


def _token(db: Database, settings: Settings, external_id: str = "mail", days: int = 14) -> str:
    with db.session() as session:
        service = session.scalars(select(Service).where(Service.external_id == external_id)).one()
        now = datetime.now(UTC)
        _, token = freshness.issue(
            session, service, "email", settings.secret_key, Policy(link_days=days), now
        )
    return token


def _events(db: Database) -> list[str]:
    with db.session() as session:
        return [e.action for e in session.scalars(select(LinkEvent).order_by(LinkEvent.id))]


def test_the_page_shows_the_entry_reaches_nothing_else_and_needs_no_script(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    path = f"/directory/confirm/{_token(db, settings)}"
    page = client.get(path, headers={"accept-language": "es-MX"})
    assert page.status_code == 200 and 'lang="es"' in page.text
    assert "Albergue Correo" in page.text and "664 000 0000" in page.text  # national format
    parser = _Links()
    parser.feed(page.text)
    assert parser.scripts == 0
    assert parser.targets and all(t.split("?")[0] == path for t in parser.targets), parser.targets
    assert 'name="viewport"' in page.text
    headers = page.headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]
    assert headers["referrer-policy"] == "no-referrer" and headers["cache-control"] == "no-store"
    assert "noindex" in headers["x-robots-tag"]
    assert client.get(path + "?lang=ht").text.count('lang="ht"') >= 1
    assert _events(db) == ["viewed", "viewed"]


def test_confirm_capacity_and_proposed_changes(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    path = f"/directory/confirm/{_token(db, settings)}"
    done = client.post(path, data={"action": "confirm"}, follow_redirects=False)
    assert done.status_code == 303 and "done=confirmed" in done.headers["location"]
    assert "Marcamos esta información como confirmada" in client.get(done.headers["location"]).text
    client.post(path, data={"action": "capacity", "capacity": "beds_available", "beds": "7"})
    client.post(path, data={"action": "propose", "phone": "+52 664 999 8877",
                            "hours": "24/7", "note": "Abrimos también de noche"})  # fmt: skip
    with db.session() as session:
        entry = {e.id: e for e in store.all_entries(session)}["mail"]
        proposal = session.scalars(select(Proposal)).one()
        proposal_id, changes = proposal.id, dict(proposal.changes)
    assert entry.live.confirmed_on == date.today() and entry.checked_on == date.today()
    assert (entry.live.capacity, entry.live.capacity_beds) == ("beds_available", 7)
    assert entry.phones == ("+526640000000",)  # a proposal changes nothing by itself
    assert changes == {"phone": "+52 664 999 8877", "hours": "24/7"}
    with db.session() as session:
        assert freshness.approve(session, proposal_id, None, date.today()) == []
    with db.session() as session:
        entry = {e.id: e for e in store.all_entries(session)}["mail"]
        assert entry.phones == ("+526649998877",) and entry.hours == "24/7"
        assert entry.live.capacity == "beds_available"  # kept across the change
    answers = [e for e in _events(db) if e != "viewed"]
    assert answers == ["confirmed", "capacity", "proposed", "approved"]
    assert _events(db).count("viewed") == 3  # each answer's page, shown again after it


def test_a_proposal_that_breaks_the_rules_is_refused_with_the_reason(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    path = f"/directory/confirm/{_token(db, settings)}"
    client.post(path, data={"action": "propose", "hours": "whenever"})
    with db.session() as session:
        proposal = session.scalars(select(Proposal)).one()
        assert any("bad hours" in r for r in freshness.approve(session, proposal.id, None,
                                                                date.today()))  # fmt: skip


def test_expired_forged_and_revoked_links_open_nothing(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed_contacts(db, tmp_path)
    token = _token(db, settings)
    forged = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert client.get(f"/directory/confirm/{forged}").status_code == 404
    assert (
        client.post(f"/directory/confirm/{forged}", data={"action": "confirm"}).status_code == 404
    )
    with db.session() as session:
        request = session.scalars(select(ConfirmationRequest)).one()
        request.expires_at = datetime.now(UTC) - timedelta(minutes=1)
    page = client.get(f"/directory/confirm/{token}")
    assert page.status_code == 410 and "Albergue Correo" not in page.text
    with db.session() as session:
        request = session.scalars(select(ConfirmationRequest)).one()
        request.expires_at, request.status = datetime.now(UTC) + timedelta(days=1), "revoked"
    assert client.get(f"/directory/confirm/{token}").status_code == 410
    with db.session() as session:
        assert (
            session.scalars(select(Service).where(Service.external_id == "mail")).one().confirmed_on
            is None
        )
        reasons = [e.detail.get("reason") for e in session.scalars(select(LinkEvent))]
    assert reasons == ["bad", "bad", "expired", "revoked"]


def test_a_link_signed_for_another_purpose_does_not_open(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    from itsdangerous import URLSafeTimedSerializer

    seed_contacts(db, tmp_path)
    _token(db, settings)
    with db.session() as session:
        nonce = session.scalars(select(ConfirmationRequest)).one().nonce
    other = URLSafeTimedSerializer(settings.secret_key, salt="puente/staff-session").dumps(nonce)
    assert client.get(f"/directory/confirm/{other}").status_code == 404
    assert re.fullmatch(r"[0-9a-f]{32}", nonce)
