"""A copy of the fixture content folder (topics, facts, catalogs) that a test may break."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).parent / "fixtures"
TODAY_ISO = "2026-12-06"


class ContentCopy:
    """content/ and locales/ side by side in a temporary folder, like the repository."""

    def __init__(self, tmp: Path, name: str = "good") -> None:
        shutil.copytree(FIXTURES / name, tmp / name)
        self.root = tmp / name
        self.content = self.root / "content"
        self.locales = self.root / "locales"

    def topic(self, topic_id: str) -> dict[str, Any]:
        data: dict[str, Any] = yaml.safe_load(self._topic_path(topic_id).read_text("utf-8"))
        return data

    def write_topic(self, topic_id: str, data: dict[str, Any]) -> None:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        self._topic_path(topic_id).write_text(text, "utf-8")

    def edit_topic(self, topic_id: str, **changes: Any) -> None:
        data = self.topic(topic_id)
        data.update(changes)
        self.write_topic(topic_id, data)

    def facts(self, group: str) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = yaml.safe_load(self._facts_path(group).read_text("utf-8"))
        return data

    def write_facts(self, group: str, entries: Any) -> None:
        text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)
        self._facts_path(group).write_text(text, "utf-8")

    def edit_fact(self, group: str, fact_id: str, **changes: Any) -> None:
        entries = self.facts(group)
        for entry in entries:
            if entry["id"] == fact_id:
                entry.update(changes)
        self.write_facts(group, entries)

    def replace_in_catalog(self, lang: str, old: str, new: str) -> None:
        path = self.locales / lang / "LC_MESSAGES" / "content-test.po"
        text = path.read_text("utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new), "utf-8")

    def _topic_path(self, topic_id: str) -> Path:
        return self.content / "topics" / f"{topic_id}.yml"

    def _facts_path(self, group: str) -> Path:
        return self.content / "facts" / f"{group}.yml"
