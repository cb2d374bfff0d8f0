"""Alliance-portfolio similarity: Signorino and Ritter's S, Häge's κ and π, and Kendall's τb, for any dyad-years.

:mod:`~foedus.similarity.measures` computes every measure for all pairs of portfolios at once;
:mod:`~foedus.similarity.portfolios` builds each year's portfolios from the universe the breach model uses;
:mod:`~foedus.similarity.dyads` reads them for any dyad-years; :func:`with_similarity` merges them into a panel and
:func:`pair_similarity` gives one pair's years beside the agreements of its record. Each name is imported from its
module on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus._lazy import lazy_exports

__all__ = [
    "MEASURES",
    "PairSimilarity",
    "SimilarityError",
    "dyad_similarity",
    "pair_similarity",
    "portfolio_similarity",
    "similarity_matrices",
    "with_similarity",
]

_WHERE = {
    "MEASURES": "foedus.similarity.measures",
    "SimilarityError": "foedus.similarity.measures",
    "portfolio_similarity": "foedus.similarity.measures",
    "similarity_matrices": "foedus.similarity.measures",
    "dyad_similarity": "foedus.similarity.dyads",
    "PairSimilarity": "foedus.similarity.pair",
    "pair_similarity": "foedus.similarity.pair",
    "with_similarity": "foedus.similarity.panel",
}

if TYPE_CHECKING:
    from foedus.similarity.dyads import dyad_similarity
    from foedus.similarity.measures import MEASURES, SimilarityError, portfolio_similarity, similarity_matrices
    from foedus.similarity.pair import PairSimilarity, pair_similarity
    from foedus.similarity.panel import with_similarity

__getattr__, __dir__ = lazy_exports("foedus.similarity", globals(), _WHERE, __all__)
