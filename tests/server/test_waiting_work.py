"""GET /work/waiting gives each user the counts of what waits for their decision: only the kinds their permissions
make theirs, without what they proposed themselves (four eyes), labelled in the request's language."""

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from server import clock

_n = itertools.count(1)
NOW = datetime(2026, 12, 3, 2, 0, tzinfo=timezone.utc)


def _waiting(who, language="zh-CN") -> dict:
    answer = who.client.get("/api/v1/work/waiting", headers=who.headers | {"Accept-Language": language})
    assert answer.status_code == 200, answer.text
    return {item["key"]: item for item in answer.json()["items"]}


def _counts(who) -> dict:
    return {key: item["count"] for key, item in _waiting(who).items()}


def _user_id(platform, username) -> int:
    from server.staff.models import User

    with platform.db.read() as db:
        return db.scalar(select(User.id).where(User.username == username))


def _application(staff, amount_fen=1_000_000) -> dict:
    lead = staff("risklead")
    n = next(_n)
    made = lead.post("/loans/borrowers", {
        "kind": "person", "name": "王芳", "id_number": f"1101011990{n:04d}{n:03d}X"[:17] + "X",
        "phone": f"137{n:08d}", "bank_card": f"62220212345{n:08d}", "birth_date": "1990-05-01",
        "monthly_income_fen": 3_000_000, "monthly_debt_payments_fen": 0, "employer": "某公司"})
    assert made.status_code == 201, made.text
    answer = lead.post("/loans/applications", {"borrower_id": made.json()["id"], "amount_fen": amount_fen,
                                               "term_months": 12, "annual_rate": "0.10", "method": "equal_installment",
                                               "purpose": "经营周转"})
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_each_role_sees_only_its_own_kinds_labelled_in_its_language(staff):
    assert list(_waiting(staff("risk"))) == ["my_queue", "collection_due"]
    assert list(_waiting(staff("risklead"))) == ["my_queue", "second_reviews", "blacklist_removals", "phone_changes",
                                                 "collection_due", "alerts"]
    assert list(_waiting(staff("finance"))) == ["withdrawals", "differences"]
    assert list(_waiting(staff("finlead"))) == ["withdrawals", "large_withdrawals", "adjustments", "compensations",
                                                "write_offs", "alerts"]
    assert list(_waiting(staff("admin"))) == ["alerts"]
    assert _waiting(staff("admin"))["alerts"]["label"] == "未处理告警"
    for nobody in ("auditor", "service"):
        assert _waiting(staff(nobody)) == {}, nobody
    lead = staff("risklead")
    assert _waiting(lead)["second_reviews"]["label"] == "待复审"
    assert _waiting(lead, "en")["blacklist_removals"]["label"] == "Blacklist removals to decide"
    assert set(_counts(lead).values()) == {0}
    assert staff("risk").client.get("/api/v1/work/waiting").status_code == 401


def test_first_reviews_assigned_to_me_and_second_reviews_i_did_not_review_first(staff, platform):
    risk, lead = staff("risk"), staff("risklead")
    mine = _application(staff)
    _application(staff)  # unassigned: in the team's queue, not counted as mine
    assigned = risk.post(f"/loans/applications/{mine['id']}/assignment",
                         {"version": mine["version"], "officer_id": _user_id(platform, "risk")})
    assert assigned.status_code == 200, assigned.text
    assert _counts(risk)["my_queue"] == 1 and _counts(lead)["my_queue"] == 0
    large = _application(staff, amount_fen=9_000_000)
    assert lead.act(large, "approve_first").status_code == 200  # risklead reviewed it first
    assert _counts(lead)["second_reviews"] == 0
    other = _application(staff, amount_fen=9_000_000)
    assert risk.act(other, "approve_first").status_code == 200
    assert _counts(lead)["second_reviews"] == 1


def test_blacklist_removals_asked_by_others(staff, platform):
    from server.loans.models import BlacklistRemoval

    lead = staff("risklead")
    entries = [lead.post("/loans/blacklist", {"kind": "name", "value": name, "reason": "骗贷", "source": "court"}).json()
               for name in ("王五", "赵六")]
    assert lead.post(f"/loans/blacklist/{entries[0]['id']}/removal", {"reason": "误列"}).status_code == 200
    assert _counts(lead)["blacklist_removals"] == 0  # asked by risklead: someone else decides
    with platform.db.write() as db:  # asked by another senior risk officer
        db.add(BlacklistRemoval(entry_id=entries[1]["id"], state="pending", reason="已和解", requested_by="wang.lei",
                                requested_at=NOW))
        db.commit()
    assert _counts(lead)["blacklist_removals"] == 1


