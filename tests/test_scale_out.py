"""Scale-out: two app processes and two Rasa servers on one PostgreSQL, Redis as Rasa's lock store.

Everything is started with the commands of the deployment guide (`python -m bot serve`, `python -m
bot rasa`), as separate processes. People talk through the web chat and the signed WhatsApp
webhook, their messages spread over both replicas, some delivered twice and some in bursts; then
one Rasa server is killed and they go on. Afterwards the database, Rasa's trackers and the fake
Twilio must agree: every message stored once, processed by Rasa once, answered, and every reply
sent once and in order.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bot.channels.whatsapp import render as whatsapp_render
from bot.core.turns import TurnLease
from bot.db import migrate
from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.rasa.server import stop_process
from bot.reply import OutMessage
from bot.settings import ROOT
from tests.conftest import POSTGRES_URL, free_port, make_settings, require, reset_postgres
from tests.fakes.providers import (
    PUBLIC_BASE_URL,
    TWILIO_FROM,
    TWILIO_SID,
    TWILIO_TOKEN,
    FakeTwilio,
    twilio_signature,
)

REDIS = shutil.which("redis-server")
WHATSAPP_PATH = "/webhooks/twilio/whatsapp"
EMERGENCY = ("911", "800 5533 000")
DATA_KEY = "scale-out-test-data-key-0123456789"


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise TimeoutError(what)


class Process:
    """A command of ours in its own process, its output in a log file."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], folder: Path) -> None:
        self.name = name
        self.log = folder / f"{name}.log"
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
            )

    def stop(self, kill: bool = False) -> None:
        stop_process(self.proc, kill=kill)

    def tail(self) -> str:
        return f"--- {self.name}\n" + self.log.read_text(errors="replace")[-3000:]


