"""`eval-danger`: the danger screen scored end to end through /api/chat, Rasa up and down.

Each labelled message (tests/safety/blind/*.yml by default: written by someone who never saw the
screen; nobody working on it reads them) is sent by a new person to the web chat of a running
app; what that person got is read back: whether the reply held 911 and the hotline for where
they are (1-888-373-7888 in the US, 800 5533 000 elsewhere), the grade stored with their
message, and whether an urgent case was opened. Only aggregate figures are printed: recall of
immediate danger (with the right lines for the place), the false-alarm rate (an urgent case
for a message that was not immediate) and the grade confusion counts, per language.

    python -m bot eval-danger              # Rasa down, then up (trains the model if needed)
    python -m bot eval-danger --rasa down  # only the app's own answers
"""

from __future__ import annotations

import argparse
import json
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import select

from bot.db import migrate
from bot.db.models import Conversation, Message
from bot.db.session import Database
from bot.handoff.danger_questions import CHECK
from bot.handoff.models import Case
from bot.safety.evaluation import Labelled, Outcome, Score, SetError, load, score
from bot.settings import LANGUAGES, ROOT, Settings

BLIND = ROOT / "tests" / "safety" / "blind"
TARGET_RECALL = 1.0
TARGET_FALSE_ALARMS = 0.05
LINES = {"us": ("911", "1-888-373-7888"), "mx": ("911", "800 5533 000")}

Chat = Callable[[str, str, str], dict[str, Any]]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("eval-danger", help="score the danger screen end to end, per language")
    p.add_argument("--sets", type=Path, default=BLIND, help="folder of {lang}.yml sets")
    p.add_argument("--rasa", choices=("down", "up", "both"), default="both")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=_eval)


def lines_ok(place: str, texts: str) -> bool:
    """911 and the hotline for where the person is (Mexico's when nobody knows)."""
    return all(number in texts for number in LINES["us" if place == "us" else "mx"])


def lines_given(texts: str) -> str:
    """Whose hotline a reply held."""
    us, mx = LINES["us"][1] in texts, LINES["mx"][1] in texts
    return "both" if us and mx else "us" if us else "mx" if mx else "none"


def inspect(db: Database, public_id: str) -> tuple[str, bool, bool]:
    """The grade stored with the person's message, whether an urgent case was opened and
    whether they were asked "are you in danger right now?"."""
    with db.session() as s:
        conv = s.scalars(select(Conversation).where(Conversation.public_id == public_id)).one()
        conv_id, checked = conv.id, CHECK in (conv.state or {})
        grade = s.scalar(
            select(Message.danger_grade)
            .where(Message.conversation_id == conv_id, Message.direction == "in")
            .order_by(Message.id)
            .limit(1)
        )
        urgent = s.scalar(
            select(Case.id).where(Case.conversation_id == conv_id, Case.priority == "urgent")
        )
    return str(grade or "none"), urgent is not None, checked


def run_set(items: list[Labelled], lang: str, chat: Chat, db: Database) -> Score:
    """Send each message from a new person and score what they got."""
    outcomes: list[Outcome] = []
    for item in items:
        data = chat(f"eval-{uuid.uuid4().hex}", item.text, lang)
        texts = " ".join(str(m.get("text", "")) for m in data.get("messages", []))
        grade, urgent, checked = inspect(db, str(data["conversation"]["id"]))
        ok = lines_ok(item.place, texts)
        given = lines_given(texts)
        outcomes.append(Outcome(item.grade, item.place, grade, ok, urgent, checked, given))
    return score(outcomes)


def meets_targets(s: Score) -> bool:
    return s.recall >= TARGET_RECALL and s.false_alarm_rate <= TARGET_FALSE_ALARMS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(settings: Settings, port: int) -> Iterator[str]:
    """The app on a local port, in a thread, for as long as the block lasts."""
    from bot.app import create_app

    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def _settings(database_url: str, rasa_url: str, **extra: str) -> Settings:
    env = {
        "PUENTE_ENV": "test",
        "DATABASE_URL": database_url,
        "RASA_URL": rasa_url,
        "RATE_PER_ADDRESS_PER_MIN": "100000",
        "LOG_LEVEL": "WARNING",
        **extra,
    }
    return Settings(**env)  # type: ignore[arg-type]


