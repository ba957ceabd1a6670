"""The channels' running parts, started and stopped in the app's lifespan.

Telegram runs when TELEGRAM_BOT_TOKEN is set and WhatsApp sending when the Twilio account,
token and sender are set; the outbox worker always runs for the channels that can send, so
messages left pending by a restart go out as soon as the app is back. Both inbound channels
use one SenderLimit on the app's rate limits (the web chat's buckets, scoped per channel).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from bot.channels import journal
from bot.channels.sender_limit import SenderLimit
from bot.channels.telegram.bot import TelegramChannel, build_application
from bot.channels.telegram.send import TelegramSender
from bot.channels.telegram.updates import TelegramHandlers
from bot.channels.whatsapp.inbound import WhatsAppInbox
from bot.channels.whatsapp.send import WhatsAppSender
from bot.core.conversation import ConversationCore
from bot.db.session import Database
from bot.http.limits import Limits
from bot.outbox.delivery import Sender
from bot.outbox.worker import OutboxWorker
from bot.services import Services


@dataclass
class Channels:
    worker: OutboxWorker
    whatsapp_inbox: WhatsAppInbox
    replayer: journal.Replayer
    telegram: TelegramChannel | None = None
    whatsapp: WhatsAppSender | None = None

    @classmethod
    async def start(
        cls, services: Services, core: ConversationCore, limits: Limits | None = None
    ) -> Channels:
        settings = services.settings
        idle = timedelta(hours=settings.conversation_idle_hours)
        limits = limits or Limits.per_minute(settings.rate_per_sender, settings.rate_per_address)
        limit = SenderLimit(core, limits)
        senders: dict[str, Sender] = {}
        worker = OutboxWorker(
            services.db,
            senders,
            poll_seconds=settings.outbox_poll_seconds,
            retry_base_seconds=settings.outbox_retry_base_seconds,
            max_attempts=settings.outbox_max_attempts,
            concurrency=settings.outbox_concurrency,
        )
        telegram = None
        if settings.telegram_bot_token:
            handlers = TelegramHandlers(core, services.db, idle, settings.max_text_chars, limit)
            finished = (
                partial(_clear, services.db, "telegram") if settings.telegram_webhook_url else None
            )
            telegram = TelegramChannel(settings, build_application(settings, handlers, finished))
            senders["telegram"] = TelegramSender(telegram.bot, services.db.keys)
        whatsapp = None
        twilio = (settings.twilio_account_sid, settings.twilio_auth_token)
        if all(twilio) and settings.twilio_whatsapp_from:
            whatsapp = WhatsAppSender(settings, services.db)
            senders["whatsapp"] = whatsapp
        worker.senders = senders
        inbox = WhatsAppInbox(core, services.db, idle, limit)
        replays: dict[str, journal.Replay] = {"whatsapp": inbox.replay}
        if telegram is not None and telegram.webhook:
            replays["telegram"] = telegram.replay
        replayer = journal.Replayer(services.db, replays)
        channels = cls(worker, inbox, replayer, telegram, whatsapp)
        await worker.start()
        if telegram is not None:
            telegram.start()
        replayer.start()
        return channels

    async def stop(self) -> None:
        """Finish what is under way: queued updates first, then the sends they caused."""
        await self.replayer.stop()
        if self.telegram is not None:
            await self.telegram.stop()
        await self.whatsapp_inbox.drain()
        await self.worker.stop()
        if self.telegram is not None:
            await self.telegram.close()
        if self.whatsapp is not None:
            await self.whatsapp.close()


async def _clear(db: Database, channel: str, update_id: int) -> None:
    await db.run(journal.done, channel, str(update_id))
