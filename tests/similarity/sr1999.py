"""Signorino & Ritter (1999), Table 6, written by hand from the article: Germany's and Russia's alliance portfolios in
1914 on the paper's 0-3 scale (3 the strongest tie), with each state's share of the system's capabilities.

Signorino, C. S., & Ritter, J. M. (1999). Tau-b or not tau-b: Measuring the similarity of foreign policy positions.
*International Studies Quarterly*, 43(1), 115-144. https://doi.org/10.1111/0020-8833.00113
"""

from __future__ import annotations

#: (state, capability share, Germany's tie, Russia's tie), in the table's order.
TABLE_6: tuple[tuple[str, float, int, int], ...] = (
    ("GMY", 0.25, 3, 0),
    ("RUS", 0.21, 0, 3),
    ("UKG", 0.20, 0, 1),
    ("FRN", 0.08, 0, 3),
    ("AUH", 0.08, 3, 0),
    ("ITA", 0.05, 3, 1),
    ("BEL", 0.03, 0, 0),
    ("SPN", 0.03, 0, 0),
    ("TUR", 0.02, 0, 0),
    ("NTH", 0.01, 0, 0),
    ("SWD", 0.01, 0, 0),
    ("RUM", 0.01, 3, 0),
    ("POR", 0.01, 0, 0),
    ("SWZ", 0.01, 0, 0),
    ("GRC", 0.0, 0, 0),
    ("DEN", 0.0, 0, 0),
    ("YUG", 0.0, 0, 0),
    ("BUL", 0.0, 0, 0),
    ("NOR", 0.0, 0, 0),
    ("ALB", 0.0, 0, 0),
)

#: The values the article prints for them.
PUBLISHED = {"taub": 0.0303, "s": 0.40, "s_cinc": -0.46}
