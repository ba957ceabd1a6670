"""The training data as the model reads it: every example in the normaliser's form.

The app normalises each message before it reaches Rasa (`bot.understanding.text.normalise`,
with the conversation's language), so the model is trained on the same form: the files in
`nlu_data/` keep what people really wrote, and a normalised copy of them is written into the
training folder. Entity annotations (`[Ciudad Juárez](location)`) keep their markup, with the
annotated words normalised too, and lookup tables and synonyms are normalised the same way
so that extraction still matches. Examples that become identical are kept once; one that
becomes identical to another intent's example is dropped from the later intent (Rasa would
otherwise learn a contradiction).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import yaml

from bot.settings import LANGUAGES
from bot.understanding.text import normalise

ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")


def normalise_example(example: str, lang: str | None) -> str:
    """One example line's text, annotations kept."""
    out: list[str] = []
    last = 0
    for match in ANNOTATION.finditer(example):
        before = example[last : match.start()]
        if before.strip():
            out.append(normalise(before, lang))
        out.append(f"[{normalise(match.group(1), lang)}]{match.group(2)}")
        last = match.end()
    rest = example[last:]
    if rest.strip():
        out.append(normalise(rest, lang))
    return " ".join(p for p in out if p)


def _examples(block: str) -> list[str]:
    return [line.strip()[2:].strip() for line in block.splitlines() if line.strip()[:2] == "- "]


class _Literal(str):
    """A string YAML writes as a `|` block, as Rasa's own files are written."""


def _literal(dumper: yaml.SafeDumper, value: _Literal) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Literal, _literal)


def _language(path: Path, root: Path) -> str | None:
    parts = path.relative_to(root).parts
    return parts[0] if parts and parts[0] in LANGUAGES else None


def normalised_copy(sources: list[Path], dest: Path) -> list[Path]:
    """Write every source folder into `dest` with NLU examples normalised; return the new
    folders in the same order. Files without an `nlu:` section are copied as they are."""
    seen: dict[str, str] = {}  # normalised example -> the intent that has it
    folders: list[Path] = []
    for source in sources:
        target = dest / source.name
        folders.append(target)
        for path in sorted(source.rglob("*")):
            if path.is_dir():
                continue
            out = target / path.relative_to(source)
            out.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix not in (".yml", ".yaml"):
                shutil.copyfile(path, out)
                continue
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("nlu"), list):
                shutil.copyfile(path, out)
                continue
            lang = _language(path, source)
            for block in data["nlu"]:
                if not isinstance(block, dict) or "examples" not in block:
                    continue
                kept: list[str] = []
                owner = block.get("intent")
                for example in _examples(str(block["examples"])):
                    text = normalise_example(example, lang)
                    key = ANNOTATION.sub(r"\1", text)
                    if owner is not None:
                        if seen.setdefault(key, str(owner)) != owner or text in kept:
                            continue
                    elif text in kept:
                        continue
                    kept.append(text)
                block["examples"] = _Literal("".join(f"- {t}\n" for t in kept))
            out.write_text(
                yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False),
                encoding="utf-8",
            )
    return folders
