"""What a running Puente holds: settings, database and the Rasa client, built once."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.session import Database
from bot.rasa.client import RasaClient
from bot.rasa.tracker_store import SessionPruner, rasa_tracker_url
from bot.settings import Settings


@dataclass
class Services:
    settings: Settings
    db: Database
    rasa: RasaClient

    @classmethod
    def build(cls, settings: Settings) -> Services:
        return cls(
            settings=settings,
            db=Database.from_settings(settings),
            rasa=RasaClient(
                settings.rasa_url,
                settings.rasa_token,
                settings.rasa_timeout,
                breaker_cooldown=settings.rasa_breaker_cooldown,
                session_turns=settings.rasa_session_turns,
                pruner=SessionPruner(rasa_tracker_url(settings)),
            ),
        )

    async def close(self) -> None:
        await self.rasa.close()
        self.db.dispose()
