"""eval-dev prints what development sets miss, and never opens a blind set."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cli import eval_sets as sets
from bot.cli.eval_dev import BlindSetError, journey_misses, refuse_blind, topic_misses
from bot.cli.eval_nlu import read
from bot.cli.eval_stack import Stack as EvalStack
from bot.cli.main import main


@pytest.mark.parametrize(
    "folder",
    [sets.BLIND, sets.JOURNEYS / "blind", sets.BLIND / "sub", Path("tests/safety/blind")],
)
def test_a_blind_folder_is_refused(folder: Path) -> None:
    with pytest.raises(BlindSetError):
        refuse_blind(folder)


def test_the_command_refuses_a_blind_folder_before_training(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["eval-dev", str(sets.BLIND)]) == 1
    assert "blind set" in capsys.readouterr().err


def test_development_folders_are_allowed() -> None:
    refuse_blind(Path("tests/understanding/topics_dev2"))
    refuse_blind(Path("tests/journeys/dev/round3"))
    refuse_blind(sets.NLU_TESTS)  # the held-out set, read by eval-nlu, is not blind


@pytest.fixture
def stack(rasa_stack: Any) -> Any:
    got = EvalStack(rasa_stack.rasa_url, rasa_stack.app.url)
    yield got
    got.rasa.close()
    got.app.close()


def test_misses_name_what_was_wanted_and_what_came(tmp_path: Path, stack: EvalStack) -> None:
    path = tmp_path / "es.yml"
    path.write_text(
        "- {text: 'como saco la curp', topic: reg_curp}\n"
        "- {text: 'como saco la curp', topic: shelters}\n",
        encoding="utf-8",
    )
    cases = sets.labelled(path)
    (miss,) = topic_misses(cases, [read(stack, case, "es") for case in cases], "es")
    assert miss.wanted == "shelters" and "reg_curp" in miss.got
    assert miss.text == "como saco la curp"


def test_a_journey_stops_at_its_first_failing_turn(tmp_path: Path, stack: EvalStack) -> None:
    path = tmp_path / "en.yml"
    path.write_text(
        "- name: passes\n  turns:\n    - {text: 'how do i get a curp', expect_any: [CURP]}\n"
        "- name: fails\n  turns:\n"
        "    - {text: 'how do i get a curp', expect_any: [no such words anywhere]}\n"
        "    - {text: 'thanks', expect_any: [never reached]}\n",
        encoding="utf-8",
    )
    done, misses = journey_misses(stack, sets.journeys(path, "en"))
    assert done == 1
    (miss,) = misses
    assert miss.wanted.startswith("turn 0 of fails") and "CURP" in miss.got
