"""Importing source files: all-or-nothing for the CLI, file-by-file and never fatal at start-up.

`import_files` validates every file before it writes anything, so any problem leaves the
database exactly as it was. `load_directory_folder` is what the app calls on start-up: a broken
file is logged and skipped (its rows already in the database stay), the good ones are synced.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from bot.db.session import Database
from bot.directory import hsds_import, store
from bot.directory.entry import Entry, Problem
from bot.directory.hsds_tables import is_package
from bot.directory.sourcefile import Parsed, parse_file
from bot.settings import ROOT

log = logging.getLogger(__name__)
DIRECTORY = ROOT / "directory"


@dataclass
class ImportReport:
    files: list[str]
    rows: int = 0
    changes: store.Changes = field(default_factory=store.Changes)
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    partial: bool = False
    notes: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Strict: no problem at all. Partial: something could be imported."""
        return bool(self.rows) if self.partial else not self.problems

    def summary(self) -> str:
        c = self.changes
        verb = "would be" if self.dry_run else "were"
        refused = f", {len(self.refused_lines())} refused" if self.partial else ""
        return (
            f"{self.rows} rows in {len(self.files)} file(s): {c.added} {verb} added, "
            f"{c.updated} updated, {c.unchanged} unchanged, {c.removed} removed{refused}"
        )

    def refused_lines(self) -> set[tuple[str, int]]:
        return {(p.file, p.line) for p in self.problems}


def source_name(path: Path) -> str:
    """How a file is recorded as the source of its rows: relative to the project if inside."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(ROOT))
    except ValueError:
        return str(resolved)


def cross_file_duplicates(parsed: Sequence[Parsed]) -> list[Problem]:
    """An id may appear in one file only; later files' repeats are problems."""
    first: dict[str, str] = {}
    problems = []
    for p in parsed:
        for line, entry in p.entries:
            if entry.id in first and first[entry.id] != p.name:
                problems.append(
                    Problem(p.name, line, f"duplicate id {entry.id!r} (also in {first[entry.id]})")
                )
            first.setdefault(entry.id, p.name)
    return problems


def _write(
    session: Session, batches: list[tuple[str, list[Entry]]], prune: bool, report: ImportReport
) -> None:
    stored = store.ids_by_source(session) if prune else {}
    for source, entries in batches:
        changes = store.upsert(session, entries, source)
        report.changes.added += changes.added
        report.changes.updated += changes.updated
        report.changes.unchanged += changes.unchanged
        if prune:
            keep = {e.id for e in entries}
            gone = [i for i, s in stored.items() if s == source and i not in keep]
            report.changes.removed += store.remove(session, gone)


def _run(
    db: Database, batches: list[tuple[str, list[Entry]]], prune: bool, r: ImportReport
) -> None:
    """Write in one transaction; a dry run does the same work and rolls it back."""
    with db.sessions() as session:
        session.begin()
        try:
            _write(session, batches, prune, r)
        except Exception:
            session.rollback()
            raise
        if r.dry_run:
            session.rollback()
        else:
            session.commit()


def import_files(
    db: Database,
    paths: Sequence[Path],
    *,
    names: Sequence[str] | None = None,
    dry_run: bool = False,
    prune: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Validate every file, then upsert them all in one transaction (or nothing)."""
    today = today or date.today()
    labels = list(names) if names else [str(p) for p in paths]
    parsed = [parse_file(p, today, label) for p, label in zip(paths, labels, strict=True)]
    report = ImportReport(labels, sum(len(p.entries) for p in parsed), dry_run=dry_run)
    report.problems = [pr for p in parsed for pr in p.problems] + cross_file_duplicates(parsed)
    if report.problems:
        return report
    batches = [
        (source_name(path), [e for _, e in p.entries])
        for path, p in zip(paths, parsed, strict=True)
    ]
    _run(db, batches, prune, report)
    return report


def read_source(path: Path, today: date, label: str, opts: hsds_import.Options) -> Parsed:
    """A source CSV file, or an HSDS package (folder or JSON), read whole."""
    if is_package(path):
        return hsds_import.read_package(path, today, opts)
    return parse_file(path, today, label, country=opts.country, lenient=opts.lenient)


def import_sources(
    db: Database,
    paths: Sequence[Path],
    opts: hsds_import.Options | None = None,
    *,
    dry_run: bool = False,
    prune: bool = False,
    today: date | None = None,
) -> ImportReport:
    """CSV files and HSDS packages: all-or-nothing, or with `opts.lenient` the good rows.

    Strict, any problem imports nothing. Lenient (`--partial`), every row that passed is
    imported and every refused row, and every field left out of a kept row, is reported.
    """
    started = time.monotonic()
    opts = opts or hsds_import.Options()
    today = today or date.today()
    parsed = [read_source(p, today, str(p), opts) for p in paths]
    dupes = cross_file_duplicates(parsed)
    report = ImportReport([str(p) for p in paths], dry_run=dry_run, partial=opts.lenient)
    report.problems = [pr for p in parsed for pr in p.problems] + dupes
    report.notes = [n for p in parsed for n in p.notes]
    if report.problems and not opts.lenient:
        report.seconds = time.monotonic() - started
        return report
    refused = {(d.file, d.line) for d in dupes}
    batches = [
        (source_name(path), [e for line, e in p.entries if (p.name, line) not in refused])
        for path, p in zip(paths, parsed, strict=True)
    ]
    report.rows = sum(len(b) for _, b in batches)
    if report.rows:
        _run(db, batches, prune, report)
    report.seconds = time.monotonic() - started
    return report


def import_entries(
    db: Database, entries: list[Entry], source: str, *, dry_run: bool = False
) -> ImportReport:
    """Upsert already-validated entries (e.g. from an HSDS package) in one transaction."""
    report = ImportReport([source], len(entries), dry_run=dry_run)
    _run(db, [(source, entries)], False, report)
    return report


def load_directory_folder(db: Database, folder: Path = DIRECTORY) -> ImportReport:
    """Sync `folder/*.csv` into the database; never raises, logs every problem."""
    files = sorted(folder.glob("*.csv"))
    report = ImportReport([source_name(p) for p in files])
    try:
        today = date.today()
        parsed = [parse_file(p, today, source_name(p)) for p in files]
        dupes = cross_file_duplicates(parsed)
        bad = {p.name for p in parsed if p.problems} | {d.file for d in dupes}
        report.problems = [pr for p in parsed for pr in p.problems] + dupes
        for problem in report.problems:
            log.error("directory: %s", problem)
        good = [p for p in parsed if p.name not in bad]
        report.rows = sum(len(p.entries) for p in good)
        _run(db, [(p.name, [e for _, e in p.entries]) for p in good], False, report)
        prefix = source_name(folder) + "/"
        with db.session() as session:
            known = {p.name for p in parsed}
            keep = {e.id for p in good for _, e in p.entries}
            gone = [
                i
                for i, s in store.ids_by_source(session).items()
                if s.startswith(prefix) and s not in bad and (s not in known or i not in keep)
            ]
            report.changes.removed = store.remove(session, gone)
    except Exception:  # the app must start even when the directory cannot be loaded
        log.exception("directory: loading %s failed; the directory is unchanged", folder)
        return report
    log.info("directory: %s", report.summary())
    return report


def load_directory(database_url: str, folder: Path = DIRECTORY) -> ImportReport:
    """`load_directory_folder` with its own short-lived database handle (for start-up)."""
    db = Database(database_url)
    try:
        return load_directory_folder(db, folder)
    finally:
        db.dispose()
