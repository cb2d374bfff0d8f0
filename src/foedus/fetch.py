"""Fetching a URL into a file within bounds: http(s) only on every redirect, a size cap, a deadline for the whole.

:func:`open_url` opens with a redirect handler that refuses any scheme but http and https (urllib's own follows
``ftp://`` too); :func:`copy_response` copies a response to a file in chunks as they arrive (``read1``, so a server
trickling bytes cannot hold one read open), stops at the length the server listed (``Content-Length``) or, when it
lists none, at the download cap (:attr:`foedus.limits.Limits.max_download`), and gives up when the whole transfer
has taken longer than the deadline (:attr:`foedus.limits.Limits.deadline`), not only when one read stalls.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from typing import IO, Any

from foedus.limits import LimitError, Limits

__all__ = ["HttpOnlyRedirects", "copy_response", "open_url", "reason"]

_SCHEMES = ("http", "https")


class HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to an http or https URL."""

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in _SCHEMES:
            raise urllib.error.URLError(f"redirected to {newurl!r}: only http and https are followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def open_url(url: str, timeout: float, headers: dict[str, str] | None = None) -> Any:
    """Return the response to a GET of ``url`` (http or https, and so every redirect).

    Raises
    ------
    urllib.error.URLError, OSError, ValueError
        As :func:`urllib.request.urlopen` does; a redirect to another scheme is a ``URLError``.
    """
    if urllib.parse.urlsplit(url).scheme.lower() not in _SCHEMES:
        raise urllib.error.URLError(f"{url!r} is not an http or https URL")
    opener = urllib.request.build_opener(HttpOnlyRedirects())
    return opener.open(urllib.request.Request(url, headers=headers or {}), timeout=timeout)


def copy_response(response: Any, out: IO[bytes], url: str, limits: Limits, *, started: float | None = None,
                  already: int = 0, digests: Iterable[Any] = (),
                  clock: Callable[[], float] = time.monotonic) -> int:
    """Copy ``response`` into ``out`` and update ``digests`` with each chunk; return the bytes copied.

    ``already`` bytes are in ``out`` before (a resumed download): they count towards the cap.

    Raises
    ------
    LimitError
        If the server sends more than it listed, or more than the cap with nothing listed, or the transfer outlasts
        the deadline (measured from ``started``, by default from now).
    """
    begun = clock() if started is None else started
    listed = response.headers.get("Content-Length") if getattr(response, "headers", None) is not None else None
    cap = already + int(listed) if listed and str(listed).isdigit() else (limits.max_download or 0)
    where = "the length it listed" if listed and str(listed).isdigit() else "the download cap (FOEDUS_MAX_DOWNLOAD)"
    read = getattr(response, "read1", None) or response.read
    copied = 0
    digests = list(digests)
    while True:
        if limits.deadline and clock() - begun > limits.deadline:
            raise LimitError(f"{url}: the download took longer than {limits.deadline:g} s (FOEDUS_DEADLINE, "
                             "--deadline); stopped, nothing kept")
        chunk = read(1 << 16)
        if not chunk:
            return copied
        copied += len(chunk)
        if cap and already + copied > cap:
            raise LimitError(f"{url}: the server sent more than {cap:,} bytes, {where}; stopped, nothing kept")
        for digest in digests:
            digest.update(chunk)
        out.write(chunk)


def reason(exc: BaseException) -> str:
    """Return the reason urllib gives for a failure, as words."""
    return str(getattr(exc, "reason", None) or exc)
