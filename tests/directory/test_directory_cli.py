"""`python -m bot directory ...`: import, validate, stats, export, search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.settings import ROOT, Settings
from tests.directory.support import row, write

SEED = sorted(str(p) for p in (ROOT / "directory").glob("*.csv"))


@pytest.fixture
def cli_env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    return settings


def test_import_validate_and_stats(
    cli_env: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["directory", "validate", *SEED]) == 0
    assert "rows OK" in capsys.readouterr().out
    assert main(["directory", "import", "--dry-run", *SEED]) == 0
    assert "would be added" in capsys.readouterr().out
    assert main(["directory", "import", *SEED]) == 0
    assert "0 updated, 0 unchanged" in capsys.readouterr().out
    assert main(["directory", "import", *SEED]) == 0
    assert " 0 were added, 0 updated" in capsys.readouterr().out
    assert main(["directory", "stats", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["services"] >= 60 and counts["by_country"] == {"MX": counts["services"]}
    assert counts["by_precision"] == {"city": counts["services"]}
    assert counts["by_category"]["shelter"] >= 30


def test_a_broken_file_is_refused_with_every_bad_row(
    cli_env: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "bad.csv", [row(id="a"), row(id="b", category="x"), row(id="a")])
    assert main(["directory", "validate", str(bad)]) == 1
    assert main(["directory", "import", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert f"{bad}:3: unknown category 'x'" in out and f"{bad}:4: duplicate id 'a'" in out
    assert "nothing was imported" in err
    assert main(["directory", "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["services"] == 0


def test_export_csv_and_hsds_and_import_hsds(
    cli_env: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["directory", "import", *SEED])
    assert main(["directory", "export", str(tmp_path / "all.csv")]) == 0
    assert main(["directory", "export", "--format", "hsds", str(tmp_path / "hsds")]) == 0
    assert (tmp_path / "hsds" / "service_at_location.csv").exists()
    assert main(["directory", "validate", str(tmp_path / "all.csv")]) == 0
    capsys.readouterr()
    assert main(["directory", "import", str(tmp_path / "hsds")]) == 0
    assert "0 were added" in capsys.readouterr().out


def test_search_json_and_text(cli_env: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    main(["directory", "import", *SEED])
    capsys.readouterr()
    args = ["directory", "search", "--near", "tijuna", "--category", "legal_aid", "--limit", "3"]
    assert main([*args, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and all(r["city"] == "Tijuana" and r["category"] == "legal_aid" for r in found)
    keys = {"id", "name", "organization", "category", "distance_km", "distance", "address", "city",
            "state", "phone", "whatsapp", "hours", "populations", "precision", "verified_on",
            "stale", "maps_url"}  # fmt: skip
    assert keys <= set(found[0])
    args = [
        "directory",
        "search",
        "--lat",
        "14.9",
        "--lon",
        "-92.26",
        "--limit",
        "2",
        "--lang",
        "en",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. ") and "Tapachula" in out and "city centre" in out
    assert main(["directory", "search", "--near", "Narnia"]) == 2


def test_search_near_tijuana_lists_its_shelters(
    cli_env: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command exactly as the issue gives it (in-process: `python -m bot` calls main)."""
    main(["directory", "import", *SEED])
    capsys.readouterr()
    assert (
        main(["directory", "search", "--near", "Tijuana", "--category", "shelter", "--json"]) == 0
    )
    found = json.loads(capsys.readouterr().out)
    names = {r["name"] for r in found}
    assert len(found) == 5 and all(r["city"] == "Tijuana" for r in found)
    assert "Casa del Migrante en Tijuana (Centro Scalabrini)" in names
    assert all(r["precision"] == "city" and r["distance_km"] == 0 for r in found)


def test_progress_bar_only_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from bot.cli.directory_progress import Progress

    assert Progress.for_stderr() is None  # pytest's stderr is not a terminal
    out = io.StringIO()
    bar = Progress(out, every=0)
    bar(1, 4)
    bar(4, 4)
    bar(0, 0)
    assert "reading [" in out.getvalue() and "4/4 (100%)" in out.getvalue()
    assert out.getvalue().endswith("\n")
