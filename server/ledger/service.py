"""The ledger's rules: posting transfers atomically, two-phase reservations, reversals.

Every money movement (see `movements.py`) is a list of transfers handed to `post_transfers` in one
transaction. Concurrency: the accounts a batch touches are locked in ascending id order
(SELECT ... FOR UPDATE on PostgreSQL; on SQLite the writer's BEGIN IMMEDIATE already serialises
writers), and only then are balances, existing transfer ids and reservations read, so two
requests racing for the same money see each other's result and can never both spend it.
"""

import re
from dataclasses import dataclass, field
from typing import NamedTuple, Union

from datetime import datetime

from sqlalchemy import bindparam, func, insert, or_, select, update
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


ACCOUNTS = LedgerAccount.__table__
TRANSFERS = LedgerTransfer.__table__
_IN_CHUNK = 5000  # ids per IN list: far under SQLite's 32,766 bound variables


class Posted(NamedTuple):
    """A transfer as `post_transfers` posted it (or found it, on a replay): the row's fields under the
    model's attribute names, plus the two account codes, so answering needs no further query.
    A tuple, not an ORM object: a batch of 100,000 builds them in a blink."""

    id: int
    transfer_id: str
    debit_account_id: int
    credit_account_id: int
    amount_fen: int
    kind: str
    state: str
    pending: bool
    pending_id: int | None
    reverses_id: int | None
    reference: str | None
    created_at: datetime
    details: dict
    debit_account: str | None = None
    credit_account: str | None = None


# The columns of a new row, in the order `_transfer` and `_resolve` give their values.
_NEW_ROW = ("transfer_id", "debit_account_id", "credit_account_id", "amount_fen", "kind", "state", "pending",
            "pending_id", "reverses_id", "reference", "created_at", "metadata")
_INSERT_SQLITE = (f"INSERT INTO ledger_transfers (id, {', '.join(_NEW_ROW)}) "
                  f"VALUES ({', '.join('?' * (len(_NEW_ROW) + 1))})")


def _posted(row) -> Posted:
    m = row._mapping
    return Posted(*(m[name] for name in ("id", *_NEW_ROW[:-1])), m["metadata"] or {})


def _with_codes(t: Posted, codes: dict[int, str]) -> Posted:
    return t._replace(debit_account=codes.get(t.debit_account_id), credit_account=codes.get(t.credit_account_id))


def _in(column, name: str):
    return column.in_(bindparam(name, expanding=True))


# Built once: a posting runs several of these, and building a statement costs more than running it.
_BY_TRANSFER_ID = select(TRANSFERS).where(_in(TRANSFERS.c.transfer_id, "tids"))
_BY_TRANSFER_ID_LOCKED = _BY_TRANSFER_ID.order_by(TRANSFERS.c.id).with_for_update()
_CODES_PRESENT = select(ACCOUNTS.c.code).where(_in(ACCOUNTS.c.code, "codes"))
_ACCOUNTS = select(ACCOUNTS).where(or_(_in(ACCOUNTS.c.code, "codes"), _in(ACCOUNTS.c.id, "ids"))).order_by(ACCOUNTS.c.id)
_REVERSED = select(TRANSFERS.c.reverses_id).where(_in(TRANSFERS.c.reverses_id, "ids"))
_LAST_ID = select(func.max(TRANSFERS.c.id))
_INSERT = insert(TRANSFERS)
_ADD_TO_COUNTERS = update(ACCOUNTS).where(ACCOUNTS.c.id == bindparam("aid")).values(
    debits_posted=ACCOUNTS.c.debits_posted + bindparam("ddp"),
    credits_posted=ACCOUNTS.c.credits_posted + bindparam("dcp"),
    debits_pending=ACCOUNTS.c.debits_pending + bindparam("ddq"),
    credits_pending=ACCOUNTS.c.credits_pending + bindparam("dcq"),
    version=ACCOUNTS.c.version + bindparam("dv"))
_SET_STATE = update(TRANSFERS).where(TRANSFERS.c.id == bindparam("tid")).values(state=bindparam("st"))


