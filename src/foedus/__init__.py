"""foedus: the history and reliability of alliances between states.

Importing foedus is cheap: each name below is imported from its module on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus._lazy import lazy_exports
from foedus.families import FAMILIES as _FAMILIES

__version__ = "0.1.0"

__all__ = [
    "AmbiguousStateError",
    "ArticleError",
    "Assessment",
    "Backtest",
    "BreachModel",
    "CheckResult",
    "DataFileError",
    "FoedusError",
    "Ledger",
    "LedgerError",
    "PairHistory",
    "PairSimilarity",
    "Panel",
    "PartialDate",
    "Problem",
    "StateNotFoundError",
    "StoreBusyError",
    "StoreError",
    "__version__",
    "assess",
    "atop_ending",
    "backtest",
    "bibtex",
    "check_article",
    "check_text",
    "dyad_years",
    "import_atop",
    "import_covariates",
    "import_states",
    "load_ledger",
    "open",
    "open_store",
    "pair_history",
    "pair_similarity",
    "panel_sources",
    "portfolio_similarity",
    "read_ledger",
    "resolve_state",
    "state_name",
    "state_years",
    "validate_ledger",
    "with_alliances",
    "with_capabilities",
    "with_democracy",
    "with_disputes",
    "with_leaders",
    "with_majors",
    "with_rivalries",
    "with_similarity",
    "with_wars",
]

_WHERE = {
    "AmbiguousStateError": "foedus.errors",
    "ArticleError": "foedus.check",
    "CheckResult": "foedus.check",
    "check_article": "foedus.check",
    "check_text": "foedus.check",
    "Assessment": "foedus.reliability.assess",
    "assess": "foedus.reliability.assess",
    "Backtest": "foedus.reliability.backtest",
    "backtest": "foedus.reliability.fits",
    "BreachModel": "foedus.reliability.model",
    "DataFileError": "foedus.errors",
    "FoedusError": "foedus.errors",
    "LedgerError": "foedus.errors",
    "Problem": "foedus.errors",
    "StateNotFoundError": "foedus.errors",
    "StoreBusyError": "foedus.errors",
    "StoreError": "foedus.errors",
    "PartialDate": "foedus.dates",
    "atop_ending": "foedus.codings",
    "bibtex": "foedus.cite",
    "Ledger": "foedus.api",
    "load_ledger": "foedus.api",
    "open": "foedus.api",
    "open_store": "foedus.store",
    "PairHistory": "foedus.history",
    "pair_history": "foedus.history",
    "read_ledger": "foedus.ledger.files",
    "validate_ledger": "foedus.ledger.files",
    "resolve_state": "foedus.states",
    "state_name": "foedus.states",
    "import_atop": "foedus.importers",
    "import_covariates": "foedus.importers",
    "import_states": "foedus.importers",
    "Panel": "foedus.panels",
    "dyad_years": "foedus.panels",
    "panel_sources": "foedus.panels",
    "state_years": "foedus.panels",
    "with_alliances": "foedus.panels",
    "with_majors": "foedus.panels",
    "PairSimilarity": "foedus.similarity.pair",
    "pair_similarity": "foedus.similarity.pair",
    "portfolio_similarity": "foedus.similarity.measures",
    "with_similarity": "foedus.similarity.panel",
}

# The panel verb of every data family (with_capabilities, with_wars, ...): the registry names them, and a family
# added since the list above is exported too.
_WHERE.update({f.verb_name: f.verb.split(":")[0] for f in _FAMILIES if f.verb and f.verb_name})
__all__ = sorted({*__all__, *_WHERE})

if TYPE_CHECKING:
    from foedus.api import Ledger, load_ledger, open
    from foedus.check import ArticleError, CheckResult, check_article, check_text
    from foedus.cite import bibtex
    from foedus.codings import atop_ending
    from foedus.dates import PartialDate
    from foedus.errors import (
        AmbiguousStateError,
        DataFileError,
        FoedusError,
        LedgerError,
        Problem,
        StateNotFoundError,
        StoreBusyError,
        StoreError,
    )
    from foedus.families.capabilities import with_capabilities
    from foedus.families.democracy import with_democracy
    from foedus.families.disputes import with_disputes
    from foedus.families.leaders import with_leaders
    from foedus.families.rivalries import with_rivalries
    from foedus.families.wars import with_wars
    from foedus.history import PairHistory, pair_history
    from foedus.importers import import_atop, import_covariates, import_states
    from foedus.ledger.files import read_ledger, validate_ledger
    from foedus.panels import Panel, dyad_years, panel_sources, state_years, with_alliances, with_majors
    from foedus.reliability.assess import Assessment, assess
    from foedus.reliability.backtest import Backtest
    from foedus.reliability.model import BreachModel
    from foedus.similarity.measures import portfolio_similarity
    from foedus.similarity.pair import PairSimilarity, pair_similarity
    from foedus.similarity.panel import with_similarity
    from foedus.states import resolve_state, state_name
    from foedus.store import open_store


__getattr__, __dir__ = lazy_exports('foedus', globals(), _WHERE, __all__)
