"""Every response Rasa may ask for, from every area, joined in one place.

The NLG endpoint and the app's own answers while Rasa is down render through `CATALOG`; an area
that adds responses adds its table here.
"""

from __future__ import annotations

from bot.handoff import emergency
from bot.handoff import responses as handoff
from bot.nlg import basic, directory, topics
from bot.nlg.registry import Catalog, RenderContext, UnknownResponse
from bot.privacy import responses as privacy
from bot.reply import OutMessage

CATALOG = Catalog(
    basic.responses,
    topics.responses,
    directory.responses,
    handoff.responses,
    emergency.responses,
    privacy.responses,
)


def render(name: str, ctx: RenderContext) -> OutMessage | None:
    return CATALOG.render(name, ctx)


__all__ = ["CATALOG", "RenderContext", "UnknownResponse", "render"]
