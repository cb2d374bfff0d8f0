"""Fetching the official data files (ATOP, COW state system, Gleditsch-Ward) and importing them.

Files are fetched with the standard library's ``urllib`` into the data directory (or one given), checked
against a pinned sha256 where foedus knows the file's original layout (see :data:`PINNED_SHA256`), otherwise
their sha256 is reported and recorded (in the store's ``downloads`` table and in ``SHA256SUMS`` beside them),
then imported. A file whose sha256 differs from its pin is deleted and nothing is imported.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the Congress of Vienna.
*International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.errors import FoedusError
from foedus.limits import LimitError, Limits
from foedus.limits import limits as current_limits

if TYPE_CHECKING:
    from foedus.importers.tabular import ImportReport
    from foedus.store import Store

__all__ = [
    "AWAITING_PIN", "DATASETS", "PINNED_SHA256", "DownloadError", "DownloadReport", "Remote", "download",
    "download_dir", "mirrored",
]

#: sha256 of the original files whose layout foedus was built and tested against. A fixed release whose file could
#: not yet be checked (:data:`AWAITING_PIN`) is fetched and its sha256 reported and recorded, unpinned; its pin is to be
#: added here only from a copy verified against the publisher's, never guessed.
PINNED_SHA256: dict[str, str] = {
    "atop4_01a.csv": "84f6e5a488db64e2b04db3143ebb99b4d1c1a57073e388f44f04b0ccfa3a814e",
    "atop4_01m.csv": "37533634acbba64af9b900425fad50fcecb69f4a80f9f1d22d9847911bf21e40",
    "states2016.csv": "21822fe1ef67aedf2e64ebe9746e2b875c6175c8ce599750bc0e77e4ce393167",
    "system2016.csv": "518ae55af3f5dc40e23403dceeae7990dcf6fb605dd708078f09902a59e5fdcc",
    "majors2016.csv": "5ac2f4d11e2105e1f50866bcf4a026a8a13f0431c6c4f47e4ef268e1fe29c8e2",
}
#: Fixed releases that ``foedus download`` fetches but whose sha256 no one has verified yet: each is pinned in
#: :data:`PINNED_SHA256` once it is, and a test checks that every fixed release is pinned or listed here.
AWAITING_PIN: dict[str, str] = {
    "atop_5.1__.csv_.zip": "ATOP 5.1's zip could not be fetched where this was written (no network)",
}


@dataclass(frozen=True)
class Remote:
    """A dataset's files on its publisher's site and how to import them.

    ``files`` are fetched from ``base_url``; from a zip archive the members whose names match ``members`` are
    extracted (flat, by their own name) and imported.
    """

    name: str
    base_url: str
    files: tuple[str, ...]
    importer: str  # "atop", or "states:<system>"
    members: str = ""


#: The datasets ``foedus download`` knows.
DATASETS: dict[str, Remote] = {
    "atop": Remote(
        "atop", "https://www.atopdata.org/uploads/6/9/1/3/69134503/", ("atop_5.1__.csv_.zip",), "atop",
        members=r"atop\d+_\d+(a|m|ddyr)\.csv",
    ),
    "cow-states": Remote(
        "cow-states", "https://correlatesofwar.org/wp-content/uploads/",
        ("states2016.csv", "system2016.csv", "majors2016.csv"), "states:cow",
    ),
    "gw": Remote("gw", "http://ksgleditsch.com/data/", ("iisystem.dat",), "states:gw"),
}


class DownloadError(FoedusError):
    """A file could not be fetched, or is not the file expected; nothing was imported."""


@dataclass(frozen=True)
class DownloadedFile:
    """A fetched or extracted file, its sha256, and whether it matched a pinned value (None: no pin)."""

    url: str
    path: Path
    sha256: str
    pinned: bool | None


@dataclass(frozen=True)
class DownloadReport:
    """What a download did: the files fetched (and extracted) and the imports."""

    dataset: str
    files: tuple[DownloadedFile, ...]
    imports: tuple[ImportReport, ...] = field(default=())


def download_dir() -> Path:
    """Return the default folder for downloaded data: ``downloads`` in the user's data directory."""
    from platformdirs import user_data_path

    return user_data_path("foedus", appauthor=False) / "downloads"


