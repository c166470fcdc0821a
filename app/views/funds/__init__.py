"""Funds: ledger accounts and balances, withdrawals and their review."""
