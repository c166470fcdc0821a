"""Deterministic demo loans: `seed-demo --loans N` makes N realistic applications across every state.

Rows are bulk-inserted (executemany in chunks) so that a million applications take about a minute.
Installment rows are written for the first `installment_loans` loans past disbursement only (a
million loans would otherwise mean ten million installments the demo does not need).
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from server import clock
from server.loans import repayments
from server.loans.lifecycle import State
from server.customers import demo as customer_demo
from server.customers.models import Customer, CustomerRelation
from server.loans.models import Installment, LoanApplication, LoanEvent
from server.loans.schedules import Method, schedule
from server.security.pii import active_ring

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩然晨阳欣怡梓轩子涵雨婷思远博文佳琪"
COMPANIES = ["商贸有限公司", "科技有限公司", "餐饮管理有限公司", "物流有限公司", "建材有限公司", "服饰有限公司"]
CITIES = ["杭州", "成都", "武汉", "苏州", "长沙", "郑州", "西安", "南京", "合肥", "厦门"]
PURPOSES = ["经营周转", "采购原材料", "店面装修", "教育支出", "购买设备", "婚庆支出", "医疗支出", "房屋装修"]
STATE_WEIGHTS = [(State.SUBMITTED, 8), (State.SECOND_REVIEW, 3), (State.APPROVED, 4), (State.REJECTED, 15),
                 (State.RETURNED, 3), (State.WITHDRAWN, 2), (State.LISTED, 3), (State.FUNDED, 1), (State.EXPIRED, 2),
                 (State.REPAYING, 35), (State.OVERDUE, 5), (State.SETTLED, 17), (State.COMPENSATED, 1),
                 (State.WRITTEN_OFF, 1)]
GRADE_WEIGHTS = [("A", 30), ("B", 30), ("C", 20), ("D", 10), ("E", 6), ("HR", 4)]
SCORE_BANDS = {"A": (850, 1000), "B": (750, 849), "C": (650, 749), "D": (550, 649), "E": (450, 549), "HR": (200, 449)}
CST = clock.SHANGHAI
CLOSING = (State.COMPENSATED, State.WRITTEN_OFF)


def _chunks(rows, size=20_000):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _id_number(rng: random.Random) -> str:
    region = rng.choice(["110101", "310104", "440305", "330106", "510107", "420102"])
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 42))
    body = f"{region}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return body + check, birth


def seed_loans(db: Session, count: int, seed: int = 2026, installment_loans: int = 20_000) -> int:
    if db.scalar(select(func.count()).select_from(LoanApplication)):
        return 0
    rng = random.Random(seed)
    ring = active_ring()
    now = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
    borrower_count = max(count // 3, 1)
    borrowers, cards = [], []
    extra = random.Random(seed + 7)  # the customers' details beyond the loans' own draws (those stay as they were)
    for i in range(1, borrower_count + 1):
        company = rng.random() < 0.12
        id_number, birth = _id_number(rng)
        if company:
            name = rng.choice(CITIES) + rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(COMPANIES)
            id_number = f"91{rng.randrange(10**15):015d}X"
        else:
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        phone = f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
        card = f"6222{rng.randrange(10**15):015d}"
        created = now - timedelta(days=rng.randrange(30, 900))
        borrower = {
            "id": i, "number": f"BR{i:08d}", "side": "borrower", "kind": "company" if company else "person",
            "name": name,
            # Plain values: the columns' EncryptedText type encrypts them on insert (encrypting here as well
            # stored ciphertext of ciphertext, which the console then showed masked).
            "id_number": id_number, "id_number_index": ring.blind_index(id_number),
            "phone": phone, "phone_index": ring.blind_index(phone),
            "birth_date": None if company else birth, "monthly_income_fen": rng.randrange(300_000, 8_000_000),
            "monthly_debt_payments_fen": rng.randrange(0, 1_000_000), "employer": rng.choice(CITIES) + "某公司",
            "created_at": created, "version": 1, "verified": True, "verified_at": created,
            "last_sign_in_at": now - timedelta(hours=extra.randrange(1, 24 * 90)),
            "legal_representative": None, "registered_capital_fen": None}
        if company:
            borrower.update(customer_demo.company_extras(extra))
        borrowers.append(borrower)
        cards.append({"customer_id": i, "bank": customer_demo.bank_for(extra), "card": card,
                      "card_index": ring.blind_index(card), "is_default": True, "added_at": created})
    customer_demo.insert_customers(db, borrowers, cards)
    customer_demo.seed_investors(db, now, seed)

    states, state_w = zip(*STATE_WEIGHTS)
    grades, grade_w = zip(*GRADE_WEIGHTS)
    apps, events, installments = [], [], []
    reasons = random.Random(seed + 11)  # the reviewers' reasons: a draw of their own, the loans' stay as they were
    overdue_findings = []  # the high-risk applications whose assessment looks at the borrower's overdue history
    per_day: dict[str, int] = {}
    with_schedule = 0
    for i in range(1, count + 1):
        borrower = borrowers[rng.randrange(borrower_count)]
        state = rng.choices(states, state_w)[0]
        grade = rng.choices(grades, grade_w)[0]
        submitted = now - timedelta(seconds=rng.randrange(0, 730 * 86400)) if state not in (
            State.SUBMITTED, State.SECOND_REVIEW) else now - timedelta(seconds=rng.randrange(0, 20 * 86400))
        if state == State.OVERDUE:  # paid out long enough ago that an installment is late (else overdue in name only)
            submitted = min(submitted, now - timedelta(days=45))
        day = submitted.astimezone(CST).strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        amount = rng.choice([1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 80, 100]) * 1_000_000 + rng.randrange(0, 100) * 10_000
        amount = min(amount, 100_000_000 if borrower["kind"] == "company" else 20_000_000)
        term = rng.choice([3, 6, 6, 12, 12, 12, 18, 24, 36])
        rate = Decimal(rng.randrange(600, 1200)) / Decimal(10_000)
        method = rng.choice(list(Method))
        hits = []
        if grade in ("E", "HR"):
            hits.append({"rule": "debt_to_income", "code": "debt_to_income_high",
                         "params": {"repayment_share": "0.68", "warning_share": "0.50"}, "blocking": False})
        past_review = state not in (State.SUBMITTED, State.RETURNED, State.WITHDRAWN)
        needs_second = amount > 5_000_000 or grade in ("E", "HR")
        disbursed = state in (State.REPAYING, State.OVERDUE, State.SETTLED, State.COMPENSATED, State.WRITTEN_OFF)
        decided = submitted + timedelta(hours=rng.randrange(2, 72))
        app = {"id": i, "number": f"LN{day}{per_day[day]:06d}", "borrower_id": borrower["id"],
               "borrower_name": borrower["name"], "amount_fen": amount, "term_months": term, "annual_rate": rate,
               "method": method.value, "purpose": rng.choice(PURPOSES), "guarantee": "", "state": state.value,
               "submitted_at": submitted, "risk_score": rng.randint(*SCORE_BANDS[grade]), "risk_grade": grade,
               "risk_hits": hits, "assessed_at": submitted, "overrides": [], "needs_second_review": needs_second,
               "assigned_to_id": None, "first_reviewer_id": 1 if past_review else None,
               "second_reviewer_id": 2 if past_review and needs_second and state != State.SECOND_REVIEW else None,
               "decided_at": decided if past_review else None,
               "listed_at": decided if state in (State.LISTED, State.FUNDED, State.EXPIRED) or disbursed else None,
               "funding_deadline": decided + timedelta(days=7) if state == State.LISTED else None,
               "funded_fen": amount if state == State.FUNDED or disbursed else 0,
               "disbursed_at": decided + timedelta(days=3) if disbursed else None,
               "settled_at": min(decided + timedelta(days=30 * term), now) if state == State.SETTLED else None,
               "version": 1}
        apps.append(app)
        events.append({"application_id": i, "at": submitted, "actor_id": None, "actor_name": "customer",
                       "action": "submitted", "from_state": None, "to_state": "submitted", "comment": ""})
        events.extend(review_events(i, state, needs_second, decided, reasons))
        closing = state in CLOSING  # compensated or written off: approved first, closed later on a dated event
        if grade == "HR" and state in (State.SUBMITTED, State.SECOND_REVIEW, State.REJECTED):
            overdue_findings.append(app)
        if disbursed and with_schedule < installment_loans:
            with_schedule += 1
            start = app["disbursed_at"].astimezone(CST).date()
            rows = schedule(amount, rate, term, method, start)
            history = _history(state, app["disbursed_at"], rows, now, i)
            for row in rows:
                paid_at = history.paid_at.get(row.number)
                overdue = state == State.OVERDUE and paid_at is None and row.due_date < history.today
                installments.append({"application_id": i, "number": row.number, "due_date": row.due_date,
                                     "principal_fen": row.principal_fen, "interest_fen": row.interest_fen,
                                     "penalty_fen": 0, "paid_fen": row.total_fen if paid_at else 0,
                                     "paid_at": paid_at,
                                     "state": "paid" if paid_at else ("overdue" if overdue else "due")})
            if state == State.OVERDUE and not any(r["state"] == "overdue" for r in installments[-len(rows):]):
                # Nothing of its schedule has fallen due yet (a bullet loan): it is being repaid, not overdue.
                app["state"] = State.REPAYING.value
            if state == State.SETTLED:
                app["settled_at"] = history.settled_at
            if closing:
                events.append({"application_id": i, "at": history.closed_at, "actor_id": None, "actor_name": "finlead",
                               "action": "compensate" if state == State.COMPENSATED else "write_off",
                               "from_state": State.OVERDUE.value, "to_state": state.value, "comment": ""})
        elif closing:
            events.append({"application_id": i, "at": min(app["disbursed_at"] + timedelta(days=90), now),
                           "actor_id": None, "actor_name": "finlead",
                           "action": "compensate" if state == State.COMPENSATED else "write_off",
                           "from_state": State.OVERDUE.value, "to_state": state.value, "comment": ""})
        if len(apps) >= 20_000:
            _flush(db, apps, events, installments)
    _flush(db, apps, events, installments)
    _find_overdue_history(db, overdue_findings)
    repayments.fill_from_installments(db)
    _mark_related_parties(db)
    return count


REJECT_REASONS = ("收入无法核实", "负债收入比过高", "资料前后不一致", "历史逾期较多，还款意愿存疑", "资料不完整")
RETURN_REASONS = ("收入证明需补充近六个月银行流水", "身份证照片不清晰，请重新上传", "借款用途需补充说明")


def review_events(app_id: int, state: State, needs_second: bool, decided: datetime, reasons: random.Random) -> list:
    """The review decisions behind a demo application's state, as the reviewers would have taken them: 初审 by
    李明 (risk), 复审 by 张伟 (risklead) where the application needed one, a refusal or return with its reason.
    (The demo once wrote one 初审通过 event ending in every state, so a rejected application read 初审通过 → 已拒绝
    with no reason.)"""
    def event(at, actor_id, actor, action, before, after, comment=""):
        return {"application_id": app_id, "at": at, "actor_id": actor_id, "actor_name": actor, "action": action,
                "from_state": before, "to_state": after, "comment": comment}

    first_at = decided - timedelta(hours=1) if needs_second else decided
    if state == State.SUBMITTED:
        return []
    if state == State.RETURNED:
        return [event(decided, 1, "risk", "return", "submitted", "returned", reasons.choice(RETURN_REASONS))]
    if state == State.WITHDRAWN:
        return [event(decided, None, "customer", "withdraw", "submitted", "withdrawn", "借款人主动撤回申请")]
    if state == State.SECOND_REVIEW:
        return [event(decided, 1, "risk", "approve_first", "submitted", "second_review")]
    if state == State.REJECTED:
        reason = reasons.choice(REJECT_REASONS)
        if needs_second:
            return [event(first_at, 1, "risk", "approve_first", "submitted", "second_review"),
                    event(decided, 2, "risklead", "reject", "second_review", "rejected", reason)]
        return [event(decided, 1, "risk", "reject", "submitted", "rejected", reason)]
    # approved, and everything after it: the review ends in 审批通过; what followed (listing, disbursement…)
    # is the after-loan's timeline, not the review's
    if needs_second:
        return [event(first_at, 1, "risk", "approve_first", "submitted", "second_review"),
                event(decided, 2, "risklead", "approve_second", "second_review", "approved")]
    return [event(decided, 1, "risk", "approve_first", "submitted", "approved")]


def _find_overdue_history(db: Session, applications: list[dict]) -> None:
    """The overdue-history finding of the high-risk applications from the borrower's real history, as the risk
    check finds it (server/loans/risk.py): the demo once stamped every one "4 overdue repayments, longest 47
    days", beside a borrower's file that said 逾期期数 0 / 最长逾期天数 0. A borrower never late gets no finding."""
    from server.loans.risk import RiskSettings, overdue_hit
    from server.loans.service import borrower_history

    rules = RiskSettings()
    for app in applications:
        history = borrower_history(db, app["borrower_id"])
        hit = overdue_hit(history["overdue_count"], history["longest_overdue_days"], rules)
        if hit:
            db.execute(update(LoanApplication).where(LoanApplication.id == app["id"])
                       .values(risk_hits=[*app["risk_hits"], hit.as_dict()]))


