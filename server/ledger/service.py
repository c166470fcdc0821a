"""The ledger's rules: posting transfers atomically, two-phase reservations, reversals.

Every money movement (see `movements.py`) is a list of transfers handed to `post_transfers` in one
transaction. Concurrency: the accounts a batch touches are locked in ascending id order
(SELECT ... FOR UPDATE on PostgreSQL; on SQLite the writer's BEGIN IMMEDIATE already serialises
writers), and only then are balances, existing transfer ids and reservations read, so two
requests racing for the same money see each other's result and can never both spend it.
"""

import re
from dataclasses import dataclass, field
from typing import Union

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.db.base import utcnow
from server.errors import Conflict, NotFound, ValidationFailed
from server.ledger.models import CUSTOMER, KINDS, PENDING, POSTED, VOIDED, LedgerAccount, LedgerTransfer

MAX_TRANSFER_FEN = 10**15  # ten trillion yuan: far above any real movement, far below BIGINT overflow of the sums
TRANSFER_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,64}$")
CUSTOMER_REF = re.compile(r"^[A-Za-z0-9_\-]{1,32}$")
CUSTOMER_SIDES = {"available": "可用余额", "frozen": "冻结金额"}


def customer_account(customer_ref: str, side: str = "available") -> str:
    if not isinstance(customer_ref, str) or not CUSTOMER_REF.match(customer_ref):
        raise ValidationFailed("A customer reference is 1 to 32 letters, digits, '-' or '_'.", code="invalid_customer_ref")
    return f"customer:{customer_ref}:{side}"


def platform_account(name: str) -> str:
    return f"platform:{name}"


CLEARING = platform_account("custodian_clearing")
FEE_INCOME = platform_account("fee_income")
RISK_RESERVE = platform_account("risk_reserve")
PENALTY_INCOME = platform_account("penalty_income")
SUSPENSE = platform_account("suspense")


@dataclass(frozen=True)
class TransferInput:
    """A transfer to post. `pending=True` makes it a reservation; `reverses` names the transfer_id it undoes."""

    transfer_id: str
    debit: str  # account codes
    credit: str
    amount_fen: int
    kind: str
    reference: str | None = None
    pending: bool = False
    reverses: str | None = None
    details: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ResolveInput:
    """Posts (post=True) or voids a reservation by writing the transfer `transfer_id`."""

    transfer_id: str
    pending_transfer_id: str
    post: bool


Item = Union[TransferInput, ResolveInput]


def _check_id(value: str, what: str = "transfer_id") -> None:
    if not isinstance(value, str) or not TRANSFER_ID.match(value):
        raise ValidationFailed(f"A {what} is 1 to 64 letters, digits, '.', ':', '-' or '_'.", code="invalid_transfer_id")


def _check(item: Item) -> None:
    _check_id(item.transfer_id)
    if isinstance(item, ResolveInput):
        _check_id(item.pending_transfer_id, "pending transfer id")
        return
    if type(item.amount_fen) is not int or not 0 < item.amount_fen <= MAX_TRANSFER_FEN:
        raise ValidationFailed("An amount is a whole number of fen above zero.", code="invalid_amount")
    if item.kind not in KINDS:
        raise ValidationFailed(f"Unknown transfer kind {item.kind!r}.", code="invalid_kind")
    if item.debit == item.credit:
        raise ValidationFailed("A transfer moves money between two different accounts.", code="same_account")
    if item.reference is not None and len(item.reference) > 64:
        raise ValidationFailed("A reference is at most 64 characters.", code="invalid_reference")


def _new_account(code: str) -> dict:
    parts = code.split(":")
    if len(parts) != 3 or parts[0] != CUSTOMER or parts[2] not in CUSTOMER_SIDES:
        raise NotFound(f"No ledger account {code}.", code="account_not_found")
    customer_account(parts[1], parts[2])
    return dict(code=code, kind=CUSTOMER, customer_ref=parts[1], name=f"{parts[1]} {CUSTOMER_SIDES[parts[2]]}",
                may_go_negative=False, debits_posted=0, credits_posted=0, debits_pending=0, credits_pending=0,
                version=1)


def ensure_accounts(db: Session, codes) -> None:
    """Opens customer accounts on first use. Two requests opening the same account at once both
    succeed (INSERT ... ON CONFLICT DO NOTHING), so the first deposit race cannot end in a 500."""
    codes = set(codes)
    missing = codes - set(db.scalars(select(LedgerAccount.code).where(LedgerAccount.code.in_(codes))))
    if not missing:
        return
    rows = [_new_account(code) for code in sorted(missing)]
    insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    db.execute(insert(LedgerAccount).values(rows).on_conflict_do_nothing(index_elements=["code"]))


def lock_accounts(db: Session, account_ids) -> dict[int, LedgerAccount]:
    """Locks the rows in ascending id order (the one order every writer uses, so no deadlock) and
    reads them fresh, whatever this session saw before."""
    rows = db.scalars(select(LedgerAccount).where(LedgerAccount.id.in_(set(account_ids)))
                      .order_by(LedgerAccount.id).with_for_update()
                      .execution_options(populate_existing=True)).all()
    return {a.id: a for a in rows}


