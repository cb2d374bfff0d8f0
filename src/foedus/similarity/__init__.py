"""Alliance-portfolio similarity: S, kappa, pi and tau-b, their portfolios and surfaces."""
