"""Consent per referral, asked in the person's language and answered with Rasa down.

Staff refer through the console's form; the person's web chat gets the question with yes/no
buttons; a typed "si", a button or "ya no quiero compartir mis datos" are taken by the app
itself. What the partner may see follows the answer at once.
"""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.session import Database
from bot.referrals.consent import shared
from bot.referrals.models import ReferralEvent, ReferralLoop
from bot.staff.models import AuditEntry
from tests.referrals.helpers import (
    ORGANIZATION,
    directory_with_partners,
    refer,
    referral,
    say,
    shelter_case,
    updates,
)
from tests.staff.helpers import add_user, login

NEED = "Cama para ella y su hija, dos noches"


def setup(client: TestClient, db: Database) -> str:
    directory_with_partners(db)
    add_user(db, "agente@example.org", "agent")
    return login(client, "agente@example.org")


def test_the_person_agrees_in_their_language_and_can_withdraw(
    ref_client: TestClient, ref_db: Database
) -> None:
    client = ref_client
    csrf = setup(client, ref_db)
    case_id, _ = shelter_case(client, "web-ana")
    updates(client, "web-ana")  # what the chat already showed
    resp = refer(
        client, csrf, case_id, share=["first_name", "need", "phone"], first_name="Ana", need=NEED
    )
    assert resp.status_code == 303 and "error" not in resp.headers["location"]
    [question] = updates(client, "web-ana")
    assert (
        ORGANIZATION in question["text"] and "Ana" in question["text"] and NEED in question["text"]
    )
    assert "teléfono" not in question["text"]  # the web chat has no phone number to share
    payloads = [b["payload"] for b in question["buttons"]]
    assert payloads == ['/referral_share{"id":"1","a":"1"}', '/referral_share{"id":"1","a":"0"}']
    row = referral(ref_db, 1)
    assert (row["status"], row["consent"], row["consent_items"]) == (
        "awaiting_consent",
        "pending",
        ["first_name", "need"],
    )

    [thanks] = say(client, "web-ana", "Si")
    assert ORGANIZATION in thanks["text"] and thanks["buttons"][0]["payload"].startswith(
        "/referral_stop"
    )
    row = referral(ref_db, 1)
    assert (row["status"], row["consent"]) == ("sent", "given")
    assert row["sent_at"] and row["consent_at"] and row["checkin_status"] == "scheduled"
    with ref_db.session() as s:
        loop = s.get(ReferralLoop, 1)
        assert loop is not None
        seen = shared(loop)
        assert (seen.first_name, seen.need, seen.phone) == ("Ana", NEED, None)

    [done] = say(client, "web-ana", "ya no quiero compartir mis datos!!")
    assert ORGANIZATION in done["text"]
    with ref_db.session() as s:
        loop = s.get(ReferralLoop, 1)
        assert loop is not None and loop.consent == "withdrawn"
        assert (loop.first_name, loop.need, loop.phone) == (None, None, None)
        assert shared(loop).first_name is None and loop.status == "sent"
        events = [e.event for e in s.scalars(select(ReferralEvent).order_by(ReferralEvent.id))]
        assert events[:3] == ["created", "consent_asked", "consent_given"]
        assert "consent_withdrawn" in events
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "refer")).one()


def test_a_no_sends_an_anonymous_need(ref_client: TestClient, ref_db: Database) -> None:
    client = ref_client
    csrf = setup(client, ref_db)
    case_id, _ = shelter_case(client, "web-beto")
    refer(client, csrf, case_id, share=["first_name", "need"], first_name="Beto", need=NEED)
    [question] = updates(client, "web-beto")[-1:]
    [reply] = say(client, "web-beto", question["buttons"][1]["payload"])
    assert "sin tu nombre" in reply["text"]
    with ref_db.session() as s:
        loop = s.get(ReferralLoop, 1)
        assert loop is not None
        assert (loop.status, loop.consent, loop.first_name, loop.need) == (
            "sent",
            "refused",
            None,
            None,
        )
        assert shared(loop).category == "shelter" and shared(loop).need is None


def test_nobody_can_answer_someone_elses_referral(ref_client: TestClient, ref_db: Database) -> None:
    client = ref_client
    csrf = setup(client, ref_db)
    case_id, _ = shelter_case(client, "web-carla")
    refer(client, csrf, case_id, share=["first_name"], first_name="Carla")
    say(client, "web-intruso", "hola")
    forged = "/referral_share" + json.dumps({"id": "1", "a": "1"}, separators=(",", ":"))
    [reply] = say(client, "web-intruso", forged)
    assert "Ya tenemos tu respuesta" in reply["text"] and "Carla" not in reply["text"]
    say(client, "web-intruso", '/referral_stop{"id":"1"}')
    say(client, "web-intruso", '/referral_checkin{"id":"x1","a":"yes"}')
    assert referral(ref_db, 1)["consent"] == "pending"


def test_staff_send_without_details_when_the_person_does_not_answer(
    ref_client: TestClient, ref_db: Database
) -> None:
    client = ref_client
    csrf = setup(client, ref_db)
    case_id, _ = shelter_case(client, "web-dora")
    refer(client, csrf, case_id, share=["need"], need=NEED)
    page = client.get(f"/staff/cases/{case_id}")
    assert "Enviar sin datos personales" in page.text and NEED in page.text
    resp = client.post("/staff/referrals/1/send", data={"csrf_token": csrf}, follow_redirects=False)
    assert resp.status_code == 303
    row = referral(ref_db, 1)
    assert (row["status"], row["consent"]) == ("sent", "none")
    # The question is no longer pending: a late "si" shares nothing.
    say(client, "web-dora", '/referral_share{"id":"1","a":"1"}')
    assert referral(ref_db, 1)["consent"] == "none"


def test_a_referral_with_nothing_to_share_leaves_at_once(
    ref_client: TestClient, ref_db: Database
) -> None:
    client = ref_client
    csrf = setup(client, ref_db)
    case_id, _ = shelter_case(client, "web-eli")
    updates(client, "web-eli")
    refer(client, csrf, case_id)
    assert updates(client, "web-eli") == []  # nothing to ask
    row = referral(ref_db, 1)
    assert (row["status"], row["consent"], row["organization"]) == ("sent", "none", ORGANIZATION)


def test_staff_stop_sharing_on_the_persons_request(
    ref_client: TestClient, ref_db: Database
) -> None:
    client = ref_client
    csrf = setup(client, ref_db)
    case_id, _ = shelter_case(client, "web-fer")
    refer(client, csrf, case_id, share=["first_name"], first_name="Fer")
    say(client, "web-fer", "si claro")
    assert referral(ref_db, 1)["consent"] == "given"
    page = client.get(f"/staff/cases/{case_id}")
    assert "Dejar de compartir (lo pidió la persona)" in page.text
    client.post("/staff/referrals/1/withdraw", data={"csrf_token": csrf})
    row = referral(ref_db, 1)
    assert row["consent"] == "withdrawn" and row["withdrawn_at"]
    assert [h["by"] for h in row["history"] if h["event"] == "consent_withdrawn"] == ["staff"]
    again = client.post(
        "/staff/referrals/1/withdraw", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert "error=nothing_shared" in again.headers["location"]
    with ref_db.session() as s:
        actions = [a for a in s.scalars(select(AuditEntry.action))]
        assert "referral_withdrawn" in actions
