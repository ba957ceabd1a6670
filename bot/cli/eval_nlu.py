"""`eval-nlu`: score the model on the held-out test set, per language.

Runs Rasa's own `rasa test nlu` once over tests/nlu/*.yml (never used for training) and splits
its predictions by the language file each example came from.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.rasa import project
from bot.safety.screen import screen
from bot.settings import LANGUAGES, ROOT

TEST_DIR = ROOT / "tests" / "nlu"
ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")
DANGER = "report_danger"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("eval-nlu", help="score the held-out NLU test set per language")
    p.add_argument("--config", type=Path, default=project.CONFIG)
    p.add_argument("--out", type=Path, default=ROOT / "var" / "nlu-eval")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=_eval)


def plain(example: str) -> str:
    return ANNOTATION.sub(r"\1", example).strip()


def test_examples() -> dict[str, str]:
    """Plain example text -> language, from the held-out files."""
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        data = yaml.safe_load((TEST_DIR / f"{lang}.yml").read_text(encoding="utf-8"))
        for block in data.get("nlu", []):
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    out[plain(line.strip()[2:])] = lang
    return out


@dataclass
class LanguageScore:
    n: int
    accuracy: float
    macro_f1: float
    danger_recall: float
    danger_precision: float
    danger_row: dict[str, int]
    system_recall: float = 0.0
    system_precision: float = 0.0


def system_danger(rows: list[tuple[str, str, str]]) -> tuple[float, float]:
    """Recall and precision of what a person experiences: the app's screen OR the model."""
    flagged = [(t, p == DANGER or screen(text).danger) for text, t, p in rows]
    true = [hit for t, hit in flagged if t == DANGER]
    hits = [t for t, hit in flagged if hit]
    recall = sum(true) / len(true) if true else 0.0
    precision = hits.count(DANGER) / len(hits) if hits else 0.0
    return recall, precision


def score(pairs: list[tuple[str, str]]) -> LanguageScore:
    """Accuracy, macro-F1 over the true intents, and report_danger's confusion row."""
    labels = sorted({t for t, _ in pairs})
    f1s = []
    for label in labels:
        tp = sum(1 for t, p in pairs if t == label and p == label)
        fp = sum(1 for t, p in pairs if t != label and p == label)
        fn = sum(1 for t, p in pairs if t == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    d_true = [p for t, p in pairs if t == DANGER]
    d_pred = [t for t, p in pairs if p == DANGER]
    return LanguageScore(
        n=len(pairs),
        accuracy=sum(1 for t, p in pairs if t == p) / len(pairs) if pairs else 0.0,
        macro_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        danger_recall=d_true.count(DANGER) / len(d_true) if d_true else 0.0,
        danger_precision=d_pred.count(DANGER) / len(d_pred) if d_pred else 0.0,
        danger_row=dict(Counter(d_true).most_common()),
    )


def _predictions(out: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in ("intent_successes.json", "intent_errors.json"):
        path = out / name
        if path.exists():
            rows.extend(json.loads(path.read_text(encoding="utf-8")))
    return rows


def _eval(args: argparse.Namespace) -> int:
    model = project.train(args.config.resolve())
    args.out.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(project.rasa_bin()),
        "test",
        "nlu",
        "--model",
        str(model),
        "--nlu",
        str(TEST_DIR),
        "--out",
        str(args.out),
        "--successes",
        "--no-plot",
    ]
    subprocess.run(cmd, cwd=ROOT, env=project.rasa_env(), check=True, capture_output=True)  # noqa: S603
    language = test_examples()
    rows: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in _predictions(args.out):
        lang = language.get(plain(str(row["text"])), "?")
        predicted = (row.get("intent_prediction") or {}).get("name") or "None"
        rows[lang].append((str(row["text"]), str(row["intent"]), str(predicted)))
    scores = {}
    for lang in LANGUAGES:
        scores[lang] = score([(t, p) for _, t, p in rows[lang]])
        scores[lang].system_recall, scores[lang].system_precision = system_danger(rows[lang])
    if args.json:
        print(json.dumps({k: v.__dict__ for k, v in scores.items()}, indent=2))
    else:
        print(f"model {model.name}, held-out set tests/nlu")
        print("report_danger: model alone | with the app's danger screen (what a person gets)")
        print("lang      n  accuracy  macro-F1  recall  precision | recall  precision")
        for lang, s in scores.items():
            print(
                f"{lang:4} {s.n:6}  {s.accuracy:8.3f}  {s.macro_f1:8.3f}  {s.danger_recall:6.3f}"
                f"  {s.danger_precision:9.3f} | {s.system_recall:6.3f}  {s.system_precision:9.3f}"
            )
        for lang, s in scores.items():
            print(f"{lang} report_danger row: {s.danger_row}")
    ok = all(
        s.accuracy >= 0.92 and s.system_recall == 1.0 and s.system_precision >= 0.9
        for s in scores.values()
    )
    return 0 if ok else 1
