"""The database work of one turn, against the floor of storing a message at all.

Run: .venv/bin/python bench/turn_db.py [--people N] [--turns N] [--rounds N]

A turn stores the person's message and, after Rasa, the replies, in two short transactions
(`bot.core.conversation._begin` and `_finish`: the person's lease, the contact and the open
conversation, the message with its danger grade, the replies, the conversation's clock). The
baseline in the same run is the floor: one plain INSERT of a message and one of a reply, each
committed, with nothing else. Both run in this thread on a SQLite file in WAL mode, as the app
does by default; what is printed is CPU per turn (time.process_time), the lowest and the median
of several rounds, so that other load on the machine weighs little.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Table, insert

from bot.core import conversation
from bot.core.turns import Lease
from bot.db import migrate
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.inbound import Inbound
from bot.reply import Button, OutMessage
from bot.safety.screen import screen
from bot.settings import Settings

TEXT = "hola, quiero saber como pedir asilo en mexico, cuanto tiempo tengo?"
REPLY = OutMessage(
    "Pide asilo en la COMAR dentro de 30 días hábiles después de entrar a México. Es gratis.",
    (Button("Más", "/show_more"), Button("Menú", "/help_menu")),
)
IDLE = timedelta(hours=12)
LEASE_TTL = timedelta(seconds=50)


def database() -> Database:
    folder = Path(tempfile.mkdtemp(prefix="puente-bench-"))
    url = f"sqlite:///{folder / 'puente.db'}"
    migrate.upgrade(url)
    settings = Settings(PUENTE_ENV="test", DATABASE_URL=url)  # type: ignore[call-arg]
    return Database.from_settings(settings)


def app_turn(db: Database, people: int) -> Callable[[int], None]:
    """The app's own two transactions for turn `i` of person `i % people`."""
    found = screen(TEXT)

    def turn(i: int) -> None:
        sender = f"person-{i % people}"
        inbound = Inbound(channel="web", sender=sender, text=TEXT)
        lease = Lease(db.keys.lookup_hash("web", sender), LEASE_TTL)
        with db.session() as s:
            begun = conversation._begin(s, inbound, IDLE, found, lease)
        with db.session() as s:
            conversation._finish(s, begun.conv_id, [REPLY], "sent", lease)

    return turn


def floor_turn(db: Database) -> Callable[[int], None]:
    """Storing the message and the reply with nothing else: one INSERT each, committed."""
    with db.session() as s:
        conv = Conversation(contact_id=_contact(db), channel="web", language="es")
        s.add(conv)
        s.flush()
        conv_id = conv.id
    table = cast(Table, Message.__table__)
    message = {"conversation_id": conv_id, "channel": "web", "sender": "person"}

    def turn(_i: int) -> None:
        with db.session() as s:
            s.execute(insert(table), {**message, "direction": "in", "body": TEXT})
        with db.session() as s:
            s.execute(insert(table), {**message, "direction": "out", "body": REPLY.text})

    return turn


def _contact(db: Database) -> int:
    from bot.db.models import Contact

    with db.session() as s:
        contact = Contact(channel="web", identifier_hash="floor", identifier="floor")
        s.add(contact)
        s.flush()
        return contact.id


def cpu_per_call(run: Callable[[int], None], calls: int, rounds: int) -> list[float]:
    for i in range(min(50, calls)):  # warm caches, make every person's conversation
        run(i)
    out = []
    for _ in range(rounds):
        start = time.process_time()
        for i in range(calls):
            run(i)
        out.append((time.process_time() - start) / calls)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    db = database()
    try:
        app = cpu_per_call(app_turn(db, args.people), args.turns, args.rounds)
        floor = cpu_per_call(floor_turn(db), args.turns, args.rounds)
        screening = cpu_per_call(lambda _i: screen(TEXT), args.turns, args.rounds)
    finally:
        db.dispose()
    print(f"CPU per turn, {args.turns} turns x {args.rounds} rounds, SQLite (WAL)")
    print(f"  {'floor: one INSERT each for message and reply':46s} ", end="")
    print(f"min {min(floor) * 1000:6.3f} ms  median {statistics.median(floor) * 1000:6.3f} ms")
    print(f"  {'the turn: _begin + _finish':46s} ", end="")
    print(f"min {min(app) * 1000:6.3f} ms  median {statistics.median(app) * 1000:6.3f} ms", end="")
    print(f"  ({min(app) / min(floor):.1f}x the floor)")
    print(f"  {'the danger screen (for scale)':46s} ", end="")
    print(
        f"min {min(screening) * 1000:6.3f} ms  median {statistics.median(screening) * 1000:6.3f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
