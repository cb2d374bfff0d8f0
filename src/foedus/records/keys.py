"""The one key of an alliance: a ledger treaty's slug, or ``atop-<id>`` for an alliance known only from ATOP.

Every surface (the model's spells and units, the pair history, the treaty pages, the ledger browser, the article
check, similarity) names an alliance by this key; the ``atop-<id>`` rule is written here and nowhere else.
"""

from __future__ import annotations

import re

__all__ = ["ATOP_PREFIX", "ATOP_SLUG", "AllianceKey", "atop_slug", "atopid_of"]

#: An alliance's key: a ledger treaty's slug, or ``atop-<id>`` (:func:`atop_slug`) for one known only from ATOP.
AllianceKey = str

#: What starts the key of an alliance known only from ATOP.
ATOP_PREFIX = "atop-"

#: The key of an alliance known only from ATOP: :data:`ATOP_PREFIX` and its ATOP id.
ATOP_SLUG = re.compile(rf"^{ATOP_PREFIX}([0-9]{{1,9}})$")


def atop_slug(atopid: int) -> AllianceKey:
    """Return the key of ATOP alliance ``atopid`` (``atop-4170``)."""
    return f"{ATOP_PREFIX}{atopid}"


def atopid_of(key: str) -> int | None:
    """Return the ATOP id a key of the form ``atop-<id>`` names, or None for any other key (a ledger's slug)."""
    match = ATOP_SLUG.match(key)
    return int(match.group(1)) if match else None
