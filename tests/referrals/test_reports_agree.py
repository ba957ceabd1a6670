"""The console and the commands agree: `reports --json` and `referrals list --json`.

Referrals in several states are made through the real forms and link pages; the commands run
as an operator runs them (`python -m bot ...` in a subprocess) and their figures are compared
with what the console's pages show. Existing report keys stay as they were.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from fastapi.testclient import TestClient

from bot.db.session import Database
from bot.referrals import links
from bot.referrals.models import ReferralLoop
from bot.settings import Settings
from tests.referrals.helpers import CLINIC, directory_with_partners, refer, say, shelter_case
from tests.staff.helpers import add_user, login
from tests.staff.test_staff_cli import bot

OLD_KEYS = {
    "value",
    "requests_received",
    "people_canalized",
    "people_attended_directly",
    "cases_open",
    "median_minutes_to_first_reply",
}


def several_referrals(client: TestClient, db: Database, settings: Settings) -> str:
    directory_with_partners(db)
    add_user(db, "jefa@example.org", "supervisor")
    csrf = login(client, "jefa@example.org")
    for n, sender in enumerate(("web-1", "web-2", "web-3")):
        case_id, _ = shelter_case(client, sender)
        if n == 1:
            refer(client, csrf, case_id, service_id=CLINIC["id"], share=["need"], need="Consulta")
            say(client, sender, "si")
        else:
            refer(client, csrf, case_id)
        if n == 0:
            client.post(
                f"/staff/cases/{case_id}/close", data={"csrf_token": csrf, "outcome": "canalized"}
            )
    with db.session() as s:
        loop = s.get(ReferralLoop, 1)
        assert loop is not None
        path = links.make(loop, settings).url.removeprefix(settings.public_base_url)
    client.get(path)
    client.post(f"{path}/accept")
    client.post(f"{path}/outcome", data={"value": "attended"})
    return csrf


def number(html: str, element_id: str) -> int:
    found = re.search(rf'id="{element_id}">([^<]+)<', html)
    assert found, element_id
    return int(found.group(1))


def test_reports_json_matches_the_console(
    ref_client: TestClient, ref_db: Database, ref_settings: Settings
) -> None:
    several_referrals(ref_client, ref_db, ref_settings)
    start, end = date.today() - timedelta(days=1), date.today() + timedelta(days=1)
    done = bot(ref_settings, "reports", "--json", "--from", str(start), "--to", str(end))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    total = data["total"]
    assert set(total) >= OLD_KEYS
    assert (total["requests_received"], total["referrals_sent"]) == (3, 3)
    assert (total["referrals_acknowledged"], total["referrals_attended"]) == (1, 1)
    assert total["people_canalized_by_kind"]["shelter"] == 1
    assert {g["value"] for g in data["organization"]} == {
        "Albergue Belén A.C.",
        "Clínica Esperanza A.C.",
    }
    page = ref_client.get(f"/staff/reports?from={start}&to={end}").text
    for key, element in (
        ("requests_received", "requests-received"),
        ("people_canalized", "people-canalized"),
        ("people_attended_directly", "people-attended"),
        ("referrals_sent", "referrals-sent"),
        ("referrals_acknowledged", "referrals-acknowledged"),
        ("referrals_accepted", "referrals-accepted"),
        ("referrals_attended", "referrals-attended"),
    ):
        assert number(page, element) == total[key], key
    for kind, count in total["people_canalized_by_kind"].items():
        assert re.search(rf'data-kind="{kind}"><th scope="row">[^<]+</th><td>{count}<', page)
    chart = ref_client.get(f"/staff/reports/chart/category.svg?from={start}&to={end}")
    assert chart.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in chart.text and "Albergue" in chart.text
    week = ref_client.get(f"/staff/reports/chart/week.svg?from={start}&to={end}")
    assert "<polyline" in week.text or "<circle" in week.text
    csv_text = ref_client.get(f"/staff/reports.csv?from={start}&to={end}").text
    assert csv_text.splitlines()[0].startswith("dimension,value,requests_received,people_canalized")


def test_referrals_list_json_matches_the_console(
    ref_client: TestClient, ref_db: Database, ref_settings: Settings
) -> None:
    several_referrals(ref_client, ref_db, ref_settings)
    done = bot(ref_settings, "referrals", "list", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["id"] for r in rows] == [3, 2, 1]
    for row in rows:
        assert {"id", "case_id", "service_id", "organization", "status"} <= set(row)
        assert row["sent_at"] is not None
    assert rows[-1]["status"] == "attended" and rows[-1]["attended_at"] and rows[-1]["accepted_at"]
    page = ref_client.get("/staff/referrals").text
    shown = dict(re.findall(r'data-referral="(\d+)" data-status="(\w+)"', page))
    assert shown == {str(r["id"]): r["status"] for r in rows}
    downloaded = ref_client.get("/staff/referrals.json").json()
    assert [(r["id"], r["status"]) for r in downloaded] == [(r["id"], r["status"]) for r in rows]
    assert "Consulta" not in done.stdout  # what the person shared never leaves in the list
