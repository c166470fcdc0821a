"""Reading a day's items: the paged, filtered lists of either side, and the other side's likely
partners of one item for matching by hand (ranked by the matcher's `candidates`)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server.db import text_filters
from server.errors import NotFound
from server.messages import _
from server.reconciliation.matching import candidates as rank_candidates
from server.reconciliation.models import BANK, LEDGER, OPEN, ReconDay, ReconItem
from server.reconciliation.runs import bank_frame, ledger_frame
from server.reconciliation.service import find_day

# The refusal for an item that is not on the day, per side (the side is a word of the sentence).
NO_ITEM = {LEDGER: _("{day} has no ledger item {id}."), BANK: _("{day} has no bank line {id}.")}

SORTS = {"at": ReconItem.at, "amount_fen": ReconItem.amount_fen, "amount": ReconItem.amount_fen,
         "reference": ReconItem.reference, "serial": ReconItem.serial, "account": ReconItem.account,
         "category": ReconItem.category, "state": ReconItem.state, "id": ReconItem.id, "line_no": ReconItem.line_no}
CANDIDATE_POOL = 2_000  # the other side's rows the ranking looks at: those sharing a reference, amount or account


@dataclass(frozen=True)
class ItemFilter:
    side: str
    category: str | None = None
    state: str | None = None
    q: str | None = None
    amount_min_fen: int | None = None
    amount_max_fen: int | None = None


def item_views(db: Session, items: list[ReconItem]) -> list[dict]:
    """Views with each item's counterparts: the other side of its match group, else the one the
    matcher linked it to (amount_differs); looked up in one query for the whole page."""
    groups = {i.group_id for i in items if i.group_id is not None}
    members: dict[int, list[tuple[str, int]]] = {}
    if groups:
        for group_id, side, item_id in db.execute(select(ReconItem.group_id, ReconItem.side, ReconItem.id)
                                                  .where(ReconItem.group_id.in_(groups)).order_by(ReconItem.id)):
            members.setdefault(group_id, []).append((side, item_id))
    origins = {i.carried_from_id for i in items if i.carried_from_id is not None}
    origin_days = dict(db.execute(select(ReconItem.id, ReconDay.day).join(ReconDay, ReconDay.id == ReconItem.day_id)
                                  .where(ReconItem.id.in_(origins))).all()) if origins else {}
    out = []
    for i in items:
        if i.group_id is not None:
            counterparts = [item_id for side, item_id in members.get(i.group_id, []) if side != i.side]
        else:
            counterparts = [i.counterpart_id] if i.counterpart_id is not None else []
        out.append({"id": i.id, "side": i.side, "category": i.category, "state": i.state, "reference": i.reference,
                    "serial": i.serial, "account": i.account, "direction": i.direction, "amount_fen": i.amount_fen,
                    "at": i.at, "match_pass": i.match_pass, "group_id": i.group_id, "counterpart_ids": counterparts,
                    "note": i.note, "line_no": i.line_no, "summary": i.summary,
                    "carried_from_day": origin_days.get(i.carried_from_id)})
    return out


def list_items(db: Session, day: date, f: ItemFilter, sort: str, page: int, page_size: int) -> tuple[list[dict], int]:
    row = find_day(db, day)
    if row is None:
        return [], 0
    conds = [ReconItem.day_id == row.id, ReconItem.side == f.side]
    if f.category:
        conds.append(ReconItem.category == f.category)
    if f.state:
        conds.append(ReconItem.state == f.state)
    if f.q:
        q = f.q.strip()
        conds.append(or_(*(text_filters.contains(column, q, ignore_case=True) for column in (
            ReconItem.reference, ReconItem.serial, ReconItem.account, ReconItem.summary))))
    if f.amount_min_fen is not None:
        conds.append(ReconItem.amount_fen >= f.amount_min_fen)
    if f.amount_max_fen is not None:
        conds.append(ReconItem.amount_fen <= f.amount_max_fen)
    column = SORTS[sort.lstrip("-")]
    order = [column.desc(), ReconItem.id.desc()] if sort.startswith("-") else [column.asc(), ReconItem.id.asc()]
    total = db.scalar(select(func.count()).select_from(ReconItem).where(*conds))
    items = db.scalars(select(ReconItem).where(*conds).order_by(*order)
                       .offset((page - 1) * page_size).limit(page_size)).all()
    return item_views(db, list(items)), total


def _columns():
    return (ReconItem.id, ReconItem.serial, ReconItem.reference, ReconItem.account, ReconItem.direction,
            ReconItem.amount_fen, ReconItem.at)


def _twin_and_its_match(db: Session, day_id: int, item: ReconItem) -> list[ReconItem]:
    """A duplicate's twin (the line it repeats, on the same side) and the ledger items the twin is matched with."""
    if item.side != BANK or item.category != "duplicate" or item.counterpart_id is None:
        return []
    twin = db.get(ReconItem, item.counterpart_id)
    if twin is None or twin.day_id != day_id or twin.side != BANK:
        return []
    partners = db.scalars(select(ReconItem).where(ReconItem.group_id == twin.group_id, ReconItem.side == LEDGER)
                          .order_by(ReconItem.id)).all() if twin.group_id is not None else []
    return [twin, *partners]


def candidates(db: Session, day: date, side: str, item_id: int, limit: int = 20) -> list[dict]:
    """The other side's open items most likely to belong with this one, best first. A duplicate is offered its
    twin first (a bank line, whatever its state) and the ledger items the twin is matched with."""
    row = find_day(db, day)
    item = db.get(ReconItem, item_id)
    if row is None or item is None or item.day_id != row.id or item.side != side:
        raise NotFound(NO_ITEM[side], code="item_not_found", params={"day": day.isoformat(), "id": item_id})
    other = BANK if side == LEDGER else LEDGER
    related = [ReconItem.amount_fen == item.amount_fen, ReconItem.account == item.account]
    for reference in {r for r in (item.reference, item.serial) if r}:
        related += [ReconItem.reference == reference, ReconItem.serial == reference]
    pool = db.execute(select(*_columns()).where(ReconItem.day_id == row.id, ReconItem.side == other,
                                                ReconItem.state == OPEN, or_(*related))
                      .order_by(ReconItem.id).limit(CANDIDATE_POOL)).all()
    own = db.execute(select(*_columns()).where(ReconItem.id == item.id)).all()
    ledger_rows, bank_rows = (own, pool) if side == LEDGER else (pool, own)
    ranked = rank_candidates(ledger_frame(ledger_rows), bank_frame(bank_rows), side, item.id, limit=limit)
    ids = ranked.get_column("line_id" if side == LEDGER else "entry_id").to_list()
    by_id = {i.id: i for i in db.scalars(select(ReconItem).where(ReconItem.id.in_(ids)))} if ids else {}
    first = _twin_and_its_match(db, row.id, item)
    offered = {i.id for i in first}
    return item_views(db, first + [by_id[i] for i in ids if i not in offered])
