"""The translations a check reads: every catalog of each language under one locales folder.

A broken catalog is reported as a problem of its file rather than stopping the check, so one
bad `.po` does not hide everything else that is wrong.
"""

from __future__ import annotations

from pathlib import Path

from bot.i18n import CatalogError, catalog_strings


class Catalogs:
    def __init__(self, root: Path, languages: tuple[str, ...]) -> None:
        self.root = root
        self.languages: tuple[str, ...] = ()
        self.problems: list[tuple[str, str]] = []
        self._strings: dict[str, dict[str, str]] = {}
        loaded = []
        for lang in languages:
            try:
                self._strings[lang] = catalog_strings(lang, root)
            except CatalogError as exc:
                self.problems.append((str(root / lang), str(exc)))
                continue
            loaded.append(lang)
        self.languages = tuple(loaded)

    def translate(self, lang: str, msgid: str) -> str | None:
        """The translation of `msgid`, or None when the language's catalogs lack it."""
        text = self._strings.get(lang, {}).get(msgid)
        return text if text else None
