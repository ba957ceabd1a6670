"""`python -m bot staff add-user` and `cases list --json`, run as an operator would."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fastapi.testclient import TestClient

from bot.settings import ROOT, Settings
from tests.staff.helpers import PASSWORD, danger_case, login


def bot(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "PUENTE_ENV": "test",
        "DATA_KEY": settings.data_key,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def test_add_user_then_sign_in(client: TestClient, settings: Settings) -> None:
    made = bot(
        settings,
        "staff",
        "add-user",
        "--email",
        "Ops@Example.org",
        "--name",
        "Ops",
        "--role",
        "supervisor",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert made.returncode == 0, made.stderr
    assert "created supervisor ops@example.org" in made.stdout
    again = bot(
        settings,
        "staff",
        "add-user",
        "--email",
        "ops@example.org",
        "--name",
        "Ops",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    login(client, "ops@example.org")


def test_cases_list_json(client: TestClient, settings: Settings) -> None:
    case_id = danger_case(client, "cli-person")
    out = bot(settings, "cases", "list", "--json")
    assert out.returncode == 0, out.stderr
    [case] = json.loads(out.stdout)
    assert case["id"] == case_id
    assert (case["category"], case["priority"], case["status"]) == ("trafficking", "urgent", "new")
    assert len(case["conversation_id"]) == 32 and case["opened_at"]
