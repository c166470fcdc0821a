"""Rows written straight into reflected tables, for tests that hold a schema at a given revision (no models)."""

_ACCOUNT = dict(kind="customer", may_go_negative=False, debits_posted=0, credits_posted=0, debits_pending=0,
                credits_pending=0, version=1)


def two_customer_accounts(connection, ledger_accounts) -> None:
    """Customer accounts 101 (C1) and 102 (C2), empty: a transfer between them needs nothing else."""
    connection.execute(ledger_accounts.insert(), [
        dict(_ACCOUNT, id=101, code="customer:C1:available", customer_ref="C1", name="C1"),
        dict(_ACCOUNT, id=102, code="customer:C2:available", customer_ref="C2", name="C2")])
