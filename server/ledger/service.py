"""The ledger's rules: posting transfers atomically, two-phase reservations, reversals.

Every money movement (see `movements.py`) is a list of transfers handed to `post_transfers` in one
transaction. Concurrency: the accounts a batch touches are locked in ascending id order
(SELECT ... FOR UPDATE on PostgreSQL; on SQLite the writer's BEGIN IMMEDIATE already serialises
writers), and only then are balances, existing transfer ids and reservations read, so two
requests racing for the same money see each other's result and can never both spend it.
"""

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from collections import Counter
from itertools import chain, compress, repeat
from operator import attrgetter, eq, not_
from typing import NamedTuple, Union

from datetime import datetime

from sqlalchemy import JSON, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.collector import collector_paused
from server.db.base import utcnow
from server.db.driver_sql import connection_of, dbapi
from server.db.engine import bulk_page_cache
from server.errors import Conflict, NotFound, ValidationFailed
from server.messages import Word, _
from server.ledger import day_flows, posting_sql
from server.ledger.models import CUSTOMER, KINDS, PENDING, POSTED, VOIDED, LedgerAccount, LedgerTransfer

MAX_TRANSFER_FEN = 10**15  # ten trillion yuan: far above any real movement, far below BIGINT overflow of the sums
TRANSFER_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,64}$")
CUSTOMER_REF = re.compile(r"^[A-Za-z0-9_\-]{1,32}$")
CUSTOMER_SIDES = {"available": "可用余额", "frozen": "冻结金额"}


def customer_account(customer_ref: str, side: str = "available") -> str:
    if not isinstance(customer_ref, str) or not CUSTOMER_REF.match(customer_ref):
        raise ValidationFailed(_("A customer reference is 1 to 32 letters, digits, “-” or “_”."),
                               code="invalid_customer_ref")
    return f"customer:{customer_ref}:{side}"


def platform_account(name: str) -> str:
    return f"platform:{name}"


PLATFORM_ACCOUNT_WORDS = {
    "custodian_clearing": (_("custodian clearing"), "存管清算"), "fee_income": (_("fee income"), "平台服务费"),
    "risk_reserve": (_("risk reserve"), "风险准备金"), "penalty_income": (_("penalty income"), "罚息收入"),
    "suspense": (_("suspense"), "挂账"),
}
TRANSFER_STATE_WORDS = {POSTED: _("posted"), PENDING: _("pending"), VOIDED: _("voided")}


def account_word(code: str) -> Word:
    """A ledger account as words of a sentence: “客户 BR00000001 的可用余额”, “风险准备金” (its code in params)."""
    parts = code.split(":")
    if len(parts) == 3 and parts[0] == CUSTOMER and parts[2] in CUSTOMER_SIDES:
        zh = f"客户 {parts[1]} 的{CUSTOMER_SIDES[parts[2]]}"
        return Word(code, f"customer {parts[1]}'s {'available balance' if parts[2] == 'available' else 'frozen money'}",
                    zh)
    if len(parts) == 2 and parts[1] in PLATFORM_ACCOUNT_WORDS:
        en, zh = PLATFORM_ACCOUNT_WORDS[parts[1]]
        return Word(code, en, zh)
    return Word(code, code, code)


def yuan(fen: int) -> str:
    """An amount in a sentence: ¥1,234.56 (the same in both languages)."""
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


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
        sentence = (_("A pending transfer id is 1 to 64 letters, digits, “.”, “:”, “-” or “_”.") if what != "transfer_id"
                    else _("A transfer id is 1 to 64 letters, digits, “.”, “:”, “-” or “_”."))
        raise ValidationFailed(sentence, code="invalid_transfer_id")


def _check(item: Item) -> None:
    _check_id(item.transfer_id)
    if isinstance(item, ResolveInput):
        _check_id(item.pending_transfer_id, "pending transfer id")
        return
    if type(item.amount_fen) is not int or not 0 < item.amount_fen <= MAX_TRANSFER_FEN:
        raise ValidationFailed(_("An amount is a whole number of fen above zero."), code="invalid_amount")
    if item.kind not in KINDS:
        raise ValidationFailed(_("Unknown transfer kind “{kind}”."), code="invalid_kind", params={"kind": str(item.kind)})
    if item.debit == item.credit:
        raise ValidationFailed(_("A transfer moves money between two different accounts."), code="same_account")
    if item.reference is not None and len(item.reference) > 64:
        raise ValidationFailed(_("A reference is at most 64 characters."), code="invalid_reference")


