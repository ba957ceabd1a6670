"""Which files hold topic examples: the team's in `content/examples/`, then the outside writers'
in its `writers/` subfolder (kept apart so their share can be weighed, or taken out, whole).

Both the topic classifier (`bot.understanding.meaning.examples`) and Rasa's training data
(`bot.rasa.topic_data`) read the same list, from here, so the two can never disagree on it.
"""

from __future__ import annotations

from pathlib import Path

WRITERS = "writers"


def example_paths(examples: Path) -> list[Path]:
    """The team's examples files, then the outside writers'."""
    return [*sorted(examples.glob("*.yml")), *sorted((examples / WRITERS).glob("*.yml"))]