def _chunks(values):
    values = list(values)
    for first in range(0, len(values), _IN_CHUNK):
        yield values[first:first + _IN_CHUNK]


def _transfers(conn, transfer_ids, lock: bool = False) -> dict[str, Posted]:
    """Transfers by transfer_id, read with Core (posting never builds ORM objects)."""
    found = {}
    for chunk in _chunks(sorted(transfer_ids)):
        for row in conn.execute(_BY_TRANSFER_ID_LOCKED if lock else _BY_TRANSFER_ID, {"tids": chunk}):
            found[row.transfer_id] = _posted(row)
    return found


def ensure_accounts(db: Session, codes) -> None:
    """Opens customer accounts on first use. Two requests opening the same account at once both
    succeed (INSERT ... ON CONFLICT DO NOTHING), so the first deposit race cannot end in a 500."""
    _ensure(db.connection(), set(codes), set())


def _ensure(conn, codes: set[str], present: set[str]) -> None:
    if not present:
        for chunk in _chunks(codes):
            present |= set(conn.scalars(_CODES_PRESENT, {"codes": chunk}))
    missing = codes - present
    if not missing:
        return
    rows = [_new_account(code) for code in sorted(missing)]
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    for first in range(0, len(rows), 500):
        conn.execute(insert(ACCOUNTS).values(rows[first:first + 500]).on_conflict_do_nothing(index_elements=["code"]))


class _Account:
    """An account's counters while a batch is applied; written back as one UPDATE of increments."""

    __slots__ = ("id", "code", "may_go_negative", "dp", "cp", "dq", "cq", "touched", "start")

    def __init__(self, row):
        self.id, self.code, self.may_go_negative = row.id, row.code, row.may_go_negative
        self.dp, self.cp, self.dq, self.cq = row.debits_posted, row.credits_posted, row.debits_pending, row.credits_pending
        self.touched = 0
        self.start = (self.dp, self.cp, self.dq, self.cq)

    @property
    def spendable_fen(self) -> int:
        return self.cp - self.dp - self.dq


def _lock(conn, codes: set[str], account_ids: set[int]) -> dict[int, _Account]:
    """Locks the rows in ascending id order (the one order every writer uses, so no deadlock) and
    reads them fresh. On SQLite the writer's BEGIN IMMEDIATE already holds the database, so the
    accounts are read and, when some are new, opened and read again; on PostgreSQL new accounts are
    opened before any row is locked, so a lock is never taken out of id order."""
    pg = conn.dialect.name == "postgresql"
    if pg and codes:
        _ensure(conn, codes, set())

    def read() -> dict[int, _Account]:
        if len(codes) + len(account_ids) <= _IN_CHUNK:
            query, params = _ACCOUNTS, {"codes": sorted(codes), "ids": sorted(account_ids)}
        else:  # still one statement, so that the locks are taken in one id order
            wanted = [ACCOUNTS.c.code.in_(chunk) for chunk in _chunks(sorted(codes))]
            wanted += [ACCOUNTS.c.id.in_(chunk) for chunk in _chunks(sorted(account_ids))]
            query, params = select(ACCOUNTS).where(or_(*wanted)).order_by(ACCOUNTS.c.id), {}
        return {row.id: _Account(row) for row in conn.execute(query.with_for_update() if pg else query, params)}

    accounts = read()
    if not pg and codes:
        present = {a.code for a in accounts.values()}
        if codes - present:
            _ensure(conn, codes, present)
            accounts = read()
    return accounts


def _reused(item: Item, existing) -> Conflict:
    return Conflict(f"The transfer id {item.transfer_id} was already used for another transfer.",
                    code="transfer_id_reused", current=transfer_view(existing, {}))


