"""The covariates of the breach model: which datasets foedus imports, and the layout of a file of each.

The datasets are the data families with an import command of their own (:data:`foedus.families.FAMILIES`: ``nmc``,
``democracy``, ``rivalries``, ``mids``, ``archigos``, ``wars``, ...); each family names the function that tells a
file's layout (column names, without regard to case; a tab-separated file is read as such) and version, in its
importer module (:mod:`foedus.importers.capabilities`, :mod:`foedus.importers.democracy`, ...).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from importlib import import_module

from foedus.errors import DataFileError
from foedus.families import FAMILIES
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

__all__ = ["COVARIATE_DATASETS", "covariate_layout"]

_Detect = Callable[[DataFile, set[str]], tuple[Layout, "str | None"]]


def _detector(where: str) -> _Detect:
    module, name = where.split(":")
    detect: _Detect = getattr(import_module(module), name)
    return detect


#: The covariate datasets, with what each holds and how its layout is told.
COVARIATE_DATASETS: dict[str, tuple[str, _Detect]] = {
    f.command: (f"{f.title} ({', '.join(f.tables)})", _detector(f.layout))
    for f in FAMILIES if f.command is not None and f.layout is not None
}


def _header(data: DataFile) -> set[str]:
    delimiter = "\t" if "\t" in data.first_line else ","
    try:
        rows = list(csv.reader([data.first_line], delimiter=delimiter))
    except csv.Error as exc:
        raise DataFileError([data.problem(f"the header cannot be read: {exc}", 1)]) from None
    return {name.strip().lower() for name in rows[0]} if rows else set()


def covariate_layout(dataset: str, data: DataFile, version: str | None = None) -> tuple[Layout, str | None, bool]:
    """Return the layout of a ``dataset`` file, its version, and whether that version is certain.

    The version is ``version`` if given, else the one the file's name states (both certain: a version column
    in the file does not override them), else None (the file's version column, if any, then decides).

    Raises
    ------
    ValueError
        If ``dataset`` is not one of :data:`COVARIATE_DATASETS`.
    DataFileError
        If the file is none of the dataset's layouts (the message lists them).
    """
    if dataset not in COVARIATE_DATASETS:
        raise ValueError(f"unknown covariate dataset {dataset!r}; use one of: {', '.join(COVARIATE_DATASETS)}")
    layout, named = COVARIATE_DATASETS[dataset][1](data, _header(data))
    found = version if version is not None else named
    return layout, found, found is not None
