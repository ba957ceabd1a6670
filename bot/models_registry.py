"""Imports every module that defines tables, so metadata and migrations see them all."""

from bot.db import models  # noqa: F401
