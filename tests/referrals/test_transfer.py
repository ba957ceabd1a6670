"""Case transfer to a partner that takes over whole cases: offered only to such partners,
with the person's consent; accepting closes Puente's case and tells the person."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.db.session import Database
from bot.handoff.models import Case
from tests.referrals.helpers import (
    CLINIC,
    directory_with_partners,
    refer,
    referral,
    say,
    shelter_case,
    updates,
)
from tests.referrals.test_partners import partner_account
from tests.staff.helpers import add_user, login


def test_a_partner_takes_over_the_whole_case(ref_client: TestClient, ref_db: Database) -> None:
    client = ref_client
    directory_with_partners(ref_db)
    add_user(ref_db, "agente@example.org", "agent")
    partner_account(ref_db, "clinica@example.org", CLINIC["organization"])
    csrf = login(client, "agente@example.org")
    case_id, _ = shelter_case(client, "web-tr")
    shelter = refer(client, csrf, case_id, kind="transfer")  # the shelter takes no transfers
    assert "error=partner_takes_no_transfers" in shelter.headers["location"]
    refer(
        client,
        csrf,
        case_id,
        kind="transfer",
        service_id=CLINIC["id"],
        share=["first_name"],
        first_name="Tere",
    )
    say(client, "web-tr", "si")
    assert (referral(ref_db, 1)["kind"], referral(ref_db, 1)["status"]) == ("transfer", "sent")
    client.post("/staff/logout", data={"csrf_token": csrf})
    partner_csrf = login(client, "clinica@example.org")
    assert "Tere" in client.get("/staff/partner/referrals/1").text
    client.post("/staff/partner/referrals/1/accept", data={"csrf_token": partner_csrf})
    with ref_db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        assert (case.status, case.close_reason) == ("canalized", "transferred")
        assert case.conversation is not None and case.conversation.status == "bot"
    told = [m["text"] for m in updates(client, "web-tr")]
    assert any("Clínica Esperanza A.C." in t and "contacto" in t for t in told)
