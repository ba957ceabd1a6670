"""`directory import|validate|stats|export|search`: keeping the service directory current."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from bot.cli.directory_progress import Progress
from bot.db import migrate
from bot.db.session import Database
from bot.directory import hsds, hsds_import, importer, search, store
from bot.directory.gazetteer import get_gazetteer
from bot.directory.mapping import MappingError
from bot.directory.mapping import load as load_mapping
from bot.directory.policy import Policy
from bot.directory.sourcefile import parse_file, write_csv
from bot.directory.stats import stats
from bot.directory.vocab import CATEGORIES, POPULATIONS
from bot.freshness.ask import ask_due
from bot.services import Services
from bot.settings import LANGUAGES, get_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("directory", help='the service directory (README: "Service directory")')
    d = p.add_subparsers(dest="directory_command", required=True)
    imp = d.add_parser(
        "import",
        help="import source CSV files or HSDS packages (folders, JSON), all-or-nothing by default",
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    imp.add_argument("--prune", action="store_true", help="also remove rows a file no longer has")
    imp.add_argument(
        "--partial",
        action="store_true",
        help="import the good rows; name every refused row (and every field left out) "
        "as FILE:LINE: reason",
    )
    imp.add_argument("--country", metavar="CC", default="", help="country of rows without one")
    imp.add_argument(
        "--mapping", type=Path, help="taxonomy and word mapping (default: directory/mapping.yml)"
    )
    imp.add_argument("--id-prefix", default="", help="prefix for another system's ids")
    imp.add_argument("--source-url", default="", help="source URL for rows that name none")
    imp.set_defaults(func=_import)
    val = d.add_parser("validate", help="check source files without touching the database")
    val.add_argument("files", nargs="+", type=Path, metavar="FILE")
    val.set_defaults(func=_validate)
    st = d.add_parser("stats", help="counts by category, country, state, precision; stale rows")
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=_stats)
    ex = d.add_parser("export", help="write the directory as a source CSV or an HSDS package")
    ex.add_argument("out", type=Path, metavar="OUT", help="a file, '-' (stdout), or a folder")
    ex.add_argument("--format", choices=("csv", "hsds"), default="csv")
    ex.set_defaults(func=_export)
    se = d.add_parser("search", help="services nearest a place or a point")
    where = se.add_mutually_exclusive_group(required=True)
    where.add_argument("--near", metavar="PLACE", help="a city or state, typos welcome")
    where.add_argument("--lat", type=float)
    se.add_argument("--lon", type=float)
    se.add_argument("--category", choices=CATEGORIES)
    se.add_argument("--population", choices=POPULATIONS)
    se.add_argument("--open-now", action="store_true")
    se.add_argument("--limit", type=int, default=5)
    se.add_argument("--max-km", type=float, default=None)
    se.add_argument("--lang", choices=LANGUAGES, default="es", help="locale of distances")
    se.add_argument("--json", action="store_true")
    se.add_argument(
        "--include-hidden",
        action="store_true",
        help="also entries left out of answers (nobody confirmed them for too long)",
    )
    se.set_defaults(func=_search)
    co = d.add_parser(
        "confirm",
        help="ask every due service's contact now (e-mail, WhatsApp): is this still right?",
    )
    co.set_defaults(func=_confirm)


def _database() -> Database:
    url = get_settings().database_url
    migrate.upgrade(url)
    return Database(url)


def _options(args: argparse.Namespace) -> hsds_import.Options | None:
    country = args.country.strip().upper()
    if country and len(country) != 2:
        print(f"--country takes a two-letter code, not {args.country!r}", file=sys.stderr)
        return None
    try:
        mapping = load_mapping(args.mapping) if args.mapping else None
    except MappingError as exc:
        print(str(exc), file=sys.stderr)
        return None
    return hsds_import.Options(
        country=country, lenient=args.partial, mapping=mapping, id_prefix=args.id_prefix,
        source_url=args.source_url, progress=Progress.for_stderr(),
    )  # fmt: skip


def _import(args: argparse.Namespace) -> int:
    opts = _options(args)
    if opts is None:
        return 2
    db = _database()
    try:
        report = importer.import_sources(
            db, args.files, opts, dry_run=args.dry_run, prune=args.prune
        )
    finally:
        db.dispose()
        if opts.progress is not None:
            opts.progress(0, 0)  # ends the bar's line
    for problem in sorted(report.problems + report.notes, key=lambda p: (p.file, p.line)):
        print(problem)
    if not report.ok:
        if report.partial:
            print(f"{len(report.problems)} problem(s); no row could be imported", file=sys.stderr)
        else:
            print(f"{len(report.problems)} problem(s); nothing was imported", file=sys.stderr)
        return 1
    print(f"{report.summary()} in {report.seconds:.1f} s")
    return 0


def _validate(args: argparse.Namespace) -> int:
    parsed = [parse_file(p, date.today()) for p in args.files]
    problems = [p for r in parsed for p in r.problems] + importer.cross_file_duplicates(parsed)
    for problem in problems:
        print(problem)
    for result in parsed:
        if not result.problems:
            print(f"{result.name}: {len(result.entries)} rows OK")
    return 1 if problems else 0


def _stats(args: argparse.Namespace) -> int:
    db = _database()
    try:
        with db.session() as session:
            counts = stats(session, policy=Policy.from_settings(get_settings()))
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{counts['services']} services, {counts['organizations']} organizations, "
        f"{counts['stale']} not verified in {counts['stale_after_days']} days"
    )
    for key in ("by_category", "by_country", "by_state", "by_precision"):
        counted = ", ".join(f"{k or '-'} {v}" for k, v in counts[key].items())
        print(f"{key.removeprefix('by_')}: {counted}")
    full = counts["completeness"]
    shares = [f"{k.replace('_', ' ')} {full[k]} ({p}%)" for k, p in full["percent"].items()]
    print("completeness: " + ", ".join(shares))
    return 0


def _export(args: argparse.Namespace) -> int:
    db = _database()
    try:
        with db.session() as session:
            entries = store.all_entries(session)
    finally:
        db.dispose()
    if args.format == "hsds":
        files = hsds.write_package(entries, args.out)
        print(f"{len(entries)} services written as HSDS to {args.out} ({len(files)} files)")
    elif str(args.out) == "-":
        write_csv(entries, sys.stdout)
    else:
        with args.out.open("w", encoding="utf-8", newline="") as fh:
            write_csv(entries, fh)
        print(f"{len(entries)} services written to {args.out}")
    return 0


def _confirm(args: argparse.Namespace) -> int:
    """One confirmation round now, as the app runs it daily."""
    settings = get_settings()
    migrate.upgrade(settings.database_url)
    services = Services.build(settings)
    try:
        sent = asyncio.run(ask_due(services))
    finally:
        services.db.dispose()
    print(
        f"{sent.services} services due: {sent.emails} e-mails, {sent.whatsapp} WhatsApp "
        f"messages, {len(sent.failed)} not sent"
    )
    for service_id, channel, why in sent.failed:
        print(f"  {service_id} ({channel}): {why}")
    return 0


def _search(args: argparse.Namespace) -> int:
    label = ""
    if args.near is not None:
        place = get_gazetteer().lookup(args.near)
        if place is None:
            print(f"place not found: {args.near!r}", file=sys.stderr)
            return 2
        lat, lon, label = place.latitude, place.longitude, place.label
    elif args.lon is None:
        print("--lat needs --lon", file=sys.stderr)
        return 2
    else:
        lat, lon = args.lat, args.lon
    query = search.Query(
        lat=lat, lon=lon, category=args.category, population=args.population,
        open_now=args.open_now, limit=args.limit, max_km=args.max_km, now=datetime.now(UTC),
        policy=None if args.include_hidden else Policy.from_settings(get_settings()),
    )  # fmt: skip
    db = _database()
    try:
        with db.session() as session:
            results = search.search(session, query)
    finally:
        db.dispose()
    rows = [r.as_json(args.lang, date.today()) for r in results]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if label:
        print(f"near {label} ({lat:.4f}, {lon:.4f})")
    for i, row in enumerate(rows, start=1):
        print(f"{i}. {row['name']} [{row['category']}] {row['distance']}")
        print(f"   {', '.join(x for x in (row['address'], row['city'], row['state']) if x)}")
        extra = [row["phone"], row["hours"], "city centre" if row["precision"] == "city" else ""]
        extra.append("stale" if row["stale"] else "")
        if any(extra):
            print("   " + " | ".join(x for x in extra if x))
    if not rows:
        print("no services found")
    return 0
