"""One typed settings object, read from the environment and validated at start-up.

Secrets have development defaults so `make run` works on a fresh machine; outside development
those defaults are refused, so a production deployment cannot start with a known key.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
DEV_SECRET = "dev-secret-change-me"  # noqa: S105 - a marker refused outside development
DEV_DATA_KEY = "dev-data-key-change-me"
LANGUAGES = ("es", "en", "fr", "ht")
DEFAULT_LANGUAGE = "es"
MIN_SECRET_CHARS = 32
FERNET_INFO = b"puente/v2/fernet"  # HKDF info: the encryption key, distinct from any other use
# One entry of TWILIO_TEMPLATES: `purpose:lang=HX...` (one language) or `purpose=HX...` (all).
TEMPLATE_ENTRY = re.compile(
    r"(?P<purpose>[a-z][a-z0-9_]{0,31})(?::(?P<lang>[a-z]{2}))?=(?P<sid>HX[0-9a-fA-F]{32})"
)


class Settings(BaseSettings):
    """Every setting Puente reads; the README documents each one."""

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    env: Literal["development", "test", "production"] = Field("development", alias="PUENTE_ENV")
    database_url: str = Field(f"sqlite:///{ROOT / 'var' / 'puente.db'}", alias="DATABASE_URL")
    rasa_url: str = Field("http://127.0.0.1:5005", alias="RASA_URL")
    rasa_token: str = Field("", alias="RASA_TOKEN")
    rasa_callback_token: str = Field("", alias="RASA_CALLBACK_TOKEN")
    health_token: str = Field("", alias="HEALTH_TOKEN")
    trusted_proxies: str = Field("", alias="TRUSTED_PROXIES")
    max_body_bytes: int = Field(1_048_576, alias="MAX_BODY_BYTES", ge=1024)
    rasa_max_body_bytes: int = Field(33_554_432, alias="RASA_MAX_BODY_BYTES", ge=1024)
    body_timeout_seconds: float = Field(15.0, alias="BODY_TIMEOUT_SECONDS", gt=0)
    http_limit_concurrency: int = Field(200, alias="HTTP_LIMIT_CONCURRENCY", ge=1)
    http_keep_alive_seconds: int = Field(5, alias="HTTP_KEEP_ALIVE_SECONDS", ge=1)
    rasa_timeout: float = Field(10.0, alias="RASA_TIMEOUT", gt=0)
    rasa_breaker_cooldown: float = Field(15.0, alias="RASA_BREAKER_COOLDOWN", gt=0)
    rasa_session_turns: int = Field(20, alias="RASA_SESSION_TURNS", ge=2)
    redis_url: str = Field("", alias="REDIS_URL")
    public_base_url: str = Field("http://localhost:8000", alias="PUBLIC_BASE_URL")
    secret_key: str = Field(DEV_SECRET, alias="SECRET_KEY")
    data_key: str = Field(DEV_DATA_KEY, alias="DATA_KEY")
    old_data_keys: str = Field("", alias="OLD_DATA_KEYS")
    retention_days: int = Field(180, alias="RETENTION_DAYS", ge=1)
    conversation_idle_hours: float = Field(12.0, alias="CONVERSATION_IDLE_HOURS", gt=0)
    rate_per_sender: int = Field(30, alias="RATE_PER_SENDER_PER_MIN", ge=1)
    rate_per_address: int = Field(600, alias="RATE_PER_ADDRESS_PER_MIN", ge=1)
    max_text_chars: int = Field(2000, alias="MAX_TEXT_CHARS", ge=1, le=20000)
    telegram_bot_token: str = Field("", alias="TELEGRAM_BOT_TOKEN")
    telegram_webhook_url: str = Field("", alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: str = Field("", alias="TELEGRAM_WEBHOOK_SECRET")
    telegram_api_url: str = Field("https://api.telegram.org/bot", alias="TELEGRAM_API_URL")
    telegram_staff_chat_id: str = Field("", alias="TELEGRAM_STAFF_CHAT_ID")
    # Staff console and handoff (README: "Human handoff and the staff console").
    staff_hours: str = Field("Mo-Fr 09:00-18:00", alias="STAFF_HOURS")
    staff_timezone: str = Field("America/Mexico_City", alias="STAFF_TIMEZONE")
    staff_session_hours: float = Field(10.0, alias="STAFF_SESSION_HOURS", gt=0)
    staff_idle_minutes: float = Field(30.0, alias="STAFF_IDLE_MINUTES", gt=0)
    staff_max_failed_logins: int = Field(5, alias="STAFF_MAX_FAILED_LOGINS", ge=1)
    staff_lockout_minutes: float = Field(15.0, alias="STAFF_LOCKOUT_MINUTES", gt=0)
    staff_queue_notice_minutes: float = Field(10.0, alias="STAFF_QUEUE_NOTICE_MINUTES", ge=0)
    staff_alert_poll_seconds: float = Field(2.0, alias="STAFF_ALERT_POLL_SECONDS", gt=0)
    # A ceiling for open cases (README: "Hardening (issue 12): a ceiling for open cases").
    staff_case_max_open_days: int = Field(30, alias="STAFF_CASE_MAX_OPEN_DAYS", ge=1)
    staff_case_warn_days_before: int = Field(3, alias="STAFF_CASE_WARN_DAYS_BEFORE", ge=0)
    # Referrals that close the loop (README: "Referrals that close the loop").
    referral_link_days: float = Field(14.0, alias="REFERRAL_LINK_DAYS", gt=0)
    referral_expire_days: float = Field(7.0, alias="REFERRAL_EXPIRE_DAYS", gt=0)
    referral_checkin_hours: float = Field(72.0, alias="REFERRAL_CHECKIN_HOURS", gt=0)
    referral_checkin_hours_by_category: str = Field(
        "shelter=24,health=48", alias="REFERRAL_CHECKIN_HOURS_BY_CATEGORY"
    )
    referral_poll_seconds: float = Field(30.0, alias="REFERRAL_POLL_SECONDS", gt=0)
    first_reply_targets: str = Field("urgent=15m,high=2h,normal=1d", alias="FIRST_REPLY_TARGETS")
    on_call_telegram: str = Field("", alias="ON_CALL_TELEGRAM")
    on_call_step_minutes: float = Field(15.0, alias="ON_CALL_STEP_MINUTES", gt=0)
    twilio_account_sid: str = Field("", alias="TWILIO_ACCOUNT_SID")
    twilio_auth_token: str = Field("", alias="TWILIO_AUTH_TOKEN")
    twilio_whatsapp_from: str = Field("", alias="TWILIO_WHATSAPP_FROM")
    twilio_api_url: str = Field("", alias="TWILIO_API_URL")
    twilio_template_sid: str = Field("", alias="TWILIO_TEMPLATE_SID")
    # WhatsApp interactive messages and templates (README: "Interactive messages and templates").
    twilio_content_api: bool = Field(False, alias="TWILIO_CONTENT_API")
    twilio_content_api_url: str = Field("", alias="TWILIO_CONTENT_API_URL")
    twilio_templates: str = Field("", alias="TWILIO_TEMPLATES")
    outbox_poll_seconds: float = Field(2.0, alias="OUTBOX_POLL_SECONDS", gt=0)
    outbox_retry_base_seconds: float = Field(2.0, alias="OUTBOX_RETRY_BASE_SECONDS", gt=0)
    outbox_max_attempts: int = Field(10, alias="OUTBOX_MAX_ATTEMPTS", ge=1)
    # Conversations delivered at once (a person in danger never waits for one of these slots).
    outbox_concurrency: int = Field(16, alias="OUTBOX_CONCURRENCY", ge=1)
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    # Directory freshness (README: "Service directory"): ask each entry's contact this often,
    # mark it "not confirmed recently" after this, leave it out of answers after this unless
    # staff keep it; how long a link works and how long "room tonight" holds.
    directory_confirm_every_days: int = Field(30, alias="DIRECTORY_CONFIRM_EVERY_DAYS", ge=1)
    directory_stale_days: int = Field(180, alias="DIRECTORY_STALE_DAYS", ge=1)
    directory_hide_days: int = Field(365, alias="DIRECTORY_HIDE_DAYS", ge=1)
    directory_link_days: int = Field(14, alias="DIRECTORY_LINK_DAYS", ge=1)
    directory_capacity_hours: int = Field(24, alias="DIRECTORY_CAPACITY_HOURS", ge=1)
    # E-mail for directory confirmations and referral links (none sent while SMTP_HOST is
    # empty).
    smtp_host: str = Field("", alias="SMTP_HOST")
    smtp_port: int = Field(587, alias="SMTP_PORT", ge=1, le=65535)
    smtp_user: str = Field("", alias="SMTP_USER")
    smtp_password: str = Field("", alias="SMTP_PASSWORD")
    smtp_from: str = Field("", alias="SMTP_FROM")
    smtp_security: Literal["starttls", "tls", "none"] = Field("starttls", alias="SMTP_SECURITY")

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> Settings:
        if self.env == "production":
            problems = self._production_problems()
            if problems:
                raise ValueError("refusing to start in production: " + "; ".join(problems))
        if self.telegram_webhook_url and not self.telegram_webhook_secret:
            raise ValueError("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set")
        self.trusted_proxy_networks()  # a malformed TRUSTED_PROXIES fails at start-up
        self.checkin_hours()  # so do malformed referral and first-reply timers
        self.reply_targets()
        self.whatsapp_templates()  # and so does a malformed TWILIO_TEMPLATES
        if self.staff_case_warn_days_before >= self.staff_case_max_open_days:
            raise ValueError(
                "STAFF_CASE_WARN_DAYS_BEFORE must be smaller than STAFF_CASE_MAX_OPEN_DAYS"
            )
        return self

    def _production_problems(self) -> list[str]:
        """Everything that would make a production deployment unsafe, each in plain words."""
        problems = []
        weak = [
            name
            for name, value, default in (
                ("SECRET_KEY", self.secret_key, DEV_SECRET),
                ("DATA_KEY", self.data_key, DEV_DATA_KEY),
            )
            if value == default or len(value) < MIN_SECRET_CHARS or len(set(value)) < 8
        ]
        if weak:
            problems.append(
                f"{', '.join(weak)} must be set to a long random value "
                f"(at least {MIN_SECRET_CHARS} characters)"
            )
        if self.secret_key == self.data_key:
            problems.append("SECRET_KEY and DATA_KEY must be different values")
        if not self.public_base_url.startswith("https://"):
            problems.append("PUBLIC_BASE_URL must start with https://")
        for name, value in (
            ("RASA_TOKEN", self.rasa_token),
            ("RASA_CALLBACK_TOKEN", self.rasa_callback_token),
        ):
            if len(value) < MIN_SECRET_CHARS:
                problems.append(f"{name} must be set (at least {MIN_SECRET_CHARS} characters)")
        return problems

    def whatsapp_templates(self) -> dict[tuple[str, str | None], str]:
        """TWILIO_TEMPLATES as {(purpose, language or None for all): content SID}.

        Entries are separated by commas, semicolons or spaces; a malformed one, a language
        Puente does not speak or the same purpose and language twice is an error naming it.
        """
        found: dict[tuple[str, str | None], str] = {}
        for entry in re.split(r"[\s,;]+", self.twilio_templates.strip()):
            if not entry:
                continue
            match = TEMPLATE_ENTRY.fullmatch(entry)
            if match is None:
                raise ValueError(
                    f"TWILIO_TEMPLATES: {entry!r} is not purpose:lang=HX<32 hex> or purpose=HX..."
                )
            lang = match.group("lang")
            if lang is not None and lang not in LANGUAGES:
                raise ValueError(f"TWILIO_TEMPLATES: {entry!r} names a language Puente lacks")
            key = (match.group("purpose"), lang)
            if key in found:
                raise ValueError(f"TWILIO_TEMPLATES: {entry!r} repeats a purpose and language")
            found[key] = match.group("sid")
        return found

    def trusted_proxy_networks(self) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
        """Addresses whose X-Forwarded-For is believed (TRUSTED_PROXIES); none by default."""
        try:
            return tuple(
                ipaddress.ip_network(part.strip(), strict=False)
                for part in self.trusted_proxies.split(",")
                if part.strip()
            )
        except ValueError as exc:
            raise ValueError(f"TRUSTED_PROXIES: {exc}") from exc

    def checkin_hours(self) -> dict[str, float]:
        """Hours from a referral to the person's check-in, per case category (`default` too).

        REFERRAL_CHECKIN_HOURS_BY_CATEGORY reads `shelter=24,health=48`; a category it does not
        name waits REFERRAL_CHECKIN_HOURS.
        """
        hours = {"default": self.referral_checkin_hours}
        for part in self.referral_checkin_hours_by_category.split(","):
            if not part.strip():
                continue
            name, _, value = part.partition("=")
            try:
                number = float(value)
            except ValueError:
                number = -1.0
            if not name.strip() or number <= 0:
                raise ValueError(
                    f"REFERRAL_CHECKIN_HOURS_BY_CATEGORY: cannot read {part.strip()!r} "
                    "(expected e.g. shelter=24)"
                )
            hours[name.strip()] = number
        return hours

    def reply_targets(self) -> dict[str, tuple[float, str]]:
        """First-reply targets per priority from FIRST_REPLY_TARGETS (`urgent=15m,high=2h,
        normal=1d`): an amount and its unit, minutes (m) or hours (h) of staff time, or
        working days (d). A priority it leaves out has no target."""
        targets: dict[str, tuple[float, str]] = {}
        for part in self.first_reply_targets.split(","):
            if not part.strip():
                continue
            name, _, value = part.strip().partition("=")
            value = value.strip().lower()
            unit = value[-1:] if value[-1:] in ("m", "h", "d") else ""
            try:
                amount = float(value[:-1]) if unit else -1.0
            except ValueError:
                amount = -1.0
            if name.strip() not in ("urgent", "high", "normal") or amount <= 0:
                raise ValueError(
                    f"FIRST_REPLY_TARGETS: cannot read {part.strip()!r} "
                    "(expected e.g. urgent=15m,high=2h,normal=1d)"
                )
            targets[name.strip()] = (amount, unit)
        return targets

    def on_call(self) -> list[str]:
        """The on-call list (ON_CALL_TELEGRAM): Telegram chat ids, in the order they are called."""
        return [part.strip() for part in self.on_call_telegram.split(",") if part.strip()]

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def fernet_keys(self) -> list[bytes]:
        """Fernet keys from DATA_KEY (first: the one that encrypts) and OLD_DATA_KEYS.

        Keys come from HKDF-SHA256 with their own info string. Each secret's earlier derivation
        (a bare SHA-256) follows its HKDF key, for reading only, so data written before the
        change stays readable and `rotate-key` moves it to the HKDF key.
        """
        raw = [self.data_key, *[k for k in self.old_data_keys.split(",") if k.strip()]]
        keys: list[bytes] = []
        for secret in (k.strip().encode() for k in raw):
            keys.append(base64.urlsafe_b64encode(_hkdf(secret, FERNET_INFO)))
            keys.append(base64.urlsafe_b64encode(hashlib.sha256(secret).digest()))
        return keys

    def lookup_key(self) -> bytes:
        """Key for the keyed hash of identifiers; `rotate-key` recomputes the hashes."""
        return hashlib.sha256(b"puente-lookup:" + self.data_key.encode()).digest()


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def get_settings() -> Settings:
    """The settings in the environment now: read by each command and by the app at start-up,
    then passed on as one object; nothing below the entry points reads the environment."""
    return Settings()
