"""The order of the app's transactions on SQLite: one at a time, a person in danger first."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from sqlalchemy.orm import Session

from bot.db.session import Database
from bot.db.write_order import WriteOrder, is_urgent, urgent


async def _queue_behind_holder(order: WriteOrder, kinds: list[bool]) -> list[int]:
    """Who gets the lock, in order, when `kinds` (urgent or not) queue behind a holder."""
    await order.acquire(False)
    got: list[int] = []

    async def one(i: int, is_urgent: bool) -> None:
        await order.acquire(is_urgent)
        got.append(i)
        order.release()

    tasks = []
    for i, kind in enumerate(kinds):
        tasks.append(asyncio.create_task(one(i, kind)))
        await asyncio.sleep(0)  # queued in this order
    order.release()
    await asyncio.gather(*tasks)
    return got


async def test_urgent_waiters_go_first_then_arrival_order() -> None:
    got = await _queue_behind_holder(WriteOrder(), [False, False, True, False, True])
    assert got == [2, 4, 0, 1, 3]


async def test_a_cancelled_waiter_does_not_keep_the_lock() -> None:
    order = WriteOrder()
    await order.acquire(False)
    gone = asyncio.create_task(order.acquire(True))
    await asyncio.sleep(0)
    gone.cancel()
    await asyncio.sleep(0)
    order.release()
    await asyncio.wait_for(order.acquire(False), 1)  # free again, not held by the cancelled one
    order.release()


def test_urgent_is_set_inside_the_block_and_in_tasks_started_there() -> None:
    async def read() -> bool:
        return is_urgent()

    async def main() -> tuple[bool, bool, bool]:
        with urgent():
            inside = is_urgent()
            started = asyncio.create_task(read())
        return inside, await started, is_urgent()

    assert asyncio.run(main()) == (True, True, False)
    with urgent(False):
        assert not is_urgent()


def _slow(session: Session, name: str, log: list[str], pause: float) -> None:
    """A unit of work that holds its turn a while (sleeps in its worker thread)."""
    log.append(name)
    time.sleep(pause)


async def test_on_sqlite_a_danger_transaction_runs_before_ones_that_queued_earlier(
    tmp_path: Path,
) -> None:
    """Forty ordinary transactions are queued; the urgent one comes after them and runs second
    (after the one already running), not forty-first."""
    db = Database(f"sqlite:///{tmp_path / 'order.db'}")
    log: list[str] = []
    ordinary = [asyncio.create_task(db.run(_slow, f"ordinary-{i}", log, 0.005)) for i in range(40)]
    await asyncio.sleep(0.002)  # the first is running, the others wait
    with urgent():
        danger = asyncio.create_task(db.run(_slow, "danger", log, 0.0))
    await asyncio.gather(*ordinary, danger)
    assert log.index("danger") <= 2
    assert threading.active_count() < 60
    db.dispose()
