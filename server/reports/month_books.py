"""The rows the monthly report rebuilds month ends from, read once: the loans paid out with their end (settled,
compensated, written off) and investors, each installment with its dated receipts, the compensation transfers of
the ledger and the periods in which customers were related parties of the platform. Nothing here depends on a loan's state now: a month end
is rebuilt from times alone, so the running month and a past one are figured the same way."""

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import accumulate

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.customers import related_parties
from server.customers.related_parties import Period
from server.ledger.models import LedgerTransfer
from server.loans.after.models import LoanProposal
from server.loans.models import Installment, Investment, LoanApplication, LoanEvent, Repayment

CLOSING_STATES = ("compensated", "written_off")
CHUNK = 500


@dataclass
class InstallmentBook:
    due: date
    principal_fen: int
    interest_fen: int
    # Receipts in time order with running sums: what was paid before an instant is one bisect away.
    times: list[datetime] = field(default_factory=list)
    principal_paid: list[int] = field(default_factory=list)
    interest_paid: list[int] = field(default_factory=list)

    def paid_before(self, at: datetime) -> tuple[int, int]:
        """(principal, interest) received before `at`, never more than the installment asks."""
        n = bisect_left(self.times, at)
        if not n:
            return 0, 0
        return min(self.principal_paid[n - 1], self.principal_fen), min(self.interest_paid[n - 1], self.interest_fen)


@dataclass
class LoanBook:
    id: int
    number: str
    borrower_id: int
    amount_fen: int
    disbursed_at: datetime
    ended_at: datetime | None = None
    ended_as: str | None = None  # settled | compensated | written_off
    investors: dict[str, int] = field(default_factory=dict)  # customer number -> amount lent
    installments: list[InstallmentBook] = field(default_factory=list)


@dataclass
class Books:
    loans: list[LoanBook]
    compensations: list[tuple[datetime, str, int]]  # (posted at, loan number, amount), in time order
    related: list[Period]  # every related party's periods (server/customers/related_parties.py)

    def related_at(self, moment: datetime) -> tuple[set[int], set[str]]:
        """The related parties at `moment`: borrowers by customer id, investors by customer number."""
        marked = [p for p in self.related if p.covers(moment)]
        return {p.customer_id for p in marked}, {p.number for p in marked}


def _first_end(loan: LoanBook, at: datetime | None, kind: str) -> None:
    if at is not None and (loan.ended_at is None or at < loan.ended_at):
        loan.ended_at, loan.ended_as = at, kind


def read_books(db: Session, until: datetime) -> Books:
    """The books up to `until` (the last month end asked): later rows cannot change an earlier month."""
    loans = {row.id: LoanBook(row.id, row.number, row.borrower_id, row.amount_fen, row.disbursed_at)
             for row in db.execute(select(LoanApplication.id, LoanApplication.number, LoanApplication.borrower_id,
                                          LoanApplication.amount_fen, LoanApplication.disbursed_at)
                                   .where(LoanApplication.disbursed_at < until))}
    for app_id, settled_at in db.execute(select(LoanApplication.id, LoanApplication.settled_at)
                                         .where(LoanApplication.disbursed_at < until,
                                                LoanApplication.settled_at < until)):
        _first_end(loans[app_id], settled_at, "settled")
    for app_id, state, at in db.execute(select(LoanEvent.application_id, LoanEvent.to_state, func.min(LoanEvent.at))
                                        .where(LoanEvent.to_state.in_(CLOSING_STATES), LoanEvent.at < until)
                                        .group_by(LoanEvent.application_id, LoanEvent.to_state)):
        if app_id in loans:
            _first_end(loans[app_id], at, state)
    ids = sorted(loans)
    receipts: dict[int, list[tuple[datetime, int, int]]] = defaultdict(list)
    for chunk in range(0, len(ids), CHUNK):
        part = ids[chunk:chunk + CHUNK]
        for app_id, ref, amount in db.execute(select(Investment.application_id, Investment.investor_ref,
                                                     func.sum(Investment.amount_fen))
                                              .where(Investment.application_id.in_(part), Investment.state == "posted")
                                              .group_by(Investment.application_id, Investment.investor_ref)):
            loans[app_id].investors[ref] = int(amount)
        for installment_id, at, principal, interest in db.execute(
                select(Repayment.installment_id, Repayment.at, Repayment.principal_fen, Repayment.interest_fen)
                .where(Repayment.application_id.in_(part), Repayment.at < until)):
            receipts[installment_id].append((at, principal, interest))
        for installment_id, app_id, due, principal, interest in db.execute(
                select(Installment.id, Installment.application_id, Installment.due_date, Installment.principal_fen,
                       Installment.interest_fen).where(Installment.application_id.in_(part))
                .order_by(Installment.application_id, Installment.number)):
            book = InstallmentBook(due, principal, interest)
            paid = sorted(receipts.pop(installment_id, ()))
            book.times = [at for at, _p, _i in paid]
            book.principal_paid = list(accumulate(p for _at, p, _i in paid))
            book.interest_paid = list(accumulate(i for _at, _p, i in paid))
            loans[app_id].installments.append(book)
    compensations = [(at, ref, int(amount)) for at, ref, amount in db.execute(
        select(LedgerTransfer.created_at, LedgerTransfer.reference, LedgerTransfer.amount_fen)
        .where(LedgerTransfer.kind == "compensation", LedgerTransfer.state == "posted",
               LedgerTransfer.created_at < until).order_by(LedgerTransfer.created_at))]
    # A loan compensated before the platform went live came with the go-live import: its compensation is the
    # approved decision alone (the money moved before the opening balances), with no transfer of these books.
    in_ledger = {ref for _at, ref, _amount in compensations}
    compensations.extend((at, number, int(amount)) for at, number, amount in db.execute(
        select(LoanProposal.decided_at, LoanApplication.number, LoanProposal.amount_fen)
        .join(LoanApplication, LoanApplication.id == LoanProposal.application_id)
        .where(LoanProposal.kind == "compensation", LoanProposal.state == "approved",
               LoanProposal.decided_at < until)) if number not in in_ledger)
    compensations.sort(key=lambda c: c[0])
    return Books([loans[i] for i in ids], compensations, related_parties.periods(db, until))
