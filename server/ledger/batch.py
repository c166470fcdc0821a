"""A batch of customer-side movements (recharges, withdrawals, investments) in one command: one permission check,
one transaction, one audit record per movement written in one insert, each movement with its own operation id.

Each movement is retried safely on its own: its operation id derives its transfer ids (server/ledger/movements.py),
so a movement sent before is answered as "replayed" and moves nothing. A movement the ledger refuses (not enough
money, an operation id reused for other amounts, an unknown account) is answered "refused" with the reason, and the
others post, unless the caller asks for all or nothing: then one refusal refuses the batch and nothing posts.

The whole batch is first posted in one call of the ledger (one lock round, one insert of all transfers); only when
the ledger refuses it does each movement go again in a savepoint of its own, to tell which one was refused."""

from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy.orm import Session

from server.errors import DomainError
from server.ledger.service import CLEARING, TransferInput, customer_account, post_transfers
from server.notifications.movement_sms import tell_customers

MAX_MOVEMENTS = 10_000
KINDS = ("recharge", "withdrawal", "investment")


@dataclass
class Movement:
    kind: str
    operation_id: str
    customer_ref: str
    amount_fen: int
    reference: str | None = None  # the order number; for an investment, the loan


@dataclass
class Outcome:
    status: str  # posted | replayed | refused
    transfers: list = field(default_factory=list)
    error: DomainError | None = None


class BatchRefused(Exception):
    """All or nothing, and one movement was refused: nothing posts."""

    def __init__(self, index: int, error: DomainError):
        super().__init__(index)
        self.index, self.error = index, error


# A batch names a few hundred customers a thousand times: each one's account code checked and written once.
_account = lru_cache(maxsize=4096)(customer_account)


def _transfer(m: Movement) -> TransferInput:
    if m.kind == "recharge":
        return TransferInput(f"{m.operation_id}:recharge", CLEARING, _account(m.customer_ref), m.amount_fen,
                             "recharge", m.reference)
    if m.kind == "withdrawal":
        return TransferInput(f"{m.operation_id}:withdrawal", _account(m.customer_ref), CLEARING, m.amount_fen,
                             "withdrawal", m.reference)
    return TransferInput(f"{m.operation_id}:freeze", _account(m.customer_ref), _account(m.customer_ref, "frozen"),
                         m.amount_fen, "invest", m.reference, pending=True)


def post_batch(db: Session, movements: list[Movement], all_or_nothing: bool = False) -> list[Outcome]:
    """Posts the movements in the caller's transaction; answers one outcome per movement, in order."""
    items = [_transfer(m) for m in movements]
    try:
        replayed: set[int] = set()
        with db.begin_nested():
            posted = post_transfers(db, items, replayed)
        outcomes = [Outcome("replayed" if n in replayed else "posted", [t]) for n, t in enumerate(posted)]
    except DomainError as whole:
        if all_or_nothing and len(items) == 1:
            raise BatchRefused(0, whole) from None
        outcomes = _one_by_one(db, items, all_or_nothing)
    tell_customers(db, [t for o in outcomes if o.status == "posted" for t in o.transfers])
    return outcomes


def _one_by_one(db: Session, items: list[TransferInput], all_or_nothing: bool) -> list[Outcome]:
    outcomes = []
    for index, item in enumerate(items):
        replayed: set[int] = set()
        try:
            with db.begin_nested():
                [transfer] = post_transfers(db, [item], replayed)
        except DomainError as error:
            if all_or_nothing:
                raise BatchRefused(index, error) from None
            outcomes.append(Outcome("refused", error=error))
            continue
        outcomes.append(Outcome("replayed" if replayed else "posted", [transfer]))
    return outcomes
