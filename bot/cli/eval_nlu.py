"""`eval-nlu`: how well Puente understands people, per language, in aggregate figures only.

Trains the model if needed, starts a real Rasa server and the app, and scores:
- the held-out set `tests/nlu/<lang>.yml` (never trained on);
- the blind sets `tests/nlu/blind/<lang>.yml` (intent, topic), and when present
  `topics-<lang>.yml` (topic, follow-up, specific), `multi-<lang>.yml` (first and second need);
- the journeys in `tests/journeys/<lang>.yml` and `tests/journeys/blind/<lang>.yml`, turn by
  turn through the app's chat API, as a person would write them.

Every message goes the way a person's does: the danger screen, Rasa on the normalised text,
then the topic decision the actions make (`bot.cli.eval_understand`). "rasa" is
the model alone; the other columns are what the person gets. Only aggregates are printed
(accuracy, macro-F1, rates, counts per label pair): never a sentence of a blind set.
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.cli import eval_sets as sets
from bot.cli.eval_stack import Stack, running
from bot.cli.eval_understand import Understood, understand
from bot.content.topics import Topic, load_topics
from bot.rasa import project
from bot.settings import LANGUAGES
from bot.understanding.meaning.decide import intent_of_topic
from bot.understanding.meaning.needs import needs, to_offer
from bot.understanding.text import for_rasa

# The topics that carry the emergency lines: a message labelled with one needs the lines.
LINES_TOPICS = frozenset({"danger", "danger_us"})

DANGER = "report_danger"
TARGETS = {
    "held_out_intent": 0.92,
    "blind_intent": 0.95,
    "ht_gap": 0.02,
    "topic": 0.90,
    "specific_first": 0.90,
    "journeys": 0.95,
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("eval-nlu", help="score understanding on the held-out and blind sets")
    p.add_argument("--config", type=Path, default=project.CONFIG)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--no-journeys", action="store_true", help="skip the multi-turn journeys")
    p.set_defaults(func=_eval)


@dataclass
class Score:
    n: int = 0
    intent_n: int = 0
    rasa_accuracy: float = 0.0
    accuracy: float = 0.0
    macro_f1: float = 0.0
    danger_recall_model: float = 0.0
    danger_precision_model: float = 0.0
    danger_recall: float = 0.0
    danger_precision: float = 0.0
    topic_n: int = 0
    topic_accuracy: float = 0.0
    # the same without the keeper's `also` topics: only the label as first written
    topic_accuracy_strict: float = 0.0
    # messages labelled with a topic that has no topic file (nothing can answer them)
    topic_absent_n: int = 0
    specific_n: int = 0
    specific_first: float = 0.0
    followup_n: int = 0
    followup_accuracy: float = 0.0
    confusions: dict[str, int] = field(default_factory=dict)
    # topic id -> [found, asked]: the recall of each topic
    topic_recall: dict[str, list[int]] = field(default_factory=dict)


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    labels = sorted({t for t, _ in pairs})
    f1s = []
    for label in labels:
        tp = sum(1 for t, p in pairs if t == label and p == label)
        fp = sum(1 for t, p in pairs if t != label and p == label)
        fn = sum(1 for t, p in pairs if t == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def _rate(hits: int, n: int) -> float:
    return hits / n if n else 0.0


def _recall_precision(pairs: list[tuple[str, str]], label: str) -> tuple[float, float]:
    truth = [p for t, p in pairs if t == label]
    said = [t for t, p in pairs if p == label]
    return _rate(truth.count(label), len(truth)), _rate(said.count(label), len(said))


def read(stack: Stack, case: sets.Case, lang: str) -> Understood:
    intent, ranking = stack.parse(for_rasa(case.text, lang))
    return understand(case.text, lang, intent, ranking)


def topic_found(case: sets.Case, got: Understood) -> tuple[bool, bool]:
    """(strict, found): the labelled topic shown, and it or a newer `also` topic shown (for a
    message labelled with the emergency lines, no newer topic replaces them)."""
    strict = bool(case.topic) and got.shows(str(case.topic))
    newer = () if case.topic in LINES_TOPICS else case.also
    return strict, strict or any(got.shows(topic) for topic in newer)


def score(stack: Stack, cases: list[sets.Case], lang: str) -> Score:
    return tally(cases, [read(stack, case, lang) for case in cases])


def tally(cases: list[sets.Case], readings: list[Understood]) -> Score:
    """The figures of labelled messages from what the app understood of each, in order."""
    topics = load_topics()
    out = Score(n=len(cases))
    pairs: list[tuple[str, str]] = []
    rasa_pairs: list[tuple[str, str]] = []
    confusions: Counter[str] = Counter()
    topic_hits = strict_hits = specific_hits = followup_hits = 0
    for case, got in zip(cases, readings, strict=True):
        strict, hit = topic_found(case, got)
        if case.intent:
            pairs.append((case.intent, got.intent))
            rasa_pairs.append((case.intent, got.rasa_intent))
            if got.intent != case.intent:
                confusions[f"{case.intent} -> {got.intent}"] += 1
        if case.topic:
            out.topic_n += 1
            out.topic_absent_n += case.topic not in topics
            topic_hits += hit
            strict_hits += strict
            recall = out.topic_recall.setdefault(case.topic, [0, 0])
            recall[0] += hit
            recall[1] += 1
            if not hit:
                confusions[f"topic {case.topic} -> {got.first_topic or got.decision.mode}"] += 1
            topic = topics.get(case.topic)
            specific = case.specific
            if specific is None:
                specific = topic is not None and topic.id != topic.area
            if specific:
                out.specific_n += 1
                specific_hits += hit
        if case.followup:
            out.followup_n += 1
            followup_hits += got.decision.kind == case.followup and hit
            if hit and got.decision.kind != case.followup:  # the topic right, the question not
                confusions[f"followup {case.followup} -> {got.decision.kind}"] += 1
    out.intent_n = len(pairs)
    if pairs:
        out.accuracy = _rate(sum(t == p for t, p in pairs), len(pairs))
        out.rasa_accuracy = _rate(sum(t == p for t, p in rasa_pairs), len(rasa_pairs))
        out.macro_f1 = macro_f1(pairs)
        out.danger_recall_model, out.danger_precision_model = _recall_precision(rasa_pairs, DANGER)
        out.danger_recall, out.danger_precision = _recall_precision(pairs, DANGER)
    out.topic_accuracy = _rate(topic_hits, out.topic_n)
    out.topic_accuracy_strict = _rate(strict_hits, out.topic_n)
    out.specific_first = _rate(specific_hits, out.specific_n)
    out.followup_accuracy = _rate(followup_hits, out.followup_n)
    out.confusions = dict(confusions.most_common())
    return out


def _need_met(got: Understood, need: str | None) -> bool:
    if need is None:
        return False
    need = need.removeprefix("intent:")
    return need in (got.first_topic, got.intent, got.decision.service)


def _offered(need: str | None, offered: list[str], topics: Mapping[str, Topic]) -> bool:
    """The second need is among the buttons: as itself, or (a need labelled with an area's
    intent, "ask_asylum") as a topic of that area."""
    if not need:
        return False
    need = need.removeprefix("intent:")
    for option in offered:
        if option.removeprefix("intent:") == need:
            return True
        topic = topics.get(option)
        if topic is not None and intent_of_topic(topic) == need:
            return True
    return False


def score_multi(stack: Stack, cases: list[sets.Case], lang: str) -> dict[str, float]:
    topics = load_topics()
    first = second = 0
    for case in cases:
        got = read(stack, case, lang)
        first += _need_met(got, case.first)
        # What the app does (`bot.core.rasa_answer.other_needs`): the needs it offers as buttons.
        met = {t for t in (got.first_topic, *got.also) if t}
        met |= {f"intent:{i}" for i in (got.intent, got.decision.service) if i}
        offered = to_offer(needs(case.text, lang), met)
        second += _offered(case.second, offered, topics)
    return {
        "n": len(cases),
        "first_answered": _rate(first, len(cases)),
        "second_offered": _rate(second, len(cases)),
    }


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def turn_passes(replies: list[dict[str, Any]], turn: sets.Turn) -> bool:
    said = fold(
        "\n".join(
            [str(m.get("text") or "") for m in replies]
            + [str(b.get("title") or "") for m in replies for b in m.get("buttons") or []]
        )
    )
    if turn.expect_any and not any(fold(e) in said for e in turn.expect_any):
        return False
    if not all(fold(e) in said for e in turn.expect_all):
        return False
    return not any(fold(e) in said for e in turn.expect_none)


def run_journeys(stack: Stack, journeys: list[sets.Journey], tag: str) -> tuple[int, int]:
    done = 0
    for number, journey in enumerate(journeys):
        sender = f"eval-{tag}-{journey.lang}-{number}-{time.monotonic_ns()}"
        ok = True
        for turn in journey.turns:
            if not turn_passes(stack.chat(sender, turn.text, journey.lang), turn):
                ok = False
                break
        done += ok
    return done, len(journeys)


def _load(kind: str, lang: str) -> tuple[list[Any], str]:
    """A set and a note: "" when read, else why it was skipped (by file name only)."""
    paths = {
        "blind": sets.BLIND / f"{lang}.yml",
        "topics": sets.BLIND / f"topics-{lang}.yml",
        "multi": sets.BLIND / f"multi-{lang}.yml",
    }
    try:
        if kind == "held_out":
            return sets.held_out(lang), ""
        if kind == "journeys":
            return sets.journeys(sets.JOURNEYS / f"{lang}.yml", lang), ""
        if kind == "blind_journeys":
            return sets.journeys(sets.JOURNEYS / "blind" / f"{lang}.yml", lang), ""
        return sets.labelled(paths[kind]), ""
    except sets.SetError as exc:
        return [], f"skipped: {exc}"


def _eval(args: argparse.Namespace) -> int:
    started = time.monotonic()
    model = project.train(args.config.resolve())
    report: dict[str, Any] = {"model": model.name, "languages": {}}
    with running(model) as stack:
        for lang in LANGUAGES:
            entry: dict[str, Any] = {}
            for kind in ("held_out", "blind", "topics"):
                cases, note = _load(kind, lang)
                entry[kind] = (
                    asdict(score(stack, cases, lang)) if cases else {"note": note or "absent"}
                )
            multi, note = _load("multi", lang)
            entry["multi"] = (
                score_multi(stack, multi, lang) if multi else {"note": note or "absent"}
            )
            if not args.no_journeys:
                for kind, tag in (("journeys", "own"), ("blind_journeys", "blind")):
                    journeys, note = _load(kind, lang)
                    if journeys:
                        done, total = run_journeys(stack, journeys, tag)
                        entry[kind] = {"completed": done, "n": total, "rate": _rate(done, total)}
                    else:
                        entry[kind] = {"note": note or "absent"}
            report["languages"][lang] = entry
    report["seconds"] = round(time.monotonic() - started)
    failures = check(report)
    report["failures"] = failures
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 1 if failures else 0


def check(report: dict[str, Any]) -> list[str]:
    failures: list[str] = []
    langs = report["languages"]
    for lang, entry in langs.items():
        held = entry["held_out"]
        if "accuracy" in held and held["accuracy"] < TARGETS["held_out_intent"]:
            failures.append(f"{lang} held-out intent accuracy {held['accuracy']:.3f}")
        blind = entry["blind"]
        if blind.get("intent_n", blind.get("n")) and blind["accuracy"] < TARGETS["blind_intent"]:
            failures.append(f"{lang} blind intent accuracy {blind['accuracy']:.3f}")
        for kind in ("blind", "topics"):
            got = entry.get(kind, {})
            for key, target in (("topic_accuracy", "topic"), ("specific_first", "specific_first")):
                n = got.get("topic_n" if key == "topic_accuracy" else "specific_n")
                if n and got[key] < TARGETS[target]:
                    failures.append(f"{lang} {kind} {key.replace('_', ' ')} {got[key]:.3f}")
        for kind in ("journeys", "blind_journeys"):
            got = entry.get(kind, {})
            if "rate" in got and got["rate"] < TARGETS["journeys"]:
                failures.append(f"{lang} {kind.replace('_', ' ')} completed {got['rate']:.3f}")
    es, ht = langs.get("es", {}).get("blind", {}), langs.get("ht", {}).get("blind", {})
    if (
        "accuracy" in es
        and "accuracy" in ht
        and es["accuracy"] - ht["accuracy"] > TARGETS["ht_gap"]
    ):
        failures.append(f"ht is {100 * (es['accuracy'] - ht['accuracy']):.1f} points behind es")
    return failures


def _row(lang: str, s: dict[str, Any], topics: bool) -> str:
    if s.get("intent_n", s["n"]):
        line = (
            f"{lang:4} {s['n']:5}  {s['rasa_accuracy']:6.3f}  {s['accuracy']:6.3f}"
            f"  {s['macro_f1']:8.3f}  {s['danger_recall']:6.3f} {s['danger_precision']:9.3f}"
        )
    else:  # a set labelled with topics only
        line = f"{lang:4} {s['n']:5}  {'-':>6}  {'-':>6}  {'-':>8}  {'-':>6} {'-':>9}"
    if topics:
        line += f"  {s['topic_accuracy']:5.3f} ({s['topic_n']:3})"
        line += f"  {s['specific_first']:5.3f} ({s['specific_n']:3})"
        if s["followup_n"]:
            line += f"  {s['followup_accuracy']:5.3f} ({s['followup_n']})"
    return line


def _print_recall(langs: dict[str, Any], kind: str) -> None:
    """Each topic's recall over all languages, the weakest first."""
    totals: dict[str, list[int]] = {}
    for entry in langs.values():
        for topic, (found, asked) in entry[kind].get("topic_recall", {}).items():
            total = totals.setdefault(topic, [0, 0])
            total[0] += found
            total[1] += asked
    ranked = sorted(totals.items(), key=lambda x: (x[1][0] / x[1][1], x[0]))
    if ranked:
        cells = [f"{t} {f / n:.2f} ({n})" for t, (f, n) in ranked]
        print("  topic recall, all languages: " + "; ".join(cells))


