"""Encryption at rest for identifiers and message bodies, and keyed hashes for look-ups.

A person's phone number or Telegram id must not be readable from a copied database file, yet we
must find their conversation again: we store the identifier encrypted (Fernet, key from DATA_KEY)
and look it up by an HMAC of it, which reveals nothing without the key.

The keys are one `Keys` object made from the deployment's `Settings` and handed to the
`Database` that uses them (and from there to each session), never read from the environment
here: a test, a key rotation or a second deployment in one process each carries its own.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

if TYPE_CHECKING:
    from bot.settings import Settings


class Keys:
    """The encryption keys (the first encrypts, all decrypt) and the look-up key."""

    def __init__(self, fernet_keys: Sequence[bytes], lookup_key: bytes) -> None:
        if not fernet_keys:
            raise ValueError("no encryption key: set DATA_KEY")
        self._fernet = MultiFernet([Fernet(k) for k in fernet_keys])
        self._lookup = lookup_key

    @classmethod
    def from_settings(cls, settings: Settings) -> Keys:
        return cls(settings.fernet_keys(), settings.lookup_key())

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise ValueError("data cannot be decrypted with DATA_KEY or OLD_DATA_KEYS") from exc

    def rotate(self, token: str) -> str:
        """Re-encrypt a token under the current DATA_KEY."""
        return self._fernet.rotate(token.encode("ascii")).decode("ascii")

    def lookup_hash(self, kind: str, value: str) -> str:
        """A keyed, deterministic hash of an identifier, for unique indexes and look-ups."""
        return hmac.new(self._lookup, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
