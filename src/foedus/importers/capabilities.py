"""COW National Material Capabilities (NMC): the original abridged files and peacesciencer's processed copy.

=================  =====================================================================  ================
layout             the header has                                                         stored in
=================  =====================================================================  ================
``original``       ``stateabb, ccode, year, milex, milper, irst, pec, tpop, upop, cinc,    ``capabilities``
                   version`` (``NMC-60-abridged.csv``, ``NMC-70-abridged.csv``)
``processed``      the same without ``stateabb`` (peacesciencer's ``cow_nmc``: ``-9``     ``capabilities``
                   already turned into empty)
=================  =====================================================================  ================

Values: ``-9`` (or empty) means missing and is stored as NULL; codes may be written as floats. Military
expenditure and personnel (``milex``, ``milper``), iron and steel production (``irst``), primary energy
consumption (``pec``) and total and urban population (``tpop``, ``upop``) are stored as they are, in NMC's
units (see its codebook), and may not be negative; ``cinc``, a state's share of the system's capabilities,
lies between 0 and 1. A state-year may appear once in a file.

The version is, in this order: the one given; the file's name (``NMC-60-abridged.csv`` is 6.0,
``NMC-70-abridged.csv`` and ``NMC_v7`` 7.0); the file's ``version`` column, as written (COW writes a release
year there: 2025 in the 7.0 file); else none (peacesciencer's copy does not say).

References
----------
Singer, J. D., Bremer, S., & Stuckey, J. (1972). Capability distribution, uncertainty, and major power war,
1820-1965. In B. Russett (Ed.), *Peace, War, and Numbers* (pp. 19-48). Beverly Hills: Sage.
Correlates of War Project. National Material Capabilities, version 7.0.
https://correlatesofwar.org/data-sets/national-material-capabilities/
"""

from __future__ import annotations

import re

from foedus.errors import DataFileError
from foedus.importers.columns import Column, state_code, year_column
from foedus.importers.datafile import DataFile
from foedus.importers.tabular import Layout

__all__ = ["CAPABILITY_COLUMNS", "capabilities_layout", "nmc_version_from_name"]

#: The six components of the composite index and the index itself, in NMC's column order.
CAPABILITY_COLUMNS: tuple[str, ...] = ("milex", "milper", "irst", "pec", "tpop", "upop", "cinc")

_NAME_VERSION = re.compile(r"nmc[-_ ]?v?(\d)(?:[-_.]?(\d))?(?!\d)", re.IGNORECASE)


def _component(name: str) -> Column:
    high = 1 if name == "cinc" else 1e15
    return Column(name, "real", low=0, high=high, unknown=(-9,), empty=True)


def _layout(name: str, abbreviation: bool) -> Layout:
    columns = [state_code("ccode"), year_column("year"), *(_component(c) for c in CAPABILITY_COLUMNS)]
    if abbreviation:
        columns.insert(0, Column("stateabb", "text"))
    return Layout(
        dataset="nmc",
        name=name,
        target="capabilities",
        columns=tuple(columns),
        unique=((("ccode", "year"), "year", "state-year"),),
        store_sql=f"""INSERT INTO capabilities SELECT $sha256, $version, _line, ccode, year,
                      {", ".join(CAPABILITY_COLUMNS)} FROM _foedus_good ORDER BY _line""",
        coverage_sql="SELECT min(year), max(year) FROM capabilities WHERE file_sha256 = $sha256",
        version_column="version",
        version_format=lambda value: f"{value:g}",
        supersede_by_version=True,
    )


_ORIGINAL = _layout("original", abbreviation=True)
_PROCESSED = _layout("processed", abbreviation=False)


def nmc_version_from_name(name: str) -> str | None:
    """Return the NMC version a file's name states (``NMC-60-abridged.csv``: ``6.0``), or None."""
    match = _NAME_VERSION.search(name)
    return f"{match.group(1)}.{match.group(2) or 0}" if match else None


def capabilities_layout(data: DataFile, header: set[str]) -> tuple[Layout, str | None]:
    """Return the layout of an NMC file (from its lower-cased header) and the version its name states.

    Raises
    ------
    DataFileError
        If the header is neither NMC layout.
    """
    if not {"ccode", "year", "cinc", "milex"} <= header:
        raise DataFileError([data.problem(
            "is not a National Material Capabilities file: expected NMC's abridged file (stateabb, ccode, year, "
            "milex, milper, irst, pec, tpop, upop, cinc, version) or peacesciencer's copy without stateabb", 1)])
    return (_ORIGINAL if "stateabb" in header else _PROCESSED), nmc_version_from_name(data.name)
