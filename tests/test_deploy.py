"""The deployment files in deploy/ name commands, options and settings that exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from bot.cli.main import build_parser
from bot.settings import ROOT, Settings

DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))


def exec_lines(unit: Path) -> list[list[str]]:
    """Each ExecStart's `python -m bot ...` arguments, with a port for the instance (%i)."""
    found = []
    for line in unit.read_text(encoding="utf-8").splitlines():
        if not line.startswith("ExecStart="):
            continue
        words = shlex.split(line.removeprefix("ExecStart=").replace("%i", "8001"))
        if words[0] == "/bin/sh":
            words = shlex.split(words[-1].removeprefix("exec "))
        assert words[:3] == ["/opt/puente/.venv/bin/python", "-m", "bot"], line
        found.append(words[3:])
    return found


@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_every_unit_runs_a_real_command(unit: Path) -> None:
    commands = exec_lines(unit)
    assert commands, f"{unit.name} starts nothing"
    for args in commands:
        parsed = build_parser().parse_args(args)
        assert callable(parsed.func)
    text = unit.read_text(encoding="utf-8")
    assert "EnvironmentFile=/etc/puente/puente.env" in text
    assert "User=puente" in text


def test_the_target_wants_two_of_each_replica() -> None:
    target = (DEPLOY / "systemd" / "puente.target").read_text(encoding="utf-8")
    assert len(re.findall(r"puente-app@\d+\.service", target)) == 2
    assert len(re.findall(r"puente-rasa@\d+\.service", target)) == 2


def test_the_environment_example_names_only_real_settings() -> None:
    aliases = {f.alias for f in Settings.model_fields.values() if f.alias}
    keys = [
        line.split("=", 1)[0]
        for line in (DEPLOY / "puente.env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert set(keys) <= aliases, set(keys) - aliases
    assert {"DATABASE_URL", "REDIS_URL", "RASA_URL", "DATA_KEY", "SECRET_KEY"} <= set(keys)
    secrets = ("SECRET_KEY=", "DATA_KEY=", "TWILIO_AUTH_TOKEN=", "TELEGRAM_BOT_TOKEN=")
    text = (DEPLOY / "puente.env.example").read_text(encoding="utf-8")
    assert all(f"\n{name}\n" in text for name in secrets), "secrets are left empty"


def test_nginx_sends_rasa_to_the_apps_that_the_units_run() -> None:
    conf = (DEPLOY / "nginx" / "puente.conf").read_text(encoding="utf-8")
    upstream = set(re.findall(r"server 127\.0\.0\.1:(\d+)", conf))
    target = (DEPLOY / "systemd" / "puente.target").read_text(encoding="utf-8")
    assert upstream == set(re.findall(r"puente-app@(\d+)\.service", target))
    rasa_unit = (DEPLOY / "systemd" / "puente-rasa@.service").read_text(encoding="utf-8")
    app_url = re.search(r"--app-url http://127\.0\.0\.1:(\d+)", rasa_unit)
    assert app_url and f"listen 127.0.0.1:{app_url.group(1)};" in conf
    assert "location /rasa/ { return 404; }" in conf, "actions and NLG are not public"
