"""A progress bar for long imports, on standard error and only when it is a terminal.

Pipes, logs and CI get no bar (nothing to scroll past); a person at a terminal sees how far
a 4,000-service package has come.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30


class Progress:
    """Called with (done, total); (0, 0) finishes the line."""

    def __init__(self, out: TextIO, every: float = 0.1) -> None:
        self.out = out
        self.every = every
        self.last = 0.0
        self.drawn = False

    @classmethod
    def for_stderr(cls) -> Progress | None:
        return cls(sys.stderr) if sys.stderr.isatty() else None

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            if self.drawn:
                self.out.write("\n")
                self.out.flush()
                self.drawn = False
            return
        now = time.monotonic()
        if done < total and now - self.last < self.every:
            return
        self.last = now
        filled = WIDTH * done // total
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.out.write(f"\rreading [{bar}] {done}/{total} ({100 * done // total}%)")
        self.out.flush()
        self.drawn = True
