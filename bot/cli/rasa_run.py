"""`rasa`: run one Rasa server for a production deployment (a systemd unit or a container).

`make run` supervises Rasa itself; in production each Rasa server is its own service. This
writes that server's endpoints from the same settings as the app (tracker store in DATABASE_URL,
Redis lock store from REDIS_URL, actions and NLG at --app-url) and then becomes `rasa run`, so
the service manager watches Rasa itself.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bot.cli.private import keep_private
from bot.rasa import project
from bot.rasa.server import rasa_command
from bot.settings import ROOT, get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("rasa", help="run one Rasa server wired to the app (production)")
    p.add_argument("--app-url", required=True, help="where this Rasa finds the app's actions/NLG")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5005)
    p.add_argument("--model", type=Path, help="default: the newest trained model in models/")
    p.add_argument(
        "--config-dir", type=Path, help="where endpoints.yml is written (default var/rasa-PORT)"
    )
    p.set_defaults(func=_rasa)


def _rasa(args: argparse.Namespace) -> int:
    keep_private()
    settings = get_settings()
    model = args.model or project.latest_model()
    if model is None or not model.exists():
        raise RuntimeError("no trained model: run `python -m bot train` first")
    folder = args.config_dir or ROOT / "var" / f"rasa-{args.port}"
    endpoints = project.write_endpoints(settings, args.app_url.rstrip("/"), folder)
    if not settings.is_sqlite and not settings.redis_url:
        print("note: REDIS_URL is not set; two Rasa servers on one tracker store need it")
    cmd = rasa_command(model, endpoints, args.host, args.port, settings.rasa_token)
    print(f"rasa on {args.host}:{args.port}, model {model.name}, endpoints {endpoints}", flush=True)
    os.chdir(ROOT)
    os.execve(cmd[0], cmd, project.rasa_env())  # noqa: S606 - becomes the Rasa server
