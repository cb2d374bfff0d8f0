"""Alliance reliability: spells, the breach model, forecasts and backtests."""
