"""Spells drawn from a known process, for tests of the breach model."""

from __future__ import annotations

import numpy as np
import pandas as pd

from foedus.reliability.spells import SPELL_COLUMNS


def synthetic_spells(
    pairs: int = 60, spells_per_pair: int = 3, breach_rate: float = 0.03, other_rate: float = 0.08,
    seed: int = 7, first_year: float = 1850.0, last_year: float = 2000.0,
) -> pd.DataFrame:
    """Return bilateral defense spells with exponential times to breach and to other endings, censored at the end."""
    rng = np.random.default_rng(seed)
    rows = []
    for pair in range(pairs):
        start = first_year + rng.uniform(0, 30)
        for _ in range(spells_per_pair):
            if start >= last_year:
                break
            to_breach, to_other = rng.exponential(1 / breach_rate), rng.exponential(1 / other_rate)
            length = min(to_breach, to_other)
            end = start + length
            censored = end >= last_year
            breach = not censored and to_breach < to_other
            rows.append({
                "alliance": f"a{pair}-{start:.0f}", "source": "synthetic", "title": "synthetic", "ccode1": 2 + pair,
                "ccode2": 500 + pair, "start": start, "end": min(end, last_year), "censored": censored,
                "ending": None if censored else ("violated" if breach else "expired"), "breach": breach,
                "breached_by": [], "coded_by": "synthetic", "defense": True, "offense": False, "neutrality": False,
                "non_aggression": False, "consultation": False, "bilateral": True, "members": 2, "weight": 1.0,
                "era": "pre-1945" if start < 1945 else "post-1945", "major": None, "prior_spells": 0,
                "prior_breaches": 0,
            })
            start = min(end, last_year) + rng.uniform(0, 5)
    return pd.DataFrame(rows, columns=list(SPELL_COLUMNS))
