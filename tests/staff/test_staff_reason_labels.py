"""Staff see why the screen graded a message: every reason it gives has words in the console."""

from __future__ import annotations

from pathlib import Path

from bot.safety.evaluation import load
from bot.safety.screen import screen
from bot.staff.labels import LABELS, label_id

DEV = Path(__file__).resolve().parents[1] / "safety" / "dev"


def test_every_reason_the_screen_gives_on_the_development_sets_has_a_label() -> None:
    reasons: set[str] = set()
    for path in sorted(DEV.rglob("*.yml")):
        for item in load(path):
            reasons.update(screen(item.text).reasons)
    assert len(reasons) > 20  # the sets exercise the screen's reasons, frames included
    unlabelled = sorted(
        r for r in reasons if not r.startswith("harm:") and label_id("reason", r) == r
    )
    assert not unlabelled, unlabelled


def test_a_harm_reason_uses_the_danger_labels() -> None:
    assert label_id("reason", "harm:kidnapped") == LABELS["danger"].get("kidnapped", "kidnapped")