def mirrored(url: str) -> str:
    """Return where to fetch ``url`` from: the publisher's own site, or ``$FOEDUS_MIRROR`` when it is set.

    A mirror is a copy of the publishers' sites laid out by host and path (an institution's cache, or a test's
    local server): ``https://correlatesofwar.org/wp-content/uploads/states2016.csv`` is fetched from
    ``$FOEDUS_MIRROR/correlatesofwar.org/wp-content/uploads/states2016.csv``. Pinned checksums are checked all
    the same.
    """
    import os

    mirror = os.environ.get("FOEDUS_MIRROR", "").strip()
    match = re.match(r"^https?://(.+)$", url)
    if not mirror or not match:
        return url
    return mirror.rstrip("/") + "/" + match.group(1)


def _fetch(url: str, target: Path, timeout: float, limits: Limits | None = None) -> str:
    """Fetch ``url`` (or its copy on ``$FOEDUS_MIRROR``) into ``target`` (through a ``.part`` file); return its sha256.

    http(s) only, on every redirect too; stopped at the listed Content-Length (or the download cap when none is
    listed) and at the deadline for the whole transfer (:mod:`foedus.fetch`); a stopped download leaves nothing.
    """
    import time
    import urllib.error

    from foedus.fetch import copy_response, open_url, reason

    bounds = limits or current_limits()
    url = mirrored(url)
    if not re.match(r"^https?://", url):
        raise DownloadError(f"cannot fetch {url}: only http and https URLs are supported")
    partial = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    started = time.monotonic()
    try:
        wait = min(timeout, bounds.deadline) if bounds.deadline else timeout
        with open_url(url, wait) as response, partial.open("wb") as out:
            copy_response(response, out, url, bounds, started=started, digests=[digest])
    except LimitError:
        partial.unlink(missing_ok=True)
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        partial.unlink(missing_ok=True)
        raise DownloadError(
            f"cannot fetch {url}: {reason(exc)}. Check your connection, or pass another URL with --url"
        ) from None
    partial.replace(target)
    return digest.hexdigest()


def _checked(url: str, path: Path, sha256: str) -> DownloadedFile:
    pin = PINNED_SHA256.get(path.name)
    if pin is not None and pin != sha256:
        path.unlink(missing_ok=True)
        raise DownloadError(
            f"{path.name} from {url} has sha256 {sha256}, not the pinned {pin}: the published file changed or was "
            "damaged in transit, so it was deleted and nothing was imported. Import a copy you trust with "
            "`foedus import`."
        )
    return DownloadedFile(url, path, sha256, None if pin is None else True)


def _extract(archive: DownloadedFile, pattern: str, folder: Path, limits: Limits | None = None
             ) -> list[DownloadedFile]:
    """Extract the members matching ``pattern``, streamed, within the limits on decompressed size and ratio
    (:mod:`foedus.limits`); a refused archive leaves no extracted file behind."""
    bounds = limits or current_limits()
    found: list[DownloadedFile] = []
    written: list[Path] = []
    display = f"{archive.path.name} from {archive.url}"
    try:
        with zipfile.ZipFile(archive.path) as bundle:
            total = 0
            for info in bundle.infolist():
                name = Path(info.filename).name  # never the archive's folders: nothing lands outside ``folder``
                if info.is_dir() or not re.fullmatch(pattern, name, re.IGNORECASE):
                    continue
                bounds.check_decompressed(display, info.file_size, total + info.file_size, info.compress_size)
                target = folder / name
                partial = target.with_name(target.name + ".part")
                written.append(partial)
                digest = hashlib.sha256()
                size = 0
                with bundle.open(info) as source, partial.open("wb") as out:
                    while chunk := source.read(1 << 20):  # each decompression bounded by the size asked
                        size += len(chunk)
                        bounds.check_decompressed(display, size, total + size, info.compress_size)
                        digest.update(chunk)
                        out.write(chunk)
                total += size
                partial.replace(target)
                written.append(target)
                found.append(_checked(f"{archive.url}#{info.filename}", target, digest.hexdigest()))
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        _remove(written)
        raise DownloadError(f"{display} is not a complete zip archive ({exc})") from None
    except BaseException:
        _remove(written)
        raise
    if not found:
        raise DownloadError(f"{archive.path.name} from {archive.url} holds no file matching {pattern!r}")
    return sorted(found, key=lambda f: f.path.name)


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _record(folder: Path, files: list[DownloadedFile]) -> None:
    sums = folder / "SHA256SUMS"
    lines = {}
    if sums.exists():
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, _, name = line.partition("  ")
            if name:
                lines[name] = digest
    for f in files:
        lines[f.path.name] = f.sha256
    sums.write_text("".join(f"{digest}  {name}\n" for name, digest in sorted(lines.items())), encoding="utf-8")


