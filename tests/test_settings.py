"""Settings are validated at start-up; production refuses development secrets."""

from __future__ import annotations

import base64
import hashlib
import secrets

import pytest
from cryptography.fernet import Fernet, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import ValidationError

from bot.settings import Settings


def test_development_defaults_work() -> None:
    s = Settings(PUENTE_ENV="development")  # type: ignore[call-arg]
    assert s.database_url.startswith("sqlite")
    assert s.is_sqlite


def test_production_refuses_default_secrets() -> None:
    with pytest.raises(ValidationError, match="SECRET_KEY, DATA_KEY"):
        Settings(PUENTE_ENV="production")  # type: ignore[call-arg]


PRODUCTION = {
    "PUENTE_ENV": "production",
    "SECRET_KEY": "s3cr3t-" + secrets.token_urlsafe(32),
    "DATA_KEY": "d4t4-" + secrets.token_urlsafe(32),
    "PUBLIC_BASE_URL": "https://puente.example.org",
    "RASA_TOKEN": secrets.token_urlsafe(32),
    "RASA_CALLBACK_TOKEN": secrets.token_urlsafe(32),
}


def test_production_accepts_real_secrets() -> None:
    s = Settings(**PRODUCTION)  # type: ignore[arg-type]
    assert s.env == "production"


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"SECRET_KEY": "x" * 40}, "SECRET_KEY must be set to a long random value"),
        ({"DATA_KEY": "short-but-mixed-1"}, "DATA_KEY must be set to a long random value"),
        ({"DATA_KEY": PRODUCTION["SECRET_KEY"]}, "SECRET_KEY and DATA_KEY must be different"),
        ({"PUBLIC_BASE_URL": "http://puente.example.org"}, "PUBLIC_BASE_URL must start with https"),
        ({"RASA_TOKEN": ""}, "RASA_TOKEN must be set"),
        ({"RASA_CALLBACK_TOKEN": ""}, "RASA_CALLBACK_TOKEN must be set"),
    ],
)
def test_production_refuses_to_start_unsafely(change: dict[str, str], says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        Settings(**{**PRODUCTION, **change})  # type: ignore[arg-type]


def test_trusted_proxies_are_parsed_and_a_bad_one_refused() -> None:
    s = Settings(TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8")  # type: ignore[call-arg]
    assert [str(n) for n in s.trusted_proxy_networks()] == ["127.0.0.1/32", "10.0.0.0/8"]
    assert Settings().trusted_proxy_networks() == ()  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="TRUSTED_PROXIES"):
        Settings(TRUSTED_PROXIES="nginx")  # type: ignore[call-arg]


def test_telegram_webhook_needs_a_secret() -> None:
    with pytest.raises(ValidationError, match="TELEGRAM_WEBHOOK_SECRET"):
        Settings(TELEGRAM_WEBHOOK_URL="https://example.org/webhooks/telegram")  # type: ignore[call-arg]


def test_old_keys_still_decrypt_after_rotation() -> None:
    s = Settings(DATA_KEY="new-key-000000000", OLD_DATA_KEYS="old-a, old-b")  # type: ignore[call-arg]
    assert len(s.fernet_keys()) == 6  # each secret's HKDF key, then its earlier derivation


def test_the_fernet_key_comes_from_hkdf_and_old_data_stays_readable() -> None:
    """Data written under the bare-hash key is read, and rotation moves it to the HKDF key."""
    s = Settings(DATA_KEY="a-data-key-for-this-test")  # type: ignore[call-arg]
    legacy = base64.urlsafe_b64encode(hashlib.sha256(b"a-data-key-for-this-test").digest())
    current = s.fernet_keys()[0]
    assert current != legacy and legacy in s.fernet_keys()
    expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"puente/v2/fernet")
    assert base64.urlsafe_b64decode(current) == expected.derive(b"a-data-key-for-this-test")
    old_token = Fernet(legacy).encrypt(b"written before")
    keys = MultiFernet([Fernet(k) for k in s.fernet_keys()])
    assert keys.decrypt(old_token) == b"written before"
    assert Fernet(current).decrypt(keys.rotate(old_token)) == b"written before"
    assert Fernet(current).decrypt(keys.encrypt(b"new")) == b"new"


def test_every_setting_is_documented_in_the_readme() -> None:
    from bot.settings import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [f.alias for f in Settings.model_fields.values() if f"`{f.alias}`" not in readme]
    assert missing == []
