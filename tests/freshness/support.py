"""A directory with services whose contacts can be asked, and a real local SMTP server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from bot.db.session import Database
from tests.directory.support import row, seed


def seed_contacts(db: Database, folder: Path) -> None:
    seed(db, folder, [
        row(id="mail", name="Albergue Correo", update_email="coordinacion@example.org",
            verified_on="2025-01-10"),
        row(id="wa", name="Refugio WhatsApp", update_whatsapp="+52 664 222 3344",
            verified_on="", languages="fr; es"),
        row(id="none", name="Sin contacto", verified_on=""),
        row(id="fresh", name="Recién confirmado", update_email="ok@example.org",
            verified_on="2026-12-01"),
    ])  # fmt: skip


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def smtp_server() -> Iterator[tuple[int, list[Message]]]:
    """A real SMTP server (aiosmtpd) on a local port; yields (port, received messages)."""
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox.messages
    finally:
        controller.stop()