# The fields `post_transfers` reads from a transfer, in one call per item.
_TRANSFER_FIELDS = attrgetter("transfer_id", "debit", "credit", "amount_fen", "kind", "reference", "pending",
                              "reverses", "details")
_ID_TEXT = re.compile(r"[A-Za-z0-9._:\-]*")
_KIND_SET = frozenset(KINDS)


def _ids_valid(ids: list) -> bool:
    text = "".join(ids)  # TypeError on anything but strings
    return (_ID_TEXT.fullmatch(text) is not None and min(map(len, ids), default=1) >= 1
            and max(map(len, ids), default=0) <= 64)


# The fields of a batch's transfers read a column at a time (one list each), for the checks and the rows.
_COLUMNS = ("transfer_id", "debit", "credit", "amount_fen", "kind", "reference", "pending", "details")


def _columns(transfers: list) -> dict[str, list]:
    return {name: list(map(attrgetter(name), transfers)) for name in _COLUMNS}


def _all_valid(ids_in_batch: list, resolves: list, columns: dict[str, list]) -> bool:
    """True only if `_check` passes every item, tested a column at a time with builtins that loop in C:
    a batch of 20,000 costs a few milliseconds here instead of tens in 20,000 calls of `_check`. It may
    say False of a batch `_check` accepts (an id ending in a newline, which `$` lets through): then
    `_check` decides, item by item, as it does for every batch with a bad item, naming the first."""
    try:
        if not _ids_valid(ids_in_batch) or not _ids_valid([r.pending_transfer_id for r in resolves]):
            return False
        debits, credits, amounts, kinds, references = (
            columns[name] for name in ("debit", "credit", "amount_fen", "kind", "reference"))
        if not amounts:
            return True
        return (set(map(type, amounts)) == {int} and min(amounts) > 0 and max(amounts) <= MAX_TRANSFER_FEN
                and _KIND_SET.issuperset(kinds) and not any(map(eq, debits, credits))
                and max(map(len, [r for r in references if r is not None]), default=0) <= 64)
    except (TypeError, AttributeError):
        return False


def _new_account(code: str) -> dict:
    parts = code.split(":")
    if len(parts) != 3 or parts[0] != CUSTOMER or parts[2] not in CUSTOMER_SIDES:
        raise NotFound(_("There is no ledger account {account}."), code="account_not_found",
                       params={"account": account_word(code)})
    customer_account(parts[1], parts[2])
    return dict(code=code, kind=CUSTOMER, customer_ref=parts[1], name=f"{parts[1]} {CUSTOMER_SIDES[parts[2]]}",
                may_go_negative=False, debits_posted=0, credits_posted=0, debits_pending=0, credits_pending=0,
                version=1)


ACCOUNTS = LedgerAccount.__table__
TRANSFERS = LedgerTransfer.__table__
_IN_CHUNK = 5000  # values per expanding IN list on PostgreSQL


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


# The columns of a new row, in the order of the tuples `post_transfers` and `_resolve` build (which
# go on with the two account codes: a new row is its Posted without the id).
_NEW_ROW = ("transfer_id", "debit_account_id", "credit_account_id", "amount_fen", "kind", "state", "pending",
            "pending_id", "reverses_id", "reference", "created_at", "metadata")
# From this many new rows the SQLite connection gets a bulk posting's page cache: not for a batch request's
# thousand, whose few pages fit the default cache, and which would pay for the cache set and dropped each time.
_BULK_ROWS = 10_000
# Rows per INSERT on SQLite: 2,000 x 13 bound values, under its 32,766. Measured 2026-12-04 against 400: the
# bulk posting's CPU some 2-5% lower (within this shared machine's noise, but in three runs of four).
_SQLITE_PAGE = 2000


