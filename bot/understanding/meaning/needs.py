"""Several needs in one message: "I need a shelter in Tijuana and a lawyer".

The message is cut into its sentences and clauses ("and", "y", "et", "epi", "ak"...); each part
may name a service (shelter, lawyer, health care) or a topic. The needs come back in the order
they were written, so the first one is answered and the others are offered, not dropped.
"""

from __future__ import annotations

from bot.content.topics import SERVICE_INTENTS
from bot.directory.locate import service_in
from bot.understanding.meaning.model import topic_model
from bot.understanding.text import segments

SURE = 0.6  # a part must name its topic this clearly to count as a need of its own


def needs(text: str, lang: str | None = None) -> list[str]:
    """The needs of a message, in order: topic ids and `intent:find_*` services."""
    found: list[str] = []
    parts = segments(text)
    if len(parts) < 2:
        return found
    model = topic_model()
    for part in parts:
        service = service_in(part)
        if service:
            option = f"intent:{SERVICE_INTENTS[service]}"
        else:
            reading = model.read(part, lang)
            topic, p = reading.best
            if p < SURE or p <= reading.no_topic or topic.startswith("danger"):
                continue
            option = topic
        if option not in found:
            found.append(option)
    return found
