"""Files the long-running commands write are readable by their owner only.

`var/` holds the SQLite databases (encrypted columns, but tracker texts are not), Rasa's
endpoints.yml (the callback token, and the PostgreSQL password in production) and rasa.log
(what people wrote, at debug level). `run`, `serve` and `rasa` set umask 077 before they create
anything, and narrow what an earlier run left group- or world-readable.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bot.settings import ROOT

PRIVATE_UMASK = 0o077


def keep_private(var: Path = ROOT / "var") -> None:
    os.umask(PRIVATE_UMASK)
    if not var.is_dir():
        return
    for path in [var, *var.rglob("*")]:
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
                continue
            if info.st_mode & 0o077:
                path.chmod(stat.S_IMODE(info.st_mode) & 0o700)
        except OSError:
            continue  # vanished or not ours: nothing to narrow
