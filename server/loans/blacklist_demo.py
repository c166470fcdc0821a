"""The demo blacklist: entries of every kind (ID number, phone, bank card, name) and every source (internal, court
list, partner); four of them name demo borrowers whose applications wait for review (their risk check shows the hit,
their customer view the entries); one removal waits for a second person's decision; one entry was taken off.

Deterministic: the borrowers named are those of the oldest applications in first review; seeding twice adds
nothing."""

from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.loans import blacklist, risk
from server.loans.lifecycle import State
from server.loans.models import BlacklistEntry, BlacklistRemoval, Borrower, LoanApplication
from server.security.pii import blind_index

AT = datetime(2026, 11, 10, 2, 0, tzinfo=timezone.utc)

# Values no demo borrower has (demo ID numbers come from six other regions, phones start 13/15/18/19, cards 6222,
# names are one of SURNAMES with one or two of GIVEN).
OTHERS = [
    ("id_number", "650102198503157716", "法院失信被执行人（2025）新01执字第0387号", "court"),
    ("id_number", "652801199107230421", "合作机构共享：多头借贷、恶意逃债", "partner"),
    ("phone", "17012345678", "虚假联系人，冒用他人手机号申请", "internal"),
    ("phone", "17198765432", "合作机构共享：催收失联号码", "partner"),
    ("bank_card", "6217000012345678901", "涉嫌洗钱，银行风险提示", "partner"),
    ("bank_card", "6217000098765432109", "盗刷他人银行卡充值", "internal"),
    ("name", "司马无忌", "法院失信被执行人", "court"),
    ("name", "欧阳铁柱", "骗贷团伙成员（公安机关通报）", "internal"),
]


def _card(borrower) -> str | None:
    cards = getattr(borrower, "cards", None)
    if cards:
        return cards[0].card
    return getattr(borrower, "bank_card", None)


def _entry(kind: str, value: str, reason: str, source: str, at: datetime) -> BlacklistEntry:
    value = blacklist.normalise(kind, value)
    return BlacklistEntry(kind=kind, value=value, value_index=blind_index(value),
                          value_masked=blacklist.mask(kind, value), reason=reason, source=source, added_by="risklead",
                          added_at=at)


def seed_blacklist(db: Session, risk_settings: risk.RiskSettings | None = None) -> int:
    """The demo entries; the risk assessment of the applications in review of the borrowers named, again. Returns
    the number of entries made (0 when the blacklist has entries already)."""
    if db.scalar(select(func.count()).select_from(BlacklistEntry)):
        return 0
    from server.loans import service

    risk_settings = risk_settings or risk.RiskSettings()
    entries = [_entry(kind, value, reason, source, AT + timedelta(hours=i * 7))
               for i, (kind, value, reason, source) in enumerate(OTHERS)]
    borrower_ids = list(dict.fromkeys(db.scalars(
        select(LoanApplication.borrower_id).where(LoanApplication.state == State.SUBMITTED.value)
        .order_by(LoanApplication.submitted_at, LoanApplication.id).limit(40))))
    people = [b for b in (db.get(Borrower, i) for i in borrower_ids) if b is not None and b.kind == "person"]
    # the name entry names someone with a rarer (three-character) name: a name is shared, that is its weakness
    named = next((b for b in people[3:] if len(b.name) == 3), people[3] if len(people) > 3 else None)
    borrowers = people[:3] + ([named] if named else [])
    matched = []
    for (kind, reason, source), borrower in zip(
            [("id_number", "法院失信被执行人", "court"), ("phone", "合作机构共享：恶意逃债", "partner"),
             ("bank_card", "银行卡涉嫌被盗用", "internal"), ("name", "同名人员在公安机关通报名单中，需核实身份", "internal")],
            borrowers):
        value = {"id_number": borrower.id_number, "phone": borrower.phone, "bank_card": _card(borrower),
                 "name": borrower.name}[kind]
        if value:
            entries.append(_entry(kind, value, reason, source, AT + timedelta(days=3, hours=len(entries))))
            matched.append(borrower.id)
    db.add_all(entries)
    db.flush()
    # One removal waits for the senior risk officer's decision (asked by the risk officer who took the customer's
    # appeal); one entry came off the list after two people agreed.
    waiting, removed = entries[3], entries[5]
    db.add(BlacklistRemoval(entry_id=waiting.id, state="pending", reason="客户提供新号码已实名认证，原号码已注销",
                            requested_by="risk", requested_at=AT + timedelta(days=15)))
    removed.removed_at, removed.removed_by = AT + timedelta(days=12), "risklead"
    removed.removal_reason = "银行确认系误报"
    db.add(BlacklistRemoval(entry_id=removed.id, state="approved", reason=removed.removal_reason, requested_by="risk",
                            requested_at=AT + timedelta(days=11), decided_by="risklead", decided_at=removed.removed_at))
    for app in db.scalars(select(LoanApplication).where(
            LoanApplication.borrower_id.in_(matched),
            LoanApplication.state.in_([State.SUBMITTED.value, State.SECOND_REVIEW.value]))):
        result = risk.assess(service.facts_for(db, app), risk_settings)
        app.risk_score, app.risk_grade = result.score, result.grade
        app.risk_hits = [h.as_dict() for h in result.hits]
    db.flush()
    return len(entries)
