"""Erasure during a case: a supervisor on request, or the person themselves while staff are in
charge; messages and contact go, counts stay, and staff see that the case was erased."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from bot.db.models import Contact, Message
from bot.db.session import Database
from bot.handoff.models import Case
from bot.i18n import gettext
from bot.privacy import messages as pm
from bot.staff.models import AuditEntry
from tests.staff.helpers import add_user, case_of, consent_to_handoff, danger_case, login


def test_a_supervisor_erases_the_person_and_the_case_keeps_only_counts(
    client: TestClient, db: Database
) -> None:
    add_user(db, "sara@example.org", role="supervisor")
    case_id = danger_case(client, "p-erase", "me tienen encerrada, soy Marisol")
    csrf = login(client, "sara@example.org")
    page = client.get(f"/staff/cases/{case_id}")
    assert f'action="/staff/cases/{case_id}/erase"' in page.text

    resp = client.post(f"/staff/cases/{case_id}/erase", data={"csrf_token": csrf})
    assert resp.status_code == 200
    with db.session() as s:
        assert s.scalar(select(func.count(Message.id))) == 0
        assert s.scalar(select(func.count(Contact.id))) == 0
        case = s.get(Case, case_id)
        assert case is not None and case.close_reason == "erased" and case.priority == "urgent"
        actions = [e.action for e in s.scalars(select(AuditEntry))]
        assert "erase_person" in actions


def test_an_agent_cannot_erase(client: TestClient, db: Database) -> None:
    add_user(db, "ana@example.org")
    case_id = danger_case(client, "p-keep")
    csrf = login(client, "ana@example.org")
    assert "/erase" not in client.get(f"/staff/cases/{case_id}").text
    client.post(f"/staff/cases/{case_id}/erase", data={"csrf_token": csrf})
    with db.session() as s:
        assert s.scalar(select(func.count(Contact.id))) == 1


def say(client: TestClient, sender: str, text: str, lang: str = "es") -> tuple[str, list[str]]:
    data = client.post("/api/chat", json={"sender": sender, "text": text, "lang": lang}).json()
    joined = "\n".join(m["text"] for m in data["messages"])
    return joined, [b["payload"] for m in data["messages"] for b in m.get("buttons") or []]


@pytest.mark.parametrize(
    ("lang", "request_text", "yes"),
    [
        ("es", "quiero borrar mis datos", "sí"),
        ("en", "please delete my data", "yes"),
        ("fr", "supprimez mes données", "oui"),
        ("ht", "efase done mwen", "wi"),
    ],
)
def test_delete_my_data_while_a_case_is_open_is_confirmed_and_done(
    client: TestClient, db: Database, lang: str, request_text: str, yes: str
) -> None:
    """In staff mode Rasa never hears the request: the app asks, erases and tells the person."""
    sender = f"p-open-{lang}"
    opened = consent_to_handoff(client, sender)
    case_id = case_of(client, opened["conversation_id"])

    asked, buttons = say(client, sender, request_text, lang)
    assert gettext(lang, pm.DELETE_CONFIRM) in asked and buttons == ["/affirm", "/deny"]
    with db.session() as s:
        assert s.get(Case, case_id).status != "closed", "nothing is erased before the yes"

    done, _ = say(client, sender, yes, lang)
    assert gettext(lang, pm.DATA_DELETED) in done
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None and (case.status, case.close_reason) == ("closed", "erased")
        bodies = [m.body for m in s.scalars(select(Message))]
        assert bodies == [gettext(lang, pm.DATA_DELETED)], "only the confirmation is left"

    add_user(db, f"sara-{lang}@example.org", role="supervisor")
    login(client, f"sara-{lang}@example.org")
    page = client.get(f"/staff/cases/{case_id}").text
    assert gettext("es", "Erased: the person's data was deleted") in page


def test_telegram_delete_command_in_staff_mode_can_be_cancelled(
    client: TestClient, db: Database
) -> None:
    """Telegram's /delete arrives as the /delete_my_data payload; no keeps everything."""
    opened = consent_to_handoff(client, "p-cancel")
    asked, _ = say(client, "p-cancel", "/delete_my_data")
    assert gettext("es", pm.DELETE_CONFIRM) in asked
    kept, _ = say(client, "p-cancel", "/deny")
    assert gettext("es", pm.DELETE_CANCELLED) in kept
    with db.session() as s:
        case = s.get(Case, case_of(client, opened["conversation_id"]))
        assert case is not None and case.status in ("new", "assigned", "in_progress")
        assert s.scalar(select(func.count(Contact.id))) == 1
