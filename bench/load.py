"""Load and soak: simulated people hold real multi-turn conversations through the running stack.

Starts its own stack (the app in uvicorn, a real Rasa server, a temporary SQLite database unless
--database-url is given), then N people talk through `/api/chat` for --duration seconds. In the
same run, the same turns go straight to Rasa's REST channel, so the app's overhead is a ratio of
two figures measured on the same machine at the same time. With --kill-rasa-at, Rasa is killed
mid-run (and restarted after --restart-after seconds): danger messages must still get both
emergency numbers and no message may be lost.

    .venv/bin/python bench/load.py --people 50 --duration 300
    .venv/bin/python bench/load.py --people 20 --duration 60 --kill-rasa-at 20 --restart-after 20
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db import migrate
from bot.rasa import project
from bot.rasa.server import RasaServer
from bot.settings import Settings
from bot.web.app import create_app

SCRIPTS = {
    "es": [
        "hola",
        "/ask_asylum",
        "cuanto cuesta?",
        "que tengo que llevar",
        "gracias",
        "/ask_rights",
        "me quitaron el pasaporte y no me dejan salir",
        "adios",
    ],
    "en": [
        "hello",
        "/ask_regularization",
        "how much does it cost",
        "thanks",
        "/help_menu",
        "they locked me in a room",
        "bye",
    ],
    "fr": ["bonjour", "/ask_trafficking_signs", "merci", "ils me frappent au secours", "au revoir"],
    "ht": ["bonjou", "/ask_asylum", "konbyen sa koute", "mesi", "yo fèmen m nan yon kay", "orevwa"],
}
DANGER_WORDS = ("pasaporte", "locked", "frappent", "fèmen")


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    lost: int = 0
    danger_sent: int = 0
    danger_answered: int = 0
    turns: int = 0


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


async def person(
    client: httpx.AsyncClient, who: str, until: float, stats: Stats, direct: bool
) -> None:
    lang = random.choice(list(SCRIPTS))
    turn = 0
    while time.monotonic() < until:
        text = SCRIPTS[lang][turn % len(SCRIPTS[lang])]
        turn += 1
        danger = any(w in text for w in DANGER_WORDS)
        started = time.perf_counter()
        try:
            if direct:
                resp = await client.post(
                    "/webhooks/rest/webhook",
                    json={"sender": who, "message": text, "metadata": {"language": lang}},
                )
                ok = resp.status_code == 200
                replies = resp.json() if ok else []
            else:
                body = (
                    {"sender": who, "text": text, "lang": lang}
                    if turn == 1
                    else {"sender": who, "text": text}
                )
                resp = await client.post("/api/chat", json=body)
                ok = resp.status_code == 200
                replies = resp.json()["messages"] if ok else []
        except (httpx.HTTPError, ValueError):
            ok, replies = False, []
        stats.latencies.append(time.perf_counter() - started)
        stats.turns += 1
        if not ok:
            stats.errors += 1
        elif not replies:
            stats.lost += 1
        if danger and not direct:
            stats.danger_sent += 1
            joined = " ".join(str(m.get("text", "")) for m in replies)
            if "911" in joined and "800 5533 000" in joined:
                stats.danger_answered += 1
        await asyncio.sleep(random.uniform(0.5, 1.5))


async def drive(base: str, people: int, duration: float, direct: bool, prefix: str) -> Stats:
    stats = Stats()
    until = time.monotonic() + duration
    limits = httpx.Limits(max_connections=people + 10)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(
            *(person(client, f"{prefix}-{i}", until, stats, direct) for i in range(people))
        )
    return stats


def report(name: str, stats: Stats, duration: float) -> None:
    print(
        f"{name:10} turns {stats.turns:6}  {stats.turns / duration:6.1f}/s  "
        f"p50 {pct(stats.latencies, 50):7.1f} ms  p95 {pct(stats.latencies, 95):7.1f} ms  "
        f"p99 {pct(stats.latencies, 99):7.1f} ms  errors {stats.errors}  lost {stats.lost}"
    )


async def chaos(rasa: RasaServer, kill_at: float, restart_after: float) -> None:
    await asyncio.sleep(kill_at)
    print(f"-- killing Rasa at {kill_at:.0f} s", flush=True)
    if rasa.proc is not None:
        rasa.proc.kill()
        rasa.proc.wait()
    if restart_after > 0:
        await asyncio.sleep(restart_after)
        print("-- restarting Rasa", flush=True)
        rasa.start()
        await asyncio.to_thread(rasa.wait_ready)
        print("-- Rasa is back", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per phase")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--kill-rasa-at", type=float, default=0.0)
    parser.add_argument("--restart-after", type=float, default=0.0)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="puente-load-"))
    url = args.database_url or f"sqlite:///{folder / 'puente.db'}"
    migrate.upgrade(url)
    app_port, rasa_port = free_port(), free_port()
    settings = Settings(  # type: ignore[call-arg]
        PUENTE_ENV="test",
        DATABASE_URL=url,
        RASA_URL=f"http://127.0.0.1:{rasa_port}",
        RATE_PER_SENDER_PER_MIN=100000,
        RATE_PER_ADDRESS_PER_MIN=1000000,
    )
    model = project.latest_model() or project.train()
    endpoints = project.write_endpoints(settings, f"http://127.0.0.1:{app_port}", folder)
    rasa = RasaServer(model, endpoints, rasa_port)
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=app_port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    rasa.start()
    thread.start()
    try:
        rasa.wait_ready()
        print(
            f"model {model.name}; {args.people} people; {args.duration:.0f} s per phase; "
            f"database {url.split(':')[0]}"
        )

        async def run() -> tuple[Stats, Stats]:
            direct = await drive(rasa.url, args.people, args.duration, True, "direct")
            tasks = []
            if args.kill_rasa_at:
                tasks.append(
                    asyncio.create_task(chaos(rasa, args.kill_rasa_at, args.restart_after))
                )
            app = await drive(
                f"http://127.0.0.1:{app_port}", args.people, args.duration, False, "app"
            )
            for t in tasks:
                await t
            return direct, app

        direct, app = asyncio.run(run())
        report("rasa only", direct, args.duration)
        report("via app", app, args.duration)
        base = statistics.median(direct.latencies) if direct.latencies else float("nan")
        mine = statistics.median(app.latencies) if app.latencies else float("nan")
        print(f"app overhead at p50: {100 * (mine - base) / base:+.1f}% of Rasa's own time")
        print(
            f"danger messages: {app.danger_answered}/{app.danger_sent} answered with 911 and "
            "800 5533 000"
        )
        failed = app.errors or app.lost or app.danger_answered != app.danger_sent
        return 1 if failed else 0
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        rasa.stop()


if __name__ == "__main__":
    raise SystemExit(main())
