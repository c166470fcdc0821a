"""Revision 0010 moves the risk findings stored as English sentences into codes with parameters, keeps one it
cannot read as it was, and going back writes the sentences again."""

from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import command

from server.db import migrate

BEFORE = "0009"

OLD_HITS = [
    {"rule": "regulatory_platform_limit", "label_zh": "单一平台借款余额上限", "label_en": "Balance limit on this platform",
     "finding": "balance with this loan ¥250,000.00 exceeds ¥200,000.00", "blocking": True},
    {"rule": "rate_cap", "label_zh": "利率上限", "label_en": "Interest rate cap",
     "finding": "annual rate 20.00% exceeds the cap 12.00%", "finding_zh": "年化利率 20.00% 超过上限 12.00%",
     "blocking": True},
    {"rule": "blacklist", "label_zh": "黑名单", "label_en": "Blacklist", "finding": "on the blacklist by id_number, phone",
     "blocking": True},
    {"rule": "stacked_applications", "label_zh": "重复/叠加申请", "label_en": "Duplicate or stacked applications",
     "finding": "2 other open application(s)", "blocking": True},
    {"rule": "debt_to_income", "label_zh": "负债收入比", "label_en": "Debt-to-income",
     "finding": "monthly repayments are 68% of income (warning above 50%)", "blocking": False},
    {"rule": "debt_to_income", "label_zh": "负债收入比", "label_en": "Debt-to-income", "finding": "no income declared",
     "blocking": False},
    {"rule": "age", "label_zh": "年龄", "label_en": "Age", "finding": "age 70 is outside 18-65", "blocking": False},
    {"rule": "documents", "label_zh": "资料完整性", "label_en": "Documents", "finding": "missing: id_card, income_proof",
     "blocking": False},
    {"rule": "overdue_history", "label_zh": "逾期记录", "label_en": "Overdue history",
     "finding": "4 overdue repayments, longest 47 days", "blocking": True},
    {"rule": "overdue_history", "label_zh": "逾期记录", "label_en": "Overdue history",
     "finding": "checked by hand: late twice", "blocking": False},
]

NEW_HITS = [
    {"rule": "regulatory_platform_limit", "code": "platform_balance_over_limit",
     "params": {"balance_fen": 25_000_000, "limit_fen": 20_000_000}, "blocking": True},
    {"rule": "rate_cap", "code": "rate_above_cap", "params": {"annual_rate": "0.20", "cap_rate": "0.12"}, "blocking": True},
    {"rule": "blacklist", "code": "blacklisted", "params": {"keys": ["id_number", "phone"]}, "blocking": True},
    {"rule": "stacked_applications", "code": "other_open_applications", "params": {"count": 2}, "blocking": True},
    {"rule": "debt_to_income", "code": "debt_to_income_high",
     "params": {"repayment_share": "0.68", "warning_share": "0.5"}, "blocking": False},
    {"rule": "debt_to_income", "code": "no_income_declared", "params": {}, "blocking": False},
    {"rule": "age", "code": "age_outside_range", "params": {"age": 70, "min_age": 18, "max_age": 65}, "blocking": False},
    {"rule": "documents", "code": "documents_missing", "params": {"documents": ["id_card", "income_proof"]},
     "blocking": False},
    {"rule": "overdue_history", "code": "overdue_repayments", "params": {"count": 4, "longest_days": 47}, "blocking": True},
    OLD_HITS[-1],  # in no known form: kept as it was
]


def _fill_at_0009(engine) -> None:
    meta = sa.MetaData()
    meta.reflect(engine, only=["borrowers", "loan_applications"])
    borrowers, applications = meta.tables["borrowers"], meta.tables["loan_applications"]
    now = datetime(2026, 11, 24, 1, 15, tzinfo=timezone.utc)
    with engine.begin() as connection:
        connection.execute(borrowers.insert().values(
            id=1, number="BR00000001", kind="person", name="王芳", id_number="sealed", id_number_index="x" * 64,
            monthly_income_fen=0, monthly_debt_payments_fen=0, employer="", created_at=now, version=1))
        common = dict(borrower_id=1, borrower_name="王芳", amount_fen=5_000_000, term_months=12, annual_rate="0.2",
                      method="equal_installment", purpose="", guarantee="", state="submitted", submitted_at=now,
                      overrides=[], needs_second_review=False, funded_fen=0, version=1)
        connection.execute(applications.insert(), [
            dict(common, id=1, number="LN20261124000001", risk_hits=OLD_HITS, risk_score=100, risk_grade="HR"),
            dict(common, id=2, number="LN20261124000002", risk_hits=[], risk_score=1000, risk_grade="A")])
        connection.execute(applications.insert().values(dict(common, id=3, number="LN20261124000003",
                                                             risk_hits=sa.null(), risk_score=None, risk_grade=None)))


def _hits(engine) -> dict:
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT id, risk_hits FROM loan_applications ORDER BY id")).all()
    import json
    return {i: json.loads(h) if isinstance(h, str) else h for i, h in rows}


def test_stored_english_findings_become_codes_with_params_and_go_back(empty_database_url):
    config = migrate.alembic_config(empty_database_url)
    command.upgrade(config, BEFORE)
    engine = sa.create_engine(empty_database_url)
    try:
        _fill_at_0009(engine)
        command.upgrade(config, "head")
        moved = _hits(engine)
        assert moved[1] == NEW_HITS
        assert moved[2] == [] and moved[3] is None
        command.downgrade(config, BEFORE)
        back = _hits(engine)[1]
        assert [h["finding"] for h in back] == [h["finding"] for h in OLD_HITS]
        assert back[1]["finding_zh"] == "年化利率 20.00% 超过上限 12.00%" and back[0]["label_en"] == OLD_HITS[0]["label_en"]
        command.upgrade(config, "head")
        assert _hits(engine)[1] == NEW_HITS
    finally:
        engine.dispose()


def test_a_moved_finding_reads_in_both_languages():
    from server.loans.risk import hit_view

    assert hit_view(NEW_HITS[1], "zh_CN")["finding"] == "年化利率 20.00% 超过上限 12.00%。"
    assert hit_view(NEW_HITS[4], "en")["finding"] == "Monthly repayments take 68% of income (a warning above 50%)."
    assert hit_view(NEW_HITS[-1], "en")["finding"] == "checked by hand: late twice"