@lru_cache(maxsize=64)  # a batch's page, and its last page's row count: a few shapes
def _insert_sqlite(rows: int, shared: tuple[bool, ...]) -> str:
    """INSERT of `rows` rows, ids given. Several rows a statement, because SQLite runs each statement's
    preparations (opening the table's b-trees and the accounts' for the foreign keys) once per execution:
    measured, 400 rows a statement insert a batch some 15% faster than one row each.

    A column marked in `shared` (one per column, the id's first) has one value in every row, bound once as one
    of the first numbered parameters and named by each row (a batch's time stamp, state, kind, the NULL links):
    each row binds only its own values, and a bulk posting's rows bind 5 values instead of 13 (measured on the
    raw insert: a fifth less CPU)."""
    columns = ("id", *_NEW_ROW)
    numbers = {name: n for n, name in enumerate((c for c, one in zip(columns, shared) if one), start=1)}
    own = len(columns) - len(numbers)
    values = []
    for row in range(rows):
        next_own = iter(range(len(numbers) + 1 + row * own, len(numbers) + 1 + (row + 1) * own))
        values.append("(" + ", ".join(f"?{numbers[c]}" if c in numbers else f"?{next(next_own)}" for c in columns)
                      + ")")
    return f"INSERT INTO ledger_transfers ({', '.join(columns)}) VALUES {', '.join(values)}"


def _same_in_every_row(column: list) -> bool:
    return column.count(column[0]) == len(column)  # in C, and mostly by identity (one object repeated)


def _posted(row) -> Posted:
    """A row of ledger_transfers as a Posted: the table's columns are its first fields, in order (checked below),
    so a replayed batch's thousand rows are not looked up by name thirteen times each."""
    *fields, details = row
    return Posted(*fields, details or {})


def _with_codes(t: Posted, codes: dict[int, str]) -> Posted:
    return Posted(*t[:13], codes.get(t.debit_account_id), codes.get(t.credit_account_id))


def _listed(column, name: str, sqlite: bool):
    """`column IN (the values bound as name)`. On SQLite the values travel as one JSON array that
    json_each unpacks, so the statement is compiled once and takes any number of them: an expanding IN
    is rendered afresh at every execution (for a batch's 20,000 transfer ids that rendering costs more
    than the lookups) and must stay under SQLite's 32,766 bound variables. PostgreSQL: expanding IN."""
    if sqlite:
        return column.in_(select(func.json_each(bindparam(name, type_=JSON)).table_valued("value").c.value))
    return column.in_(bindparam(name, expanding=True))


# What a posting reads of an account (`_Account`), not its name or customer reference.
_ACCOUNT_FIELDS = [ACCOUNTS.c[name] for name in ("id", "code", "may_go_negative", "debits_posted", "credits_posted",
                                                  "debits_pending", "credits_pending")]


class _Queries:
    """The statements a posting runs, built once per database kind: building one costs more than running it."""

    def __init__(self, sqlite: bool):
        self.chunk = None if sqlite else _IN_CHUNK  # values per execution (None: all at once)
        self.by_transfer_id = select(TRANSFERS).where(_listed(TRANSFERS.c.transfer_id, "tids", sqlite))
        self.by_transfer_id_locked = self.by_transfer_id.order_by(TRANSFERS.c.id).with_for_update()
        self.codes_present = select(ACCOUNTS.c.code).where(_listed(ACCOUNTS.c.code, "codes", sqlite))
        self.reversed = select(TRANSFERS.c.reverses_id).where(_listed(TRANSFERS.c.reverses_id, "ids", sqlite))
        self.open_accounts = (sqlite_insert if sqlite else pg_insert)(ACCOUNTS).on_conflict_do_nothing(
            index_elements=["code"])


_QUERIES = {True: _Queries(sqlite=True), False: _Queries(sqlite=False)}
# SQLite's accounts of a posting, sent through the driver: codes, then ids, each a JSON array (PostgreSQL's are in
# posting_sql.py)
_ACCOUNTS_SQLITE = str(select(*_ACCOUNT_FIELDS).where(or_(_listed(ACCOUNTS.c.code, "codes", True),
                                                          _listed(ACCOUNTS.c.id, "ids", True))).order_by(ACCOUNTS.c.id)
                       .compile(dialect=sqlite_dialect.dialect()))
if [column.name for column in TRANSFERS.columns] != ["id", *_NEW_ROW] or list(Posted._fields[:13]) != [
        "id", *_NEW_ROW[:-1], "details"]:
    raise RuntimeError("ledger_transfers' columns and Posted's fields are no longer in the same order (see _posted)")


def _queries(conn) -> _Queries:
    return _QUERIES[conn.dialect.name == "sqlite"]


_LAST_ID = select(func.max(TRANSFERS.c.id))
_INSERT = insert(TRANSFERS)
_SET_STATE = update(TRANSFERS).where(TRANSFERS.c.id == bindparam("tid")).values(state=bindparam("st"))


