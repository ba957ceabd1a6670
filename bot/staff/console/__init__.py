"""The staff console at /staff: server-rendered pages, htmx for live parts, no inline script."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.staticfiles import StaticFiles

from bot.staff.console import (
    account,
    admin,
    case_pages,
    directory_pages,
    inbox,
    login,
    partner_pages,
    partners_admin,
    referral_pages,
    supervision,
)

STATIC = Path(__file__).resolve().parent.parent / "static"

router = APIRouter()
for module in (
    login,
    inbox,
    case_pages,
    referral_pages,
    partner_pages,
    partners_admin,
    supervision,
    directory_pages,
    admin,
    account,
):
    router.include_router(module.router)


def static_files() -> StaticFiles:
    """The console's own CSS and JS (htmx vendored from npm), served at /staff/static."""
    return StaticFiles(directory=STATIC)