# Related parties of the platform in the demo (the monthly report discloses their loans apart).
RELATED_PARTIES = {"BR00000003": "平台股东的配偶", "BR00000011": "平台高级管理人员控制的企业", "IV0007": "平台员工"}


def _mark_related_parties(db: Session) -> None:
    """Related since the customer came: the demo's history covers them in every month."""
    for number, relation in RELATED_PARTIES.items():
        row = db.execute(select(Customer.id, Customer.created_at).where(Customer.number == number)).one_or_none()
        if row is None:
            continue
        db.execute(update(Customer).where(Customer.id == row.id).values(related_party=relation))
        db.add(CustomerRelation(customer_id=row.id, relation=relation, since=row.created_at, marked_by=None))


@dataclass
class History:
    """When a demo loan's installments were paid and when it ended, all before the seed's now."""

    today: date
    paid_at: dict[int, datetime]
    settled_at: datetime | None = None
    closed_at: datetime | None = None


def _due_start(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), CST).astimezone(timezone.utc)


def _history(state: State, disbursed_at: datetime, rows, now: datetime, n: int) -> History:
    """A loan being repaid paid what fell due before today (an overdue one stopped 40 days ago); a settled one paid
    on its due days and the rest early, days before now; a compensated or written-off one stopped paying 70 days
    ago and was closed some 40 days after its first missed due day. Nothing is dated after now (the seed dated
    settlements years ahead before, and the monthly report read them as history)."""
    today = now.astimezone(CST).date()
    history = History(today, {})
    if state == State.SETTLED:
        # Paid off early at some point between the payout and now, spread over the loans (not all last month).
        early = disbursed_at + (now - disbursed_at) * (n % 97 + 1) / 98
        for row in rows:
            history.paid_at[row.number] = min(_due_start(row.due_date), early)
        history.settled_at = max(history.paid_at.values())
        return history
    stop = {State.OVERDUE: 40, State.COMPENSATED: 70, State.WRITTEN_OFF: 70}.get(state, 0)
    for row in rows:
        # A loan overdue or closed for it still owes its last installment, however old the schedule.
        owes_last = state != State.REPAYING and row is rows[-1]
        if row.due_date < today - timedelta(days=stop) and not owes_last:
            history.paid_at[row.number] = _due_start(row.due_date)
    if state in CLOSING:
        missed = next((row.due_date for row in rows if row.number not in history.paid_at), rows[-1].due_date)
        closed = _due_start(missed) + timedelta(days=40, hours=2)
        history.closed_at = max(min(closed, now - timedelta(days=1)), disbursed_at + timedelta(hours=1))
    return history


def _flush(db: Session, apps: list, events: list, installments: list) -> None:
    if apps:
        db.execute(insert(LoanApplication.__table__), apps)
    if events:
        db.execute(insert(LoanEvent.__table__), events)
    if installments:
        db.execute(insert(Installment.__table__), installments)
    apps.clear()
    events.clear()
    installments.clear()