def _chunks(values, size: int | None):
    """The values as lists of at most `size` (None: one list of all, if any)."""
    values = list(values)
    for first in range(0, len(values), size or len(values) or 1):
        yield values[first:first + size] if size else values


def _transfers(conn, transfer_ids, lock: bool = False) -> dict[str, Posted]:
    """Transfers by transfer_id, read with Core (posting never builds ORM objects)."""
    queries, found = _queries(conn), {}
    for chunk in _chunks(transfer_ids if queries.chunk is None else sorted(transfer_ids), queries.chunk):
        for row in conn.execute(queries.by_transfer_id_locked if lock else queries.by_transfer_id, {"tids": chunk}):
            found[row.transfer_id] = _posted(row)
    return found


def _some_sent_before(conn, transfer_ids: list[str]) -> bool:
    """PostgreSQL: whether any of these transfer ids is taken, asked through the driver (most batches are new)."""
    return bool(posting_sql.fetch(conn, "ids_present", transfer_ids))


def _ensure(conn, codes: set[str], present: set[str]) -> None:
    queries = _queries(conn)
    if not present:
        if queries.chunk is None:
            present |= set(conn.scalars(queries.codes_present, {"codes": list(codes)}))
        else:  # PostgreSQL: the codes as one array, through the driver
            present |= {row[0] for row in posting_sql.fetch(conn, "codes_present", sorted(codes))}
    missing = codes - present
    if missing:  # one statement, executed for many rows: compiled once, not once per page of VALUES
        conn.execute(queries.open_accounts, [_new_account(code) for code in sorted(missing)])


class _Account:
    """An account's counters while a batch is applied; written back as one UPDATE of increments."""

    __slots__ = ("id", "code", "may_go_negative", "dp", "cp", "dq", "cq", "touched", "start")

    def __init__(self, id_: int, code: str, may_go_negative, *counters: int):
        """From an account's `_ACCOUNT_FIELDS`, in order."""
        self.id, self.code, self.may_go_negative = id_, code, may_go_negative
        self.start = counters  # debits posted, credits posted, debits pending, credits pending
        self.reset()

    def reset(self) -> None:
        """Back to the counters as read (what a batch changed given up)."""
        self.dp, self.cp, self.dq, self.cq = self.start
        self.touched = 0

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
        # Through the driver, one statement whatever the number of accounts (so that the locks are taken in one id
        # order): SQLite's codes and ids as JSON arrays, PostgreSQL's as arrays
        if not pg:
            rows = dbapi(conn).execute(
                _ACCOUNTS_SQLITE, (json.dumps(sorted(codes)), json.dumps(sorted(account_ids))))
        else:
            rows = posting_sql.fetch(conn, "accounts", sorted(codes), sorted(account_ids))
        return {row[0]: _Account(*row) for row in rows}

    accounts = read()
    if not pg and codes:
        present = {a.code for a in accounts.values()}
        if codes - present:
            _ensure(conn, codes, present)
            accounts = read()
    return accounts


def _reused(item: Item, existing) -> Conflict:
    return Conflict(_("The transfer id {transfer_id} was already used for another transfer."),
                    code="transfer_id_reused", params={"transfer_id": item.transfer_id}, current=transfer_view(existing, {}))


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
    return Conflict(_("Not enough in {account}: {available} available, {needed} needed."),
                    params={"account": account_word(account.code), "available": yuan(account.spendable_fen),
                            "needed": yuan(amount_fen)}, code="insufficient_funds", account=account.code, available_fen=account.spendable_fen,
                    amount_fen=amount_fen)


