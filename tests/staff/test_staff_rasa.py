"""The handoff with a real Rasa server and the model trained from this repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest
from sqlalchemy import select

from bot.db.models import Conversation
from bot.db.session import Database
from bot.handoff.models import Case
from bot.settings import ROOT
from bot.staff.auth import create_user, new_api_token
from tests.conftest import Stack

pytestmark = pytest.mark.rasa


def texts(data: dict[str, object]) -> str:
    return " ".join(m["text"] for m in data["messages"])  # type: ignore[index,union-attr]


def buttons(data: dict[str, object]) -> list[str]:
    return [b["payload"] for m in data["messages"] for b in m["buttons"]]  # type: ignore[index,union-attr]


def case_for(stack: Stack, public_id: str) -> Case | None:
    db = Database.from_settings(stack.settings)
    try:
        with db.session() as s:
            conv = s.scalars(select(Conversation).where(Conversation.public_id == public_id)).one()
            case = s.scalars(
                select(Case).where(Case.conversation_id == conv.id).order_by(Case.id.desc())
            ).first()
            if case is not None:
                s.expunge(case)
            return case
    finally:
        db.dispose()


def test_asking_for_a_person_and_agreeing_opens_a_case(rasa_stack: Stack) -> None:
    asked = rasa_stack.chat("handoff-rasa", "quiero hablar con una persona", lang="es")
    assert buttons(asked) == ["/affirm", "/deny"]
    assert "confidencial" in texts(asked) and "documentos" in texts(asked)
    agreed = rasa_stack.chat("handoff-rasa", "si")
    public_id = agreed["conversation"]["id"]  # type: ignore[index]
    assert agreed["conversation"]["status"] == "waiting_staff"  # type: ignore[index]
    assert "número" in texts(agreed) and "911" in texts(agreed)

    env = {**os.environ, "DATABASE_URL": rasa_stack.settings.database_url, "PUENTE_ENV": "test"}
    out = subprocess.run(
        [sys.executable, "-m", "bot", "cases", "list", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=True,
    )
    listed = {c["conversation_id"]: c for c in json.loads(out.stdout)}
    assert listed[public_id]["status"] == "new"
    assert listed[public_id]["priority"] == "normal"

    # While the case is open, Rasa is not asked: the person hears where they stand, or nothing.
    waiting = rasa_stack.chat("handoff-rasa", "hola? sigue ahí alguien?")
    assert waiting["conversation"]["status"] == "waiting_staff"  # type: ignore[index]

    # Staff close the case through the API: the bot resumes and answers again.
    db = Database.from_settings(rasa_stack.settings)
    try:
        with db.session() as s:
            user = create_user(s, "rasa-sup@example.org", "Sup", "supervisor", "x" * 12)
            token = new_api_token(s, user.id, "rasa-test")
    finally:
        db.dispose()
    case = case_for(rasa_stack, public_id)
    assert case is not None
    closed = httpx.post(
        f"{rasa_stack.app.url}/api/staff/cases/{case.id}/close",
        headers={"Authorization": f"Bearer {token}"},
        json={"outcome": "attended"},
        timeout=30,
    )
    assert closed.status_code == 200, closed.text
    resumed = case_for(rasa_stack, public_id)
    assert resumed is not None and resumed.rasa_pending is None  # Rasa recorded the resume
    again = rasa_stack.chat("handoff-rasa", "hola")
    assert again["conversation"]["status"] == "bot"  # type: ignore[index]
    assert texts(again).startswith("Hola")


def test_two_misses_then_yes_then_consent(rasa_stack: Stack) -> None:
    rasa_stack.chat("handoff-miss", "hola", lang="es")
    rasa_stack.chat("handoff-miss", "asdkjh qwpeoiu zxmcnb")
    offer = rasa_stack.chat("handoff-miss", "lkjasd poiqwe mnbzxc")
    assert buttons(offer) == ["/affirm", "/deny"]
    consent = rasa_stack.chat("handoff-miss", "/affirm")
    assert buttons(consent) == ["/affirm", "/deny"] and "confidencial" in texts(consent)
    done = rasa_stack.chat("handoff-miss", "/affirm")
    assert done["conversation"]["status"] == "waiting_staff"  # type: ignore[index]
    case = case_for(rasa_stack, done["conversation"]["id"])  # type: ignore[index]
    assert case is not None and case.source == "fallback"


def test_danger_numbers_then_consent_and_no_is_respected(rasa_stack: Stack) -> None:
    data = rasa_stack.chat("handoff-danger", "me tienen encerrada en una casa", lang="es")
    assert "911" in texts(data) and buttons(data)[-2:] == ["/affirm", "/deny"]
    case = case_for(rasa_stack, data["conversation"]["id"])  # type: ignore[index]
    assert case is not None and (case.priority, case.status) == ("urgent", "new")
    opened_id = case.id
    refused = rasa_stack.chat("handoff-danger", "no")
    assert refused["conversation"]["status"] == "bot"  # type: ignore[index]
    # After "no" the case keeps counts only: closed, and no longer linked to the conversation.
    assert case_for(rasa_stack, data["conversation"]["id"]) is None  # type: ignore[index]
    db = Database.from_settings(rasa_stack.settings)
    try:
        with db.session() as s:
            kept = s.get(Case, opened_id)
            assert kept is not None and kept.close_reason == "consent_declined"
            assert kept.conversation_id is None and kept.contact_id is None
    finally:
        db.dispose()
