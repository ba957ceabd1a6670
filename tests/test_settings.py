"""Settings are validated at start-up; production refuses development secrets."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.settings import Settings


def test_development_defaults_work() -> None:
    s = Settings(PUENTE_ENV="development")  # type: ignore[call-arg]
    assert s.database_url.startswith("sqlite")
    assert s.is_sqlite


def test_production_refuses_default_secrets() -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY, DATA_KEY"):
        Settings(PUENTE_ENV="production")  # type: ignore[call-arg]


def test_production_accepts_real_secrets() -> None:
    s = Settings(  # type: ignore[call-arg]
        PUENTE_ENV="production", SECRET_KEY="x" * 40, DATA_KEY="y" * 40
    )
    assert s.env == "production"


def test_telegram_webhook_needs_a_secret() -> None:
    with pytest.raises(ValidationError, match="TELEGRAM_WEBHOOK_SECRET"):
        Settings(TELEGRAM_WEBHOOK_URL="https://example.org/webhooks/telegram")  # type: ignore[call-arg]


def test_old_keys_still_decrypt_after_rotation() -> None:
    s = Settings(DATA_KEY="new-key-000000000", OLD_DATA_KEYS="old-a, old-b")  # type: ignore[call-arg]
    assert len(s.fernet_keys()) == 3


def test_every_setting_is_documented_in_the_readme() -> None:
    from bot.settings import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f.alias for f in Settings.model_fields.values() if f"`{f.alias}`" not in readme]
    assert missing == []
