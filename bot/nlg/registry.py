"""Named responses (`utter_*`) and how each renders in a language.

Rasa asks the NLG endpoint for a response by name; actions and the app's own fallbacks render
the same responses directly, so a person gets the same words whether or not Rasa is up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.reply import OutMessage


@dataclass(frozen=True)
class RenderContext:
    lang: str
    channel: str = "web"
    args: dict[str, Any] = field(default_factory=dict)


Renderer = Callable[[RenderContext], OutMessage | None]
RESPONSES: dict[str, Renderer] = {}


class UnknownResponse(KeyError):
    """Rasa asked for a response no module registered."""


def response(name: str) -> Callable[[Renderer], Renderer]:
    """Register a renderer for `name`; modules are imported in bot.nlg.catalog."""

    def decorate(fn: Renderer) -> Renderer:
        if name in RESPONSES:
            raise ValueError(f"response {name} registered twice")
        RESPONSES[name] = fn
        return fn

    return decorate


def render(name: str, ctx: RenderContext) -> OutMessage | None:
    try:
        fn = RESPONSES[name]
    except KeyError as exc:
        raise UnknownResponse(name) from exc
    return fn(ctx)
