"""Registers every response module explicitly, in one place."""

from bot.nlg import basic, handoff, privacy, topics  # noqa: F401
from bot.nlg import directory as directory_responses  # noqa: F401
from bot.nlg.registry import RESPONSES, RenderContext, UnknownResponse, render

__all__ = ["RESPONSES", "RenderContext", "UnknownResponse", "render"]
