"""The app's own CPU per web turn, with Rasa replaced by an instant local stand-in.

Run: .venv/bin/python bench/app_turn.py [--people N] [--duration S]

`bench/load.py` measures the app beside a real Rasa on the same two cores, where both fight
for the CPU and the app's figure moves with Rasa's load (3.8 to 5.3 ms a turn across runs).
Here Rasa is a small aiohttp server in this process that answers every turn at once with one
page of a topic (as `bot.actions.topics` hands it back: a response name and its arguments), so
the app process does all of its own work and nothing else: the HTTP request, the danger screen
and the danger net, the language, the two database transactions, the call to Rasa, rendering
the page, the reply. It also means a profiler attached to the app sees only the app.

The baseline in the same run is `/health` at the same pace: one request in, one database ping
in a worker thread, one call to Rasa's `/status`, one JSON reply; the skeleton of a turn
without its work. Both are printed as the app process's CPU (user plus system, from /proc)
per request, with the people each wait 0.5-1.5 s between requests as in `bench/load.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

import httpx
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from load import SCRIPTS, AppProcess, app_env, cpu_seconds, free_port

from bot.db import migrate

TOPIC_PAGE = {"response": "utter_topic_page", "args": {"topic": "asylum", "page": 0, "part": 0}}


def fake_rasa() -> web.Application:
    """Rasa's REST channel, status and tracker endpoints, answered at once."""

    async def turn(request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response([{"recipient_id": body.get("sender"), "custom": TOPIC_PAGE}])

    async def status(_: web.Request) -> web.Response:
        return web.json_response({"model_file": "stand-in.tar.gz", "num_active_training_jobs": 0})

    async def anything(request: web.Request) -> web.Response:
        if request.can_read_body:
            await request.read()
        return web.json_response({"events": []})

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", turn)
    app.router.add_get("/status", status)
    app.router.add_route("*", "/{tail:.*}", anything)
    return app


async def phase(
    base: str, people: int, duration: float, pid: int, call: str
) -> tuple[int, float, int]:
    """Requests made, the app's CPU seconds over the phase, and failures."""
    until = time.monotonic() + duration
    counts = {"done": 0, "failed": 0}

    async def one(client: httpx.AsyncClient, who: str) -> None:
        lang = random.choice(list(SCRIPTS))
        turn = 0
        while time.monotonic() < until:
            text = SCRIPTS[lang][turn % len(SCRIPTS[lang])]
            turn += 1
            try:
                if call == "turn":
                    resp = await client.post("/api/chat", json={"sender": who, "text": text})
                else:
                    resp = await client.get("/health")
                ok = resp.status_code == 200
            except httpx.HTTPError:
                ok = False
            counts["done"] += 1
            counts["failed"] += not ok
            await asyncio.sleep(random.uniform(0.5, 1.5))

    before = cpu_seconds(pid)
    limits = httpx.Limits(max_connections=people + 10)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(one(client, f"{call}-{i}") for i in range(people)))
    return counts["done"], cpu_seconds(pid) - before, counts["failed"]


async def run(args: argparse.Namespace) -> int:
    folder = Path(tempfile.mkdtemp(prefix="puente-app-turn-"))
    url = f"sqlite:///{folder / 'puente.db'}"
    migrate.upgrade(url)
    rasa_port, app_port = free_port(), free_port()
    runner = web.AppRunner(fake_rasa(), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", rasa_port).start()
    env = {**app_env(url, rasa_port), "LOG_LEVEL": "WARNING"}
    app = AppProcess(app_port, env, folder / "app.log")
    try:
        await asyncio.to_thread(app.wait_ready)
        base = app.url
        await phase(base, 5, 3, app.proc.pid, "turn")  # warm: first imports, caches, the net
        print(f"{args.people} people, {args.duration:.0f} s per phase; Rasa answers at once")
        failed = 0
        for call, name in (("health", "/health (baseline)"), ("turn", "/api/chat turn")):
            done, cpu, bad = await phase(base, args.people, args.duration, app.proc.pid, call)
            failed += bad
            print(
                f"  {name:20} {done:6} requests  app CPU {cpu * 1000 / max(1, done):5.2f} ms "
                f"each  ({bad} failed)",
                flush=True,
            )
        return 1 if failed else 0
    finally:
        app.stop()
        await runner.cleanup()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--duration", type=float, default=20.0)
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
