"""Fetching GDELT 2.0's event files from its master file list, checked against the list's MD5, resumable.

GDELT lists every file it publishes in ``masterfilelist.txt``, one line per file: its size in bytes, its MD5 and its
URL. The events are the ``YYYYMMDDHHMMSS.export.CSV.zip`` files, one every 15 minutes, named by the time they were
published. :func:`download_gdelt` reads the list as a stream, keeps the event files published from ``first`` to
``last`` (days, both included), and fetches each one that is not already there, complete, in the folder:

- a file already there is kept if its size and MD5 are the list's;
- a partial download (``NAME.part``) is resumed with an HTTP range request, or fetched again whole if the server
  does not serve ranges;
- every file fetched is checked: its size and its MD5 must be those the list gives, or it is deleted and the download
  stops with an error (run the command again to resume).

MD5 is what GDELT publishes; foedus also records each file's sha256 when it imports it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.download import DownloadError, download_dir, mirrored
from foedus.limits import LimitError, Limits
from foedus.limits import limits as current_limits

if TYPE_CHECKING:
    from foedus.events.ingest import EventImportReport
    from foedus.store import Store

__all__ = ["MASTER_FILE_LIST", "GdeltDownloadReport", "ListedFile", "download_gdelt", "listed_event_files"]

#: GDELT 2.0's master file list.
MASTER_FILE_LIST = "http://data.gdeltproject.org/gdeltv2/masterfilelist.txt"
#: The longest line of the master file list foedus reads.
_LIST_LINE = 4096
_EXPORT = re.compile(r"/(\d{14})\.export\.CSV\.zip$")


@dataclass(frozen=True)
class ListedFile:
    """An event file as the master list gives it: size, MD5, URL, and the time it was published."""

    size: int
    md5: str
    url: str
    published: _dt.datetime

    @property
    def name(self) -> str:
        """Return the file's name."""
        return self.url.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class GdeltDownloadReport:
    """What a GDELT download did: the files fetched, those already there, and the imports."""

    fetched: tuple[Path, ...]
    present: tuple[Path, ...]
    imports: tuple[EventImportReport, ...] = field(default=())


def _open(url: str, timeout: float, start: int = 0) -> object:
    """Open ``url`` (http or https, on every redirect too: :func:`foedus.fetch.open_url`)."""
    import urllib.error

    from foedus.fetch import open_url, reason

    url = mirrored(url)
    if not re.match(r"^https?://", url):
        raise DownloadError(f"cannot fetch {url}: only http and https URLs are supported")
    try:
        return open_url(url, timeout, {"Range": f"bytes={start}-"} if start else {})
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise DownloadError(f"cannot fetch {url}: {reason(exc)}. Check your connection, or pass another URL with "
                            "--url") from None


class _Unlisted:
    """A response read against the master list's size, not the length the server lists."""

    headers = None

    def __init__(self, response: object) -> None:
        self.read1 = getattr(response, "read1", None) or response.read  # type: ignore[attr-defined]


def listed_event_files(list_url: str, first: _dt.date, last: _dt.date, timeout: float = 60.0
                       ) -> Iterator[ListedFile]:
    """Yield the event files of the master list at ``list_url`` published from ``first`` to ``last``.

    Raises
    ------
    DownloadError
        If the list cannot be fetched, or a line of it is not ``size md5 url``.
    """
    response = _open(list_url, timeout)
    with response as stream:  # type: ignore[attr-defined]
        number = 0
        while raw := stream.readline(_LIST_LINE + 1):  # bounded: a line of the list is ~110 bytes
            number += 1
            if len(raw) > _LIST_LINE:
                raise DownloadError(f"{list_url}:{number}: a line longer than {_LIST_LINE} bytes: not GDELT's "
                                    "master file list")
            line = raw.decode("utf-8", "replace").strip()
            if not line:
                continue
            parts = line.split()
            match = _EXPORT.search(parts[-1]) if parts else None
            if match is None:
                continue  # mentions, GKG and the like
            if len(parts) != 3 or not parts[0].isdigit() or not re.fullmatch(r"[0-9a-fA-F]{32}", parts[1]):
                raise DownloadError(f"{list_url}:{number}: is not 'size md5 url': {line[:120]!r}")
            published = _dt.datetime.strptime(match.group(1), "%Y%m%d%H%M%S")
            if first <= published.date() <= last:
                yield ListedFile(int(parts[0]), parts[1].lower(), parts[2], published)


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _complete(path: Path, listed: ListedFile) -> bool:
    return path.exists() and path.stat().st_size == listed.size and _md5(path) == listed.md5


