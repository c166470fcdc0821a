"""Writing, verifying and listing audit records.

Each record's hash is an HMAC-SHA256 (key outside the database, server/audit/keys.py) over its content
and the previous record's hash, so editing or deleting a row breaks the chain at that point, and
someone who can write the database cannot recompute the later hashes. Records sealed before the key
existed carry the plain SHA-256 (`record_hash`) and verify by that rule. The head is anchored outside
the database by checkpoints (server/audit/checkpoints.py), which catch a cut tail. Records are sealed
at commit time under a lock that serialises chain writers (SQLite: the writer's IMMEDIATE transaction;
PostgreSQL: a transaction-level advisory lock).

A value longer than its column is refused when it is recorded, on every backend (PostgreSQL would
refuse it only at commit, SQLite never), so the mistake shows in the first test that makes it.
"""

import hashlib
import hmac
import json
from json.encoder import c_make_encoder, encode_basestring
from dataclasses import dataclass, field
from functools import cache
from datetime import datetime

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from server.audit.keys import AuditKeyRing, active_ring
from server.audit.models import AuditRecord
from server.db import text_filters
from server.db.base import as_utc, utcnow
from server.db.driver_sql import DriverSQL
from server.db.lengths import check_fits, string_limits
from server.messages import _, render

GENESIS = "0" * 64
_CHAIN_LOCK = 0x50325041  # an arbitrary constant naming the audit chain's advisory lock


