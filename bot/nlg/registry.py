"""Named responses (`utter_*`) and how each renders in a language.

Rasa asks the NLG endpoint for a response by name; actions and the app's own fallbacks render
the same responses directly, so a person gets the same words whether or not Rasa is up. Each
area keeps its responses in a `ResponseTable`; `bot.responses` joins every area's table into the
one `Catalog` Rasa can ask for, in one explicit place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.reply import OutMessage


@dataclass(frozen=True)
class RenderContext:
    lang: str
    channel: str = "web"
    args: dict[str, Any] = field(default_factory=dict)


Renderer = Callable[[RenderContext], OutMessage | None]
R = TypeVar("R", bound=Renderer)


class UnknownResponse(KeyError):
    """Rasa asked for a response no area defines."""


class ResponseTable:
    """One area's responses: `@responses("utter_x")` above a renderer adds it."""

    def __init__(self) -> None:
        self.renderers: dict[str, Renderer] = {}

    def __call__(self, name: str) -> Callable[[R], R]:
        def decorate(fn: R) -> R:
            if name in self.renderers:
                raise ValueError(f"response {name} defined twice")
            self.renderers[name] = fn
            return fn

        return decorate


class Catalog:
    """Every area's responses together; a name defined by two areas is a mistake."""

    def __init__(self, *tables: ResponseTable) -> None:
        self.renderers: dict[str, Renderer] = {}
        for table in tables:
            twice = self.renderers.keys() & table.renderers.keys()
            if twice:
                raise ValueError(f"responses defined by two areas: {sorted(twice)}")
            self.renderers.update(table.renderers)

    def __contains__(self, name: object) -> bool:
        return name in self.renderers

    def __iter__(self) -> Iterator[str]:
        return iter(self.renderers)

    def render(self, name: str, ctx: RenderContext) -> OutMessage | None:
        try:
            fn = self.renderers[name]
        except KeyError as exc:
            raise UnknownResponse(name) from exc
        return fn(ctx)