def test_withdrawals_differences_and_adjustments_wait_for_finance(staff, platform):
    from server.reconciliation.models import ReconDay, ReconItem, ReconProposal
    from server.security.pii import blind_index
    from server.withdrawals.models import Withdrawal

    finance_id, finlead_id = _user_id(platform, "finance"), _user_id(platform, "finlead")
    with platform.db.write() as db:
        def withdrawal(state, first_approver_id=None):
            n = next(_n)
            db.add(Withdrawal(number=f"WD20261203{n:06d}", request_id=f"r-{n}", customer_ref=f"IV{n:08d}",
                              amount_fen=100_000, bank_card="6222021234567890123",
                              bank_card_index=blind_index("6222021234567890123"), state=state,
                              reservation_transfer_id=f"t-{n}", requested_at=NOW, first_approver_id=first_approver_id))

        withdrawal("pending_review")
        withdrawal("pending_review")
        withdrawal("paid")
        withdrawal("pending_second_approval", first_approver_id=finance_id)
        withdrawal("pending_second_approval", first_approver_id=finlead_id)  # finlead approved it first
        run, closed = ReconDay(day=date(2026, 12, 2), run_at=NOW), ReconDay(day=date(2026, 12, 1), run_at=NOW,
                                                                             closed_at=NOW, closed_by="finlead")
        db.add_all([run, closed])
        db.flush()
        for day, state, category in ((run, "open", "unmatched"), (run, "open", "unmatched"), (run, "matched", "ok"),
                                     (closed, "open", "unmatched")):
            db.add(ReconItem(day_id=day.id, side="bank", account="custody", direction="in", amount_fen=500, at=NOW,
                             category=category, state=state))
        for by_id, by in ((finance_id, "finance"), (finlead_id, "finlead")):
            db.add(ReconProposal(day_id=run.id, state="pending", amount_fen=500, direction="in", items=[],
                                 reason="差异", proposed_by=by, proposed_by_id=by_id))
        db.commit()
    finance, finlead = _counts(staff("finance")), _counts(staff("finlead"))
    assert finance == {"withdrawals": 2, "differences": 2}
    assert (finlead["withdrawals"], finlead["large_withdrawals"], finlead["adjustments"]) == (2, 1, 1)


@pytest.mark.clock
def test_compensations_write_offs_phone_changes_and_collections_due(staff, platform):
    from server.customers.service_models import PhoneChange
    from server.loans.after.models import CollectionCase, CollectionContact, LoanProposal
    from server.loans.models import LoanApplication
    from server.security.pii import blind_index

    apps = [_application(staff) for _ in range(4)]
    today = clock.today()
    with platform.db.write() as db:
        for app in apps:
            db.get(LoanApplication, app["id"]).state = "overdue"
        db.add_all([
            LoanProposal(kind="compensation", application_id=apps[0]["id"], amount_fen=100, reason="逾期", proposed_by="risklead",
                         state="pending"),
            LoanProposal(kind="compensation", application_id=apps[1]["id"], amount_fen=100, reason="逾期", proposed_by="risklead",
                         state="approved"),
            LoanProposal(kind="write_off", application_id=apps[1]["id"], amount_fen=100, reason="无法收回",
                         proposed_by="risklead", state="pending"),
            PhoneChange(customer_id=apps[0]["borrower_id"], new_phone="13900000000",
                        new_phone_index=blind_index("13900000000"), reason="换号", state="pending",
                        requested_by_id=_user_id(platform, "service"), requested_by_name="service"),
            PhoneChange(customer_id=apps[1]["borrower_id"], new_phone="13900000001",
                        new_phone_index=blind_index("13900000001"), reason="换号", state="pending",
                        requested_by_id=_user_id(platform, "risklead"), requested_by_name="risklead"),
            # risk collects: one due today, one due tomorrow with a broken promise, one due next week
            CollectionCase(application_id=apps[0]["id"], collector="risk", next_action_date=today),
            CollectionCase(application_id=apps[1]["id"], collector="risk", next_action_date=today + timedelta(days=1)),
            CollectionCase(application_id=apps[2]["id"], collector="risk", next_action_date=today + timedelta(days=7)),
            CollectionCase(application_id=apps[3]["id"], collector="risklead", next_action_date=today),
            CollectionContact(application_id=apps[1]["id"], at=NOW - timedelta(days=10), by_username="risk",
                              outcome="promised", promised_date=today - timedelta(days=2), promised_amount_fen=50_000),
        ])
        db.commit()
    finlead = _counts(staff("finlead"))
    assert (finlead["compensations"], finlead["write_offs"]) == (1, 1)
    lead = _counts(staff("risklead"))
    assert (lead["phone_changes"], lead["collection_due"]) == (1, 1)
    assert _counts(staff("risk"))["collection_due"] == 2
