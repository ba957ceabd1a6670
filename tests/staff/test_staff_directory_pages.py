"""The console's directory pages: freshness at a glance, proposals to approve, "keep it"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.session import Database
from bot.directory import freshness, store
from bot.directory.models import Service
from bot.directory.policy import Policy
from bot.settings import Settings
from bot.staff import directory_messages as sm
from bot.staff.models import AuditEntry
from tests.directory.support import row, seed
from tests.staff.helpers import add_user, login


def _proposal(db: Database, settings: Settings, changes: dict[str, str]) -> None:
    with db.session() as session:
        service = session.scalars(select(Service).where(Service.external_id == "t-1")).one()
        _, token = freshness.issue(
            session, service, "email", settings.secret_key, Policy(), datetime.now(UTC)
        )
        link = freshness.open_link(session, token, settings.secret_key, Policy(), datetime.now(UTC))
        freshness.propose(session, link, changes, "nuevo teléfono", datetime.now(UTC))


def test_admins_review_proposed_changes(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed(db, tmp_path, [row(update_email="coordinacion@example.org")])
    _proposal(db, settings, {"phone": "+52 664 765 4321", "hours": "Mo-Sa 08:00-20:00"})
    add_user(db, "dir@example.org", "admin")
    csrf = login(client, "dir@example.org")
    listing = client.get("/staff/admin/directory")
    assert "esperando revisión: 1" in listing.text and "coordinacion@example.org" in listing.text
    page = client.get("/staff/admin/directory/proposals")
    assert "+52 664 765 4321" in page.text and "nuevo teléfono" in page.text
    proposal_id = page.text.split("/staff/admin/directory/proposals/")[1].split("/")[0]
    done = client.post(f"/staff/admin/directory/proposals/{proposal_id}/approve",
                       data={"csrf_token": csrf}, follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    with db.session() as session:
        entry = store.all_entries(session)[0]
        actions = [a.action for a in session.scalars(select(AuditEntry))]
    assert entry.phones == ("+526647654321",) and entry.hours == "Mo-Sa 08:00-20:00"
    assert entry.live.confirmed_on == date.today() and "directory_changed" in actions
    assert "+52 664 765 4321" not in client.get("/staff/admin/directory/proposals").text


def test_a_bad_proposal_is_shown_with_its_reason_and_changes_nothing(
    client: TestClient, db: Database, settings: Settings, tmp_path: Path
) -> None:
    seed(db, tmp_path, [row()])
    _proposal(db, settings, {"hours": "siempre"})
    add_user(db, "dir2@example.org", "admin")
    csrf = login(client, "dir2@example.org")
    page = client.get("/staff/admin/directory/proposals")
    proposal_id = page.text.split("/staff/admin/directory/proposals/")[1].split("/")[0]
    refused = client.post(f"/staff/admin/directory/proposals/{proposal_id}/approve",
                          data={"csrf_token": csrf})  # fmt: skip
    assert refused.status_code == 422 and "bad hours" in refused.text
    with db.session() as session:
        assert store.all_entries(session)[0].hours == "Mo-Fr 09:00-17:00"
    client.post(f"/staff/admin/directory/proposals/{proposal_id}/reject", data={"csrf_token": csrf})
    assert client.get("/staff/admin/directory/proposals").text.count("/approve") == 0


def test_left_out_entries_are_marked_and_staff_can_keep_them(
    client: TestClient, db: Database, tmp_path: Path
) -> None:
    seed(db, tmp_path, [row(verified_on="2020-01-01")])
    with db.session() as session:
        service = session.scalars(select(Service)).one()
        service.created_at = datetime.now(UTC) - timedelta(days=900)
    add_user(db, "dir3@example.org", "admin")
    csrf = login(client, "dir3@example.org")
    listing = client.get("/staff/admin/directory")
    assert "Fuera de las respuestas" in listing.text
    client.post("/staff/admin/directory/t-1/keep", data={"csrf_token": csrf})
    with db.session() as session:
        kept = session.scalars(select(Service)).one().kept_until
    assert kept is not None and kept > date.today()
    assert "Se muestra hasta" in client.get("/staff/admin/directory").text
    assert "Fuera de las respuestas" not in client.get("/staff/admin/directory").text


def test_every_directory_console_string_has_spanish() -> None:
    from bot.i18n import has_translation

    strings = [v for k, v in vars(sm).items() if k.isupper() and isinstance(v, str)]
    assert strings and [s for s in strings if not has_translation("es", s)] == []