def _by_transfer_id(db: Session, transfer_ids, lock: bool = False) -> dict[str, LedgerTransfer]:
    if not transfer_ids:
        return {}
    query = select(LedgerTransfer).where(LedgerTransfer.transfer_id.in_(set(transfer_ids)))
    if lock:
        query = query.order_by(LedgerTransfer.id).with_for_update()
    rows = db.scalars(query.execution_options(populate_existing=True)).all()
    return {t.transfer_id: t for t in rows}


def _reused(item: Item, existing: LedgerTransfer) -> Conflict:
    return Conflict(f"The transfer id {item.transfer_id} was already used for another transfer.",
                    code="transfer_id_reused", current=transfer_view(existing, {}))


def _same(item: Item, existing: LedgerTransfer, ids: dict[str, int], related: dict[str, LedgerTransfer]) -> bool:
    if isinstance(item, ResolveInput):
        reservation = related.get(item.pending_transfer_id)
        return (reservation is not None and existing.pending_id == reservation.id
                and existing.state == (POSTED if item.post else VOIDED))
    reversed_id = related[item.reverses].id if item.reverses and item.reverses in related else None
    return (existing.debit_account_id == ids.get(item.debit) and existing.credit_account_id == ids.get(item.credit)
            and existing.amount_fen == item.amount_fen and existing.kind == item.kind
            and existing.reference == item.reference and existing.pending == item.pending
            and existing.pending_id is None and existing.reverses_id == reversed_id)


def _spend(account: LedgerAccount, amount_fen: int, pending: bool) -> None:
    if not account.may_go_negative and account.spendable_fen < amount_fen:
        raise Conflict(f"Account {account.code} has {account.spendable_fen} fen available, {amount_fen} needed.",
                       code="insufficient_funds", account=account.code, available_fen=account.spendable_fen,
                       amount_fen=amount_fen)
    if pending:
        account.debits_pending += amount_fen
    else:
        account.debits_posted += amount_fen
    account.version += 1


def _receive(account: LedgerAccount, amount_fen: int, pending: bool) -> None:
    if pending:
        account.credits_pending += amount_fen
    else:
        account.credits_posted += amount_fen
    account.version += 1


def post_transfers(db: Session, items: list[Item]) -> list[LedgerTransfer]:
    """Posts every item or none (the caller commits). Items are applied in order, and each debit is
    checked against the balance left by the items before it.

    An item whose transfer_id exists already is a replay: with the same fields it answers the
    existing transfer and moves nothing; with other fields it is 409 `transfer_id_reused`.
    Refusals: 409 `insufficient_funds` (with `account` and `available_fen`), 409
    `transfer_not_pending` (a reservation posted or voided already), 409 `not_reversible`,
    404 `transfer_not_found` / `account_not_found`, 422 on malformed items.
    """
    if not items:
        return []
    for item in items:
        _check(item)
    ids_in_batch = [item.transfer_id for item in items]
    if len(set(ids_in_batch)) != len(ids_in_batch):
        raise ValidationFailed("Each transfer in a batch needs its own id.", code="duplicate_transfer_id")

    # Transfers the batch refers to (reservations to resolve, transfers to reverse): read unlocked
    # first only to learn their accounts; their state is read again under the locks.
    related_ids = {i.pending_transfer_id for i in items if isinstance(i, ResolveInput)}
    related_ids |= {i.reverses for i in items if isinstance(i, TransferInput) and i.reverses}
    related = _by_transfer_id(db, related_ids)
    for missing in sorted(related_ids - set(related)):
        raise NotFound(f"No transfer {missing}.", code="transfer_not_found")

    codes = {c for i in items if isinstance(i, TransferInput) for c in (i.debit, i.credit)}
    ensure_accounts(db, codes)
    ids = dict(db.execute(select(LedgerAccount.code, LedgerAccount.id).where(LedgerAccount.code.in_(codes))).all())
    account_ids = set(ids.values()) | {a for t in related.values() for a in (t.debit_account_id, t.credit_account_id)}
    accounts = lock_accounts(db, account_ids)

    # Under the locks: what exists now is final until we commit.
    related = _by_transfer_id(db, related_ids, lock=True)
    existing = _by_transfer_id(db, ids_in_batch)
    results, now = [], utcnow()
    for item in items:
        found = existing.get(item.transfer_id)
        if found is not None:
            if not _same(item, found, ids, related):
                raise _reused(item, found)
            results.append(found)
            continue
        if isinstance(item, ResolveInput):
            results.append(_resolve(db, item, related[item.pending_transfer_id], accounts, now))
        else:
            results.append(_transfer(db, item, ids, related, accounts, now))
    try:
        db.flush()
    except IntegrityError:
        # Only a concurrent request with the same transfer id touching other accounts gets here
        # (same accounts would have waited for our locks): it is a reuse with other fields.
        raise Conflict("A transfer id in this batch was used concurrently for another transfer.",
                       code="transfer_id_reused") from None
    return results


