"""A person who asked for discretion is not messaged first until they write again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.db.models import Contact

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def contact(last_inbound: datetime | None, discreet: datetime | None) -> Contact:
    return Contact(channel="whatsapp", last_inbound_at=last_inbound, discreet_at=discreet)


def test_nobody_asked_for_discretion() -> None:
    assert not contact(NOW, None).quiet()
    assert not contact(None, None).quiet()


def test_quiet_from_the_request_until_the_person_writes_again() -> None:
    asked = NOW + timedelta(seconds=1)  # asked within the turn of their last message
    assert contact(NOW, asked).quiet()
    assert contact(None, asked).quiet()
    assert not contact(asked + timedelta(minutes=5), asked).quiet()