def post_transfers(db: Session, items: list[Item], replayed: set[int] | None = None) -> list[Posted]:
    """Posts every item or none (the caller commits). Items are applied in order, and each debit is
    checked against the balance left by the items before it. `replayed`, when given, receives the
    positions of the items that were replays (found, not posted), so a caller telling the two apart
    needs no query of its own.

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
    with collector_paused(len(items) >= _LARGE_BATCH):
        return _post(db, items, replayed)


# A batch this large pauses the cyclic garbage collector while it is posted (server/collector.py).
_LARGE_BATCH = 1000


def _post(db: Session, items: list[Item], replayed: set[int] | None) -> list[Posted]:
    resolves = [item for item in items if isinstance(item, ResolveInput)]
    transfers = [item for item in items if not isinstance(item, ResolveInput)] if resolves else items
    columns = _columns(transfers)
    ids_in_batch = [item.transfer_id for item in items] if resolves else columns["transfer_id"]
    if not _all_valid(ids_in_batch, resolves, columns):
        for item in items:
            _check(item)  # raises for the first bad item
    if len(set(ids_in_batch)) != len(ids_in_batch):
        raise ValidationFailed(_("Each transfer in a batch needs its own id."), code="duplicate_transfer_id")
    if db.new or db.dirty or db.deleted:
        db.flush()  # the caller's pending changes first, as the ORM's autoflush did
    conn = connection_of(db)
    pg = conn.dialect.name == "postgresql"

    # Transfers the batch refers to (reservations to resolve, transfers to reverse). On PostgreSQL
    # they are read unlocked first only to learn their accounts, and read again under the locks.
    related_ids = {r.pending_transfer_id for r in resolves} | set(filter(None, [t.reverses for t in transfers]))
    related = _transfers(conn, related_ids) if related_ids else {}
    for missing in sorted(related_ids - set(related)):
        raise NotFound(_("There is no transfer {transfer_id}."), code="transfer_not_found", params={"transfer_id": missing})

    codes = set(columns["debit"]) | set(columns["credit"])
    accounts = _lock(conn, codes, {a for t in related.values() for a in (t.debit_account_id, t.credit_account_id)})
    ids = {a.code: a.id for a in accounts.values()}
    codes_by_id = {a.id: a.code for a in accounts.values()}
    for code in sorted(codes - set(ids)):
        raise NotFound(_("There is no ledger account {account}."), code="account_not_found",
                       params={"account": account_word(code)})

    # Under the locks: what exists now is final until we commit.
    if related_ids and pg:
        related = _transfers(conn, related_ids, lock=True)
    reversed_already = set()
    if related_ids:
        originals = [related[t.reverses].id for t in transfers if t.reverses]
        for chunk in _chunks(originals, _queries(conn).chunk):
            reversed_already |= set(conn.scalars(_queries(conn).reversed, {"ids": chunk}))

    now = utcnow()
    by_code = {a.code: a for a in accounts.values()}
    if related_ids or pg:
        existing = _transfers(conn, ids_in_batch) if related_ids or _some_sent_before(conn, ids_in_batch) else {}
        if not existing and not related_ids:  # only new plain transfers
            new = _plain_columns(columns, by_code, now)
            if new is not None:
                return _written(db, conn, new, accounts, {})
    else:
        # Plain transfers on SQLite, most batches and every bulk posting: written without first looking their ids
        # up (a twentieth of a bulk posting), since the unique transfer id refuses any sent before; then, and
        # only then, the batch is looked up and goes through the item loop, which answers replays.
        new = _plain_columns(columns, by_code, now)
        if new is not None:
            posted = _written_unless_sent_before(db, conn, new, accounts)
            if posted is not None:
                return posted
            for account in accounts.values():
                account.reset()
        existing = _transfers(conn, ids_in_batch)
    rows: list[tuple] = []  # the new rows: each its Posted without the id
    replays: dict[int, Posted] = {}  # position in items -> the transfer a replay answers
    states: dict[int, str] = {}  # reservation id -> its state as the batch leaves it
    for position, item in enumerate(items):
        if existing:
            found = existing.get(item.transfer_id)
            if found is not None:
                if not _same(item, found, ids, related):
                    raise _reused(item, found)
                replays[position] = _with_codes(found, codes_by_id)
                continue
        if isinstance(item, ResolveInput):
            rows.append(_resolve(item, related[item.pending_transfer_id], accounts, states, now))
            continue
        # A transfer, most of any batch: applied here rather than in a function of its own, since for
        # a batch of 20,000 a call per item costs about as much as the work itself.
        transfer_id, debit, credit, amount, kind, reference, pending, reverses, details = _TRANSFER_FIELDS(item)
        reverses_id = _reversal(related[reverses], reversed_already) if reverses else None
        debit, credit = by_code[debit], by_code[credit]
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
        rows.append((transfer_id, debit.id, credit.id, amount, kind, PENDING if pending else POSTED, pending, None,
                     reverses_id, reference, now, dict(details) if details else {}, debit.code, credit.code))

    if replayed is not None:
        replayed.update(replays)
    if not rows:
        return [replays[n] for n in range(len(items))]
    posted = _written(db, conn, list(zip(*rows)), accounts, states)
    if not replays:
        return posted
    new = iter(posted)
    return [replays[n] if n in replays else next(new) for n in range(len(items))]


def _plain_columns(columns: dict[str, list], by_code: dict[str, "_Account"], now) -> list[list] | None:
    """The new rows of a batch of new transfers (no resolves, no reversals, no replays) as columns (`_NEW_ROW`'s,
    then the two account codes), built a column at a time: the same rows and counters as the item loop of `_post`,
    in loops that run in C but for two sums per account side. None when some debit account might be overdrawn:
    the item loop then checks the items in order and names the first one refused (or passes them, when credits
    earlier in the batch cover them).

    Checking the totals is enough because within such a batch an account's spendable money only goes down by
    its debits: a credit adds to it (posted) or leaves it (pending), so if the account covers all its debits
    at once it covers each at its turn."""
    transfer_ids, debit_codes, credit_codes, amounts, kinds, references, pendings, details = map(
        columns.__getitem__, _COLUMNS)
    debits, credits = list(map(by_code.__getitem__, debit_codes)), list(map(by_code.__getitem__, credit_codes))
    count = len(transfer_ids)
    if any(pendings):
        posted, reserved = list(map(not_, pendings)), list(map(bool, pendings))
        sums = [_sums(list(compress(side, which)), list(compress(amounts, which)))
                for which in (posted, reserved) for side in (debits, credits)]
        states = [PENDING if pending else POSTED for pending in pendings]
    else:
        sums = [_sums(debits, amounts), _sums(credits, amounts), {}, {}]
        states = [POSTED] * count
    debited, _, reserved_debits, _ = sums
    for account in set(debits):
        if not account.may_go_negative and account.spendable_fen < debited.get(account, 0) + reserved_debits.get(
                account, 0):
            return None
    for account, total in sums[0].items():
        account.dp += total
    for account, total in sums[1].items():
        account.cp += total
    for account, total in sums[2].items():
        account.dq += total
    for account, total in sums[3].items():
        account.cq += total
    for account, count_ in chain(Counter(debits).items(), Counter(credits).items()):
        account.touched += count_
    nothing = [None] * count
    return [transfer_ids, list(map(_ID, debits)), list(map(_ID, credits)), amounts, kinds, states, pendings, nothing,
            nothing, references, [now] * count, [dict(d) if d else {} for d in details] if any(details) else
            [{} for _ in range(count)], debit_codes, credit_codes]


_ID = attrgetter("id")


def _sums(accounts: list, amounts: list) -> dict:
    """The amounts added up per account (one account, as the clearing account's side of a bulk posting: in C)."""
    distinct = set(accounts)
    if len(distinct) <= 1:
        return {distinct.pop(): sum(amounts)} if distinct else {}
    sums: dict = {}
    get = sums.get
    for account, amount in zip(accounts, amounts):
        sums[account] = get(account, 0) + amount
    return sums


def _written(db: Session, conn, new: list, accounts: dict[int, "_Account"], states: dict[int, str]) -> list:
    """Writes the batch's new rows (`new`: their columns) and counters; answers the rows as Posted, in order."""
    try:
        new_ids = _write(conn, new, accounts, states)
    except IntegrityError:
        # Only a concurrent request with the same transfer id touching other accounts gets here
        # (same accounts would have waited for our locks): it is a reuse with other fields.
        raise Conflict(_("A transfer id in this batch was used concurrently for another transfer."),
                       code="transfer_id_reused") from None
    return _answered(db, new_ids, new, accounts, states)


def _written_unless_sent_before(db: Session, conn, new: list, accounts: dict[int, "_Account"]) -> list | None:
    """`_written` for new plain transfers on SQLite whose ids were not looked up: None, with nothing written, when
    the unique transfer id refuses one (sent before). The writer holds the database, so nobody else can have.

    A refused INSERT statement is undone by SQLite itself; several statements (a batch over `_SQLITE_PAGE`
    rows) go in a savepoint, so the pages before the refused one are undone too."""
    savepoint = len(new[0]) > _SQLITE_PAGE
    if savepoint:
        conn.exec_driver_sql("SAVEPOINT post_transfers")
    try:
        new_ids = _insert(conn, new)
    except IntegrityError:
        if savepoint:
            conn.exec_driver_sql("ROLLBACK TO post_transfers")
            conn.exec_driver_sql("RELEASE post_transfers")
        return None
    if savepoint:
        conn.exec_driver_sql("RELEASE post_transfers")
    _apply(conn, new, accounts, {})
    return _answered(db, new_ids, new, accounts, {})


def _answered(db: Session, new_ids: list[int], new: list, accounts: dict[int, "_Account"],
              states: dict[int, str]) -> list:
    _forget(db, LedgerAccount, [a.id for a in accounts.values() if a.touched])
    _forget(db, LedgerTransfer, list(states))
    # Each row zipped from its id and columns, made a Posted by tuple's __new__: Posted's own is a Python
    # function, and these are C calls for each row
    return list(map(tuple.__new__, repeat(Posted), zip(new_ids, *new)))


def _reversal(original: Posted, reversed_already: set) -> int:
    """The id of the transfer to reverse, once it is sure it can be."""
    if original.pending or original.state != POSTED or original.kind == "reversal" or original.id in reversed_already:
        raise Conflict(_("Transfer {transfer_id} cannot be reversed (a reservation, not posted, a reversal itself, "
                         "or reversed already)."), code="not_reversible", params={"transfer_id": original.transfer_id},
                       current=transfer_view(original, {}))
    reversed_already.add(original.id)
    return original.id


def _resolve(item: ResolveInput, reservation, accounts, states: dict[int, str], now) -> tuple:
    state = states.get(reservation.id, reservation.state)
    if not reservation.pending or state != PENDING:
        raise Conflict(_("Transfer {transfer_id} is {state}, not a pending reservation."),
                       params={"transfer_id": reservation.transfer_id,
                               "state": Word(state, TRANSFER_STATE_WORDS.get(state, state))},
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
            POSTED if item.post else VOIDED, False, reservation.id, None, reservation.reference, now, {},
            debit.code, credit.code)


def _insert(conn, new: list) -> list[int]:
    """Inserts the new rows (`new`: their columns) and gives their ids back in the order given.

    One row (a single movement): a plain INSERT, its id from the driver. Several on SQLite: the
    writer holds the database (BEGIN IMMEDIATE), so the ids are simply the next ones after the
    highest, given explicitly, and the rows go in by pages of `_SQLITE_PAGE` rows a statement (one
    executemany of flat tuples of plain values, with each column's own bind conversion applied: once
    for the batch's one time stamp); an INSERT ...
    RETURNING would be sent one row at a time, since SQLite does not promise RETURNING's order.
    Several on PostgreSQL: INSERT ... RETURNING per page of rows, in parameter order."""
    count = len(new[0])
    if count == 1:
        return [posting_sql.insert_one(conn, [column[0] for column in new[:12]])]
    if conn.dialect.name != "sqlite":
        return list(conn.scalars(_INSERT.returning(TRANSFERS.c.id, sort_by_parameter_order=True),
                                 list(map(dict, map(zip, repeat(_NEW_ROW), zip(*new[:12]))))))
    if count >= _BULK_ROWS:
        bulk_page_cache(conn)
    dialect = conn.dialect
    as_time, as_json = posting_sql.converters(dialect)[:2]
    first = (conn.execute(_LAST_ID).scalar() or 0) + 1
    # Column by column, each converted as SQLAlchemy would (a batch has one time stamp: one conversion),
    # then zipped into rows and flattened into pages, all in C loops: per-row Python cost more than SQLite's insert.
    tid, d, c, amount, kind, state, pending, pending_id, reverses_id, reference, at, meta = new[:12]
    times = {when: as_time(when) for when in set(at)}
    at = [times.popitem()[1]] * count if len(times) == 1 else list(map(times.__getitem__, at))
    empty = as_json({})
    metas = [as_json(m) if m else empty for m in meta] if any(meta) else [empty] * count
    if not {False, True}.issuperset(pending):  # the driver stores a bool as 0 or 1; anything else as it is
        pending = list(map(int, map(bool, pending)))
    columns = (range(first, first + count), tid, d, c, amount, kind, state, pending, pending_id, reverses_id,
               reference, at, metas)
    shared = (False, False, *map(_same_in_every_row, columns[2:]))
    once = tuple(column[0] for column, one in zip(columns, shared) if one)
    flat = list(chain.from_iterable(zip(*(column for column, one in zip(columns, shared) if not one))))
    width = len(columns) - len(once)
    whole = count - count % _SQLITE_PAGE
    if whole:
        step = width * _SQLITE_PAGE
        conn.exec_driver_sql(_insert_sqlite(_SQLITE_PAGE, shared),
                             [once + tuple(flat[at:at + step]) for at in range(0, whole * width, step)])
    if whole < count:
        conn.exec_driver_sql(_insert_sqlite(count - whole, shared), [once + tuple(flat[whole * width:])])
    return list(range(first, first + count))


_ADD_TO_COUNTERS_SQLITE = (
    "UPDATE ledger_accounts SET debits_posted = debits_posted + c.ddp, credits_posted = credits_posted + c.dcp, "
    "debits_pending = debits_pending + c.ddq, credits_pending = credits_pending + c.dcq, version = version + c.dv "
    "FROM (SELECT json_extract(value, '$[0]') AS aid, json_extract(value, '$[1]') AS ddp, "
    "json_extract(value, '$[2]') AS dcp, json_extract(value, '$[3]') AS ddq, json_extract(value, '$[4]') AS dcq, "
    "json_extract(value, '$[5]') AS dv FROM json_each(?)) AS c WHERE ledger_accounts.id = c.aid")


def _add_day_flows(conn, new: list) -> None:
    """The new rows (`new`: their columns) that moved posted counters (not reservations, not voids) added to their
    days. A batch has one time stamp and mostly one kind: then the sum is taken in C rather than row by row."""
    amounts, kinds, states, pendings, times = new[3], new[4], new[5], new[6], new[10]
    if set(states) != {POSTED} or any(pendings):  # not a batch of posted transfers only (every bulk posting is)
        moving = list(map(_moves_posted, states, pendings))
        if not any(moving):
            return
        amounts, kinds, times = (list(compress(column, moving)) for column in (amounts, kinds, times))
    distinct_kinds, distinct_times = set(kinds), set(times)
    if len(distinct_kinds) == 1 and len(distinct_times) == 1:
        day_flows.add_sums(conn, {(distinct_times.pop(), distinct_kinds.pop()): (sum(amounts), len(amounts))})
    else:
        day_flows.add(conn, zip(kinds, amounts, times))


def _moves_posted(state: str, pending: bool) -> bool:
    return state == POSTED and not pending


def _write(conn, new: list, accounts: dict[int, _Account], states: dict[int, str]) -> list[int]:
    """The batch's writes: the new rows (`new`: their columns), the counters as increments, the reservations' new
    states."""
    new_ids = _insert(conn, new)
    _apply(conn, new, accounts, states)
    return new_ids


def _apply(conn, new: list, accounts: dict[int, _Account], states: dict[int, str]) -> None:
    """The writes that follow the new rows: their days' flows, the counters, the reservations' states."""
    _add_day_flows(conn, new)
    touched = [a for a in sorted(accounts.values(), key=_ID) if a.touched]
    if touched and conn.dialect.name == "sqlite":
        # One statement for all the accounts, their increments in one JSON array: an UPDATE per account is
        # SQLAlchemy's parameters built and SQLite's statement stepped a thousand times for a batch request
        dbapi(conn).execute(_ADD_TO_COUNTERS_SQLITE, (json.dumps(
            [(a.id, a.dp - a.start[0], a.cp - a.start[1], a.dq - a.start[2], a.cq - a.start[3], a.touched)
             for a in touched]),))
    elif touched:
        posting_sql.add_to_counters(conn, [(a.dp - a.start[0], a.cp - a.start[1], a.dq - a.start[2],
                                            a.cq - a.start[3], a.touched, a.id) for a in touched])
    if states:
        conn.execute(_SET_STATE, [{"tid": tid, "st": st} for tid, st in states.items()])


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
        raise NotFound(_("There is no transfer {transfer_id}."), code="transfer_not_found", params={"transfer_id": transfer_id})
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
    if not account_ids and all(map(Posted.__instancecheck__, transfers)):
        # A batch's answer: a thousand views built in C loops, the same dicts `transfer_view` makes (a Posted's
        # details are never None)
        return list(map(dict, map(zip, repeat(_VIEW_KEYS), map(_VIEW_FIELDS, transfers))))
    codes = dict(db.execute(select(LedgerAccount.id, LedgerAccount.code)
                            .where(LedgerAccount.id.in_(account_ids))).all()) if account_ids else {}
    return [transfer_view(t, codes) for t in transfers]


# A Posted's fields in the order of `transfer_view`'s keys.
_VIEW_KEYS = ("id", "transfer_id", "debit_account_id", "debit_account", "credit_account_id", "credit_account",
              "amount_fen", "kind", "state", "pending", "pending_id", "reverses_id", "reference", "created_at",
              "metadata")
_VIEW_FIELDS = attrgetter(*(name if name != "metadata" else "details" for name in _VIEW_KEYS))
