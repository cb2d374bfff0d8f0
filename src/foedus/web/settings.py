"""The settings a web app is created with."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_UPLOAD", "Settings"]

#: The largest ledger file the API accepts, in bytes (the shipped ledgers are well under half of it).
MAX_UPLOAD = 2 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """What a web app was created with: the token that authorises writes (None: read-only), the upload limit."""

    token: str | None = None
    max_upload: int = MAX_UPLOAD
