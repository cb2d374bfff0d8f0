"""Alliance records: one reader of the ledgers' treaties and of ATOP's alliances, one record, one key.

- :mod:`foedus.records.keys`: an alliance's key (a ledger slug, or ``atop-<id>``) and the one rule that makes it.
- :mod:`foedus.records.alliances`: :class:`AllianceRecord`, read from the ledger tables
  (:func:`ledger_alliance_records`) and ATOP's member phases (:func:`atop_alliance_records`).

The model's spells and units, the pair history, the treaty pages and the ledger browser are views over these.
"""

from foedus.records.alliances import (
    AllianceRecord,
    MemberRecord,
    atop_alliance_records,
    held_atopids,
    is_bilateral,
    ledger_alliance_records,
    ledger_slug_of_atop,
    member_name,
)
from foedus.records.keys import ATOP_PREFIX, ATOP_SLUG, AllianceKey, atop_slug, atopid_of

__all__ = [
    "ATOP_PREFIX", "ATOP_SLUG", "AllianceKey", "AllianceRecord", "MemberRecord", "atop_alliance_records",
    "atop_slug", "atopid_of", "held_atopids", "is_bilateral", "ledger_alliance_records", "ledger_slug_of_atop",
    "member_name",
]