def _same(item: Item, existing, ids: dict[str, int], related: dict) -> bool:
    if isinstance(item, ResolveInput):
        reservation = related.get(item.pending_transfer_id)
        return (reservation is not None and existing.pending_id == reservation.id
                and existing.state == (POSTED if item.post else VOIDED))
    reversed_id = related[item.reverses].id if item.reverses and item.reverses in related else None
    return (existing.debit_account_id == ids.get(item.debit) and existing.credit_account_id == ids.get(item.credit)
            and existing.amount_fen == item.amount_fen and existing.kind == item.kind
            and existing.reference == item.reference and existing.pending == item.pending
            and existing.pending_id is None and existing.reverses_id == reversed_id)


def _insufficient(account: _Account, amount_fen: int) -> Conflict:
    return Conflict(f"Account {account.code} has {account.spendable_fen} fen available, {amount_fen} needed.",
                    code="insufficient_funds", account=account.code, available_fen=account.spendable_fen,
                    amount_fen=amount_fen)


def post_transfers(db: Session, items: list[Item]) -> list[Posted]:
    """Posts every item or none (the caller commits). Items are applied in order, and each debit is
    checked against the balance left by the items before it.

    An item whose transfer_id exists already is a replay: with the same fields it answers the
    existing transfer and moves nothing; with other fields it is 409 `transfer_id_reused`.
    Refusals: 409 `insufficient_funds` (with `account` and `available_fen`), 409
    `transfer_not_pending` (a reservation posted or voided already), 409 `not_reversible`,
    404 `transfer_not_found` / `account_not_found`, 422 on malformed items.

    The whole batch is checked in memory before anything is written, then written with a few
    statements whatever its size: the new transfers in one multi-row INSERT, one UPDATE of
    increments per account touched, one per reservation resolved.
    """
    if not items:
        return []
    for item in items:
        _check(item)
    ids_in_batch = [item.transfer_id for item in items]
    if len(set(ids_in_batch)) != len(ids_in_batch):
        raise ValidationFailed("Each transfer in a batch needs its own id.", code="duplicate_transfer_id")
    if db.new or db.dirty or db.deleted:
        db.flush()  # the caller's pending changes first, as the ORM's autoflush did
    conn = db.connection()
    pg = conn.dialect.name == "postgresql"

    # Transfers the batch refers to (reservations to resolve, transfers to reverse). On PostgreSQL
    # they are read unlocked first only to learn their accounts, and read again under the locks.
    related_ids = {i.pending_transfer_id for i in items if isinstance(i, ResolveInput)}
    related_ids |= {i.reverses for i in items if isinstance(i, TransferInput) and i.reverses}
    related = _transfers(conn, related_ids) if related_ids else {}
    for missing in sorted(related_ids - set(related)):
        raise NotFound(f"No transfer {missing}.", code="transfer_not_found")

    codes = {c for i in items if isinstance(i, TransferInput) for c in (i.debit, i.credit)}
    accounts = _lock(conn, codes, {a for t in related.values() for a in (t.debit_account_id, t.credit_account_id)})
    ids = {a.code: a.id for a in accounts.values()}
    codes_by_id = {a.id: a.code for a in accounts.values()}
    for code in sorted(codes - set(ids)):
        raise NotFound(f"No ledger account {code}.", code="account_not_found")

    # Under the locks: what exists now is final until we commit.
    if related_ids and pg:
        related = _transfers(conn, related_ids, lock=True)
    existing = _transfers(conn, ids_in_batch)
    reversed_already = set()
    originals = [t.id for i in items if isinstance(i, TransferInput) and i.reverses for t in (related[i.reverses],)]
    for chunk in _chunks(originals):
        reversed_already |= set(conn.scalars(_REVERSED, {"ids": chunk}))

    now = utcnow()
    results: list = []  # a Posted (replay) or the index of a new row
    rows: list[tuple] = []  # the new rows' values in _NEW_ROW order
    states: dict[int, str] = {}  # reservation id -> its state as the batch leaves it
    for item in items:
        found = existing.get(item.transfer_id)
        if found is not None:
            if not _same(item, found, ids, related):
                raise _reused(item, found)
            results.append(_with_codes(found, codes_by_id))
            continue
        results.append(len(rows))
        if isinstance(item, ResolveInput):
            rows.append(_resolve(item, related[item.pending_transfer_id], accounts, states, now))
        else:
            rows.append(_transfer(item, ids, related, accounts, reversed_already, now))

    if rows:
        try:
            new_ids = _write(conn, rows, accounts, states)
        except IntegrityError:
            # Only a concurrent request with the same transfer id touching other accounts gets here
            # (same accounts would have waited for our locks): it is a reuse with other fields.
            raise Conflict("A transfer id in this batch was used concurrently for another transfer.",
                           code="transfer_id_reused") from None
        _forget(db, LedgerAccount, [a.id for a in accounts.values() if a.touched])
        _forget(db, LedgerTransfer, list(states))
        code = codes_by_id.__getitem__
        results = [r if isinstance(r, Posted) else Posted(new_ids[r], *rows[r], code(rows[r][1]), code(rows[r][2]))
                   for r in results]
    return results


