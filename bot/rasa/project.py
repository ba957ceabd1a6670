"""The Rasa project on disk: what a model is trained from, its content hash, training.

A model's file name carries the hash of everything it was trained from, so `train` is a no-op
when nothing changed, and a failed training leaves the last good model in place.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from bot.rasa import topic_data
from bot.rasa.tracker_store import tracker_sqlite_path
from bot.rasa.training_data import normalised_copy
from bot.settings import ROOT, Settings
from bot.understanding import text as wording

RASA_VENV = ROOT / ".venv-rasa"
MODELS = ROOT / "models"
CONFIG = ROOT / "config.yml"
DOMAIN = ROOT / "flows" / "domain"
DATA = [ROOT / "nlu_data", ROOT / "flows" / "data"]
KEEP_MODELS = 3


def rasa_bin() -> Path:
    return RASA_VENV / "bin" / "rasa"


# The normaliser shapes the training data, so a change to it is a change to the model.
NORMALISER = Path(wording.__file__)


def training_files(config: Path = CONFIG) -> list[Path]:
    files = [config, NORMALISER]
    for folder in [DOMAIN, *DATA]:
        files.extend(sorted(p for p in folder.rglob("*") if p.suffix in (".yml", ".yaml", ".txt")))
    return files


def content_hash(config: Path = CONFIG) -> str:
    digest = hashlib.sha256()
    for path in training_files(config):
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
        digest.update(str(name).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    # The topic examples teach the topic intents too (bot.rasa.topic_data).
    digest.update(topic_data.signature())
    return digest.hexdigest()[:12]


def model_path(config: Path = CONFIG, models: Path = MODELS) -> Path:
    prefix = "puente" if config == CONFIG else f"puente-{config.stem}"
    return models / f"{prefix}-{content_hash(config)}.tar.gz"


def rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        PYTHONWARNINGS="ignore",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
    )
    # Only our own Rasa components (rasa_components/, which import nothing of the app) are
    # importable from the repository; nothing of the app's environment leaks in.
    env["PYTHONPATH"] = str(ROOT)
    return env


def train(config: Path = CONFIG, models: Path = MODELS, force: bool = False) -> Path:
    """Train into a temporary folder and move the model in only when training succeeded.

    A file lock makes concurrent callers (parallel test runs, `make run` beside `make test`)
    wait for one training and reuse its model.
    """
    target = model_path(config, models)
    if target.exists() and not force:
        return target
    models.mkdir(parents=True, exist_ok=True)
    with (models / ".train.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists() and not force:
            return target
        return _train_locked(config, models, target)


def _train_locked(config: Path, models: Path, target: Path) -> Path:
    with tempfile.TemporaryDirectory(dir=models) as tmp:
        # The model learns the normalised form the app sends it (bot.rasa.training_data).
        topics = topic_data.write_nlu(Path(tmp) / "raw" / "topic_examples")
        data = normalised_copy([*DATA, topics], Path(tmp) / "data")
        cmd = [
            str(rasa_bin()),
            "train",
            "--config",
            str(config),
            "--domain",
            str(DOMAIN),
            "--data",
            *[str(d) for d in data],
            "--out",
            tmp,
            "--fixed-model-name",
            target.name.removesuffix(".tar.gz"),
        ]
        # Rasa's progress goes to stderr: stdout stays the caller's (`eval-nlu --json`).
        proc = subprocess.run(  # noqa: S603
            cmd, cwd=ROOT, env=rasa_env(), check=False, stdout=sys.stderr
        )
        built = Path(tmp) / target.name
        if proc.returncode != 0 or not built.exists():
            raise RuntimeError(f"rasa train failed (exit {proc.returncode}); kept previous models")
        shutil.move(str(built), target)
    old = [p for p in _family(target, models) if p != target]
    for stale in old[: max(0, len(old) - (KEEP_MODELS - 1))]:
        stale.unlink()
    return target


def _family(model: Path, models: Path) -> list[Path]:
    """Models trained from the same config, oldest first."""
    prefix = model.name.rsplit("-", 1)[0]
    pattern = re.compile(re.escape(prefix) + r"-[0-9a-f]{12}\.tar\.gz")
    found = [p for p in models.glob("*.tar.gz") if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def latest_model(config: Path = CONFIG, models: Path = MODELS) -> Path | None:
    """The model for the current data, or else the newest good one."""
    exact = model_path(config, models)
    if exact.exists():
        return exact
    candidates = _family(exact, models) if models.exists() else []
    return candidates[-1] if candidates else None


def tracker_store(settings: Settings) -> str:
    """Rasa's tracker store in the same kind of database as the app's."""
    if settings.is_sqlite:
        path = tracker_sqlite_path(settings)
        return f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {path}\n"
    url = make_url(settings.database_url)
    lines = [
        "tracker_store:",
        "  type: SQL",
        "  dialect: postgresql",
        f"  url: {url.host or 'localhost'}",
        f"  port: {url.port or 5432}",
        f"  db: {url.database}",
        f"  username: {url.username or ''}",
        f'  password: "{url.password or ""}"',
    ]
    return "\n".join(lines) + "\n"


def lock_store(redis_url: str) -> str:
    """Rasa's Redis lock store: needed as soon as two Rasa servers share a tracker store."""
    redis = make_url(redis_url)
    lines = [
        "lock_store:",
        "  type: redis",
        f"  url: {redis.host or 'localhost'}",
        f"  port: {redis.port or 6379}",
        f"  db: {redis.database or 0}",
        "  key_prefix: puente",
    ]
    if redis.password:
        lines.append(f'  password: "{redis.password}"')
    return "\n".join(lines) + "\n"


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its mode on open: narrow it too
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


def write_endpoints(settings: Settings, app_url: str, folder: Path) -> Path:
    """Endpoints pointing Rasa's custom actions at the app, and its tracker store.

    The file holds the callback token and, in production, the database password: it is
    written readable by its owner only, whatever the umask.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "endpoints.yml"
    auth = ""
    if settings.rasa_callback_token:
        # A header rather than Rasa's `token:` (a query parameter), so it stays out of logs.
        auth = f"  headers:\n    X-Puente-Token: {json.dumps(settings.rasa_callback_token)}\n"
    body = (
        # No `nlg:` endpoint: Rasa hands back response names and the app renders them itself
        # (bot.core.rasa_answer), so no reply costs a call back carrying the whole tracker.
        f"action_endpoint:\n  url: {app_url}/rasa/actions\n{auth}" + tracker_store(settings)
    )
    if settings.redis_url:
        body += lock_store(settings.redis_url)
    _write_private(path, body)
    (folder / "credentials.yml").write_text("rest: {}\n", encoding="utf-8")
    return path
