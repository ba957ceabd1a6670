"""Erasing a person's data erases what they shared with partners; the figures stay."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.db.session import Database
from bot.referrals.models import ReferralLoop
from tests.referrals.helpers import directory_with_partners, refer, referral, say, shelter_case
from tests.staff.helpers import add_user, login


def test_erasure_deletes_the_shared_details_and_keeps_the_states(
    ref_client: TestClient, ref_db: Database
) -> None:
    client = ref_client
    directory_with_partners(ref_db)
    add_user(ref_db, "agente@example.org", "agent")
    csrf = login(client, "agente@example.org")
    case_id, _ = shelter_case(client, "web-olvido")
    refer(
        client,
        csrf,
        case_id,
        share=["first_name", "need"],
        first_name="Marta",
        need="Albergue para tres",
    )
    say(client, "web-olvido", "si")
    assert referral(ref_db, 1)["consent"] == "given"
    say(client, "web-olvido", "borra mis datos")
    say(client, "web-olvido", "si")
    with ref_db.session() as s:
        loop = s.get(ReferralLoop, 1)
        assert loop is not None
        assert (loop.first_name, loop.phone, loop.need) == (None, None, None)
        assert (loop.consent, loop.checkin_status, loop.link_nonce) == ("erased", "skipped", None)
        assert loop.status == "sent" and loop.category == "shelter"
    row = referral(ref_db, 1)
    assert row["sent_at"] and row["organization"]
