"""Reconciliation's typed records and the Qt models of its lists."""
