"""What a data family declares: its store tables, importer, shipped tables, works to cite, CLI help and panel verb.

Nothing here imports more than the standard library, so that the registry can be read at start-up (the CLI builds
its ``import`` commands from it) without loading DuckDB, pandas or the importers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Family", "Feature", "ModelFeatures", "ShippedTable", "SpellYearSQL", "latest_rows"]


@dataclass(frozen=True)
class ShippedTable:
    """One shipped table: its file, the dataset it is derived from, and its columns (name, DuckDB type).

    ``family`` names the kind of data (the store table an import of the same dataset fills); ``inputs`` the
    original files it is built from; ``citations`` the ids of the works to cite (see :mod:`foedus.cite`);
    ``imported`` the SQL that reads an import of the same data in the table's columns (what ``foedus data build``
    writes, and what a store with the import reads instead of the file); ``in_model`` whether the breach model
    rests on it; ``stored_with`` the family whose import stores this one's rows beside its own.
    """

    name: str
    family: str
    dataset: str
    version: str
    description: str
    inputs: tuple[str, ...]
    citations: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]
    imported: str = ""
    in_model: bool = True
    stored_with: str | None = None

    @property
    def file(self) -> str:
        """Return the file's name in the package."""
        return f"{self.name}.csv.gz"


@dataclass(frozen=True)
class Feature:
    """One covariate of the breach model that a family's data give each unit, year by year.

    ``kind`` says how a value is treated where it is unknown (:mod:`foedus.reliability.design`): a ``"condition"``
    (a state of affairs) is carried forward within the unit from its last known value, else set to the training
    rows' median, or to 0 where ``zero`` (no shift, no rivalry), and in a forecast it is held at its value in the
    origin year; an ``"event"`` of the year is set to its mean in the training rows, and so is every future year's;
    a ``"fixed"`` feature is known for every unit-year. ``since_start``: a change since the unit began, so 0 for a
    new alliance.
    """

    name: str
    kind: Literal["condition", "event", "fixed"]
    zero: bool = False
    since_start: bool = False


@dataclass(frozen=True)
class SpellYearSQL:
    """A family's part of the breach model's spell-year query
    (:func:`foedus.reliability.covariates.spell_year_covariates`).

    The query walks the rows ``sy`` of ``spell_years``: ``spell``, ``alliance``, ``ccode1``, ``ccode2`` (the pair),
    ``first_year`` (the year the spell began) and ``year``; ``_foedus_entries`` holds every alliance membership
    (``alliance``, ``ccode``, ``year``, ``exit``, ``members``). A family adds its common table expressions
    (``ctes``: ``name AS (...)``, comma-separated), its ``joins`` onto ``sy`` (LEFT or CROSS joins that keep one row
    per spell-year) and its ``select`` expressions, which give exactly ``columns``. Its names (CTEs, join aliases,
    columns) must be its own. In the SQL text, ``{name}`` stands for the relation of the universe family ``name``
    it reads (one of ``reads``: the store's import, else the shipped table) and ``{name_last}`` for the last year
    that relation covers (``NULL::INTEGER`` if unknown); a literal brace is written twice.
    """

    reads: tuple[str, ...]
    columns: tuple[str, ...]
    select: str
    ctes: str = ""
    joins: str = ""


@dataclass(frozen=True)
class ModelFeatures:
    """What a family gives the breach model: the words that name it in a specification's description
    (:meth:`foedus.reliability.design.Specification.describe`), its features, how they are derived and its part of
    the spell-year query.

    ``derive`` takes the spell-year columns (``columns``: those of every family's ``spell_years`` and the unit's own,
    such as ``major``, each a float array with NaN where unknown, one value per unit-year) and returns each of the
    family's features by name, NaN where unknown (:func:`foedus.reliability.design.unit_years` carries conditions
    forward and fills what stays unknown). A specification takes the features through a
    :class:`foedus.reliability.design.Covariates` term that names the family.
    """

    words: str
    features: tuple[Feature, ...]
    derive: Callable[[Mapping[str, NDArray[np.float64]]], dict[str, NDArray[np.float64]]]
    spell_years: SpellYearSQL | None = None


@dataclass(frozen=True)
class Family:
    """One family of research data and everything foedus does with it.

    Attributes
    ----------
    name : str
        The family's name, as ``foedus panel --with`` and ``foedus cite --panel`` take it.
    title : str
        What the data are, in a few words.
    command : str or None
        The ``foedus import`` command of a covariate dataset read by :func:`foedus.importers.import_covariates`
        (also the ``dataset`` of its ``imported_files`` rows); None for ATOP and the state systems, which have
        commands of their own.
    files_help : str
        The files the import command reads (its help text).
    layout : str or None
        ``"module:function"`` telling a file's layout and version from its header (imported when a file is read).
    tables : tuple of str
        The store tables an import fills.
    migrations : tuple of (str, str)
        Schema migrations (name, DDL) creating the tables of a family added after the store's own migrations;
        applied in order of name after them (:mod:`foedus.store`).
    shipped : tuple of ShippedTable
        The tables derived from the family's original files that ship with foedus.
    references : tuple of dict
        The works behind the data (source records, as in a ledger's ``sources``).
    cited_for : mapping
        The ids of the works to cite for an imported file of each layout (None: any layout).
    verb : str or None
        ``"module:function"`` of the family's panel verb.
    verb_units : tuple of str
        The panels the verb accepts: "state-year", "dyad-year" or both.
    model : ModelFeatures or None
        The covariates the family gives the breach model (None: it gives none).
    """

    name: str
    title: str
    command: str | None
    files_help: str
    layout: str | None
    tables: tuple[str, ...]
    shipped: tuple[ShippedTable, ...] = ()
    references: tuple[dict[str, Any], ...] = ()
    cited_for: Mapping[str | None, tuple[str, ...]] = field(default_factory=dict)
    verb: str | None = None
    verb_units: tuple[str, ...] = ("state-year", "dyad-year")
    migrations: tuple[tuple[str, str], ...] = ()
    model: ModelFeatures | None = None

    @property
    def citations(self) -> tuple[str, ...]:
        """Return the ids of every work the family rests on, in order, once each."""
        ids = [key for table in self.shipped for key in table.citations]
        ids += [key for keys in self.cited_for.values() for key in keys]
        ids += [r["id"] for r in self.references]
        return tuple(dict.fromkeys(ids))

    @property
    def verb_name(self) -> str | None:
        """Return the name of the panel verb's function."""
        return self.verb.split(":")[1] if self.verb else None


def latest_rows(table: str, columns: str, key: str | None = None, where: str = "TRUE") -> str:
    """SQL reading ``columns`` of ``table``: where several imported files give the same ``key``, the latest file's
    row wins; without a key, only the latest file's rows are read."""
    rank = (f"row_number() OVER (PARTITION BY {key} ORDER BY f.imported_at DESC, f.sha256)" if key
            else "dense_rank() OVER (ORDER BY f.imported_at DESC, f.sha256)")
    return f"""SELECT {columns} FROM (
                   SELECT t.*, {rank} AS _rank FROM {table} t JOIN imported_files f ON f.sha256 = t.file_sha256
                   WHERE {where}) WHERE _rank = 1"""
