"""`train`: train the Rasa model if the config or data changed."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.rasa import project
from bot.settings import ROOT
from bot.understanding.meaning.model import topic_model


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("train", help="train the Rasa model when its data changed")
    p.add_argument("--config", type=Path, default=project.CONFIG)
    p.add_argument("--force", action="store_true", help="train even if a model is current")
    p.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    target = project.model_path(args.config.resolve())
    if target.exists() and not args.force:
        print(f"model is current: {target.relative_to(ROOT)}")
        topic_model()
        return 0
    model = project.train(args.config.resolve(), force=args.force)
    print(f"trained: {model.relative_to(ROOT)}")
    topic_model()  # the app's topic classifier, cached beside the Rasa model
    return 0