def _fetch(listed: ListedFile, target: Path, timeout: float, limits: Limits | None = None) -> None:
    """Fetch ``listed`` into ``target``, resuming a ``.part`` file; check its size and MD5.

    The transfer stops at the size the master list gives (a server sending more is refused), and at the deadline
    for the whole transfer (:mod:`foedus.fetch`); a stopped transfer is deleted, not resumed.
    """
    import time

    from foedus.fetch import copy_response

    bounds = (limits or current_limits()).with_(max_download=listed.size)
    started = time.monotonic()
    partial = target.with_name(target.name + ".part")
    start = partial.stat().st_size if partial.exists() else 0
    if start >= listed.size:
        partial.unlink()
        start = 0
    wait = min(timeout, bounds.deadline) if bounds.deadline else timeout
    response = _open(listed.url, wait, start)
    with response as stream:  # type: ignore[attr-defined]
        resumed = start and getattr(stream, "status", 200) == 206
        with partial.open("ab" if resumed else "wb") as out:
            try:
                copy_response(_Unlisted(stream), out, listed.url, bounds, started=started,
                              already=start if resumed else 0)
            except LimitError:
                out.close()
                partial.unlink(missing_ok=True)
                raise
            except OSError as exc:
                raise DownloadError(f"the download of {listed.url} broke off ({exc}); run the command again to "
                                    "resume it") from None
    size = partial.stat().st_size
    digest = _md5(partial) if size == listed.size else ""
    if size != listed.size or digest != listed.md5:
        partial.unlink()
        found = f"{size:,} bytes" if size != listed.size else f"MD5 {digest}"
        raise DownloadError(
            f"{listed.name} from {listed.url} has {found}, not the {listed.size:,} bytes and MD5 {listed.md5} of "
            "GDELT's master file list: it was damaged in transit or changed, so it was deleted. Run the command "
            "again to fetch it anew."
        )
    partial.replace(target)


def download_gdelt(
    first: _dt.date,
    last: _dt.date,
    *,
    directory: str | Path | None = None,
    url: str | None = None,
    db: Store | str | Path | None = None,
    import_files: bool = True,
    events_dir: str | Path | None = None,
    timeout: float = 60.0,
    progress: Callable[[str], None] | None = None,
    limits: Limits | None = None,
) -> GdeltDownloadReport:
    """Fetch GDELT 2.0's event files published from ``first`` to ``last`` into ``directory``, check them against
    the master list's size and MD5, and import them (``foedus import events gdelt2``).

    Parameters
    ----------
    url : str, optional
        The master file list's URL (default :data:`MASTER_FILE_LIST`).
    limits : Limits, optional
        The deadline of each file's transfer, and the import's limits (default: from the environment,
        :func:`foedus.limits.limits`); each file stops at the size the list gives.

    Raises
    ------
    DownloadError
        If the list or a file cannot be fetched, or a file is not the one listed (then it is deleted; the files
        before it stay, and running again resumes).
    """
    if first > last:
        raise DownloadError(f"--from {first} is after --to {last}: give the earlier date first")
    folder = Path(directory) if directory is not None else download_dir() / "gdelt2"
    folder.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    present: list[Path] = []
    for listed in listed_event_files(url or MASTER_FILE_LIST, first, last, timeout):
        target = folder / listed.name
        if _complete(target, listed):
            present.append(target)
            continue
        _fetch(listed, target, timeout, limits)
        fetched.append(target)
        if progress:
            progress(f"fetched {listed.name}")
    imports: list[EventImportReport] = []
    files = sorted(fetched + present)
    if import_files and files:
        from foedus.events.ingest import import_events

        imports = import_events("gdelt2", files, db=db, events_dir=events_dir, progress=progress, limits=limits)
    return GdeltDownloadReport(tuple(fetched), tuple(present), tuple(imports))
