"""Second reads of the screen's changes, pinned: for each round a helper who saw the change (not
the sets) wrote probes and ran them against the versions before and after it. Each fixture in
`probes/` keeps only the probes the screen gets right after the fixes; its header says what the
read found, what was narrowed, and which probes are still wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import doubt
from bot.safety.screen import screen

PROBES = [
    (path.stem, probe)
    for path in sorted((Path(__file__).parent / "probes").glob("*.yml"))
    for probe in yaml.safe_load(path.read_text(encoding="utf-8"))
]


@pytest.mark.parametrize(
    "text",
    [p["text"] for _, p in PROBES if p["expect"] == "immediate"],
    ids=lambda t: t[:40],
)
def test_danger_probe_is_reached(text: str) -> None:
    found = screen(text)
    assert found.danger or doubt.doubtful(text, found.grade, found.reasons), found


@pytest.mark.parametrize(
    "text", [p["text"] for _, p in PROBES if p["expect"] == "calm"], ids=lambda t: t[:40]
)
def test_calm_probe_opens_no_case(text: str) -> None:
    assert not screen(text).danger, screen(text)


def test_every_read_is_here() -> None:
    assert {name for name, _ in PROBES} == {
        "round22_second_read",
        "round23_second_read",
        "round24_second_read",
        "round24_second_read_b",
        "round25_second_read",
        "round26_second_read",
        "round26_second_read_b",
        "round26_second_read_c",
        "round27_second_read",
        "round27_second_read_b",
        "round28_second_read",
        "round29_second_read",
    }
