"""Overdue loans by age bucket on a planted book, penalty accrued day by day, contacts masked."""

from datetime import timedelta
from decimal import Decimal

from server.loans.schedules import penalty_fen
from tests.server.afterloan.conftest import TODAY

RATE = Decimal("0.0005")


def _owed(rows, today):
    """(principal and interest overdue, penalty accrued) of installments due before `today`, as of it."""
    due = [r for r in rows if r.due_date < today]
    return (sum(r.principal_fen + r.interest_fen for r in due),
            sum(penalty_fen(r.principal_fen + r.interest_fen, (today - r.due_date).days, RATE) for r in due))


def test_loans_fall_into_their_buckets_by_days_overdue_as_of_shanghais_today(staff, loan, plant, detect, installments):
    book = {}
    for days in (1, 30, 31, 60, 61, 90, 91):
        made = loan()
        plant(made["id"], days)
        book[made["id"]] = days
    current = loan()  # paid up and not yet due: in no bucket
    plant(current["id"], -5)
    detect()
    answer = staff("risklead").get("/loans/overdue")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["as_of"] == TODAY.isoformat()
    mine = {i["application_id"]: i for i in body["items"] if i["application_id"] in book}
    assert {k: v["overdue_days"] for k, v in mine.items()} == book
    assert {mine[k]["bucket"] for k, days in book.items() if days in (1, 30)} == {"M1"}
    assert {mine[k]["bucket"] for k, days in book.items() if days in (31, 60)} == {"M2"}
    assert {mine[k]["bucket"] for k, days in book.items() if days in (61, 90)} == {"M3"}
    assert {mine[k]["bucket"] for k, days in book.items() if days == 91} == {"M3+"}
    assert current["id"] not in {i["application_id"] for i in body["items"]}
    # the bucket totals are the sums of their loans (the template database holds no other overdue loan)
    for name in ("M1", "M2", "M3", "M3+"):
        loans = [i for i in body["items"] if i["bucket"] == name]
        assert body["buckets"][name]["count"] == len(loans) == (1 if name == "M3+" else 2)
        assert body["buckets"][name]["amount_fen"] == sum(i["overdue_fen"] for i in loans)
    for app_id, item in mine.items():
        overdue_fen, penalty = _owed(installments(app_id), TODAY)
        assert item["overdue_fen"] == overdue_fen and item["penalty_fen"] == penalty > 0
        assert item["state"] == "overdue"
    # the longest overdue first (no promises here)
    days = [i["overdue_days"] for i in body["items"]]
    assert days == sorted(days, reverse=True)
    only = staff("risklead").get("/loans/overdue", params={"bucket": "M2"}).json()
    assert sorted(i["overdue_days"] for i in only["items"]) == [31, 60]
    assert only["buckets"] == body["buckets"]  # the totals stay whole under a filter


def test_the_daily_job_accrues_the_penalty_as_of_each_day(staff, loan, plant, detect, installments, next_day):
    made = loan()
    plant(made["id"], 3)
    detect()
    [first, *_] = installments(made["id"])
    owed = first.principal_fen + first.interest_fen
    assert first.state == "overdue" and first.penalty_fen == penalty_fen(owed, 3, RATE)
    again = detect()  # the same day again: recomputed, not added
    assert again["loans_moved"] == 0 and installments(made["id"])[0].penalty_fen == penalty_fen(owed, 3, RATE)
    signed_in = next_day(1)
    detect(signed_in("risklead"))
    assert installments(made["id"])[0].penalty_fen == penalty_fen(owed, 4, RATE)
    item = next(i for i in signed_in("risklead").get("/loans/overdue").json()["items"] if i["application_id"] == made["id"])
    assert item["overdue_days"] == 4 and item["penalty_fen"] == penalty_fen(owed, 4, RATE)


def test_the_borrowers_phone_is_masked_for_everyone_and_revealed_to_a_collector_with_an_audit_record(
        staff, loan, plant, audit_records, platform):
    from server.customers.models import Customer

    made = loan()
    plant(made["id"], 12)
    with platform.db.read() as db:
        phone = db.get(Customer, made["borrower"]["id"]).phone
    masked = phone[:3] + "****" + phone[-4:]
    lead = next(i for i in staff("risklead").get("/loans/overdue").json()["items"] if i["application_id"] == made["id"])
    service = next(i for i in staff("service").get("/loans/overdue").json()["items"] if i["application_id"] == made["id"])
    assert lead["borrower_phone"] == service["borrower_phone"] == masked  # pii.view or not: the list never shows it
    assert service["borrower_name"] != lead["borrower_name"] and service["borrower_name"].endswith("*")
    reveal = f"/loans/applications/{made['id']}/collection/phone"
    assert staff("service").post(reveal).json()["code"] == "permission_denied"  # no loan.collect
    shown = staff("risk").post(reveal)
    assert shown.status_code == 200 and shown.json() == {"application_id": made["id"], "number": made["number"],
                                                          "phone": phone}
    [record] = audit_records("loan.collection_phone_revealed", made["number"])
    assert record.actor_name == "risk" and record.after["purpose"] == "collection"
    assert phone not in str(record.after)  # the audit log says who saw it, not the number
    for path in ("/loans/overdue", "/loans/listings", "/loans/repayments", f"/loans/applications/{made['id']}/collection"):
        assert staff("finance").get(path).status_code == 403  # no loan.read


def test_a_phone_is_revealed_only_for_a_loan_still_owed_on(staff, apply):
    made = apply()  # submitted, not yet lent: nothing to collect
    refused = staff("risk").post(f"/loans/applications/{made['id']}/collection/phone")
    assert refused.status_code == 409 and refused.json()["code"] == "not_collectable"


def test_repayments_due_today_and_in_the_next_seven_days_with_what_was_received(staff, loan, plant, platform, fund):
    from server.loans.models import Installment
    from sqlalchemy import select

    paid, partial, later = loan(), loan(), loan()
    plant(paid["id"], 0)
    plant(partial["id"], 0)
    plant(later["id"], -6)  # due on the seventh day from today
    with platform.db.write() as db:
        row = db.scalar(select(Installment).where(Installment.application_id == partial["id"], Installment.number == 1))
        row.paid_fen = 1_000  # a part received at the counter
        db.commit()
    lead = staff("risklead")
    fund(paid["borrower"]["number"], 50_000)
    assert lead.post(f"/loans/applications/{paid['id']}/installments/1/repayment").status_code == 200
    today = {(r["application_id"], r["installment_number"]): r for r in lead.get("/loans/repayments").json()}
    assert today[(paid["id"], 1)]["state"] == "paid" and today[(paid["id"], 1)]["paid_fen"] == today[(paid["id"], 1)]["due_fen"]
    assert today[(partial["id"], 1)]["state"] == "partial" and today[(partial["id"], 1)]["paid_fen"] == 1_000
    assert (later["id"], 1) not in today
    week = {(r["application_id"], r["installment_number"]): r
            for r in lead.get("/loans/repayments", params={"window": "7days"}).json()}
    assert week[(later["id"], 1)]["state"] == "due"
    assert week[(later["id"], 1)]["due_date"] == (TODAY + timedelta(days=6)).isoformat()
    assert {(paid["id"], 1), (partial["id"], 1)} <= set(week)
    assert lead.get("/loans/repayments", params={"window": "month"}).status_code == 422
