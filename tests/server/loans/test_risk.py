"""Each risk rule of loans.md, the score and the grade."""

from dataclasses import replace
from decimal import Decimal

from server.loans.risk import Facts, RateCapMode, RiskSettings, assess, hit_view, rate_cap
from server.loans.schedules import Method

CLEAN = Facts(borrower_type="person", age=35, monthly_income_fen=2_000_000, monthly_debt_payments_fen=200_000,
              amount_fen=5_000_000, annual_rate=Decimal("0.10"), term_months=12, method=Method.EQUAL_INSTALLMENT,
              platform_balance_fen=0, all_platforms_balance_fen=None, documents=("id_card", "income_proof"))


def rules(facts, settings=RiskSettings()):
    return {h.rule: h for h in assess(facts, settings).hits}


def test_a_clean_application_scores_a_with_no_hits():
    result = assess(CLEAN)
    assert result.hits == () and result.score == 1000 and result.grade == "A"


def test_person_balance_on_this_platform_may_not_exceed_200000_yuan_counting_the_new_loan():
    at_limit = replace(CLEAN, platform_balance_fen=15_000_000, amount_fen=5_000_000)
    assert "regulatory_platform_limit" not in rules(at_limit)
    over = replace(at_limit, amount_fen=5_000_001)
    hit = rules(over)["regulatory_platform_limit"]
    assert hit.blocking and hit.code == "platform_balance_over_limit"
    assert hit.params == {"balance_fen": 20_000_001, "limit_fen": 20_000_000}
    assert "¥200,000.01" in hit.sentence("en") and "¥200,000.00" in hit.sentence("zh_CN")


def test_company_limit_is_one_million_and_cross_platform_limits_apply_with_bureau_data():
    company = replace(CLEAN, borrower_type="company", platform_balance_fen=90_000_000, amount_fen=10_000_000)
    assert "regulatory_platform_limit" not in rules(company)
    assert rules(replace(company, amount_fen=10_000_001))["regulatory_platform_limit"].blocking
    cross = replace(CLEAN, all_platforms_balance_fen=96_000_000)
    assert rules(cross)["regulatory_all_platforms_limit"].blocking
    assert "regulatory_all_platforms_limit" not in rules(replace(CLEAN, all_platforms_balance_fen=None))


def test_rate_cap_is_four_times_lpr_by_default_and_the_judicial_preset_is_24_percent():
    assert rate_cap(RiskSettings()) == Decimal("0.12")
    assert rate_cap(RiskSettings(one_year_lpr=Decimal("0.0385"))) == Decimal("0.154")  # the 2020 figure
    assert "rate_cap" not in rules(replace(CLEAN, annual_rate=Decimal("0.12")))
    assert rules(replace(CLEAN, annual_rate=Decimal("0.1201")))["rate_cap"].blocking
    judicial = RiskSettings(rate_cap_mode=RateCapMode.JUDICIAL_24_36)
    assert "rate_cap" not in rules(replace(CLEAN, annual_rate=Decimal("0.20")), judicial)


def test_blacklist_blocks_and_drives_the_grade_to_hr():
    result = assess(replace(CLEAN, blacklist_hits=("id_number",)))
    assert result.grade == "HR" and result.blocking[0].rule == "blacklist"


def test_stacked_applications_block():
    assert rules(replace(CLEAN, other_open_applications=1))["stacked_applications"].blocking


def test_debt_to_income_above_half_is_a_warning_not_a_block():
    heavy = replace(CLEAN, monthly_debt_payments_fen=800_000)  # 8,000 + ~4,396 of 20,000 income
    hit = rules(heavy)["debt_to_income"]
    assert not hit.blocking and "62%" in hit.sentence("en") and "62%" in hit.sentence("zh_CN")


def test_age_outside_18_to_65_warns_or_blocks_by_configuration():
    assert not rules(replace(CLEAN, age=17))["age"].blocking
    assert rules(replace(CLEAN, age=66), RiskSettings(age_blocks=True))["age"].blocking
    assert "age" not in rules(replace(CLEAN, age=65))


def test_missing_documents_are_named():
    hit = rules(replace(CLEAN, documents=("id_card",)))["documents"]
    assert hit.params == {"documents": ["income_proof"]} and not hit.blocking
    assert "income proof" in hit.sentence("en") and "收入证明" in hit.sentence("zh_CN")
    assert rules(replace(CLEAN, documents=()), RiskSettings(documents_block=True))["documents"].blocking


def test_overdue_history_above_the_limit_blocks_below_it_lowers_the_score():
    assert rules(replace(CLEAN, overdue_count=3, longest_overdue_days=10))["overdue_history"].blocking
    assert rules(replace(CLEAN, overdue_count=1, longest_overdue_days=45))["overdue_history"].blocking
    mild = assess(replace(CLEAN, overdue_count=1, longest_overdue_days=5))
    assert not mild.blocking and mild.score == 960 and mild.grade == "A"


def test_grades_follow_the_score_bands():
    warned = assess(replace(CLEAN, age=70, documents=(), monthly_debt_payments_fen=1_800_000))
    assert warned.score == 1000 - 200 - 60 - 250 and warned.grade == "E" and warned.high_risk


def test_every_finding_is_a_code_with_parameters_worded_in_chinese_or_english_when_read():
    everything = replace(CLEAN, platform_balance_fen=20_000_000, all_platforms_balance_fen=100_000_000,
                         annual_rate=Decimal("0.30"), blacklist_hits=("id_number", "phone"), other_open_applications=2,
                         monthly_income_fen=0, age=70, documents=(), overdue_count=3, longest_overdue_days=45)
    hits = assess(everything).hits
    assert {h.rule for h in hits} >= {"regulatory_platform_limit", "regulatory_all_platforms_limit", "rate_cap",
                                      "blacklist", "stacked_applications", "debt_to_income", "age", "documents",
                                      "overdue_history"}
    for hit in hits:
        stored = hit.as_dict()
        assert set(stored) == {"rule", "code", "params", "blocking"}, stored  # no sentence is stored
        chinese, english = hit_view(stored, "zh_CN"), hit_view(stored, "en")
        assert not any("a" <= c.lower() <= "z" for c in chinese["finding"] + chinese["label"]), chinese
        assert chinese["finding"].endswith("。") and english["finding"].endswith(".")
        assert chinese["code"] == english["code"] == hit.code and chinese["params"] == hit.params
    by_rule = {h.rule: hit_view(h.as_dict(), "zh_CN")["finding"] for h in hits}
    assert by_rule["blacklist"] == "命中黑名单：身份证号、手机号。"
    assert by_rule["documents"] == "缺少资料：身份证、收入证明。"
    assert by_rule["rate_cap"] == "年化利率 30.00% 超过上限 12.00%。"
    assert by_rule["regulatory_platform_limit"] == "含本笔借款在本平台的借款余额 ¥250,000.00，超过上限 ¥200,000.00。"
    assert by_rule["overdue_history"] == "逾期还款 3 次，最长逾期 45 天。"
    english = {h.rule: h.sentence("en") for h in hits}
    assert english["rate_cap"] == "The annual rate of 30.00% is above the cap of 12.00%."
    assert english["blacklist"] == "On the blacklist by ID number, phone number."


def test_a_finding_kept_as_english_text_from_before_codes_is_shown_as_it_was():
    old = {"rule": "rate_cap", "label_zh": "利率上限", "label_en": "Interest rate cap", "finding": "rate looked odd",
           "blocking": True}
    shown = hit_view(old, "zh_CN")
    assert shown["code"] is None and shown["finding"] == "rate looked odd" and shown["label"] == "利率上限"
