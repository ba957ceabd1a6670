"""From other systems' taxonomies and free words to our categories, populations and costs.

The table lives in `directory/mapping.yml` (documented there and in the README), so a
maintainer can teach the importer a new term without touching code. Codes are matched first
(Open Eligibility ids exactly, AIRS/211 codes by their longest prefix), then whole words,
without accents or case, in any language the file lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.directory.placedata import fold
from bot.directory.vocab import CATEGORIES, COSTS, POPULATIONS
from bot.settings import ROOT

DEFAULT_MAPPING = ROOT / "directory" / "mapping.yml"
AIRS_CODE = re.compile(r"^[A-Z]{1,2}(?:-\d{4}(?:\.\d{4})?(?:-\d{3})?)?$")


class MappingError(ValueError):
    """The mapping file is unreadable or names something we do not have."""


@dataclass
class _Rules:
    open_eligibility: dict[str, str] = field(default_factory=dict)
    airs: dict[str, str] = field(default_factory=dict)
    eligibility: dict[str, str] = field(default_factory=dict)
    words: list[tuple[str, str]] = field(default_factory=list)  # (folded phrase, ours), in order


@dataclass(frozen=True)
class Mapping:
    category_rules: _Rules
    population_rules: _Rules
    cost_words: list[tuple[str, str]]

    def category(self, codes: Iterable[str], *texts: str) -> str:
        """The first category a code, then a text (in the order given), stands for; or ""."""
        found = _by_code(self.category_rules, codes)
        if found:
            return found[0]
        for text in texts:
            words = _matches(self.category_rules.words, text)
            if words:
                return words[0]
        return ""

    def populations(
        self, codes: Iterable[str], eligibility: Iterable[str], *texts: str
    ) -> list[str]:
        """Every population the codes, HSDS 1.1 eligibility values and texts name."""
        codes = list(codes)
        found = _by_code(self.population_rules, codes)
        found += [self.population_rules.eligibility[e] for e in map(fold, eligibility)
                  if e in self.population_rules.eligibility]  # fmt: skip
        for text in texts:
            found += _matches(self.population_rules.words, text)
        return [p for p in POPULATIONS if p in found]

    def cost(self, text: str) -> str:
        """`free`, `low_cost` or `paid` when the words say so, else ""."""
        found = _matches(self.cost_words, text)
        return found[0] if found else ""


def _by_code(rules: _Rules, codes: Iterable[str]) -> list[str]:
    found: list[str] = []
    for raw in codes:
        code = raw.strip()
        if code in rules.open_eligibility:
            found.append(rules.open_eligibility[code])
            continue
        if AIRS_CODE.match(code.upper()):
            best = max(
                (p for p in rules.airs if code.upper() == p or code.upper().startswith(p)),
                key=len,
                default=None,
            )
            if best is not None:
                found.append(rules.airs[best])
    return found


def _matches(words: list[tuple[str, str]], text: str) -> list[str]:
    padded = f" {fold(text)} "
    if padded.strip() == "":
        return []
    return list(dict.fromkeys(ours for phrase, ours in words if f" {phrase} " in padded))


def _rules(section: dict[str, Any], allowed: tuple[str, ...], name: str) -> _Rules:
    rules = _Rules()
    for ours, spec in section.items():
        if ours not in allowed:
            raise MappingError(f"{name}: {ours!r} is not one of ours ({', '.join(allowed)})")
        spec = spec or {}
        for code in spec.get("open_eligibility") or []:
            rules.open_eligibility.setdefault(str(code), ours)
        for code in spec.get("airs") or []:
            rules.airs.setdefault(str(code).upper(), ours)
        for value in spec.get("eligibility") or []:
            rules.eligibility.setdefault(fold(str(value)), ours)
        rules.words.extend((fold(str(w)), ours) for w in spec.get("words") or [] if fold(str(w)))
    return rules


def parse(data: Any, name: str = "mapping") -> Mapping:
    if not isinstance(data, dict):
        raise MappingError(f"{name}: expected a mapping with categories, populations, costs")
    costs: list[tuple[str, str]] = []
    for ours, words in (data.get("costs") or {}).items():
        if ours not in COSTS:
            raise MappingError(f"{name}: cost {ours!r} is not one of {', '.join(COSTS)}")
        costs.extend((fold(str(w)), ours) for w in words or [] if fold(str(w)))
    return Mapping(
        _rules(data.get("categories") or {}, CATEGORIES, name),
        _rules(data.get("populations") or {}, POPULATIONS, name),
        costs,
    )


@lru_cache(maxsize=8)
def load(path: Path = DEFAULT_MAPPING) -> Mapping:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MappingError(f"{path}: {exc}") from exc
    return parse(data, str(path))
