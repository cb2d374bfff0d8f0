"""Named priors for the breach model, each from a figure in the literature.

The figure each prior takes is the share of alliance commitments that were *not* kept. The model reads it as the
share of alliance endings that are breaches (at baseline covariates): a prior on ``beta_breach[0] -
beta_other[0]``, the log of the ratio of the breach hazard to the hazard of every other ending. These are not the
same quantity (the studies count commitments tested by war, the model counts endings of any kind), so each prior
is given a wide spread: it says roughly where the answer lies, and the data move it.

References
----------
Sabrosky, A. N. (1980). Interstate alliances: Their reliability and the expansion of war. In J. D. Singer (Ed.),
*The Correlates of War II: Testing Some Realpolitik Models* (pp. 161-198). Free Press.
Leeds, B. A., Long, A. G., & Mitchell, S. M. (2000). Reevaluating alliance reliability: Specific threats, specific
promises. *Journal of Conflict Resolution*, 44(5), 686-699. https://doi.org/10.1177/0022002700044005006
Leeds, B. A. (2003). Alliance reliability in times of war: Explaining state decisions to violate treaties.
*International Organization*, 57(4), 801-827. https://doi.org/10.1017/S0020818303574057
Berkemeier, M., & Fuhrmann, M. (2018). Reassessing the fulfillment of alliance commitments in war. *Research &
Politics*, 5(2). https://doi.org/10.1177/2053168018779697
Gelman, A., Jakulin, A., Pittau, M. G., & Su, Y.-S. (2008). A weakly informative default prior distribution for
logistic and other regression models. *The Annals of Applied Statistics*, 2(4), 1360-1383.
https://doi.org/10.1214/08-AOAS191
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["DEFAULT_PRIOR", "LITERATURE", "PRIORS", "Prior", "get_prior", "prior_table"]


@dataclass(frozen=True)
class Prior:
    """A prior on the share of alliance endings that are breaches, with its source."""

    name: str
    breach_share: float
    spread: float  # standard deviation of the prior on the log hazard ratio breach : other ending
    source: str
    note: str

    @property
    def log_ratio(self) -> float:
        """Return the prior mean of ``log(breach hazard / other-ending hazard)``."""
        return math.log(self.breach_share / (1.0 - self.breach_share))


#: Weakly informative scale for every other coefficient (log hazard ratios), after Gelman et al. (2008).
COEFFICIENT_SCALE = 1.5
#: Prior mean and scale of the log yearly hazard of an ending other than breach: of the 1,336 ATOP 4.01 member
#: phases that ended, the mean had lasted 9.5 years (the median 6), so about 1/10 a year, held widely.
OTHER_INTERCEPT = (math.log(1 / 10), 2.0)
#: Prior on the log of each gamma frailty's shape ``alpha`` (one for pairs, one for states; the variance between
#: groups is ``1/alpha``): centred on a variance of 1, wide enough (90%: 0.08 to 12) for the data to set it.
LOG_SHAPE = (0.0, 1.5)

PRIORS: dict[str, Prior] = {
    p.name: p
    for p in (
        Prior("leeds-2003", 0.25, 1.0, "Leeds (2003); Leeds, Long & Mitchell (2000)",
              "About three quarters of alliance commitments were kept when the casus foederis arose, 1816-1944."),
        Prior("sabrosky-1980", 0.75, 1.0, "Sabrosky (1980), as quoted by Leeds, Long & Mitchell (2000)",
              "About a quarter of alliances were honored when war came."),
        Prior("berkemeier-fuhrmann-2018", 0.50, 1.0, "Berkemeier & Fuhrmann (2018)",
              "Half of alliance commitments were fulfilled in war, 1816-2003."),
        Prior("berkemeier-fuhrmann-2018-post1945", 0.78, 1.0, "Berkemeier & Fuhrmann (2018)",
              "After 1945 only 22% of commitments were fulfilled."),
        Prior("flat", 0.50, 10.0, "none", "Practically flat: the data alone speak."),
    )
}
DEFAULT_PRIOR = "leeds-2003"


def get_prior(name: str) -> Prior:
    """Return the prior called ``name``.

    Raises
    ------
    ValueError
        If there is none; the message lists the names there are.
    """
    try:
        return PRIORS[name]
    except KeyError:
        raise ValueError(f"unknown prior {name!r}; choose one of: {', '.join(PRIORS)}") from None


#: The literature's figures on broken alliance commitments, to set a fit's share of breached spells beside.
LITERATURE: tuple[dict[str, str | float], ...] = (
    {"source": "Sabrosky (1980)", "share": 0.75, "what": "alliances not honored when war came"},
    {"source": "Leeds, Long & Mitchell (2000)", "share": 0.255,
     "what": "commitments not kept when the casus foederis arose, 1816-1944"},
    {"source": "Leeds (2003)", "share": 0.25, "what": "commitments violated when tested by war"},
    {"source": "Berkemeier & Fuhrmann (2018)", "share": 0.50, "what": "commitments not fulfilled in war, 1816-2003"},
    {"source": "Berkemeier & Fuhrmann (2018)", "share": 0.78, "what": "the same, after 1945"},
)


def prior_table() -> list[str]:
    """Return every prior the model uses, one per line: the named breach-share priors, then the others."""
    lines = ["Priors on the share of endings that are breaches (choose with --prior):"]
    for prior in PRIORS.values():
        mark = " (default)" if prior.name == DEFAULT_PRIOR else ""
        lines.append(f"  {prior.name}{mark}: breach share {prior.breach_share:.2f}, spread {prior.spread} on the log "
                     f"ratio of the breach to the other-ending intercept; {prior.source}. {prior.note}")
    _, sd_o = OTHER_INTERCEPT
    mu_a, sd_a = LOG_SHAPE
    low, high = math.exp(-(mu_a + 1.645 * sd_a)), math.exp(-(mu_a - 1.645 * sd_a))
    lines += [
        "Every other coefficient (log hazard ratios, both hazards): normal, mean 0, sd "
        f"{COEFFICIENT_SCALE} (weakly informative, after Gelman et al. 2008).",
        f"Intercept of the other-ending hazard (an alliance ten years old): normal, mean log(1/10), sd {sd_o}.",
        f"Frailty variance between pairs, and between states (1/alpha): log alpha normal, mean {mu_a}, sd {sd_a}; "
        f"90% of its mass between {low:.2f} and {high:.2f}. `foedus assess` prints each variance's posterior "
        "beside this prior.",
    ]
    return lines
