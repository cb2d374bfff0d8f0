"""Importing research data into the store: ATOP's files, the COW and Gleditsch-Ward state systems, and the
covariates of the breach model (capabilities, democracy, disputes, rivalries, leaders).

Each file is checked column by column in SQL, then stored in one transaction; a file with problems stores
nothing (unless bad rows are to be skipped, when they are reported and counted). Every imported file is
recorded in the table ``imported_files`` with its name, size, sha256, layout, version and row counts;
importing the same file again replaces its rows.

References
----------
Leeds, B. A., Ritter, J. M., Mitchell, S. M., & Long, A. G. (2002). Alliance Treaty Obligations and
Provisions, 1815-1944. *International Interactions*, 28(3), 237-260. https://doi.org/10.1080/03050620213653
Correlates of War Project (2017). State System Membership List, v2016. https://correlatesofwar.org
Gleditsch, K. S., & Ward, M. D. (1999). A revised list of independent states since the Congress of Vienna.
*International Interactions*, 25(4), 393-413. https://doi.org/10.1080/03050629908434958

The covariates' references are in their modules (:mod:`foedus.importers.covariates` lists them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from foedus.importers.datafile import DataFile, read_data_file
from foedus.importers.tabular import ImportReport, Layout, Progress, import_data_file
from foedus.store import Store, open_store

__all__ = ["ImportReport", "import_atop", "import_covariates", "import_states", "imported_files"]

PathLike = str | Path


@contextmanager
def _writable(db: Store | PathLike | None) -> Iterator[Store]:
    if isinstance(db, Store):
        yield db
        return
    with open_store(db, read_only=False) as store:
        yield store


def _paths(paths: PathLike | Sequence[PathLike]) -> list[PathLike]:
    return [paths] if isinstance(paths, str | Path) else list(paths)


#: Reads a file's layout and version: (layout, version found, whether that version is certain).
_LayoutOf = Callable[[DataFile], tuple[Layout, str | None, bool]]


def _import_files(paths: PathLike | Sequence[PathLike], db: Store | PathLike | None, layout_of: _LayoutOf,
                  skip_bad_rows: bool, progress: Progress | None) -> list[ImportReport]:
    """Import each file in order, each in its own transaction, with the layout ``layout_of`` reads from it."""
    reports = []
    with _writable(db) as store:
        for path in _paths(paths):
            data = read_data_file(path)
            layout, version, certain = layout_of(data)
            reports.append(import_data_file(store, data, layout, version=version, version_is_explicit=certain,
                                            skip_bad_rows=skip_bad_rows, progress=progress))
    return reports


def import_atop(
    paths: PathLike | Sequence[PathLike],
    *,
    db: Store | PathLike | None = None,
    version: str | None = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> list[ImportReport]:
    """Import ATOP files (alliance, member or directed dyad-year level) and return one report per file.

    The layout and version of each file are read from its header and name (see :mod:`foedus.importers.atop`);
    ``version`` overrides the version. Files are imported in order, each in its own transaction.

    Raises
    ------
    DataFileError
        At the first file with problems (listing each with file, line and column); it stores nothing, the
        files before it stay imported.
    """
    from foedus.importers.atop import atop_layout

    def layout_of(data: DataFile) -> tuple[Layout, str | None, bool]:
        layout, found = atop_layout(data, version)
        return layout, found, version is not None

    return _import_files(paths, db, layout_of, skip_bad_rows, progress)


def import_states(
    paths: PathLike | Sequence[PathLike],
    system: str,
    *,
    db: Store | PathLike | None = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> list[ImportReport]:
    """Import state-system files of ``system`` ("cow" or "gw") and return one report per file.

    COW files may be ``states2016.csv`` (spells), ``system2016.csv`` (state-years) or ``majors2016.csv``
    (major powers); G-W files its ``iisystem.dat`` or a processed CSV. See :mod:`foedus.importers.state_systems`.

    Raises
    ------
    ValueError
        If ``system`` is not "cow" or "gw".
    DataFileError
        At the first file with problems; it stores nothing, the files before it stay imported.
    """
    from foedus.importers.state_systems import state_system_layout

    return _import_files(paths, db, lambda data: (state_system_layout(data, system), None, False), skip_bad_rows,
                         progress)


def import_covariates(
    dataset: str,
    paths: PathLike | Sequence[PathLike],
    *,
    db: Store | PathLike | None = None,
    version: str | None = None,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> list[ImportReport]:
    """Import files of a covariate ``dataset`` and return one report per file.

    ``dataset`` is one of ``nmc``, ``democracy``, ``mids``, ``rivalries``, ``archigos``
    (:data:`foedus.importers.covariates.COVARIATE_DATASETS`); each file's layout is read from its header and
    its version from its name or columns, unless ``version`` is given. Files are imported in order, each in its
    own transaction; each report's ``notes`` tell what was left out on purpose or mapped (rows without a COW
    code, G-W codes with no COW state, ...).

    Raises
    ------
    ValueError
        If ``dataset`` is not one of those.
    DataFileError
        At the first file with problems (listing each with file, line and column); it stores nothing, the
        files before it stay imported.
    """
    from foedus.importers.covariates import covariate_layout

    return _import_files(paths, db, lambda data: covariate_layout(dataset, data, version), skip_bad_rows, progress)


def imported_files(db: Store | PathLike | None = None) -> list[dict[str, Any]]:
    """Return the record of every imported file (name, size, sha256, layout, version, row counts, coverage; the
    first and last day of an event file)."""
    sql = """SELECT i.*, e.first_date, e.last_date FROM imported_files i LEFT JOIN event_files e USING (sha256)
             ORDER BY i.dataset, i.target, i.version, e.first_date, i.name"""
    if isinstance(db, Store):
        return db.query(sql)
    with open_store(db) as store:
        return store.query(sql)