def _transfer(db, item: TransferInput, ids, related, accounts, now) -> LedgerTransfer:
    reverses_id = None
    if item.reverses:
        original = related[item.reverses]
        if (original.pending or original.state != POSTED or original.kind == "reversal"
                or db.scalar(select(LedgerTransfer.id).where(LedgerTransfer.reverses_id == original.id))):
            raise Conflict(f"Transfer {original.transfer_id} cannot be reversed (a reservation, not posted, "
                           "a reversal itself, or reversed already).", code="not_reversible",
                           current=transfer_view(original, {}))
        reverses_id = original.id
    debit, credit = accounts[ids[item.debit]], accounts[ids[item.credit]]
    _spend(debit, item.amount_fen, item.pending)
    _receive(credit, item.amount_fen, item.pending)
    transfer = LedgerTransfer(transfer_id=item.transfer_id, debit_account_id=debit.id, credit_account_id=credit.id,
                              amount_fen=item.amount_fen, kind=item.kind, state=PENDING if item.pending else POSTED,
                              pending=item.pending, reverses_id=reverses_id, reference=item.reference,
                              created_at=now, details=dict(item.details))
    db.add(transfer)
    return transfer


def _resolve(db, item: ResolveInput, reservation: LedgerTransfer, accounts, now) -> LedgerTransfer:
    if not reservation.pending or reservation.state != PENDING:
        raise Conflict(f"Transfer {reservation.transfer_id} is {reservation.state}, not a pending reservation.",
                       code="transfer_not_pending", current=transfer_view(reservation, {}))
    debit, credit = accounts[reservation.debit_account_id], accounts[reservation.credit_account_id]
    amount = reservation.amount_fen
    debit.debits_pending -= amount
    credit.credits_pending -= amount
    if item.post:
        # Moving a reserved fen from pending to posted leaves the spendable money unchanged: no check.
        debit.debits_posted += amount
        credit.credits_posted += amount
    debit.version += 1
    credit.version += 1
    reservation.state = POSTED if item.post else VOIDED
    transfer = LedgerTransfer(transfer_id=item.transfer_id, debit_account_id=debit.id, credit_account_id=credit.id,
                              amount_fen=amount, kind=reservation.kind if item.post else "release",
                              state=POSTED if item.post else VOIDED, pending=False, pending_id=reservation.id,
                              reference=reservation.reference, created_at=now, details={})
    db.add(transfer)
    return transfer


def post_pending(db: Session, pending_transfer_id: str, new_transfer_id: str) -> LedgerTransfer:
    return post_transfers(db, [ResolveInput(new_transfer_id, pending_transfer_id, post=True)])[0]


def void_pending(db: Session, pending_transfer_id: str, new_transfer_id: str) -> LedgerTransfer:
    return post_transfers(db, [ResolveInput(new_transfer_id, pending_transfer_id, post=False)])[0]


def reverse(db: Session, transfer_id: str, new_transfer_id: str, reference: str | None = None) -> LedgerTransfer:
    """Undoes a posted transfer with a new one the other way round; the original stays as it was."""
    _check_id(transfer_id)
    original = db.scalar(select(LedgerTransfer).where(LedgerTransfer.transfer_id == transfer_id))
    if original is None:
        raise NotFound(f"No transfer {transfer_id}.", code="transfer_not_found")
    codes = dict(db.execute(select(LedgerAccount.id, LedgerAccount.code).where(
        LedgerAccount.id.in_((original.debit_account_id, original.credit_account_id)))).all())
    return post_transfers(db, [TransferInput(new_transfer_id, codes[original.credit_account_id],
                                             codes[original.debit_account_id], original.amount_fen, "reversal",
                                             reference=reference or original.reference, reverses=transfer_id)])[0]


def transfer_view(t: LedgerTransfer, codes: dict[int, str]) -> dict:
    return {"id": t.id, "transfer_id": t.transfer_id, "debit_account_id": t.debit_account_id,
            "debit_account": codes.get(t.debit_account_id), "credit_account_id": t.credit_account_id,
            "credit_account": codes.get(t.credit_account_id), "amount_fen": t.amount_fen, "kind": t.kind,
            "state": t.state, "pending": t.pending, "pending_id": t.pending_id, "reverses_id": t.reverses_id,
            "reference": t.reference, "created_at": t.created_at, "metadata": t.details or {}}


def transfer_views(db: Session, transfers) -> list[dict]:
    """Views with account codes, looked up in one query for the whole list."""
    account_ids = {a for t in transfers for a in (t.debit_account_id, t.credit_account_id)}
    codes = dict(db.execute(select(LedgerAccount.id, LedgerAccount.code)
                            .where(LedgerAccount.id.in_(account_ids))).all()) if account_ids else {}
    return [transfer_view(t, codes) for t in transfers]
