"""Every custom action, registered explicitly in one place."""

from __future__ import annotations

from rasa_sdk.executor import ActionExecutor

from bot.actions.base import PuenteAction
from bot.actions.conversation import ActionFallback, ActionSetLanguage, ActionYesNo
from bot.actions.danger import ActionDanger
from bot.actions.directory import ActionFindService
from bot.actions.handoff import ActionHandoffAnswer, ActionRequestHuman
from bot.actions.privacy import ActionDeleteMyData
from bot.actions.topics import ActionFollowup, ActionShowMenu, ActionShowTopic
from bot.services import Services

ACTIONS: list[type[PuenteAction]] = [
    ActionSetLanguage,
    ActionFallback,
    ActionYesNo,
    ActionShowTopic,
    ActionFollowup,
    ActionShowMenu,
    ActionDanger,
    ActionDeleteMyData,
    ActionRequestHuman,
    ActionHandoffAnswer,
    ActionFindService,
]


def build_executor(services: Services) -> ActionExecutor:
    executor = ActionExecutor()
    for action in ACTIONS:
        executor.register_action(action(services))
    return executor
