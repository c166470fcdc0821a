"""The blacklist's rules: entries by ID number, phone, bank card or name, with a reason and a source; removal as a
request decided by a second holder of loan.blacklist (four eyes); the import of a file of entries (all or nothing,
every bad line named); the hits of a customer (the risk check, the customer view).

A value is kept encrypted (`BlacklistEntry.value`) with its keyed hash beside it (`value_index`, re-keyed by
rotate-pii-key from the value) and a mask. Entries from before revision 0014 have no value (only the hash and the
mask survived): they still match, and are shown masked to everyone.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, or_, select, text
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db import text_filters
from server.db.base import utcnow
from server.errors import Conflict, Forbidden, NotFound, ValidationFailed
from server.loans.models import BlacklistEntry, BlacklistRemoval
from server.messages import Word, _, render
from server.security.masking import mask_bank_card, mask_id_number, mask_name, mask_phone
from server.security.pii import blind_index
from server.staff.accounts import staff_names

KINDS = ("id_number", "phone", "bank_card", "name")
LEGACY_KINDS = ("borrower",)  # by a borrower's number: entries from before revision 0014 only
SOURCES = ("internal", "court", "partner")
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
LIST_LIMIT = 1000

KIND_WORDS = {"id_number": _("ID number"), "phone": _("phone number"), "bank_card": _("bank card number"),
              "name": _("name"), "borrower": _("the borrower")}
SOURCE_WORDS = {"internal": _("internal"), "court": _("court list"), "partner": _("partner")}

_MASKS = {"id_number": mask_id_number, "phone": mask_phone, "bank_card": mask_bank_card, "name": mask_name}
_ID_NUMBER = re.compile(r"^(\d{15}|[0-9A-Z]{18})$")
_PHONE = re.compile(r"^1\d{10}$")
_CARD = re.compile(r"^\d{12,19}$")


class BadValue(Exception):
    """A value that cannot go on the blacklist, with the sentence (a catalog template) saying why."""

    def __init__(self, template: str, params: dict | None = None, code: str = "blacklist_value_invalid"):
        super().__init__(template)
        self.template, self.params, self.code = template, params or {}, code


def normalise(kind: str, raw) -> str:
    """The value as it is kept and hashed: an ID number in capitals without spaces, a phone's 11 digits (a +86 in
    front dropped), a card's digits, a name trimmed. Raises BadValue saying what is wrong."""
    if kind not in KINDS:
        raise BadValue(_("A blacklist entry is by ID number, phone number, bank card number or name."),
                       code="blacklist_kind_invalid")
    text = "" if raw is None else str(raw)
    if kind == "name":
        value = " ".join(text.split())
        if not value:
            raise BadValue(_("Required."), code="value_required")
        if len(value) > 100:
            raise BadValue(_("Too long: at most {max_length} characters."), {"max_length": 100})
        return value
    value = re.sub(r"[\s\-]", "", text).upper()
    if not value:
        raise BadValue(_("Required."), code="value_required")
    if kind == "id_number" and not _ID_NUMBER.match(value):
        raise BadValue(_("An ID number is 15 or 18 characters (the last may be X)."))
    if kind == "phone":
        if value.startswith("+86"):
            value = value[3:]
        elif value.startswith("86") and len(value) == 13:
            value = value[2:]
        if not _PHONE.match(value):
            raise BadValue(_("A phone number is 11 digits starting with 1."))
    if kind == "bank_card" and not _CARD.match(value):
        raise BadValue(_("A bank card number is 12 to 19 digits."))
    return value


def mask(kind: str, value: str) -> str:
    return _MASKS.get(kind, str)(value)


def kind_word(kind: str) -> Word:
    return Word(kind, KIND_WORDS.get(kind, kind))


def source_word(source: str) -> Word:
    return Word(source, SOURCE_WORDS.get(source, source))


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise BadValue(_("The source is internal, a court list or a partner."), code="blacklist_source_invalid")


def _active(db: Session, kind: str, index: str) -> BlacklistEntry | None:
    return db.scalar(select(BlacklistEntry).where(BlacklistEntry.kind == kind, BlacklistEntry.value_index == index,
                                                  BlacklistEntry.removed_at.is_(None)).limit(1))


# --- adding and removing -------------------------------------------------------------------------

def add(db: Session, audit: Auditor, principal: Principal, kind: str, value: str, reason: str,
        source: str = "internal") -> BlacklistEntry:
    try:
        value = normalise(kind, value)
        _check_source(source)
    except BadValue as bad:
        raise ValidationFailed(bad.template, code=bad.code, params=bad.params) from None
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(_("Say why this goes on the blacklist."), code="reason_required")
    index = blind_index(value)
    if _active(db, kind, index) is not None:
        raise Conflict(_("This {kind} is on the blacklist already."), code="blacklist_entry_exists",
                       params={"kind": kind_word(kind)})
    entry = _new_entry(principal, kind, value, index, reason, source)
    db.add(entry)
    db.flush()
    audit.record("loan.blacklist_added", "blacklist_entry", entry.id,
                 after={"kind": kind, "value": entry.value_masked, "reason": reason, "source": source})
    return entry


def _new_entry(principal: Principal, kind: str, value: str, index: str, reason: str, source: str) -> BlacklistEntry:
    return BlacklistEntry(kind=kind, value=value, value_index=index, value_masked=mask(kind, value), reason=reason,
                          source=source, added_by=principal.username, added_at=utcnow())


def _entry_for_update(db: Session, entry_id: int) -> BlacklistEntry:
    entry = db.get(BlacklistEntry, entry_id, with_for_update=True, populate_existing=True)
    if entry is None or entry.removed_at is not None:
        raise NotFound(_("No such active blacklist entry."), code="blacklist_entry_not_found")
    return entry


def _pending(db: Session, entry_id: int) -> BlacklistRemoval | None:
    return db.scalar(select(BlacklistRemoval).where(BlacklistRemoval.entry_id == entry_id,
                                                    BlacklistRemoval.state == PENDING).with_for_update())


