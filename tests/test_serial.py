"""SerialLocks: one at a time per key, in arrival order, with no table that grows for ever."""

from __future__ import annotations

import asyncio

from bot.serial import SerialLocks


async def test_one_key_runs_in_arrival_order_and_others_run_alongside() -> None:
    queue: SerialLocks[str] = SerialLocks()
    log: list[str] = []

    async def turn(key: str, name: str, pause: float) -> None:
        async with queue.hold(key):
            log.append(f"start {name}")
            await asyncio.sleep(pause)
            log.append(f"end {name}")

    first = asyncio.create_task(turn("ana", "a1", 0.05))
    await asyncio.sleep(0)
    second = asyncio.create_task(turn("ana", "a2", 0.0))
    other = asyncio.create_task(turn("luis", "l1", 0.0))
    await asyncio.gather(first, second, other)
    assert log.index("end a1") < log.index("start a2"), "a person's turns never overlap"
    assert log.index("end l1") < log.index("end a1"), "another person does not wait"
    assert len(queue) == 0, "idle keys are forgotten"


async def test_patience_lets_an_urgent_turn_go_ahead_without_the_lock() -> None:
    queue: SerialLocks[str] = SerialLocks()
    release = asyncio.Event()

    async def slow() -> None:
        async with queue.hold("ana"):
            await release.wait()

    holder = asyncio.create_task(slow())
    await asyncio.sleep(0)
    async with queue.hold("ana", patience=0.05) as locked:
        assert locked is False
    release.set()
    await holder
    async with queue.hold("ana", patience=0.05) as locked:
        assert locked is True
    assert len(queue) == 0


async def test_no_patience_takes_a_free_lock_and_never_waits_for_a_held_one() -> None:
    queue: SerialLocks[str] = SerialLocks()
    async with queue.hold("ana", patience=0.0) as locked:
        assert locked is True  # free: taken, so what comes after still waits for it
        async with queue.hold("ana", patience=0.0) as again:
            assert again is False  # held: goes ahead at once, without it
    assert len(queue) == 0