def _iso(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# One encoder for every record: json.dumps with options builds a new one at each call, which for a batch's
# thousand records cost more than the encoding itself.
_CONTENT = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
if c_make_encoder is not None:
    # JSONEncoder.encode still builds its C encoder (and a dict for circular references) at every call, half the
    # time of encoding a batch movement's record; this is that same encoder, with the same options, built once.
    # Without the circular check (audit values are plain data), so it keeps no state between calls and threads.
    _C_CONTENT = c_make_encoder(None, json.JSONEncoder().default, encode_basestring, None, ":", ",", True, False,
                                True)

    def _CONTENT(value) -> str:  # noqa: F811
        return "".join(_C_CONTENT(value, 0))


def _message(prev_hash: str, seq: int, at: datetime, actor_id, actor_name, action, object_type,
             object_id, before, after, client_addr, request_id) -> str:
    content = _CONTENT(
        [seq, _iso(at), actor_id, actor_name, action, object_type, object_id, before, after, client_addr, request_id])
    return prev_hash + "\n" + content


def record_hash(*fields) -> str:
    """The plain SHA-256 of the records sealed before the audit key existed (anyone can compute it)."""
    return hashlib.sha256(_message(*fields).encode("utf-8")).hexdigest()


def record_mac(ring: AuditKeyRing, *fields) -> str:
    """The keyed hash every record is sealed with now (same fields and order as `record_hash`)."""
    return ring.mac(_message(*fields))


def _fields(rec) -> tuple:
    return (rec.prev_hash, rec.seq, rec.at, rec.actor_id, rec.actor_name, rec.action, rec.object_type, rec.object_id,
            rec.before, rec.after, rec.client_addr, rec.request_id)


@dataclass
class Auditor:
    """Collects the audit records of one state change; `seal` adds them to the chain."""

    db: Session
    actor_id: int | None
    actor_name: str
    client_addr: str
    request_id: str
    pending: list[dict] = field(default_factory=list)

    def __post_init__(self):
        check_fits(_TABLE, dict(actor_name=self.actor_name, client_addr=self.client_addr, request_id=self.request_id),
                   _LIMITS)

    def record(self, action: str, object_type: str, object_id, before: dict | None = None,
               after: dict | None = None) -> None:
        item = dict(action=action, object_type=object_type, object_id=str(object_id), before=before, after=after)
        check_fits(_TABLE, item, _LIMITS)
        self.pending.append(item)

    def record_many(self, actions: list[str], object_type: str, object_ids: list[str],
                    afters: list[dict | None]) -> None:
        """`record` for many objects at once (a batch's movements): the same records, their lengths checked a
        column at a time rather than a record at a time."""
        for key, values in (("action", actions), ("object_id", object_ids)):
            if key in _LIMITS and max(map(len, values), default=0) > _LIMITS[key]:
                check_fits(_TABLE, {key: max(values, key=len)}, _LIMITS)
        check_fits(_TABLE, {"object_type": object_type}, _LIMITS)
        self.pending += [dict(action=action, object_type=object_type, object_id=object_id, before=None, after=after)
                         for action, object_id, after in zip(actions, object_ids, afters, strict=True)]

    def seal(self) -> None:
        """Flushes the session's pending changes, then appends the records to the chain with one
        multi-row INSERT (no ORM objects: this runs on every state change)."""
        if not self.pending:
            return
        self.db.flush()
        driver, sql, dialect = _SQL.on(self.db)  # every state change seals: through the driver
        if dialect.name == "postgresql":
            driver.execute(sql["lock"], (_CHAIN_LOCK,)).fetchone()
        last = driver.execute(sql["end"]).fetchone()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        at = utcnow()
        mac = active_ring().macs()
        # The content's parts every record of this seal shares, encoded once: a JSON array is its elements'
        # encodings joined by commas, so the message is the same text `_message` writes.
        shared = _CONTENT([_iso(at), self.actor_id, self.actor_name])[1:-1]
        tail = _CONTENT([self.client_addr, self.request_id])[1:-1]
        rows = []
        for item in self.pending:
            seq += 1
            # `before` and `after` encoded on their own: the same elements of the message, and on SQLite the very
            # text stored in their JSON columns (compact, keys sorted: the same values when read), so a batch's
            # thousand records are encoded once, not once for the hash and again by the column's type.
            before, after = _CONTENT(item["before"]), _CONTENT(item["after"])
            digest = mac(f"{prev}\n[{seq},{shared},{_CONTENT([item['action'], item['object_type'], item['object_id']])[1:-1]},"
                         f"{before},{after},{tail}]")
            rows.append((seq, prev, digest, item, before, after))
            prev = digest
        self.pending.clear()
        _append_many(driver, dialect, rows, at, (self.actor_id, self.actor_name, self.client_addr, self.request_id))


_COLUMNS = ("seq", "prev_hash", "hash", "action", "object_type", "object_id", "before", "after", "at", "actor_id",
            "actor_name", "client_addr", "request_id")
# One record's values in each driver's placeholders; PostgreSQL is told that `before` and `after` are JSON text.
_ROW = {"sqlite": f"({', '.join('?' * len(_COLUMNS))})",
        "postgresql": f"({', '.join('%s::json' if c in ('before', 'after') else '%s' for c in _COLUMNS)})"}
# Records per INSERT: 13 x 250 bound values, under SQLite's 32,766 (and PostgreSQL's 65,535); a statement of several
# rows is run once, not once per record.
_PAGE = 250


@cache
def _append_sql(dialect: str, rows: int) -> str:
    return f"INSERT INTO audit_records ({', '.join(_COLUMNS)}) VALUES {', '.join([_ROW[dialect]] * rows)}"


def _append_many(driver, dialect, rows: list[tuple], at: datetime, shared: tuple) -> None:
    """A seal's records (one for most commands, a thousand for a batch's) through the driver, by pages of `_PAGE`
    records a statement, `before` and `after` as the JSON text `seal` encoded for the hash (on SQLite the very text
    its JSON columns hold; PostgreSQL's json keeps the text it is given), the time converted once as SQLAlchemy
    converts it: building SQLAlchemy's parameters row by row cost more than the database's insert, and for one
    record compiling and processing the Core insert cost more than the insert. The lengths were checked when the
    records were made (`record`, `record_many`)."""
    as_time = _TABLE.c.at.type.dialect_impl(dialect).bind_processor(dialect)
    at = as_time(at) if as_time else at
    flat = [value for seq, prev, digest, item, before, after in rows
            for value in (seq, prev, digest, item["action"], item["object_type"], item["object_id"], before, after, at,
                          *shared)]
    width = len(_COLUMNS)
    whole = len(rows) - len(rows) % _PAGE
    if whole:
        step = width * _PAGE
        driver.cursor().executemany(_append_sql(dialect.name, _PAGE),
                                    [tuple(flat[start:start + step]) for start in range(0, whole * width, step)])
    if whole < len(rows):
        driver.execute(_append_sql(dialect.name, len(rows) - whole), tuple(flat[whole * width:]))


# Built once, like every statement that runs on each state change.
_TABLE = AuditRecord.__table__
_LIMITS = string_limits(_TABLE)
_SQL = DriverSQL(lock="SELECT pg_advisory_xact_lock({0})",
                 end="SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1")


@dataclass
class ChainCheck:
    ok: bool
    checked: int
    first_broken_seq: int | None = None
    first_broken_id: int | None = None
    reason: str | None = None
    head_seq: int = 0  # the last record verified (the chain's end when ok)
    head_hash: str = GENESIS
    # The reason as a catalog template and its parameters (`reason` is it in English, for the command line).
    reason_template: str | None = None
    reason_params: dict = field(default_factory=dict)

    def as_dict(self, language: str = "en") -> dict:
        """The check for an answer: the reason in `language` (its template's code and parameters beside it)."""
        reason = render(self.reason_template, language, self.reason_params) if self.reason_template else self.reason
        return dict(ok=self.ok, checked=self.checked, first_broken_seq=self.first_broken_seq,
                    first_broken_id=self.first_broken_id, reason=reason)


def broken_reason(template: str, **params) -> dict:
    """The reason fields of a broken check: English for the command line, the template for an answer."""
    return dict(reason=render(template, "en", params), reason_template=template, reason_params=params)


def _seals(rec, ring: AuditKeyRing) -> bool:
    fields = _fields(rec)
    if hmac.compare_digest(record_mac(ring, *fields), rec.hash):
        return True
    # Before the key's switch point a record may carry the plain hash; from it on only the MAC counts.
    return rec.seq < ring.mac_from_seq and record_hash(*fields) == rec.hash


def verify_chain(db: Session, batch: int = 5000, after_seq: int = 0, after_hash: str = GENESIS,
                 ring: AuditKeyRing | None = None) -> ChainCheck:
    """Checks the chain from the genesis, or from a record verified before (`after_seq` whose hash was
    `after_hash`) to its end."""
    ring = ring or active_ring()
    prev, expected_seq, checked = after_hash, after_seq + 1, 0
    stmt = (select(AuditRecord).where(AuditRecord.seq > after_seq).order_by(AuditRecord.seq)
            .execution_options(yield_per=batch))
    for rec in db.scalars(stmt):
        if rec.seq != expected_seq:
            return ChainCheck(False, checked, expected_seq, rec.id, head_seq=expected_seq - 1, head_hash=prev,
                              **broken_reason(_("record {seq} is missing"), seq=expected_seq))
        if rec.prev_hash != prev:
            return ChainCheck(False, checked, rec.seq, rec.id, head_seq=expected_seq - 1, head_hash=prev,
                              **broken_reason(_("does not follow the previous record's hash")))
        if not _seals(rec, ring):
            return ChainCheck(False, checked, rec.seq, rec.id, head_seq=expected_seq - 1, head_hash=prev,
                              **broken_reason(_("content does not match its hash (edited)")))
        prev, expected_seq, checked = rec.hash, expected_seq + 1, checked + 1
    return ChainCheck(True, checked, head_seq=expected_seq - 1, head_hash=prev)


SORTABLE = {"at": AuditRecord.at, "id": AuditRecord.seq, "seq": AuditRecord.seq, "action": AuditRecord.action,
            "actor": AuditRecord.actor_name, "object_type": AuditRecord.object_type}


@dataclass
class AuditFilter:
    actor: str | None = None
    action: str | None = None
    object_type: str | None = None
    object_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    q: str | None = None


def list_records(db: Session, f: AuditFilter, sort: str, page: int, page_size: int) -> tuple[list[AuditRecord], int]:
    """A page of records and the total count. Times without a zone are taken as UTC (the wire's rule)."""
    conds = []
    if f.actor:
        conds.append(AuditRecord.actor_name == f.actor)
    if f.action:
        # "auth." lists an area's actions; a full name lists one action.
        conds.append(text_filters.starts_with(AuditRecord.action, f.action) if f.action.endswith(".")
                     else AuditRecord.action == f.action)
    if f.object_type:
        conds.append(AuditRecord.object_type == f.object_type)
    if f.object_id:
        conds.append(AuditRecord.object_id == f.object_id)
    if f.since:
        conds.append(AuditRecord.at >= as_utc(f.since))
    if f.until:
        conds.append(AuditRecord.at < as_utc(f.until))
    if f.q:
        conds.append(or_(*(text_filters.contains(column, f.q) for column in (
            AuditRecord.action, AuditRecord.actor_name, AuditRecord.object_id, cast(AuditRecord.after, String)))))
    descending = sort.startswith("-")
    column = SORTABLE[sort.lstrip("-")]
    order = [column.desc() if descending else column.asc()]
    if column is not AuditRecord.seq:
        order.append(AuditRecord.seq.desc() if descending else AuditRecord.seq.asc())
    total = db.scalar(select(func.count()).select_from(AuditRecord).where(*conds))
    rows = db.scalars(select(AuditRecord).where(*conds).order_by(*order)
                      .offset((page - 1) * page_size).limit(page_size)).all()
    return list(rows), total
