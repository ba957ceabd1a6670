"""Templates outside WhatsApp's 24-hour window: one per purpose and language, checked with Twilio.

TWILIO_TEMPLATES names them, TWILIO_TEMPLATE_SID stays the fallback; the real twilio client
sends them to the fake Messages API and asks the fake Content API about their approval
(`python -m bot whatsapp templates`); staff see a clear message where none fits.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from bot.cli.main import main as cli
from bot.db.base import utcnow
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.handoff.models import Case
from bot.outbox import store as outbox
from bot.outbox import templates
from bot.settings import Settings
from tests.fakes.providers import (
    TEMPLATE_SID,
    FakeTwilio,
    post_twilio,
    settings_for,
    wait_ready,
    wait_until,
)
from tests.fakes.whatsapp import PATH, incoming, settled
from tests.staff.helpers import add_user, case_of, login

STAFF_ES = "HX" + "1" * 32
CHECKIN = "HX" + "2" * 32
CHECKIN_EN = "HX" + "3" * 32


def make(database_url: str, twilio: FakeTwilio | None = None, **env: str) -> Settings:
    return settings_for(database_url, twilio=twilio, **env)


def test_templates_are_read_per_purpose_and_language(database_url: str) -> None:
    settings = make(
        database_url,
        TWILIO_TEMPLATES=f"staff_reply:es={STAFF_ES}, referral_checkin={CHECKIN};"
        f" referral_checkin:en={CHECKIN_EN}",
        TWILIO_TEMPLATE_SID="",
    )
    assert templates.choose(settings, "staff_reply", "es").sid == STAFF_ES
    assert templates.choose(settings, "staff_reply", "en").sid is None  # nothing fits: no send
    assert templates.choose(settings, None, "es").sid == STAFF_ES  # no purpose: a staff reply
    assert templates.choose(settings, "referral_checkin", "en").sid == CHECKIN_EN
    assert templates.choose(settings, "referral_checkin", "ht").source == templates.PURPOSE
    fallback = make(database_url, TWILIO_TEMPLATE_SID=TEMPLATE_SID)
    assert templates.choose(fallback, "directory_confirmation", "fr").source == templates.FALLBACK


@pytest.mark.parametrize(
    "value",
    [
        "staff_reply:es=HX123",  # not a Content SID
        "staff_reply:pt=" + "HX" + "a" * 32,  # a language Puente does not speak
        "staff_reply:es",
        f"staff_reply:es={STAFF_ES},staff_reply:es={CHECKIN}",  # twice
    ],
)
def test_a_malformed_template_setting_stops_the_start(database_url: str, value: str) -> None:
    with pytest.raises(ValueError, match="TWILIO_TEMPLATES"):
        make(database_url, TWILIO_TEMPLATES=value)


@pytest.fixture
def settings(database_url: str, twilio_api: FakeTwilio) -> Settings:
    twilio_api.add_template(STAFF_ES)
    twilio_api.add_template(CHECKIN)
    return make(
        database_url,
        twilio_api,
        TWILIO_TEMPLATES=f"staff_reply:es={STAFF_ES},referral_checkin:es={CHECKIN}",
        TWILIO_TEMPLATE_SID="",
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), base_url="https://testserver") as test_client:
        wait_ready(test_client)
        yield test_client


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database.from_settings(settings)
    yield database
    database.dispose()


def conversation(db: Database) -> Conversation:
    with db.session() as s:
        conv = s.scalars(select(Conversation).order_by(Conversation.id.desc())).first()
        assert conv is not None
        return conv


def close_window(db: Database) -> None:
    with db.session() as s:
        for contact in s.scalars(select(Contact)):
            contact.last_inbound_at = utcnow() - timedelta(hours=30)


def test_each_purpose_sends_its_own_template_and_a_missing_one_is_refused(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    post_twilio(client, PATH, incoming("hola"))
    wait_until(lambda: settled(db, 2))
    close_window(db)
    with db.session() as s:
        conv = s.get(Conversation, conversation(db).id)
        assert conv is not None
        checkin = outbox.enqueue_template(s, conv, {"1": "Ana"}, "bot", purpose="referral_checkin")
        staff = outbox.enqueue_template(s, conv, {}, "staff", purpose="staff_reply")
    wait_until(lambda: settled(db, 4))
    with db.session() as s:
        conv = s.get(Conversation, conversation(db).id)
        assert conv is not None
        conv.language = "en"  # the person now reads English: no staff template in English
        missing = outbox.enqueue_template(s, conv, {}, "staff", purpose="staff_reply")
    wait_until(lambda: settled(db, 5))
    sent = twilio_api.of("messages.create")[-2:]
    assert [c.params["ContentSid"] for c in sent] == [CHECKIN, STAFF_ES]
    assert json.loads(sent[0].params["ContentVariables"]) == {"1": "Ana"}
    with db.session() as s:
        rows = {m.id: m for m in s.scalars(select(Message).where(Message.direction == "out"))}
    assert rows[checkin].status == rows[staff].status == "sent"
    assert (rows[missing].status, rows[missing].error) == ("failed", "no_template_configured")


def test_staff_see_why_no_template_can_reach_the_person(
    client: TestClient, twilio_api: FakeTwilio, db: Database
) -> None:
    post_twilio(client, PATH, incoming("me tienen encerrada y me pegan"))
    wait_until(lambda: settled(db, 1))
    case_id = case_of(client, conversation(db).public_id)
    close_window(db)
    add_user(db, "ana@example.org", "supervisor")
    login(client, "ana@example.org")
    page = client.get(f"/staff/cases/{case_id}").text
    assert f'action="/staff/cases/{case_id}/template"' in page  # Spanish: a template exists
    with db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.language = "fr"  # a person who reads French: no staff template in French
    page = client.get(f"/staff/cases/{case_id}").text
    assert f'action="/staff/cases/{case_id}/template"' not in page
    assert 'id="no-template"' in page


def test_the_command_lists_templates_and_checks_their_approval(
    database_url: str,
    twilio_api: FakeTwilio,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    twilio_api.add_template(STAFF_ES, "approved")
    twilio_api.add_template(CHECKIN, "rejected")
    env = {
        **make(database_url, twilio_api).model_dump(by_alias=True),
        "TWILIO_TEMPLATES": f"staff_reply:es={STAFF_ES},referral_checkin={CHECKIN}",
        "TWILIO_TEMPLATE_SID": "",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, str(value))
    assert cli(["whatsapp", "templates", "--json"]) == 1  # one is rejected
    report = json.loads(capsys.readouterr().out)
    assert report["checked"] is True
    rows = {(r["purpose"], r["language"]): r for r in report["templates"]}
    assert rows[("staff_reply", "es")]["status"] == "approved"
    assert rows[("staff_reply", "en")]["sid"] is None
    assert rows[("referral_checkin", "ht")]["status"] == "rejected"
    assert report["problems"] == [f"{CHECKIN} is rejected on WhatsApp, not approved"]
    monkeypatch.setenv("TWILIO_TEMPLATES", f"staff_reply:es={STAFF_ES}")
    assert cli(["whatsapp", "templates"]) == 0
    table = capsys.readouterr().out
    assert "approved" in table and "none: staff are told" in table
    approvals = {c.params["sid"] for c in twilio_api.of("content.approval")}
    assert approvals == {STAFF_ES, CHECKIN}
