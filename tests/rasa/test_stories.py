"""`rasa test core` on the test stories: every flow predicts the actions we expect."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bot.rasa import project
from bot.settings import ROOT

pytestmark = pytest.mark.rasa


def test_stories_predict_every_action(rasa_model: Path, tmp_path: Path) -> None:
    cmd = [
        str(project.rasa_bin()),
        "test",
        "core",
        "--model",
        str(rasa_model),
        "--stories",
        str(ROOT / "tests" / "stories"),
        "--out",
        str(tmp_path),
        "--no-plot",
    ]
    proc = subprocess.run(cmd, cwd=ROOT, env=project.rasa_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    failed = (tmp_path / "failed_test_stories.yml").read_text(encoding="utf-8")
    assert "story:" not in failed, failed
    report = json.loads((tmp_path / "story_report.json").read_text(encoding="utf-8"))
    assert report["accuracy"] == 1.0
