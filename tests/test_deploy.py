"""The deployment files in deploy/ name commands, options and settings that exist."""

from __future__ import annotations

import os
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


@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_every_unit_writes_private_files(unit: Path) -> None:
    """var/ holds the databases, endpoints.yml (tokens, the database password) and logs."""
    assert "\nUMask=0077\n" in unit.read_text(encoding="utf-8")


def test_the_environment_example_guards_rasa_and_trusts_only_nginx() -> None:
    text = (DEPLOY / "puente.env.example").read_text(encoding="utf-8")
    assert "\nRASA_TOKEN=\n" in text and "\nRASA_CALLBACK_TOKEN=\n" in text, "set, left empty"
    assert "\nTRUSTED_PROXIES=127.0.0.1,::1\n" in text


def test_long_running_commands_keep_var_private(tmp_path: Path) -> None:
    from bot.cli.private import keep_private

    var = tmp_path / "var"
    (var / "rasa-5005").mkdir(parents=True)
    (var / "puente.db").write_bytes(b"")
    (var / "rasa-5005" / "endpoints.yml").write_text("password", encoding="utf-8")
    for path in (var, var / "rasa-5005", var / "puente.db", var / "rasa-5005" / "endpoints.yml"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    before = os.umask(0o022)
    try:
        keep_private(var)
        assert os.umask(0o077) == 0o077  # reading the umask sets it: set it to the same
        (var / "rasa.log").write_text("new", encoding="utf-8")
    finally:
        os.umask(before)
    for path in var.rglob("*"):
        assert path.stat().st_mode & 0o077 == 0, path
    assert var.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("command", ["run", "serve", "rasa"])
def test_the_long_running_commands_set_the_umask(command: str) -> None:
    """Each of them calls keep_private before it creates anything."""
    import inspect

    parsed = build_parser().parse_args(
        [command, "--app-url", "http://x"] if command == "rasa" else [command]
    )
    source = inspect.getsource(parsed.func)
    assert source.index("keep_private()") < source.index("get_settings()")