@contextmanager
def stack(rasa: bool) -> Iterator[tuple[Chat, Database]]:
    """A fresh database and a running app, with a real Rasa server or none reachable."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'eval.db'}"
        migrate.upgrade(url)
        app_port = _free_port()
        server = None
        extra: dict[str, str] = {}
        rasa_url = "http://127.0.0.1:9"
        if rasa:
            from bot.rasa import project
            from bot.rasa.server import RasaServer

            rasa_port = _free_port()
            rasa_url = f"http://127.0.0.1:{rasa_port}"
            extra["RASA_CALLBACK_TOKEN"] = uuid.uuid4().hex
        settings = _settings(url, rasa_url, **extra)
        if rasa:
            endpoints = project.write_endpoints(
                settings, f"http://127.0.0.1:{app_port}", Path(folder)
            )
            server = RasaServer(project.train(), endpoints, rasa_port)
            server.start()
        db = Database.from_settings(settings)
        try:
            with serve(settings, app_port) as base, httpx.Client(base_url=base, timeout=60) as http:
                if server is not None:
                    server.wait_ready()

                def chat(sender: str, text: str, lang: str) -> dict[str, Any]:
                    body = {"sender": sender, "text": text, "lang": lang}
                    resp = http.post("/api/chat", json=body)
                    resp.raise_for_status()
                    data: dict[str, Any] = resp.json()
                    return data

                yield chat, db
        finally:
            db.dispose()
            if server is not None:
                server.stop()


def _print(mode: str, scores: dict[str, Score]) -> None:
    print(f"== Rasa {mode}")
    print("lang    n  immediate  recall(right lines)  urgent case  calm  false alarms")
    for lang, s in scores.items():
        print(
            f"{lang:4} {s.n:4}  {s.immediate:9}  {s.recall:19.3f}  {s.urgent_for_immediate:11}  "
            f"{s.calm:4}  {s.false_alarms:4} ({s.false_alarm_rate:.3f})"
        )
    for lang, s in scores.items():
        confusion = ", ".join(f"{a}->{b}: {c}" for (a, b), c in sorted(s.confusion.items()))
        print(f"{lang} expected->got: {confusion}")
    for lang, s in scores.items():
        where = ", ".join(f"{a}->{b}: {c}" for (a, b), c in sorted(s.lines_by_place.items()))
        print(f"{lang} immediate reached, place->hotline given: {where}")


def _eval(args: argparse.Namespace) -> int:
    sets: dict[str, list[Labelled]] = {}
    for lang in LANGUAGES:
        path = args.sets / f"{lang}.yml"
        if path.exists():
            try:
                sets[lang] = load(path)
            except SetError as exc:
                print(f"error: {exc}")
                return 2
    if not sets:
        print(f"error: no labelled sets in {args.sets}")
        return 2
    modes = ("down", "up") if args.rasa == "both" else (args.rasa,)
    results: dict[str, dict[str, Score]] = {}
    for mode in modes:
        with stack(rasa=mode == "up") as (chat, db):
            results[mode] = {lang: run_set(items, lang, chat, db) for lang, items in sets.items()}
    if args.json:
        print(
            json.dumps(
                {m: {lang: s.as_json() for lang, s in r.items()} for m, r in results.items()},
                indent=2,
            )
        )
    else:
        for mode, scores in results.items():
            _print(mode, scores)
        print(
            f"targets: recall {TARGET_RECALL:.2f} with the right lines, false alarms at most "
            f"{TARGET_FALSE_ALARMS:.0%}, Rasa up and down"
        )
    ok = all(meets_targets(s) for scores in results.values() for s in scores.values())
    return 0 if ok else 1