def _transfer(item: TransferInput, ids, related, accounts, reversed_already: set, now) -> tuple:
    reverses_id = None
    if item.reverses:
        original = related[item.reverses]
        if original.pending or original.state != POSTED or original.kind == "reversal" or original.id in reversed_already:
            raise Conflict(f"Transfer {original.transfer_id} cannot be reversed (a reservation, not posted, "
                           "a reversal itself, or reversed already).", code="not_reversible",
                           current=transfer_view(original, {}))
        reversed_already.add(original.id)
        reverses_id = original.id
    debit, credit = accounts[ids[item.debit]], accounts[ids[item.credit]]
    amount, pending = item.amount_fen, item.pending
    if not debit.may_go_negative and debit.cp - debit.dp - debit.dq < amount:
        raise _insufficient(debit, amount)
    if pending:
        debit.dq += amount
        credit.cq += amount
    else:
        debit.dp += amount
        credit.cp += amount
    debit.touched += 1
    credit.touched += 1
    return (item.transfer_id, debit.id, credit.id, amount, item.kind, PENDING if pending else POSTED, pending, None,
            reverses_id, item.reference, now, dict(item.details) if item.details else {})


def _resolve(item: ResolveInput, reservation, accounts, states: dict[int, str], now) -> tuple:
    state = states.get(reservation.id, reservation.state)
    if not reservation.pending or state != PENDING:
        raise Conflict(f"Transfer {reservation.transfer_id} is {state}, not a pending reservation.",
                       code="transfer_not_pending", current=transfer_view(reservation, {}) | {"state": state})
    debit, credit = accounts[reservation.debit_account_id], accounts[reservation.credit_account_id]
    amount = reservation.amount_fen
    debit.dq -= amount
    credit.cq -= amount
    if item.post:
        # Moving a reserved fen from pending to posted leaves the spendable money unchanged: no check.
        debit.dp += amount
        credit.cp += amount
    debit.touched += 1
    credit.touched += 1
    states[reservation.id] = POSTED if item.post else VOIDED
    return (item.transfer_id, debit.id, credit.id, amount, reservation.kind if item.post else "release",
            POSTED if item.post else VOIDED, False, reservation.id, None, reservation.reference, now, {})


def _converter(column, dialect):
    """The conversion SQLAlchemy itself applies to the column's values on this dialect."""
    return column.type.dialect_impl(dialect).bind_processor(dialect) or (lambda value: value)


