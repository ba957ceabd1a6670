"""Partner links: signed, expiring, single-purpose; accept or decline, then the outcome.

The link's page is the app's own route under a real TestClient; an altered, expired or
revoked link is refused and written to the audit log; every view and answer is audited.
"""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import select

from bot.db.session import Database
from bot.referrals import links
from bot.referrals.models import ReferralLoop
from bot.settings import Settings
from bot.staff.models import AuditEntry
from tests.referrals.helpers import directory_with_partners, refer, referral, shelter_case
from tests.staff.helpers import add_user, login


def sent_referral(client: TestClient, db: Database, need: bool = True) -> tuple[str, int]:
    """A referral sent without personal details, and the staff member's CSRF token."""
    directory_with_partners(db)
    add_user(db, "agente@example.org", "agent")
    csrf = login(client, "agente@example.org")
    case_id, _ = shelter_case(client, "web-link")
    refer(client, csrf, case_id)
    return csrf, case_id


def link_for(db: Database, settings: Settings, referral_id: int = 1) -> links.Link:
    with db.session() as s:
        loop = s.get(ReferralLoop, referral_id)
        assert loop is not None
        return links.make(loop, settings)


def actions(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_the_partner_accepts_and_records_the_outcome(
    ref_client: TestClient, ref_db: Database, ref_settings: Settings
) -> None:
    client = ref_client
    sent_referral(client, ref_db)
    link = link_for(ref_db, ref_settings)
    path = link.url.removeprefix(ref_settings.public_base_url)
    page = client.get(path)
    assert page.status_code == 200
    assert "Refugio" not in page.text and "/staff/inbox" not in page.text  # no way elsewhere
    assert "Content-Security-Policy" in page.headers
    assert referral(ref_db, 1)["status"] == "acknowledged"
    assert client.post(f"{path}/accept", follow_redirects=False).status_code == 303
    assert referral(ref_db, 1)["status"] == "accepted"
    resp = client.post(f"{path}/outcome", data={"value": "attended"}, follow_redirects=False)
    assert resp.status_code == 303
    row = referral(ref_db, 1)
    assert (row["status"], row["outcome"]) == ("attended", "attended")
    assert row["acknowledged_at"] and row["accepted_at"] and row["attended_at"]
    assert [h["by"] for h in row["history"] if h["event"] in ("accepted", "attended")] == [
        "link",
        "link",
    ]
    assert {"link_view", "link_accept", "link_outcome"} <= set(actions(ref_db))
    # Once answered, the page shows the state and no more choices.
    assert 'id="accept"' not in client.get(path).text


def test_decline_needs_a_known_reason(
    ref_client: TestClient, ref_db: Database, ref_settings: Settings
) -> None:
    sent_referral(ref_client, ref_db)
    path = link_for(ref_db, ref_settings).url.removeprefix(ref_settings.public_base_url)
    bad = ref_client.post(f"{path}/decline", data={"value": "<b>x</b>"}, follow_redirects=False)
    assert "error=invalid_reason" in bad.headers["location"]
    ref_client.post(f"{path}/decline", data={"value": "no_capacity"})
    row = referral(ref_db, 1)
    assert (row["status"], row["decline_reason"], row["checkin_status"]) == (
        "declined",
        "no_capacity",
        "skipped",
    )


def test_altered_expired_and_replaced_links_are_refused(
    ref_client: TestClient, ref_db: Database, ref_settings: Settings
) -> None:
    sent_referral(ref_client, ref_db)
    link = link_for(ref_db, ref_settings)
    altered = link.token[:-3] + ("AAA" if not link.token.endswith("AAA") else "BBB")
    resp = ref_client.get(f"{links.PATH}{altered}")
    assert resp.status_code == 403 and 'data-code="invalid"' in resp.text
    other_key = URLSafeTimedSerializer("another key", salt=links.SALT).dumps({"r": 1, "n": "x"})
    assert ref_client.get(f"{links.PATH}{other_key}").status_code == 403
    newer = link_for(ref_db, ref_settings)
    resp = ref_client.get(f"{links.PATH}{link.token}")
    assert resp.status_code == 403 and 'data-code="revoked"' in resp.text
    assert ref_client.post(f"{links.PATH}{link.token}/accept").status_code == 403
    assert referral(ref_db, 1)["status"] == "sent"  # nothing changed
    assert ref_client.get(f"{links.PATH}{newer.token}").status_code == 200
    assert actions(ref_db).count("link_refused") == 4


def test_an_expired_link_is_refused(ref_db: Database, ref_settings: Settings) -> None:
    from bot.app import create_app
    from tests.conftest import make_settings

    short = make_settings(
        ref_settings.database_url, REFERRAL_LINK_DAYS="0.00002", REFERRAL_POLL_SECONDS="3600"
    )
    with TestClient(create_app(short)) as client:
        sent_referral(client, ref_db)
        link = link_for(ref_db, short)
        time.sleep(3)
        resp = client.get(f"{links.PATH}{link.token}")
        assert resp.status_code == 410 and 'data-code="expired"' in resp.text
    assert referral(ref_db, 1)["status"] == "sent"


@pytest.mark.parametrize("token", ["", "x" * 500, "not.a.token", "eyJyIjoxfQ.abc.def"])
def test_garbage_tokens_get_a_plain_refusal(
    ref_client: TestClient, ref_db: Database, token: str
) -> None:
    resp = ref_client.get(f"{links.PATH}{token}")
    assert resp.status_code in (403, 404)
    assert "Traceback" not in resp.text


def test_staff_make_a_link_when_no_email_can_carry_it(
    ref_client: TestClient, ref_db: Database, ref_settings: Settings
) -> None:
    csrf, _ = sent_referral(ref_client, ref_db)
    page = ref_client.post("/staff/referrals/1/link", data={"csrf_token": csrf})
    assert page.status_code == 200 and links.PATH in page.text
    token = page.text.split(links.PATH, 1)[1].split('"', 1)[0]
    assert ref_client.get(f"{links.PATH}{token}").status_code == 200
    assert "referral_link" in actions(ref_db)
