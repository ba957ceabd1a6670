"""Starting, watching and stopping a Rasa server process.

Used by `make run` (which supervises it: restart on death, stop on exit) and by the
integration tests, which run a real server on a free port.
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import time
from pathlib import Path
from typing import BinaryIO

import httpx

from bot.rasa.project import rasa_bin, rasa_env
from bot.settings import ROOT

log = logging.getLogger(__name__)


def rasa_command(model: Path, endpoints: Path, host: str, port: int, token: str) -> list[str]:
    """`rasa run` with the API on, our endpoints and credentials, and the auth token if any."""
    cmd = [
        str(rasa_bin()),
        "run",
        "--enable-api",
        "-m",
        str(model),
        "-i",
        host,
        "-p",
        str(port),
        "--endpoints",
        str(endpoints),
        "--credentials",
        str(endpoints.parent / "credentials.yml"),
    ]
    return [*cmd, "--auth-token", token] if token else cmd


def stop_process(proc: subprocess.Popen[bytes], grace: float = 20, kill: bool = False) -> None:
    """Ask a child process to stop (or kill it at once); kill it if it outlives `grace`."""
    if proc.poll() is not None:
        return
    proc.kill() if kill else proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class RasaServer:
    def __init__(
        self, model: Path, endpoints: Path, port: int, token: str = "", log_file: Path | None = None
    ) -> None:
        self.model = model
        self.endpoints = endpoints
        self.port = port
        self.token = token
        self.log_file = log_file or endpoints.parent / "rasa.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        cmd = rasa_command(self.model, self.endpoints, "127.0.0.1", self.port, self.token)
        if self._log is None:
            self._log = self.log_file.open("ab")
        self.proc = subprocess.Popen(  # noqa: S603
            cmd, cwd=ROOT, env=rasa_env(), stdout=self._log, stderr=subprocess.STDOUT
        )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ready(self) -> bool:
        try:
            resp = httpx.get(f"{self.url}/status", params={"token": self.token}, timeout=2)
            return resp.status_code == 200 and bool(resp.json().get("model_file"))
        except (httpx.HTTPError, ValueError):
            return False

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"Rasa exited early; see {self.log_file}")
            if self.ready():
                return
            time.sleep(0.5)
        raise TimeoutError(f"Rasa not ready after {timeout:.0f}s; see {self.log_file}")

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc, grace=15)
        self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    async def supervise(self, check_every: float = 2.0) -> None:
        """Restart the server whenever it dies, until cancelled."""
        while True:
            await asyncio.sleep(check_every)
            if not self.alive():
                log.warning("Rasa server died; restarting (log: %s)", self.log_file)
                self.start()
                await asyncio.to_thread(self.wait_ready)
                log.info("Rasa server is back on %s", self.url)