def _insert(conn, rows: list[tuple]) -> list[int]:
    """Inserts the new rows and gives their ids back in the order given.

    One row (a single movement): a plain INSERT, its id from the driver. Several on SQLite: the
    writer holds the database (BEGIN IMMEDIATE), so the ids are simply the next ones after the
    highest, given explicitly, and the rows go in as one executemany of plain tuples with each
    column's own bind conversion applied (once for the batch's one time stamp); an INSERT ...
    RETURNING would be sent one row at a time, since SQLite does not promise RETURNING's order.
    Several on PostgreSQL: INSERT ... RETURNING per page of rows, in parameter order."""
    if len(rows) == 1:
        return [conn.execute(_INSERT, dict(zip(_NEW_ROW, rows[0]))).inserted_primary_key[0]]
    if conn.dialect.name != "sqlite":
        return list(conn.scalars(_INSERT.returning(TRANSFERS.c.id, sort_by_parameter_order=True),
                                 [dict(zip(_NEW_ROW, row)) for row in rows]))
    dialect = conn.dialect
    as_time = _converter(TRANSFERS.c.created_at, dialect)
    as_json = _converter(TRANSFERS.c["metadata"], dialect)
    empty, times = as_json({}), {}
    first = (conn.execute(_LAST_ID).scalar() or 0) + 1
    params = [(first + n, tid, d, c, amount, kind, state, 1 if pending else 0, pending_id, reverses_id, reference,
               times[at] if at in times else times.setdefault(at, as_time(at)), as_json(meta) if meta else empty)
              for n, (tid, d, c, amount, kind, state, pending, pending_id, reverses_id, reference, at, meta)
              in enumerate(rows)]
    conn.exec_driver_sql(_INSERT_SQLITE, params)
    return list(range(first, first + len(rows)))


def _write(conn, rows: list[tuple], accounts: dict[int, _Account], states: dict[int, str]) -> list[int]:
    """The batch's writes: the new rows, the counters as increments, the reservations' new states."""
    new_ids = _insert(conn, rows)
    changes = [{"aid": a.id, "ddp": a.dp - a.start[0], "dcp": a.cp - a.start[1], "ddq": a.dq - a.start[2],
                "dcq": a.cq - a.start[3], "dv": a.touched} for a in sorted(accounts.values(), key=lambda a: a.id)
               if a.touched]
    if changes:
        conn.execute(_ADD_TO_COUNTERS, changes)
    if states:
        conn.execute(_SET_STATE, [{"tid": tid, "st": st} for tid, st in states.items()])
    return new_ids


def _forget(db: Session, model, row_ids) -> None:
    """Objects of these rows the caller's session loaded before are stale now: expire them."""
    if not row_ids or not db.identity_map:
        return
    for row_id in row_ids:
        obj = db.identity_map.get(db.identity_key(model, row_id))
        if obj is not None:
            db.expire(obj)


def post_pending(db: Session, pending_transfer_id: str, new_transfer_id: str) -> Posted:
    return post_transfers(db, [ResolveInput(new_transfer_id, pending_transfer_id, post=True)])[0]


def void_pending(db: Session, pending_transfer_id: str, new_transfer_id: str) -> Posted:
    return post_transfers(db, [ResolveInput(new_transfer_id, pending_transfer_id, post=False)])[0]


def reverse(db: Session, transfer_id: str, new_transfer_id: str, reference: str | None = None) -> Posted:
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


def transfer_view(t: LedgerTransfer | Posted, codes: dict[int, str]) -> dict:
    return {"id": t.id, "transfer_id": t.transfer_id, "debit_account_id": t.debit_account_id,
            "debit_account": codes.get(t.debit_account_id, getattr(t, "debit_account", None)),
            "credit_account_id": t.credit_account_id,
            "credit_account": codes.get(t.credit_account_id, getattr(t, "credit_account", None)),
            "amount_fen": t.amount_fen, "kind": t.kind,
            "state": t.state, "pending": t.pending, "pending_id": t.pending_id, "reverses_id": t.reverses_id,
            "reference": t.reference, "created_at": t.created_at, "metadata": t.details or {}}


def transfer_views(db: Session, transfers) -> list[dict]:
    """Views with account codes, looked up in one query for the whole list (none when every one is
    a `Posted` that carries its codes)."""
    account_ids = {a for t in transfers if getattr(t, "credit_account", None) is None
                   for a in (t.debit_account_id, t.credit_account_id)}
    codes = dict(db.execute(select(LedgerAccount.id, LedgerAccount.code)
                            .where(LedgerAccount.id.in_(account_ids))).all()) if account_ids else {}
    return [transfer_view(t, codes) for t in transfers]
