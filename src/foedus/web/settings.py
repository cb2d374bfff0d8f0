"""The settings a web app is created with."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LOOPBACK_HOSTS", "MAX_UPLOAD", "OTHER_CSP", "PAGE_CSP", "REDOC_CSP", "Settings", "host_name"]

#: The largest ledger file the API accepts, in bytes (the shipped ledgers are well under half of it).
MAX_UPLOAD = 2 * 1024 * 1024


#: Every asset is served by the app itself: no page loads anything from elsewhere, and no script runs inline.
#: Vega compiles its expressions with ``Function``, hence ``unsafe-eval``; vega-embed sets inline styles.
PAGE_CSP = ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
#: ReDoc's page: the same, and ReDoc's search index runs in a worker it starts from a blob of its own bundle.
REDOC_CSP = PAGE_CSP + "; worker-src 'self' blob:"
#: Anything else (JSON, CSV, scripts) is never a document to render: it may load nothing.
OTHER_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

#: The names a request may give in its ``Host`` header by default: this machine's. Any other name (a DNS-rebinding
#: page's ``evil.example``) is refused unless the server was started with it allowed.
LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")


def host_name(header: str) -> str:
    """Return the host of a ``Host`` header, without its port or brackets, in lower case (``[::1]:8000``: ``::1``)."""
    text = header.strip().lower()
    if text.startswith("["):
        return text[1:].split("]", 1)[0]
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


@dataclass(frozen=True)
class Settings:
    """What a web app was created with: the token that authorises writes (None: read-only), the upload limit, and
    the host names requests may carry."""

    token: str | None = None
    max_upload: int = MAX_UPLOAD
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS
