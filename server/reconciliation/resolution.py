"""A clerk's answers to a difference: match by hand, or mark as timing (在途, expected on the next day's
file). Adjusting entries are in `proposals.py`. Only open items can be resolved, and only on an open day."""

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.access import Principal
from server.audit.service import Auditor
from server.db.versioning import bump
from server.errors import Conflict, NotFound, ValidationFailed
from server.messages import Word, _
from server.reconciliation.models import BANK, LEDGER, MANUAL, MATCHED, OPEN, TIMING, ReconDay, ReconItem
from server.reconciliation.service import day_for_change


def yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}" if abs(fen) < 10**15 else f"{fen} fen"


def signed(item: ReconItem) -> int:
    """Money into the custodian is positive, out of it negative."""
    return item.amount_fen if item.direction == "in" else -item.amount_fen


def load_items(db: Session, row: ReconDay, refs: Iterable[tuple[str, int]]) -> list[ReconItem]:
    """The day's items named by (side, id), locked; 404 naming the first one that is not on this day."""
    refs = list(refs)
    if len(set(refs)) != len(refs):
        raise ValidationFailed(_("An item is named twice."), code="item_repeated")
    ids = [i for _, i in refs]
    found = {i.id: i for i in db.scalars(select(ReconItem).where(ReconItem.id.in_(ids), ReconItem.day_id == row.id)
                                         .with_for_update().execution_options(populate_existing=True))}
    for side, item_id in refs:
        item = found.get(item_id)
        if item is None or item.side != side:
            raise NotFound(_NO_ITEM[side], code="item_not_found", params={"day": row.day.isoformat(), "id": item_id})
    return [found[i] for i in ids]


_NO_ITEM = {LEDGER: _("{day} has no ledger item {id}."), BANK: _("{day} has no bank line {id}.")}
_STATES = {MATCHED: _("matched"), TIMING: _("marked as a timing difference"),
           "proposed": _("in an adjusting entry proposal"), "adjusted": _("adjusted")}
_NOT_OPEN = {LEDGER: _("Ledger item {id} is {state} already; only open items can be changed."),
             BANK: _("Bank line {id} is {state} already; only open items can be changed.")}


def require_open(items: list[ReconItem], action: str) -> None:
    """`action` names the change for the log; the refusal names the item's state in words."""
    for item in items:
        if item.state != OPEN:
            raise Conflict(_NOT_OPEN.get(item.side, _NOT_OPEN[LEDGER]), code="item_not_open",
                           params={"id": item.id, "state": Word(item.state, _STATES.get(item.state, item.state)),
                                   "side": item.side, "action": action},
                           current={"id": item.id, "side": item.side, "state": item.state})


def match_by_hand(db: Session, audit: Auditor, actor: Principal, day: date, ledger_ids: list[int],
                  bank_ids: list[int], note: str = "") -> ReconDay:
    """One to one, one to many or many to one; the two sides' totals must agree to the fen."""
    row = day_for_change(db, day)
    if len(ledger_ids) > 1 and len(bank_ids) > 1:
        raise ValidationFailed(_("Match one ledger item with several bank lines, or several ledger items with one "
                                 "bank line, not many with many."), code="match_shape")
    items = load_items(db, row, [(LEDGER, i) for i in ledger_ids] + [(BANK, i) for i in bank_ids])
    require_open(items, "matched")
    ledger = [i for i in items if i.side == LEDGER]
    bank = [i for i in items if i.side == BANK]
    if len({i.direction for i in items}) > 1:
        raise ValidationFailed(_("Money in and money out cannot match each other."), code="direction_differs")
    ledger_fen, bank_fen = sum(i.amount_fen for i in ledger), sum(i.amount_fen for i in bank)
    if ledger_fen != bank_fen:
        raise ValidationFailed(_("The ledger side totals {ledger} and the bank side {bank}; a match needs equal "
                                 "totals (they differ by {difference})."), code="amounts_differ",
                               params={"ledger": yuan(ledger_fen), "bank": yuan(bank_fen),
                                       "difference": yuan(abs(ledger_fen - bank_fen))},
                               ledger_fen=ledger_fen, bank_fen=bank_fen)
    group = min(i.id for i in ledger)
    for item in items:
        others = bank if item.side == LEDGER else ledger
        item.state, item.category, item.match_pass, item.group_id = MATCHED, "matched", MANUAL, group
        item.counterpart_id = min(o.id for o in others)
        if note:
            item.note = note
    bump(row)
    audit.record("recon.matched_by_hand", "recon_day", day.isoformat(),
                 after={"ledger_ids": sorted(ledger_ids), "bank_ids": sorted(bank_ids), "amount_fen": ledger_fen,
                        "note": note})
    return row


def mark_timing(db: Session, audit: Auditor, actor: Principal, day: date, refs: list[tuple[str, int]],
                note: str = "") -> ReconDay:
    """在途: the item is expected on the next day's file. A ledger item marked so is brought into the
    next day's run (see runs.py); a bank line stays here, marked, for the record."""
    row = day_for_change(db, day)
    items = load_items(db, row, refs)
    require_open(items, "marked timing")
    for item in items:
        item.state = TIMING
        if note:
            item.note = note
    bump(row)
    audit.record("recon.marked_timing", "recon_day", day.isoformat(),
                 after={"items": [{"side": s, "id": i} for s, i in refs],
                        "amount_fen": sum(i.amount_fen for i in items), "note": note})
    return row