def ready(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@dataclass
class Cluster:
    apps: list[str]
    rasas: list[str]
    rasa_processes: list[Process]
    twilio: FakeTwilio
    db: Database
    http: httpx.Client


@pytest.fixture(scope="module")
def cluster(rasa_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    require(bool(POSTGRES_URL), "scale-out needs PostgreSQL (TEST_POSTGRES_URL)")
    require(REDIS is not None, "scale-out needs redis-server (apt-get install redis-server)")
    assert REDIS is not None
    folder = tmp_path_factory.mktemp("cluster")
    reset_postgres(POSTGRES_URL)
    migrate.upgrade(POSTGRES_URL)
    redis_port = free_port()
    app_ports, rasa_ports = [free_port(), free_port()], [free_port(), free_port()]
    apps = [f"http://127.0.0.1:{p}" for p in app_ports]
    rasas = [f"http://127.0.0.1:{p}" for p in rasa_ports]
    with ExitStack() as stack:
        twilio = stack.enter_context(FakeTwilio())
        env = {
            **os.environ,
            "PUENTE_ENV": "test",
            "DATABASE_URL": POSTGRES_URL,
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "DATA_KEY": DATA_KEY,
            "SECRET_KEY": "scale-out-test-secret-0123456789",
            "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
            "TWILIO_ACCOUNT_SID": TWILIO_SID,
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
            "TWILIO_WHATSAPP_FROM": TWILIO_FROM,
            "TWILIO_API_URL": twilio.url,
            "OUTBOX_POLL_SECONDS": "0.3",
            "RASA_TIMEOUT": "30",
            "RASA_BREAKER_COOLDOWN": "60",
            "RATE_PER_SENDER_PER_MIN": "1000",
        }
        redis = Process(
            "redis",
            [
                REDIS,
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            env,
            folder,
        )
        processes = [redis]
        for i in range(2):
            processes.append(
                Process(
                    f"rasa{i}",
                    [
                        sys.executable,
                        "-m",
                        "bot",
                        "rasa",
                        "--port",
                        str(rasa_ports[i]),
                        "--app-url",
                        apps[i],
                        "--model",
                        str(rasa_model),
                        "--config-dir",
                        str(folder / f"rasa{i}"),
                    ],
                    env,
                    folder,
                )
            )
        for i in range(2):
            # Each app lists both Rasa servers, its neighbour's second.
            order = ",".join(rasas if i == 0 else rasas[::-1])
            processes.append(
                Process(
                    f"app{i}",
                    [sys.executable, "-m", "bot", "serve", "--port", str(app_ports[i])],
                    {**env, "RASA_URL": order},
                    folder,
                )
            )
        try:
            for url in [*(a + "/health" for a in apps), *(r + "/status" for r in rasas)]:
                wait_until(partial(ready, url), 240, f"{url} did not answer")
            # The replicas encrypt with the cluster's DATA_KEY: reading their rows needs it too.
            db = Database.from_settings(make_settings(POSTGRES_URL, DATA_KEY=DATA_KEY))
            with httpx.Client(timeout=90) as http:
                yield Cluster(apps, rasas, processes[1:3], twilio, db, http)
            db.dispose()
        except BaseException:
            for p in processes:
                print(p.tail())
            raise
        finally:
            for p in reversed(processes):
                p.stop()
            reset_postgres(POSTGRES_URL)  # Rasa's tracker store (events) included


def chat(cluster: Cluster, app: int, sender: str, words: str, message_id: str) -> dict[str, object]:
    resp = cluster.http.post(
        f"{cluster.apps[app]}/api/chat",
        json={"sender": sender, "text": words, "lang": "es", "message_id": message_id},
    )
    assert resp.status_code == 200, resp.text
    data: dict[str, object] = resp.json()
    return data


def whatsapp(cluster: Cluster, app: int, phone: str, words: str, sid: str) -> None:
    params = {
        "MessageSid": sid,
        "AccountSid": TWILIO_SID,
        "From": f"whatsapp:{phone}",
        "To": TWILIO_FROM,
        "Body": words,
        "NumMedia": "0",
        "ProfileName": "",
        "WaId": phone.lstrip("+"),
    }
    resp = cluster.http.post(
        cluster.apps[app] + WHATSAPP_PATH,
        data=params,
        headers={"X-Twilio-Signature": twilio_signature(WHATSAPP_PATH, params)},
    )
    assert resp.status_code == 200, resp.text


WEB_SCRIPT = ["hola", "/ask_asylum", "cuanto cuesta", "gracias", "/help_menu"]
WHATSAPP_SCRIPT = ["hola", "quiero saber de asilo", "cuanto cuesta", "me tienen encerrada, auxilio"]


def web_person(cluster: Cluster, person: int, start: int) -> list[dict[str, object]]:
    """One person's turns, alternating replicas; every fourth one delivered to both at once."""
    answers = []
    sender = f"web-{person}"
    for turn, words in enumerate(WEB_SCRIPT):
        mid = f"{sender}-{start + turn}"
        app = (person + turn) % 2
        if turn % 4 == 3:
            with ThreadPoolExecutor(2) as both:
                racing = [both.submit(chat, cluster, a, sender, words, mid) for a in (0, 1)]
                twice = [f.result() for f in racing]
            assert twice[0]["messages"] == twice[1]["messages"]
            answers.append(twice[0])
        else:
            answers.append(chat(cluster, app, sender, words, mid))
    return answers


def whatsapp_person(cluster: Cluster, person: int, start: int) -> None:
    """A burst: the whole script at once, alternating replicas, each message delivered twice."""
    phone = f"+5255{person:08d}"
    posts = []
    for turn, words in enumerate(WHATSAPP_SCRIPT):
        sid = f"SM{uuid.uuid5(uuid.NAMESPACE_URL, f'{phone}-{start + turn}').hex}"
        posts += [((person + turn) % 2, words, sid), ((person + turn + 1) % 2, words, sid)]
    threads = [
        threading.Thread(target=whatsapp, args=(cluster, app, phone, words, sid))
        for app, words, sid in posts
    ]
    for t in threads:
        t.start()
        time.sleep(0.02)
    for t in threads:
        t.join()


def settled(cluster: Cluster, inbound: int) -> bool:
    """Every delivered message stored, every turn over, nothing left to send."""
    with cluster.db.session() as s:
        stored = len(s.scalars(select(Message.id).where(Message.direction == "in")).all())
        pending = s.scalars(select(Message.id).where(Message.status == "pending")).all()
        leases = s.scalars(select(TurnLease.key)).all()
    return stored == inbound and not pending and not leases


def tracker_user_turns(cluster: Cluster, rasa: str, public_id: str) -> int:
    resp = cluster.http.get(f"{rasa}/conversations/{public_id}/tracker")
    resp.raise_for_status()
    return sum(1 for e in resp.json().get("events", []) if e.get("event") == "user")


def audit(cluster: Cluster, live_rasa: str) -> None:
    """The database, Rasa's trackers and the fake Twilio tell the same story."""
    sent_to: dict[str, list[str]] = {}
    for call in cluster.twilio.of("messages.create"):
        sent_to.setdefault(str(call.params["To"]), []).append(str(call.params.get("Body", "")))
    with cluster.db.session() as s:
        for conv in s.scalars(select(Conversation)).all():
            contact = s.get(Contact, conv.contact_id)
            assert contact is not None
            rows = s.scalars(
                select(Message).where(Message.conversation_id == conv.id).order_by(Message.id)
            ).all()
            inbound = [r.channel_message_id for r in rows if r.direction == "in"]
            assert len(inbound) == len(set(inbound)), f"a message stored twice: {inbound}"
            # A danger message does not wait for the person's turn in progress (issue 14): its
            # inbound row may come before the earlier turn's replies.
            in_order = [r for r in rows if r.direction == "out" or r.danger_grade != "immediate"]
            shape = "".join("i" if r.direction == "in" else "o" for r in in_order)
            assert shape.startswith("io") and "ii" not in shape and shape.endswith("o"), shape
            # Rasa took every message exactly once (none answered from the catalogs, none
            # twice), except immediate danger, which the app answers itself.
            for_rasa = [r for r in rows if r.direction == "in" and r.danger_grade != "immediate"]
            assert tracker_user_turns(cluster, live_rasa, conv.public_id) == len(for_rasa)
            if conv.channel != "whatsapp":
                continue
            out = [r for r in rows if r.direction == "out"]
            assert all(r.status == "sent" for r in out), [(r.id, r.status, r.error) for r in out]
            expected = [
                part
                for r in out
                for part in whatsapp_render.render(
                    OutMessage.from_dict({"text": r.body, "buttons": r.buttons}), conv.language
                ).parts
            ]
            # Exactly what was stored, each part once, in the order it was stored.
            assert sent_to.get(contact.identifier, []) == expected


WEB_PEOPLE, WHATSAPP_PEOPLE = 8, 4
ROUND = WEB_PEOPLE * len(WEB_SCRIPT) + WHATSAPP_PEOPLE * len(WHATSAPP_SCRIPT)


def one_round(cluster: Cluster, start: int, rounds_so_far: int) -> None:
    """Everyone talks at once across both replicas; then every turn must be over and audited."""
    with ThreadPoolExecutor(12) as pool:
        web = [pool.submit(web_person, cluster, p, start) for p in range(WEB_PEOPLE)]
        wa = [pool.submit(whatsapp_person, cluster, p, start) for p in range(WHATSAPP_PEOPLE)]
        answers = [f.result() for f in web]
        for f in wa:
            f.result()
    assert all(a["messages"] for turns in answers for a in turns), "every web turn answered"
    inbound = ROUND * (rounds_so_far + 1)
    wait_until(lambda: settled(cluster, inbound), 120, f"round {start} did not settle")
    audit(cluster, cluster.rasas[1])


def test_two_apps_two_rasas_lose_nothing_and_keep_order(cluster: Cluster) -> None:
    one_round(cluster, 0, 0)
    danger = [
        call.params.get("Body", "")
        for call in cluster.twilio.of("messages.create")
        if all(n in str(call.params.get("Body", "")) for n in EMERGENCY)
    ]
    assert len(danger) >= WHATSAPP_PEOPLE, "each person in danger got both numbers"

    # One Rasa server dies: the other takes every turn, from both apps, and nothing is lost.
    cluster.rasa_processes[0].stop(kill=True)
    one_round(cluster, 100, 1)
    health = cluster.http.get(cluster.apps[0] + "/health").json()
    assert health["status"] == "degraded"
    assert [s["status"] for s in health["rasa"]["servers"]] == ["unreachable", "ok"]
