"""Reconciliation (对账): the custodian bank's statement against the ledger, day by day."""
