"""Which example files are learned: the team's, then every round of outside writers."""

from __future__ import annotations

from pathlib import Path

from bot.understanding.example_files import example_paths, rasa_example_paths


def test_every_round_of_writers_is_read_after_the_teams_files(tmp_path: Path) -> None:
    for name in ("asylum.yml", "writers/asylum.yml", "writers/round2/asylum.yml", "notes.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("es: ['x']\n", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in example_paths(tmp_path)]
    assert got == ["asylum.yml", "writers/asylum.yml", "writers/round2/asylum.yml"]


def test_the_second_round_of_writers_ships_with_the_repo() -> None:
    """Its topics are learned beside the first round's (`content/examples/writers/round2/`)."""
    from bot.understanding.meaning.examples import EXAMPLES_DIR

    paths = [p for p in example_paths(EXAMPLES_DIR) if p.parent.name == "round2"]
    assert {p.stem for p in paths} >= {"mental_health", "scams", "crime_victims", "danger_us"}


def test_rasa_learns_from_the_team_and_the_first_writers_only(tmp_path: Path) -> None:
    """Later rounds teach the topic classifier: taught to Rasa, the second round's "where do I
    call" questions made a calm "a q numero le hablo?" a danger report."""
    for name in ("asylum.yml", "writers/asylum.yml", "writers/round2/asylum.yml"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("es: ['x']\n", encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p in rasa_example_paths(tmp_path)]
    assert got == ["asylum.yml", "writers/asylum.yml"]