def print_report(report: dict[str, Any]) -> None:
    langs = report["languages"]
    print(f"model {report['model']}; Rasa alone = 'rasa', what a person gets = the rest")
    header = "lang     n    rasa  intent  macro-F1  danger recall/precision"
    titles = {
        "held_out": "held-out set tests/nlu/<lang>.yml",
        "blind": "blind set tests/nlu/blind/<lang>.yml",
        "topics": "blind topic set tests/nlu/blind/topics-<lang>.yml",
    }
    for kind, title in titles.items():
        print(f"\n{title}")
        topics = kind != "held_out"
        print(header + ("  topic (n)      specific first (n)  follow-up (n)" if topics else ""))
        confusions: Counter[str] = Counter()
        for lang, entry in langs.items():
            s = entry[kind]
            if "n" not in s:
                print(f"{lang:4} {s['note']}")
                continue
            print(_row(lang, s, topics))
            confusions.update(s["confusions"])
        if confusions:
            shown = [f"{k}: {v}" for k, v in confusions.most_common(12) if v >= 2]
            print("  most frequent confusions, all languages: " + "; ".join(shown))
        if topics:
            strict = [
                f"{lang} {e[kind]['topic_accuracy_strict']:.3f}"
                for lang, e in langs.items()
                if e[kind].get("topic_accuracy_strict", e[kind].get("topic_accuracy"))
                != e[kind].get("topic_accuracy")
            ]
            if strict:
                first_labels = ", ".join(strict)
                print(f"  topic accuracy on the first labels only (no 'also'): {first_labels}")
            _print_recall(langs, kind)
            absent = sum(e[kind].get("topic_absent_n", 0) for e in langs.values())
            if absent:
                print(f"  {absent} messages name a topic that has no topic file (always missed)")
    print("\nblind multi-need set tests/nlu/blind/multi-<lang>.yml")
    for lang, entry in langs.items():
        m = entry["multi"]
        if "n" in m:
            print(
                f"{lang:4} n={m['n']}  first answered {m['first_answered']:.3f}"
                f"  second offered {m['second_offered']:.3f}"
            )
        else:
            print(f"{lang:4} {m['note']}")
    print("\njourneys (completed / run): own tests/journeys/<lang>.yml", end="")
    print(" | blind tests/journeys/blind/<lang>.yml")
    for lang, entry in langs.items():
        parts = []
        for kind in ("journeys", "blind_journeys"):
            j = entry.get(kind)
            if j is None:
                parts.append("not run")
            elif "n" in j:
                parts.append(f"{j['completed']}/{j['n']} ({j['rate']:.3f})")
            else:
                parts.append(j["note"])
        print(f"{lang:4} " + " | ".join(parts))
    es, ht = langs["es"]["blind"], langs["ht"]["blind"]
    if "accuracy" in es and "accuracy" in ht:
        gap = 100 * (ht["accuracy"] - es["accuracy"])
        print(f"\nht - es blind intent accuracy: {gap:+.1f} points")
    print(f"\n{report['seconds']} s")
    if report["failures"]:
        print("targets missed: " + "; ".join(report["failures"]))
    else:
        print("all targets met")
