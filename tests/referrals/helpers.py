"""Helpers for the referral tests: a shelter in the directory, a person's case, staff forms.

Cases open the way people open them (the web chat, Rasa's action endpoint) and staff act
through the console's own forms, so nothing of ours is bypassed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi.testclient import TestClient

from bot.db.session import Database
from bot.referrals import listing, partners
from bot.staff import directory_link
from tests.staff.helpers import answered, case_of, run_action

ORGANIZATION = "Albergue Belén A.C."
SHELTER = {
    "id": "mx-chis-tapachula-belen",
    "name": "Albergue Belén",
    "organization": ORGANIZATION,
    "category": "shelter",
    "city": "Tapachula",
    "state": "Chiapas",
    "country": "MX",
    "email": "refugio@example.org",
    "populations": "all",
    "languages": "es; en",
    "cost": "free",
}
CLINIC = {
    **SHELTER,
    "id": "mx-chis-tapachula-clinica",
    "name": "Clínica Esperanza",
    "organization": "Clínica Esperanza A.C.",
    "category": "health",
    "email": "clinica@example.org",
}


def directory_with_partners(db: Database, accounts: bool = False) -> None:
    """The shelter (a partner without accounts) and a clinic (a partner) in the directory."""
    with db.session() as s:
        for row in (SHELTER, CLINIC):
            assert directory_link.save_row(s, row, date.today()) == []
        partners.save(s, ORGANIZATION, "refugio@example.org", language="es")
        partners.save(s, CLINIC["organization"], None, language="es", accepts_transfers=True)


def shelter_case(client: TestClient, sender: str, lang: str = "es") -> tuple[int, str]:
    """A person writes on the web chat, asks for a person about a shelter and says yes."""
    data = client.post("/api/chat", json={"sender": sender, "text": "hola", "lang": lang}).json()
    public_id = data["conversation"]["id"]
    meta = {"utter_action": "utter_handoff_consent", "category": "shelter", "source": "request"}
    run_action(client, "action_handoff_answer", answered(public_id, "affirm", meta))
    return case_of(client, public_id), public_id


def refer(client: TestClient, csrf: str, case_id: int, **form: Any) -> Any:
    data: dict[str, Any] = {"csrf_token": csrf, "service_id": SHELTER["id"], **form}
    return client.post(f"/staff/cases/{case_id}/referrals", data=data, follow_redirects=False)


def updates(client: TestClient, sender: str) -> list[dict[str, Any]]:
    """What the person's web chat shows when it polls."""
    resp = client.get("/api/chat/updates", headers={"X-Puente-Sender": sender})
    assert resp.status_code == 200, resp.text
    messages: list[dict[str, Any]] = resp.json()["messages"]
    return messages


def say(client: TestClient, sender: str, text: str) -> list[dict[str, Any]]:
    resp = client.post("/api/chat", json={"sender": sender, "text": text, "lang": "es"})
    assert resp.status_code == 200, resp.text
    messages: list[dict[str, Any]] = resp.json()["messages"]
    return messages


def referral(db: Database, referral_id: int) -> dict[str, Any]:
    with db.session() as s:
        [row] = [r for r in listing.rows(s) if r["id"] == referral_id]
        return row
