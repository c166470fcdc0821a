"""Reconciliation with the custodian bank: statement import, the day's workspace."""