def download(
    dataset: str,
    *,
    directory: str | Path | None = None,
    url: str | None = None,
    db: Store | str | Path | None = None,
    import_files: bool = True,
    timeout: float = 60.0,
    progress: Callable[[str], None] | None = None,
    limits: Limits | None = None,
) -> DownloadReport:
    """Fetch ``dataset`` ("atop", "cow-states" or "gw") into ``directory``, check it, and import it.

    Parameters
    ----------
    directory : path, optional
        Where to keep the files (default: :func:`download_dir` / dataset).
    url : str, optional
        Fetch from here instead of the publisher's site: the URL of the folder holding the files (ending in
        ``/``), or of the file itself when the dataset has one.
    import_files : bool
        Import the files into the store (``db``) once fetched.
    limits : Limits, optional
        The download cap, the deadline of each file's transfer and the archive's decompression limits (default:
        :func:`foedus.limits.limits`, from the environment).

    Raises
    ------
    DownloadError
        If a file cannot be fetched, or its sha256 differs from the pinned value (then nothing is imported). A
        folder the download made and left empty is removed.
    DataFileError
        If a fetched file does not import.
    """
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}; use one of: {', '.join(DATASETS)}")
    remote = DATASETS[dataset]
    folder = Path(directory) if directory is not None else download_dir() / dataset
    created = [p for p in (folder, *folder.parents) if not p.exists()]  # deepest first
    folder.mkdir(parents=True, exist_ok=True)
    try:
        return _download(remote, folder, url, db, import_files, timeout, progress, limits or current_limits())
    except BaseException:
        for made in created:  # a failed download leaves no empty folder behind (files it kept stay)
            try:
                made.rmdir()
            except OSError:
                break
        raise


def _download(remote: Remote, folder: Path, url: str | None, db: Store | str | Path | None, import_files: bool,
              timeout: float, progress: Callable[[str], None] | None, limits: Limits) -> DownloadReport:
    dataset = remote.name
    fetched: list[DownloadedFile] = []
    for name in remote.files:
        if url is None:
            source = remote.base_url + name
        elif url.endswith("/"):
            source = url + name
        elif len(remote.files) == 1:
            source = url
        else:
            raise DownloadError(f"{dataset} has {len(remote.files)} files: pass the URL of their folder, ending in /")
        target = folder / name
        fetched.append(_checked(source, target, _fetch(source, target, timeout, limits)))
        if progress:
            progress(f"fetched {name}")
    usable = []
    for f in fetched:
        usable.extend(_extract(f, remote.members, folder, limits) if f.path.suffix.lower() == ".zip" else [f])
    _record(folder, fetched + [u for u in usable if u not in fetched])
    imports: list[ImportReport] = []
    if import_files:
        imports = _import(remote, usable, db, progress)
    return DownloadReport(dataset, tuple(fetched + [u for u in usable if u not in fetched]), tuple(imports))


def _import(
    remote: Remote, files: list[DownloadedFile], db: Store | str | Path | None, progress: Callable[[str], None] | None
) -> list[ImportReport]:
    from foedus.importers import _writable, import_atop, import_states

    with _writable(db) as store:
        now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None)
        with store.transaction():
            for f in files:
                store.connection.execute(
                    "INSERT INTO downloads VALUES (?, ?, ?, ?, ?, ?)",
                    [remote.name, f.url, f.path.name, f.sha256, bool(f.pinned), now],
                )
        paths = [f.path for f in files]
        if remote.importer == "atop":
            return import_atop(paths, db=store, progress=progress)
        return import_states(paths, remote.importer.split(":", 1)[1], db=store, progress=progress)
