"""With a real Rasa server up, the person's answers about referrals are still the app's.

A person asks for a person through Rasa and agrees; staff refer them (the API) and close the
case, so the bot, Rasa, answers again; the person's late "si" to the consent question, a
check-in button and "ya no quiero compartir mis datos" are taken by the app, not by Rasa.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bot.db.session import Database
from bot.referrals import checkins, listing
from bot.staff.auth import create_user, new_api_token
from tests.conftest import Stack
from tests.staff.test_staff_rasa import case_for, texts

pytestmark = pytest.mark.rasa


def row(db: Database, referral_id: int) -> dict[str, Any]:
    with db.session() as s:
        [found] = [r for r in listing.rows(s) if r["id"] == referral_id]
        return found


def test_referral_answers_work_with_rasa_up(rasa_stack: Stack) -> None:
    sender = "referral-rasa"
    rasa_stack.chat(sender, "quiero hablar con una persona", lang="es")
    agreed = rasa_stack.chat(sender, "si")
    public_id = agreed["conversation"]["id"]  # type: ignore[index]
    case = case_for(rasa_stack, public_id)
    assert case is not None
    db = Database.from_settings(rasa_stack.settings)
    try:
        with db.session() as s:
            user = create_user(s, "ref-rasa@example.org", "Sup", "supervisor", "x" * 12)
            token = new_api_token(s, user.id, "rasa-test")
        api = httpx.Client(
            base_url=rasa_stack.app.url, headers={"Authorization": f"Bearer {token}"}, timeout=30
        )
        made = api.post(
            f"/api/staff/cases/{case.id}/referrals",
            json={"service_name": "Casa Refugio", "share": ["need"], "need": "Un lugar seguro"},
        )
        assert made.status_code == 201, made.text
        rid = made.json()["id"]
        assert api.post(f"/api/staff/cases/{case.id}/close", json={"outcome": "canalized"})
        back = case_for(rasa_stack, public_id)
        assert back is not None and back.rasa_pending is None  # Rasa answers again

        thanks = rasa_stack.chat(sender, "si")
        assert "Gracias" in texts(thanks)
        assert (row(db, rid)["consent"], row(db, rid)["status"]) == ("given", "sent")

        with db.session() as s:
            assert checkins.send(s, rid) == "sent"
        helped = rasa_stack.chat(sender, f'/referral_checkin{{"id":"{rid}","a":"no"}}')
        assert "Gracias por contarnos" in texts(helped)
        assert row(db, rid)["checkin_answer"] == "no"

        done = rasa_stack.chat(sender, "ya no quiero compartir mis datos")
        assert "Listo" in texts(done)
        assert row(db, rid)["consent"] == "withdrawn"
        api.close()
    finally:
        db.dispose()
