"""`eval-dev`: score development sets, and show what they miss, to tune on.

`eval-nlu` scores the blind sets and prints aggregates only, because nobody who tunes may read a
blind sentence. Development sets (`tests/understanding/topics_dev*/`, `followups_dev/`,
`tests/journeys/dev/round<n>/`) are written to be tuned on, so this command prints their misses
too: a topic set's wrong answers with what the app understood, a journey's first failing turn
with the replies. It refuses a blind folder, so a tuner cannot read one by mistake.

A folder holds `<lang>.yml` files; a file whose items have turns is read as journeys, any other
as labelled messages (`topic`, `followup?`, `specific?`, `intent?`), the shapes `eval_sets` reads.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

from bot.cli import eval_sets as sets
from bot.cli.eval_nlu import read, tally, topic_found, turn_passes
from bot.cli.eval_stack import Stack, running
from bot.cli.eval_understand import Understood
from bot.rasa import project
from bot.settings import LANGUAGES, ROOT

# Folders whose sentences no tuner may read; eval-nlu scores them in aggregate.
BLIND = (sets.BLIND, sets.JOURNEYS / "blind", ROOT / "tests" / "safety" / "blind")


class BlindSetError(ValueError):
    """A blind folder was given to a command that prints sentences."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "eval-dev", help="score development sets (topics or journeys) and print their misses"
    )
    p.add_argument("folders", type=Path, nargs="+", help="folders of <lang>.yml files")
    p.add_argument("--lang", choices=LANGUAGES, action="append", help="only these languages")
    p.add_argument("--quiet", action="store_true", help="figures only, no misses")
    p.add_argument("--config", type=Path, default=project.CONFIG)
    p.set_defaults(func=_eval)


def refuse_blind(folder: Path) -> None:
    """Raise when `folder` is, or is inside, a blind set's folder."""
    resolved = folder.resolve()
    for blind in BLIND:
        if resolved == blind.resolve() or blind.resolve() in resolved.parents:
            raise BlindSetError(f"{folder} is a blind set: score it with eval-nlu or eval-danger")


@dataclass(frozen=True)
class Miss:
    """One message the app answered wrongly, or a journey's first failing turn."""

    lang: str
    text: str
    wanted: str
    got: str


def topic_misses(cases: list[sets.Case], readings: list[Understood], lang: str) -> list[Miss]:
    """The labelled messages whose topic (or follow-up) the app did not give, as `tally`
    counts them: the label, a newer `also` topic (never for the emergency lines), the kind."""
    misses = []
    for case, got in zip(cases, readings, strict=True):
        hit = not case.topic or topic_found(case, got)[1]
        if case.intent and got.intent != case.intent:
            hit = False
        if hit and (not case.followup or got.decision.kind == case.followup):
            continue
        wanted = "/".join(str(x) for x in (case.intent, case.topic, case.followup) if x)
        said = f"{got.intent} {got.first_topic or got.decision.mode}/{got.decision.kind}"
        misses.append(Miss(lang, case.text, wanted, said))
    return misses


def _line(text: str) -> str:
    """A reply on one line, so each miss is one line of the report."""
    return " / ".join(text.splitlines())


def journey_misses(stack: Stack, journeys: list[sets.Journey]) -> tuple[int, list[Miss]]:
    """How many journeys complete, and each other one's first failing turn."""
    done, misses = 0, []
    for number, journey in enumerate(journeys):
        sender = f"dev-{journey.lang}-{number}-{time.monotonic_ns()}"
        for index, turn in enumerate(journey.turns):
            replies = stack.chat(sender, turn.text, journey.lang)
            if not turn_passes(replies, turn):
                said = " | ".join(_line(str(m.get("text") or ""))[:300] for m in replies)
                buttons = [str(b.get("title")) for m in replies for b in m.get("buttons") or []]
                wanted = f"turn {index} of {journey.name}: any {list(turn.expect_any)}"
                if turn.expect_all:
                    wanted += f" all {list(turn.expect_all)}"
                if turn.expect_none:
                    wanted += f" none {list(turn.expect_none)}"
                misses.append(Miss(journey.lang, turn.text, wanted, f"{said} {buttons}"))
                break
        else:
            done += 1
    return done, misses


def _eval(args: argparse.Namespace) -> int:
    for folder in args.folders:
        refuse_blind(folder)
        if not folder.is_dir():
            raise sets.SetError(f"{folder}: not a folder")
    model = project.train(args.config.resolve())
    with running(model) as stack:
        for folder in args.folders:
            print(f"== {folder}")
            for lang in args.lang or LANGUAGES:
                path = folder / f"{lang}.yml"
                journeys = sets.journeys(path, lang)
                if journeys:
                    done, misses = journey_misses(stack, journeys)
                    print(f"{lang} journeys completed {done}/{len(journeys)}")
                else:
                    cases = sets.labelled(path)
                    if not cases:
                        print(f"{lang} absent")
                        continue
                    # One reading per message serves both the figures and the misses.
                    readings = [read(stack, case, lang) for case in cases]
                    s = tally(cases, readings)
                    line = f"{lang} n={s.n} topic {s.topic_accuracy:.3f} ({s.topic_n})"
                    line += f" specific first {s.specific_first:.3f} ({s.specific_n})"
                    if s.followup_n:
                        line += f" follow-up {s.followup_accuracy:.3f} ({s.followup_n})"
                    if s.intent_n:
                        line += f" intent {s.accuracy:.3f} ({s.intent_n})"
                    print(line)
                    misses = topic_misses(cases, readings, lang)
                if not args.quiet:
                    for miss in misses:
                        text = _line(miss.text)
                        print(f"  MISS {miss.lang} want {miss.wanted} got {miss.got} :: {text}")
    return 0