def request_removal(db: Session, audit: Auditor, principal: Principal, entry_id: int, reason: str) -> BlacklistEntry:
    entry = _entry_for_update(db, entry_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(_("Say why this comes off the blacklist."), code="reason_required")
    if _pending(db, entry.id) is not None:
        raise Conflict(_("A removal of this entry is waiting for a decision already."), code="removal_pending")
    removal = BlacklistRemoval(entry_id=entry.id, state=PENDING, reason=reason, requested_by=principal.username,
                               requested_at=utcnow())
    db.add(removal)
    db.flush()
    audit.record("loan.blacklist_removal_requested", "blacklist_entry", entry.id,
                 after={"kind": entry.kind, "value": entry.value_masked, "reason": reason})
    return entry


def decide_removal(db: Session, audit: Auditor, principal: Principal, entry_id: int, approve: bool,
                   reason: str | None) -> BlacklistEntry:
    entry = _entry_for_update(db, entry_id)
    removal = _pending(db, entry.id)
    if removal is None:
        raise Conflict(_("No removal of this entry is waiting for a decision."), code="removal_not_pending")
    if removal.requested_by == principal.username:
        raise Forbidden(_("Four eyes: a removal from the blacklist is decided by someone other than the person who "
                          "asked for it."), code="four_eyes", rule="sod.blacklist_removal")
    reason = (reason or "").strip() or None
    if not approve and not reason:
        raise ValidationFailed(_("Say why the removal is rejected."), code="reason_required")
    now = utcnow()
    removal.state = APPROVED if approve else REJECTED
    removal.decided_by, removal.decided_at, removal.decision_reason = principal.username, now, reason
    before = {"kind": entry.kind, "value": entry.value_masked, "requested_by": removal.requested_by,
              "request_reason": removal.reason}
    if approve:
        entry.removed_at, entry.removed_by, entry.removal_reason = now, principal.username, removal.reason
        audit.record("loan.blacklist_removed", "blacklist_entry", entry.id, before=before,
                     after={"reason": removal.reason, "comment": reason})
    else:
        audit.record("loan.blacklist_removal_rejected", "blacklist_entry", entry.id, before=before,
                     after={"reason": reason})
    db.flush()
    return entry


# --- reading -------------------------------------------------------------------------------------

def _value_conditions(q: str) -> list:
    conditions = []
    for kind in KINDS:
        try:
            conditions.append((BlacklistEntry.kind == kind) & (BlacklistEntry.value_index == blind_index(normalise(kind, q))))
        except BadValue:
            continue
    return conditions


def entries(db: Session, can_see_pii: bool, q: str = "", include_removed: bool = False,
            removal: str | None = None) -> list[dict]:
    """The entries, newest first, with their latest removal request. `q` finds a value exactly (through its keyed
    hash: an ID number, a phone, a card, a name), a legacy borrower's number, or words of the reason."""
    stmt = select(BlacklistEntry).order_by(BlacklistEntry.id.desc())
    if not include_removed:
        stmt = stmt.where(BlacklistEntry.removed_at.is_(None))
    q = (q or "").strip()
    if q:
        stmt = stmt.where(or_(*_value_conditions(q), (BlacklistEntry.kind == "borrower") & (BlacklistEntry.value_index == q),
                              text_filters.contains(BlacklistEntry.reason, q, ignore_case=True)))
    if removal:
        stmt = stmt.where(BlacklistEntry.id.in_(select(BlacklistRemoval.entry_id).where(BlacklistRemoval.state == removal)))
    rows = list(db.scalars(stmt.limit(LIST_LIMIT)))
    return views(db, rows, can_see_pii)


def views(db: Session, rows: list[BlacklistEntry], can_see_pii: bool) -> list[dict]:
    latest: dict[int, BlacklistRemoval] = {}
    if rows:
        for r in db.scalars(select(BlacklistRemoval).where(BlacklistRemoval.entry_id.in_([e.id for e in rows]))
                            .order_by(BlacklistRemoval.id)):
            latest[r.entry_id] = r
    names = staff_names(db, {e.added_by for e in rows} | {e.removed_by for e in rows}
                        | {r.requested_by for r in latest.values()} | {r.decided_by for r in latest.values()})
    return [view(e, latest.get(e.id), names, can_see_pii) for e in rows]


def view(entry: BlacklistEntry, removal: BlacklistRemoval | None, names: dict, can_see_pii: bool) -> dict:
    shown = entry.value if can_see_pii and entry.value is not None else entry.value_masked
    return {
        "id": entry.id, "kind": entry.kind, "value": shown, "masked": shown != entry.value or entry.value is None,
        "reason": entry.reason, "source": entry.source, "added_by": entry.added_by,
        "added_by_name": names.get(entry.added_by, entry.added_by), "added_at": entry.added_at,
        "active": entry.removed_at is None, "removed_at": entry.removed_at,
        "removal": None if removal is None else {
            "id": removal.id, "state": removal.state, "reason": removal.reason, "requested_by": removal.requested_by,
            "requested_by_name": names.get(removal.requested_by, removal.requested_by),
            "requested_at": removal.requested_at, "decided_by": removal.decided_by,
            "decided_by_name": names.get(removal.decided_by, removal.decided_by) if removal.decided_by else None,
            "decided_at": removal.decided_at, "decision_reason": removal.decision_reason},
    }


def entry_view(db: Session, entry: BlacklistEntry, can_see_pii: bool) -> dict:
    return views(db, [entry], can_see_pii)[0]


def pending_removals_by_others(db: Session, username: str) -> int:
    return db.scalar(select(func.count()).select_from(BlacklistRemoval).where(
        BlacklistRemoval.state == PENDING, BlacklistRemoval.requested_by != username)) or 0


# --- hits ----------------------------------------------------------------------------------------

def _candidates(person) -> list[tuple[str, str]]:
    """(kind, keyed hash) of what a customer (or a borrower) is known by. Reads the blind indexes already stored
    beside the encrypted values; the name's is computed."""
    pairs = [("id_number", getattr(person, "id_number_index", None)), ("phone", getattr(person, "phone_index", None)),
             ("borrower", getattr(person, "number", None))]
    if getattr(person, "name", None):
        pairs.append(("name", blind_index(normalise("name", person.name))))
    for card in getattr(person, "cards", None) or ():
        pairs.append(("bank_card", getattr(card, "card_index", None)))
    if getattr(person, "bank_card_index", None):
        pairs.append(("bank_card", person.bank_card_index))
    return [(k, v) for k, v in pairs if v]


def _hit_entries(db: Session, person) -> list[BlacklistEntry]:
    pairs = _candidates(person)
    if not pairs:
        return []
    return list(db.scalars(select(BlacklistEntry).where(
        BlacklistEntry.removed_at.is_(None),
        or_(*[(BlacklistEntry.kind == k) & (BlacklistEntry.value_index == v) for k, v in pairs]))
        .order_by(BlacklistEntry.id)))


def hit_kinds(db: Session, person) -> list[str]:
    """The kinds by which a borrower is on the blacklist (for the risk check), e.g. ["id_number", "name"]."""
    return sorted({e.kind for e in _hit_entries(db, person)})


def hits_for(db: Session, customer) -> list[dict]:
    """The active entries a customer matches (for the customer view): by ID number, phone, any of their bank
    cards, their name, or (entries from before 0014) their number. One query."""
    return [{"entry_id": e.id, "kind": e.kind, "reason": e.reason, "source": e.source, "added_at": e.added_at}
            for e in _hit_entries(db, customer)]


# --- import --------------------------------------------------------------------------------------

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_LINES = 20_000
COLUMNS = {  # the column, its names in a header (compared without case and spaces), its words
    "kind": ({"类型", "kind", "种类", "名单类型"}, Word("kind", "kind", "类型")),
    "value": ({"值", "value", "号码", "内容"}, Word("value", "value", "值")),
    "reason": ({"原因", "reason", "理由"}, Word("reason", "reason", "原因")),
    "source": ({"来源", "source"}, Word("source", "source", "来源")),
}
REQUIRED_COLUMNS = ("kind", "value", "reason")
KIND_NAMES = {
    "id_number": {"id_number", "idnumber", "id", "身份证", "身份证号", "身份证号码", "证件号", "证件号码"},
    "phone": {"phone", "mobile", "手机", "手机号", "手机号码", "电话", "电话号码"},
    "bank_card": {"bank_card", "bankcard", "card", "银行卡", "银行卡号", "卡号"},
    "name": {"name", "姓名", "名字", "名称"},
}
SOURCE_NAMES = {
    "internal": {"internal", "内部", "本平台"},
    "court": {"court", "法院", "法院失信名单", "失信被执行人", "法院名单"},
    "partner": {"partner", "合作方", "合作机构", "合作伙伴"},
}


def _key(text) -> str:
    return re.sub(r"\s+", "", "" if text is None else str(text)).lower()


def _lookup(names: dict[str, set[str]], text) -> str | None:
    key = _key(text)
    return next((code for code, words in names.items() if key in {_key(w) for w in words}), None)


@dataclass
class ImportResult:
    added: int = 0
    already: int = 0
    lines: int = 0
    problems: list[dict] = field(default_factory=list)
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, value, reason, source

    def answer(self, language: str, dry_run: bool) -> dict:
        return {"added": 0 if self.problems else self.added, "already": self.already, "lines": self.lines,
                "dry_run": dry_run,
                "problems": [{"line": p["line"], "column": _column_text(p["column"], language),
                              "reason": render(p["reason"], language, p["params"]), "code": p["code"]}
                             for p in self.problems]}


def _column_text(column, language: str) -> str:
    if isinstance(column, Word):
        return column.in_language(language)
    return column or ""


def _problem(result: ImportResult, line: int, column, reason: str, params=None, code="line_invalid") -> None:
    result.problems.append({"line": line, "column": column, "reason": reason, "params": params or {}, "code": code})


def _decode(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _cell(value):
    """An Excel cell as text; a whole number stored as a float (a phone typed into a number cell) without '.0'."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value)), value >= 1e15  # past 15 digits Excel has already lost the last ones
        return str(value), False
    if isinstance(value, datetime):
        return value.isoformat(), False
    return ("" if value is None else str(value)), False


def _rows(data: bytes, filename: str, result: ImportResult) -> list[tuple[int, list, list[bool]]] | None:
    """(line number, cells, cells Excel stored as long numbers) of every line, the header first; None (with a
    problem) when the file cannot be read at all."""
    if data[:4] == b"PK\x03\x04" or filename.lower().endswith(".xlsx"):
        import openpyxl

        rows = []
        try:
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                for number, row in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1):
                    cells = [_cell(v) for v in row]
                    rows.append((number, [c[0] for c in cells], [c[1] for c in cells]))
                    if number > MAX_IMPORT_LINES + 1:
                        break
            finally:
                book.close()
        except Exception:  # noqa: BLE001 - whatever a damaged or foreign zip raises inside openpyxl: unreadable
            _problem(result, 0, None, _("The file is not an Excel workbook (.xlsx) that can be read."),
                     code="file_unreadable")
            return None
        return rows
    text = _decode(data)
    if text is None:
        _problem(result, 0, None, _("The file is neither UTF-8 nor GB18030 text, nor an Excel workbook (.xlsx)."),
                 code="file_unreadable")
        return None
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        start = 1
        for cells in reader:
            rows.append((start, cells, [False] * len(cells)))
            start = reader.line_num + 1
            if len(rows) > MAX_IMPORT_LINES + 1:
                break
    except csv.Error:
        _problem(result, reader.line_num, None, _("The line is not valid CSV (a quote is not closed)."),
                 code="file_unreadable")
        return None
    return rows


def read_import(db: Session, data: bytes, filename: str) -> ImportResult:
    """Every line of the file checked; the problems named by line and column; the good lines ready to add (those
    on the blacklist already, or repeated in the file, counted apart: importing a file twice adds nothing)."""
    result = ImportResult()
    if not data.strip():
        _problem(result, 0, None, _("The file is empty."), code="file_empty")
        return result
    rows = _rows(data, filename, result)
    if rows is None:
        return result
    rows = [r for r in rows if any(str(c).strip() for c in r[1])]  # blank lines say nothing
    if not rows:
        _problem(result, 0, None, _("The file is empty."), code="file_empty")
        return result
    header_line, header, _long = rows[0]
    where: dict[str, int] = {}
    for i, title in enumerate(header):
        column = next((c for c, (names, _w) in COLUMNS.items() if _key(title) in {_key(n) for n in names}), None)
        if column and column not in where:
            where[column] = i
    for column in REQUIRED_COLUMNS:
        if column not in where:
            _problem(result, header_line, COLUMNS[column][1], _("The header has no such column."),
                     code="column_missing")
    if result.problems:
        return result
    titles = {c: (str(header[i]).strip() or COLUMNS[c][1]) for c, i in where.items()}
    titles |= {c: COLUMNS[c][1] for c in COLUMNS if c not in titles}
    body = rows[1:]
    if len(body) > MAX_IMPORT_LINES:
        _problem(result, 0, None, _("The file has more than {limit} lines; split it."), {"limit": MAX_IMPORT_LINES},
                 code="file_too_long")
        return result
    result.lines = len(body)
    seen: set[tuple[str, str]] = set()
    wanted: list[tuple[int, str, str, str, str, str]] = []
    for line, cells, long_numbers in body:
        def cell(column):
            i = where.get(column)
            return (str(cells[i]).strip() if i is not None and i < len(cells) and cells[i] is not None else "",
                    i is not None and i < len(long_numbers) and long_numbers[i])

        kind_text, _l = cell("kind")
        value_text, value_long = cell("value")
        reason, _l = cell("reason")
        source_text, _l = cell("source")
        entry, line_problems = check_line(kind_text, value_text, reason, source_text, value_long)
        for column, template, params, code in line_problems:
            _problem(result, line, titles[column], template, params, code=code)
        if entry is None:
            continue
        kind, value, reason, source = entry
        index = blind_index(value)
        if (kind, index) in seen:
            result.already += 1
            continue
        seen.add((kind, index))
        wanted.append((line, kind, value, index, reason, source))
    if result.problems:
        return result
    existing = listed_already(db, [(w[1], w[3]) for w in wanted])
    for _line, kind, value, index, reason, source in wanted:
        if (kind, index) in existing:
            result.already += 1
        else:
            result.rows.append((kind, value, reason, source))
    result.added = len(result.rows)
    return result


def import_entries(db: Session, audit: Auditor, principal: Principal, result: ImportResult, filename: str) -> None:
    """Adds the good lines of a file read whole and found without problems; one audit record with the count."""
    assert not result.problems
    ids = insert_entries(db, principal.username, result.rows)
    by_kind = {k: sum(1 for r in result.rows if r[0] == k) for k in KINDS}
    audit.record("loan.blacklist_imported", "blacklist_import", filename[:100],
                 after={"added": result.added, "already": result.already, "lines": result.lines,
                        "by_kind": {k: n for k, n in by_kind.items() if n}, "first_id": ids[0] if ids else None,
                        "last_id": ids[-1] if ids else None})


def check_line(kind_text: str, value_text: str, reason: str, source_text: str, value_long: bool = False):
    """One line of entries checked, the way every import reads it (this file's and the go-live import's):
    ((kind, value, reason, source), []) when it is good, else (None, [(column, reason template, params, code)])
    with the column one of kind, value, reason, source. `value_long`: Excel stored the value as a long number."""
    problems = []
    kind = _lookup(KIND_NAMES, kind_text)
    if not kind_text:
        problems.append(("kind", _("Required."), {}, "value_required"))
    elif kind is None:
        problems.append(("kind", _("“{text}” is not a kind of entry: write ID number, phone, bank card or name."),
                         {"text": kind_text[:40]}, "blacklist_kind_invalid"))
    value = None
    if kind is not None:
        if value_long and kind in ("id_number", "bank_card"):
            problems.append(("value", _("Excel kept this number as a number and lost its last digits: format the "
                                        "column as text and type it again."), {}, "number_digits_lost"))
        else:
            try:
                value = normalise(kind, value_text)
            except BadValue as error:
                problems.append(("value", error.template, error.params, error.code))
    if not reason:
        problems.append(("reason", _("Required."), {}, "reason_required"))
    elif len(reason) > 500:
        problems.append(("reason", _("Too long: at most {max_length} characters."), {"max_length": 500},
                         "string_too_long"))
    source = _lookup(SOURCE_NAMES, source_text) if source_text else "internal"
    if source is None:
        problems.append(("source", _("“{text}” is not a source: write internal, court list or partner."),
                         {"text": source_text[:40]}, "blacklist_source_invalid"))
    if problems:
        return None, problems
    return (kind, value, reason, source), []


def listed_already(db: Session, wanted: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of (kind, keyed hash) are on the blacklist now (active entries)."""
    existing = set()
    for kind in KINDS:
        indexes = [index for k, index in wanted if k == kind]
        for i in range(0, len(indexes), 500):
            existing |= {(kind, v) for v in db.scalars(select(BlacklistEntry.value_index).where(
                BlacklistEntry.kind == kind, BlacklistEntry.value_index.in_(indexes[i:i + 500]),
                BlacklistEntry.removed_at.is_(None)))}
    return existing


def insert_entries(db: Session, added_by: str, rows: list[tuple[str, str, str, str]]) -> list[int]:
    """Adds entries (kind, value, reason, source) checked already, in bulk; their ids in order. The value goes in
    plain: its EncryptedText column encrypts it."""
    if not rows:
        return []
    now = utcnow()
    first = (db.scalar(select(func.max(BlacklistEntry.id))) or 0) + 1
    values = [{"id": first + n, "kind": kind, "value": value, "value_index": blind_index(value),
               "value_masked": mask(kind, value), "reason": reason, "source": source, "added_by": added_by,
               "added_at": now} for n, (kind, value, reason, source) in enumerate(rows)]
    for i in range(0, len(values), 5_000):
        db.execute(insert(BlacklistEntry.__table__), values[i:i + 5_000])
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT setval(pg_get_serial_sequence('blacklist_entries', 'id'), "
                        "(SELECT MAX(id) FROM blacklist_entries))"))
    return [v["id"] for v in values]
