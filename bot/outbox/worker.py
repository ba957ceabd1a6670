"""The delivery worker: sends pending outbound messages, in order per conversation, with retry.

It runs in the app's lifespan, polls the messages table every OUTBOX_POLL_SECONDS (so messages
left pending by a restart or another replica go out) and is woken at once when something is
enqueued. Conversations are delivered concurrently; within one, strictly one message at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping
from functools import partial

from bot.db import write_order
from bot.db.session import Database
from bot.outbox import delivery
from bot.outbox import store as outbox
from bot.outbox.delivery import Job, PermanentError, Sender, TransientError

log = logging.getLogger(__name__)


class OutboxWorker:
    def __init__(
        self,
        db: Database,
        senders: Mapping[str, Sender],
        poll_seconds: float = 2.0,
        retry_base_seconds: float = 2.0,
        max_attempts: int = 10,
        concurrency: int = 16,
    ) -> None:
        self.db = db
        self.senders = dict(senders)
        self.poll_seconds = poll_seconds
        self.retry_base = retry_base_seconds
        self.max_attempts = max_attempts
        self._slots = asyncio.Semaphore(concurrency)
        # Urgent conversations have slots of their own, so a person in danger never waits
        # behind everyone else's replies, and many urgent ones cannot flood the providers.
        self._urgent_slots = asyncio.Semaphore(max(2, concurrency // 4))
        self._active: dict[int, asyncio.Task[None]] = {}
        self._event = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    @property
    def channels(self) -> list[str]:
        return sorted(self.senders)

    def wake(self) -> None:
        """Look for due messages now; safe to call from any thread."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._event.set()
        else:
            loop.call_soon_threadsafe(self._event.set)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        outbox.add_listener(self.wake)
        if self.senders:
            self._task = asyncio.create_task(self._run(), name="outbox-worker")

    async def stop(self, grace: float = 15.0) -> None:
        """Finish the messages being sent, leave the rest pending for the next start."""
        self._stopping = True
        outbox.remove_listener(self.wake)
        self._event.set()
        if self._task is not None:
            await self._task
        active = list(self._active.values())
        if active:
            _done, pending = await asyncio.wait(active, timeout=grace)
            for task in pending:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def _run(self) -> None:
        while not self._stopping:
            self._event.clear()
            try:
                await self.run_once()
            except Exception:
                log.exception("outbox poll failed; trying again in %.1f s", self.poll_seconds)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), timeout=self.poll_seconds)

    async def run_once(self) -> None:
        """Start draining every conversation that has a due head message."""
        due = await self.db.run(delivery.due_conversations, self.channels, 200)
        for conv_id, urgent in due:
            if conv_id not in self._active and not self._stopping:
                slots = self._urgent_slots if urgent else self._slots
                with write_order.urgent(urgent):  # the task's transactions go first too
                    task = asyncio.create_task(
                        self._drain(conv_id, slots), name=f"outbox-{conv_id}"
                    )
                self._active[conv_id] = task
                task.add_done_callback(partial(self._forget, conv_id))

    def _forget(self, conv_id: int, _task: asyncio.Task[None]) -> None:
        self._active.pop(conv_id, None)

    async def _drain(self, conv_id: int, slots: asyncio.Semaphore) -> None:
        """Deliver the conversation's due messages in order, holding one of `slots`. A person
        in danger (an urgent conversation) takes one of the urgent slots: under load the
        shared ones are all taken by other people's replies (issue 14: two seconds)."""
        async with slots:
            while not self._stopping:
                job = await self.db.run(delivery.claim_head, conv_id, self.channels)
                if job is None:
                    return
                if not await self._deliver(job):
                    return  # the head waits for its retry; nothing after it may go first

    async def _deliver(self, job: Job) -> bool:
        """One attempt; True when the head is settled (sent or failed for good)."""
        sender = self.senders[job.channel]

        async def record(index: int, provider_id: str, content_sid: str | None = None) -> None:
            await self.db.run(
                delivery.record_part,
                job.message_id,
                index,
                job.channel,
                provider_id,
                content_sid,
            )

        try:
            remember = await sender.deliver(job, record)
        except asyncio.CancelledError:
            # Stopping mid-send: hand the message back so the next start resumes it at once.
            await asyncio.shield(self.db.run(delivery.release, job))
            raise
        except PermanentError as exc:
            log.warning("message %s failed for good: %s", job.message_id, exc.reason)
            await self.db.run(delivery.mark_failed, job, exc.reason)
            return True
        except TransientError as exc:
            return await self._retry(job, exc.reason, exc.retry_after)
        except Exception:  # an unexpected bug must not lose the message
            log.exception("sending message %s raised", job.message_id)
            return await self._retry(job, "internal_error", None)
        await self.db.run(delivery.mark_sent, job, remember)
        return True

    async def _retry(self, job: Job, reason: str, retry_after: float | None) -> bool:
        attempt = job.attempts + 1
        if attempt >= self.max_attempts:
            log.warning("message %s gave up after %s attempts: %s", job.message_id, attempt, reason)
            await self.db.run(delivery.mark_failed, job, reason)  # the last try's code
            return True
        delay = delivery.backoff(attempt, self.retry_base, retry_after)
        log.info("message %s: %s; retry %s in %.1f s", job.message_id, reason, attempt, delay)
        await self.db.run(delivery.mark_retry, job, reason, delay)
        self._schedule(delay)
        return False

    def _schedule(self, delay: float) -> None:
        """Wake sooner than the next poll when a retry is due before it."""
        if self._loop is not None and delay < self.poll_seconds:
            self._loop.call_later(delay, self.wake)
