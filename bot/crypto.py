"""Encryption at rest for identifiers and message bodies, and keyed hashes for look-ups.

A person's phone number or Telegram id must not be readable from a copied database file, yet we
must find their conversation again: we store the identifier encrypted (Fernet, key from DATA_KEY)
and look it up by an HMAC of it, which reveals nothing without the key.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.settings import get_settings


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(k) for k in get_settings().fernet_keys()])


def reset_keys() -> None:
    """Forget cached keys (after the settings changed, e.g. during key rotation or in tests)."""
    _fernet.cache_clear()


def encrypt(value: str) -> str:
    return _fernet().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise ValueError("data cannot be decrypted with DATA_KEY or OLD_DATA_KEYS") from exc


def rotate(token: str) -> str:
    """Re-encrypt a token under the current DATA_KEY."""
    return _fernet().rotate(token.encode("ascii")).decode("ascii")


def lookup_hash(kind: str, value: str, key: bytes | None = None) -> str:
    """A keyed, deterministic hash of an identifier, for unique indexes and look-ups."""
    secret = key if key is not None else get_settings().lookup_key()
    return hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
