"""The app's CPU for one call to Rasa's REST channel: httpx (the baseline) against aiohttp.

Run: .venv/bin/python bench/rasa_client.py [--calls N]

A local aiohttp server in a second process answers like Rasa's REST channel (three custom
payloads); the client side of each library posts the same turn N times over one kept-alive
connection, in rounds that alternate the libraries so that the machine's other load falls on
both alike. What is printed is the client process's CPU per call (time.process_time), which is
what a turn costs the app, not the round trip.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import socket
import statistics
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from aiohttp import web

from bot.rasa.client import RasaClient

ANSWER = json.dumps(
    [
        {"recipient_id": "p", "custom": {"response": "utter_topic", "topic": "asylum", "part": i}}
        for i in range(3)
    ]
).encode()
SENDER = "4f1c2b9a8e7d6c5b4a39281706f5e4d3"
TEXT = "hola, quiero saber como pedir asilo en mexico"
METADATA = {"language": "es", "channel": "web", "danger": [], "in_us": False}
TURN = {"sender": SENDER, "message": TEXT, "metadata": METADATA}


def serve(port: int) -> None:
    async def rest(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=ANSWER, content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/webhooks/rest/webhook", rest)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        await asyncio.Event().wait()

    asyncio.run(main())


async def with_httpx(url: str, calls: int) -> float:
    async with httpx.AsyncClient(timeout=10) as http:
        for _ in range(20):
            (await http.post(f"{url}/webhooks/rest/webhook", json=TURN)).json()
        start = time.process_time()
        for _ in range(calls):
            resp = await http.post(f"{url}/webhooks/rest/webhook", json=TURN)
            resp.raise_for_status()
            resp.json()
        return (time.process_time() - start) / calls


async def with_client(url: str, calls: int) -> float:
    """The app's own client (aiohttp), as the core calls it."""
    client = RasaClient(url, session_turns=10**9)
    try:
        for _ in range(20):
            await client.send(SENDER, TEXT, METADATA)
        start = time.process_time()
        for _ in range(calls):
            await client.send(SENDER, TEXT, METADATA)
        return (time.process_time() - start) / calls
    finally:
        await client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = multiprocessing.Process(target=serve, args=(port,), daemon=True)
    server.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(f"{url}/", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    runs: dict[str, list[float]] = {"httpx (baseline)": [], "aiohttp (RasaClient)": []}
    clients: dict[str, Callable[[str, int], Coroutine[Any, Any, float]]] = {
        "httpx (baseline)": with_httpx,
        "aiohttp (RasaClient)": with_client,
    }
    for _ in range(args.rounds):
        for name, run in clients.items():
            runs[name].append(asyncio.run(run(url, args.calls)))
    server.terminate()
    print(f"client CPU per call to Rasa's REST channel ({args.calls} calls x {args.rounds} rounds)")
    base = statistics.median(runs["httpx (baseline)"])
    for name, values in runs.items():
        median = statistics.median(values)
        print(f"  {name:22s} {median * 1000:6.3f} ms  ({median / base:4.0%} of the baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
