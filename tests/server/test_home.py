"""GET /home gives each signed-in user what their work looks like today: the waiting counts, today's figures of
the areas their permissions cover and those areas' charts only; every figure agrees with the list behind it."""

import itertools
from datetime import timedelta

import pytest

from server import clock

pytestmark = pytest.mark.clock  # "today" is Shanghai's business day now

_n = itertools.count(1)

LOAN_FIGURES = {"applications_today", "decided_today", "approval_rate_today", "overdue_M1", "overdue_M2",
                "overdue_M3", "overdue_M3+"}
FUNDS_FIGURES = {"withdrawals_paid_today", "withdrawals_paid_today_fen", "trial_balance"}
LOAN_CHARTS = {"applications_per_day", "overdue_rate_by_month"}


def plant_demo_book(platform) -> None:
    """The demo book as `python -m server seed-demo` plants it (loans in every state, the ledger, withdrawals,
    reconciliation days, the after-loan book), relative to the platform's today."""
    from server.demo import seed_demo_book

    with platform.db.write() as db:
        seed_demo_book(db, platform.settings, 300)
        if db.get_bind().dialect.name == "postgresql":
            # The demo's loans are inserted with their ids and leave PostgreSQL's sequences behind (a new
            # application would take id 1 again): move them past the rows, as seed-demo ought to.
            from sqlalchemy import text

            from server.db.base import Base

            for table in Base.metadata.sorted_tables:
                if "id" in table.c:
                    db.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                    f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table.name}), 1))"))
        db.commit()


@pytest.fixture
def platform(request, make_platform):
    """The tests that ask for `demo` get a platform with the demo book planted (a copy of a template planted once a
    day: planting it took seconds a test); the others the bare demo database."""
    return make_platform(book=plant_demo_book if "demo" in request.fixturenames else None)


@pytest.fixture
def demo(platform):
    return platform


def _home(who, language="zh-CN") -> dict:
    answer = who.client.get("/api/v1/home", headers=who.headers | {"Accept-Language": language})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _figures(home: dict) -> dict:
    return {f["key"]: f for f in home["figures"]}


def _day_start(day) -> str:
    return clock.day_start_utc(day).isoformat()


def test_each_demo_role_gets_the_figures_and_charts_of_its_own_areas_only(staff, demo):
    expected = {
        "risk": (LOAN_FIGURES | {"open_alerts"}, LOAN_CHARTS),
        "risklead": (LOAN_FIGURES | {"open_alerts"}, LOAN_CHARTS),
        "service": (LOAN_FIGURES | {"open_alerts"}, LOAN_CHARTS),
        "finance": (FUNDS_FIGURES | {"recon_day", "open_alerts"}, {"funds_per_day"}),
        "finlead": (FUNDS_FIGURES | {"recon_day", "open_alerts"}, {"funds_per_day"}),
        "admin": ({"open_alerts"}, set()),
        "auditor": (LOAN_FIGURES | FUNDS_FIGURES | {"recon_day", "open_alerts"}, LOAN_CHARTS | {"funds_per_day"}),
    }
    for username, (figure_keys, chart_keys) in expected.items():
        home = _home(staff(username))
        assert set(_figures(home)) == figure_keys, username
        assert set(home["charts"]) == chart_keys, username  # a chart the role may not read is absent, not empty
        assert home["business_day"] == clock.today().isoformat()
        waiting = staff(username).get("/work/waiting").json()["items"]
        assert [(w["key"], w["count"]) for w in home["waiting"]] == [(w["key"], w["count"]) for w in waiting]
    assert staff("risk").client.get("/api/v1/home").status_code == 401


def test_the_figures_come_alone_and_the_charts_after_them(staff, demo):
    """The console paints the figures first (GET /home?charts=false), then asks for the charts (GET /home/charts):
    together they are what GET /home gives."""
    auditor = staff("auditor")
    whole = _home(auditor)
    figures_only = auditor.get("/home", params={"charts": "false"}).json()
    assert figures_only["charts"] == {} and figures_only["figures"] == whole["figures"]
    assert auditor.get("/home/charts").json() == whole["charts"]
    assert set(staff("finance").get("/home/charts").json()) == {"funds_per_day"}
    assert staff("admin").get("/home/charts").json() == {}


def test_labels_and_states_speak_the_request_language(staff):
    zh, en = _figures(_home(staff("auditor"))), _figures(_home(staff("auditor"), "en"))
    assert zh["applications_today"]["label"] == "今日进件"
    assert en["applications_today"]["label"] == "Applications in today"
    assert zh["trial_balance"]["text"] == "已平衡" and en["trial_balance"]["text"] == "Balanced"
    assert zh["withdrawals_paid_today_fen"]["unit"] == "fen"
    assert zh["approval_rate_today"]["unit"] == "percent_bp"
    assert zh["overdue_M1"]["opens"] == {"screen": "afterloan", "filter": {"tab": "overdue", "bucket": "M1"}}


