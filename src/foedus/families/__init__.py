"""The families of research data foedus reads, one module each, and the one registry of them.

=================  ===============================================  =============  ======================
family             data                                             import         panel verb
=================  ===============================================  =============  ======================
``atop``           ATOP alliances, members, dyad-years, conditions  ``atop``       ``with_alliances``
``capabilities``   COW National Material Capabilities               ``nmc``        ``with_capabilities``
``democracy``      V-Dem, Polity5, extended UDS                     ``democracy``  ``with_democracy``
``rivalries``      Thompson & Dreyer strategic rivalries            ``rivalries``  ``with_rivalries``
``disputes``       COW Militarized Interstate Disputes              ``mids``       ``with_disputes``
``state_systems``  COW and Gleditsch-Ward state systems, majors     ``states``     ``with_majors``
``leaders``        Archigos                                         ``archigos``   ``with_leaders``
``wars``           COW Inter-State Wars                             ``wars``       ``with_wars``
``gdp``            Fariss et al. GDP, GDP per capita, population    ``gdp``        ``with_gdp``
=================  ===============================================  =============  ======================

A family's module declares a :class:`Family`: the store tables its import fills, the function that tells a file's
layout, the tables shipped with foedus and the SQL reading an import in their columns, the works to cite, the
``foedus import`` help, its panel verb and the covariates it gives the breach model (:class:`ModelFeatures`: the
features, its part of the spell-year query, :class:`SpellYearSQL`, and how the features are derived from it).
:data:`FAMILIES` drives ``foedus import``, ``foedus data build``, ``foedus data list``, ``foedus cite``, the universe
(:mod:`foedus.universe`), ``foedus panel --with`` and the model's covariates (:mod:`foedus.reliability.design`).

Adding a family is one module here and one line in :data:`_MODULES`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from foedus.families._base import Family, Feature, ModelFeatures, ShippedTable, SpellYearSQL, latest_rows

__all__ = [
    "FAMILIES", "SHIPPED_TABLES", "Family", "Feature", "ModelFeatures", "ShippedTable", "SpellYearSQL",
    "covariate_family", "family", "latest_rows", "panel_family", "panel_names", "panel_verb",
]

#: The family modules, in order (the order of ``foedus data list``, of the universe's tables and of citations).
_MODULES: tuple[str, ...] = (
    "atop",
    "capabilities",
    "democracy",
    "rivalries",
    "disputes",
    "state_systems",
    "leaders",
    "wars",
    "gdp",
)

#: Every family, in registry order.
FAMILIES: tuple[Family, ...] = tuple(import_module(f"foedus.families.{m}").FAMILY for m in _MODULES)

#: Every table that ships with foedus, in build order.
SHIPPED_TABLES: tuple[ShippedTable, ...] = tuple(t for f in FAMILIES for t in f.shipped)


def family(name: str) -> Family:
    """Return the family called ``name``.

    Raises
    ------
    KeyError
        If there is none (the message lists them).
    """
    for item in FAMILIES:
        if item.name == name:
            return item
    raise KeyError(f"no data family {name!r}; there are: {', '.join(f.name for f in FAMILIES)}")


def covariate_family(command: str) -> Family:
    """Return the family whose ``foedus import`` command (and imported ``dataset``) is ``command``.

    Raises
    ------
    ValueError
        If no family imports through :func:`foedus.importers.import_covariates` under that name.
    """
    for item in FAMILIES:
        if item.command == command:
            return item
    known = ", ".join(f.command for f in FAMILIES if f.command)
    raise ValueError(f"unknown covariate dataset {command!r}; use one of: {known}")


#: The name ``foedus panel --with`` takes for a family whose verb predates the registry (and their families).
_PANEL_NAMES = {"atop": "atop", "majors": "state_systems"}


def panel_family(name: str) -> Family:
    """Return the family a ``--with`` name of ``foedus panel`` merges (``atop``, ``majors`` or a family's name).

    Raises
    ------
    KeyError
        If no family has a panel verb under that name.
    """
    found = family(_PANEL_NAMES.get(name, name))
    if found.verb is None:
        raise KeyError(f"the {name} family has no panel verb")
    return found


def panel_names() -> tuple[str, ...]:
    """Return the names ``foedus panel --with`` takes for the families with a verb."""
    back = {v: k for k, v in _PANEL_NAMES.items()}
    return tuple(back.get(f.name, f.name) for f in FAMILIES if f.verb)


def panel_verb(item: Family) -> Any:
    """Return the panel verb of ``item`` (imported on first use)."""
    if item.verb is None:
        raise KeyError(f"the {item.name} family has no panel verb")
    module, name = item.verb.split(":")
    return getattr(import_module(module), name)
