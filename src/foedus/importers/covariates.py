"""The covariates of the breach model: which datasets foedus imports, and the layout of a file of each.

===============  ==================================================  ==========================================
dataset          files                                               module (layouts, rules, references)
===============  ==================================================  ==========================================
``nmc``          COW National Material Capabilities                  :mod:`foedus.importers.capabilities`
``democracy``    V-Dem, Polity5, extended UDS, isard's table         :mod:`foedus.importers.democracy`
``mids``         COW Militarized Interstate Disputes (MIDB)          :mod:`foedus.importers.disputes`
``rivalries``    Thompson & Dreyer's strategic rivalries             :mod:`foedus.importers.rivalries`
``archigos``     Archigos leaders                                    :mod:`foedus.importers.leaders`
``wars``         COW Inter-State Wars (peacesciencer's dyad-years)   :mod:`foedus.importers.wars`
===============  ==================================================  ==========================================

Each file's layout is told from its header (column names, without regard to case; a tab-separated file is
read as such), its version from the rules of its module.
"""

from __future__ import annotations

import csv
from collections.abc import Callable

from foedus.errors import DataFileError
from foedus.importers.capabilities import capabilities_layout
from foedus.importers.datafile import DataFile
from foedus.importers.democracy import democracy_layout
from foedus.importers.disputes import disputes_layout
from foedus.importers.leaders import leaders_layout
from foedus.importers.rivalries import rivalries_layout
from foedus.importers.tabular import Layout
from foedus.importers.wars import wars_layout

__all__ = ["COVARIATE_DATASETS", "covariate_layout"]

_Detect = Callable[[DataFile, set[str]], tuple[Layout, "str | None"]]

#: The covariate datasets, with what each holds and how its layout is told.
COVARIATE_DATASETS: dict[str, tuple[str, _Detect]] = {
    "nmc": ("COW National Material Capabilities (capabilities)", capabilities_layout),
    "democracy": ("V-Dem, Polity5, extended UDS or isard's cw_democracy (regime_scores)", democracy_layout),
    "mids": ("COW Militarized Interstate Disputes, MIDB or peacesciencer's dyad-years (dispute_dyad_years)",
             disputes_layout),
    "rivalries": ("Thompson & Dreyer strategic rivalries (rivalries)", rivalries_layout),
    "archigos": ("Archigos leaders (leaders)", leaders_layout),
    "wars": ("COW Inter-State Wars 4.0, peacesciencer's war dyad-years (war_dyad_years)", wars_layout),
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