def test_applications_in_today_are_the_loan_queues_count_of_todays_submissions(staff, demo):
    risk, lead = staff("risk"), staff("risklead")
    n = next(_n)
    made = lead.post("/loans/borrowers", {
        "kind": "person", "name": "王芳", "id_number": f"1101011990{n:04d}{n:03d}X"[:17] + "X",
        "phone": f"136{n:08d}", "bank_card": f"62220212346{n:08d}", "birth_date": "1990-05-01",
        "monthly_income_fen": 3_000_000, "monthly_debt_payments_fen": 0, "employer": "某公司"})
    assert made.status_code == 201, made.text
    before = _figures(_home(risk))["applications_today"]["value"]
    submitted = lead.post("/loans/applications", {"borrower_id": made.json()["id"], "amount_fen": 1_000_000,
                                                  "term_months": 12, "annual_rate": "0.10",
                                                  "method": "equal_installment", "purpose": "经营周转"})
    assert submitted.status_code == 201, submitted.text
    home = _home(risk)
    figures = _figures(home)
    today = clock.today()
    queue = risk.get("/loans/applications", params={"scope": "all", "submitted_from": _day_start(today),
                                                     "submitted_to": _day_start(today + timedelta(days=1)),
                                                     "page_size": 1}).json()
    assert figures["applications_today"]["value"] == queue["total"] == before + 1
    assert figures["applications_today"]["opens"] == {"screen": "loans", "filter": {"scope": "all", "period": 1}}
    chart = home["charts"]["applications_per_day"]
    assert len(chart) == 30 and chart[-1] == {"day": today.isoformat(), "count": queue["total"]}
    first = today - timedelta(days=29)
    assert chart[0]["day"] == first.isoformat()
    thirty = risk.get("/loans/applications", params={"scope": "all", "submitted_from": _day_start(first),
                                                      "page_size": 1}).json()
    assert sum(d["count"] for d in chart) == thirty["total"]


def test_decisions_today_and_the_approval_rate(staff, demo):
    risk, lead = staff("risk"), staff("risklead")
    before = _figures(_home(risk))
    queue = risk.get("/loans/applications", params={"scope": "all", "state": "submitted",
                                                     "page_size": 1}).json()["items"]
    rejected = risk.act(risk.get(f"/loans/applications/{queue[0]['id']}").json(), "reject", reason="资料不全")
    assert rejected.status_code == 200, rejected.text
    after = _figures(_home(risk))
    assert after["decided_today"]["value"] == before["decided_today"]["value"] + 1
    assert after["approval_rate_today"]["value"] is not None
    assert 0 <= after["approval_rate_today"]["value"] <= 10_000


def test_overdue_buckets_agree_with_the_after_loan_overdue_list(staff, demo):
    risk = staff("risklead")
    figures = _figures(_home(risk))
    overdue = risk.get("/loans/overdue").json()
    buckets = overdue["buckets"]
    for name in ("M1", "M2", "M3", "M3+"):
        assert figures[f"overdue_{name}"]["value"] == buckets[name]["count"], name
    assert sum(figures[f"overdue_{name}"]["value"] for name in ("M1", "M2", "M3", "M3+")) > 0  # the demo has some
    months = _home(risk)["charts"]["overdue_rate_by_month"]
    assert len(months) == 12 and months[-1]["month"] == clock.today().strftime("%Y-%m")
    assert all(0 <= m["rate_bp"] <= 10_000 for m in months)
    assert any(m["rate_bp"] > 0 for m in months)


def test_funds_figures_agree_with_the_ledger_and_the_withdrawals(staff, demo):
    finance = staff("finance")
    home = _home(finance)
    figures = _figures(home)
    balance = finance.get("/ledger/trial-balance", params={"page_size": 1}).json()
    assert figures["trial_balance"]["value"] == balance["difference_fen"] == 0
    today = clock.today()
    paid = finance.get("/withdrawals", params={"state": "paid", "page_size": 200}).json()["items"]
    today_paid = [w for w in paid if w.get("decided_at")
                  and clock.business_day(_parse(w["decided_at"])) == today]
    assert figures["withdrawals_paid_today"]["value"] == len(today_paid)
    assert figures["withdrawals_paid_today_fen"]["value"] == sum(w["amount_fen"] for w in today_paid)
    chart = home["charts"]["funds_per_day"]
    assert len(chart) == 30 and chart[-1]["day"] == today.isoformat()
    first = today - timedelta(days=29)
    for kind, field in (("recharge", "in_fen"), ("withdrawal", "out_fen")):
        per_day, page = {}, 1  # the transfer list, summed per Shanghai day of its rows
        while True:
            transfers = finance.get("/ledger/transfers", params={
                "kind": kind, "state": "posted", "created_from": _day_start(first), "page_size": 200,
                "page": page}).json()
            for t in transfers["items"]:
                if not t.get("pending"):
                    day = clock.business_day(_parse(t["created_at"])).isoformat()
                    per_day[day] = per_day.get(day, 0) + t["amount_fen"]
            if page * 200 >= transfers["total"]:
                break
            page += 1
        assert sum(per_day.values()) > 0 and len(per_day) > 1, kind  # the demo's history spans days
        assert {d["day"]: d[field] for d in chart if d[field]} == per_day, kind
        assert all(isinstance(d[field], int) for d in chart)


def test_the_reconciliation_day_is_yesterdays_state_in_words(staff, demo):
    finance = staff("finance")
    yesterday = clock.today() - timedelta(days=1)
    figure = _figures(_home(finance, "en"))["recon_day"]
    status = finance.get("/reconciliation/days", params={"from": yesterday.isoformat(),
                                                         "to": yesterday.isoformat()}).json()[0]["status"]
    words = {"not_started": "Not started", "open": "Differences open", "reconciled": "Reconciled", "closed": "Closed"}
    assert figure["text"] == words[status]
    assert figure["opens"] == {"screen": "recon", "filter": {"day": yesterday.isoformat()}}
    assert yesterday.isoformat() in figure["label"]


def _parse(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00"))
