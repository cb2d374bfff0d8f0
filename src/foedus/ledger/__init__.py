"""Ledger records and files: what a ledger holds and how it is read and checked."""
