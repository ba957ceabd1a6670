"""Typed access to what the app assembles in its lifespan (`bot.app`).

Routers live on lower floors than the app that builds their services, so they never import it:
they ask for a service by type here (as a FastAPI dependency, `ServicesDep`, or with `state`
inside a handler), and a missing or wrong one fails loudly instead of as an AttributeError.
"""

from __future__ import annotations

from typing import Annotated, TypeVar

from fastapi import Depends, Request

from bot.http.limits import Limits
from bot.services import Services

T = TypeVar("T")


def state(request: Request, name: str, kind: type[T]) -> T:
    """The app's `name`, checked to be a `kind`."""
    value = getattr(request.app.state, name, None)
    if not isinstance(value, kind):
        raise RuntimeError(f"app.state.{name} is not a {kind.__name__}: see bot.app.lifespan")
    return value


def optional(request: Request, name: str, kind: type[T]) -> T | None:
    """The app's `name` when it runs (a channel without credentials does not), else None."""
    value = getattr(request.app.state, name, None)
    return value if isinstance(value, kind) else None


def services(request: Request) -> Services:
    return state(request, "services", Services)


def limits(request: Request) -> Limits:
    return state(request, "limits", Limits)


ServicesDep = Annotated[Services, Depends(services)]
LimitsDep = Annotated[Limits, Depends(limits)]
