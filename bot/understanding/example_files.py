"""Which files hold topic examples: the team's in `content/examples/`, then the outside writers'
in its `writers/` subfolder and the folders under it, one per round of writers (kept apart so
their share can be weighed, or taken out, whole). A topic may have a file in each.

The topic classifier (`bot.understanding.meaning.examples`) reads every round; Rasa's training
data (`bot.rasa.topic_data`) the team's files and the first round only (`rasa_example_paths`).
Both lists are made here, so which files each reads is decided in one place.
"""

from __future__ import annotations

from pathlib import Path

WRITERS = "writers"


def example_paths(examples: Path) -> list[Path]:
    """The team's examples files, then the outside writers', round by round."""
    return [*sorted(examples.glob("*.yml")), *sorted((examples / WRITERS).rglob("*.yml"))]


def rasa_example_paths(examples: Path) -> list[Path]:
    """What Rasa learns its intents from: the team's files and the first round of writers.
    Later rounds teach the topic classifier only: the second round, also taught to Rasa, made a
    calm "le numero?" or "a q numero le hablo?" after a search a danger report (its many "where
    do I call" questions spread the word "numero" over every area's intent) and lost three
    development journeys (2026-12-07)."""
    return [*sorted(examples.glob("*.yml")), *sorted((examples / WRITERS).glob("*.yml"))]
