"""The risk assessment the server computes for a loan application: rules of loans.md, a score
(0-1000) and a grade. Pure functions over plain values, so every rule is testable without HTTP or
a database; the loans service gathers the facts (balances, blacklist, history) and calls `assess`.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from server.loans.schedules import Method, schedule


class RateCapMode(StrEnum):
    LPR_MULTIPLE = "lpr_multiple"  # 4 × the one-year LPR (the default)
    JUDICIAL_24_36 = "judicial_24_36"  # the older rule: above 24% unprotected, above 36% void


@dataclass(frozen=True)
class RiskSettings:
    one_year_lpr: Decimal = Decimal("0.0300")  # 4 × 3.00% = 12.0%, the 2025 cap
    lpr_multiple: int = 4
    rate_cap_mode: RateCapMode = RateCapMode.LPR_MULTIPLE
    person_platform_limit_fen: int = 200_000_00  # 2016 rules: 200,000 yuan per natural person on one platform
    company_platform_limit_fen: int = 1_000_000_00
    person_all_platforms_limit_fen: int = 1_000_000_00
    company_all_platforms_limit_fen: int = 5_000_000_00
    debt_to_income_warning: Decimal = Decimal("0.50")
    min_age: int = 18
    max_age: int = 65
    age_blocks: bool = False
    max_overdue_count: int = 2
    max_overdue_days: int = 30
    overdue_blocks: bool = True
    documents_block: bool = False
    required_documents: tuple[str, ...] = ("id_card", "income_proof")


@dataclass(frozen=True)
class Facts:
    """What the service knows when it assesses an application."""

    borrower_type: str  # person | company
    age: int | None
    monthly_income_fen: int
    monthly_debt_payments_fen: int  # existing debts' monthly repayments
    amount_fen: int
    annual_rate: Decimal  # including fees
    term_months: int
    method: Method
    platform_balance_fen: int  # what the borrower owes on this platform now, before this loan
    all_platforms_balance_fen: int | None  # from the credit bureau, when available
    blacklist_hits: tuple[str, ...] = ()  # e.g. ("id_number", "phone")
    other_open_applications: int = 0
    overdue_count: int = 0
    longest_overdue_days: int = 0
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleHit:
    rule: str
    label_zh: str
    label_en: str
    finding: str  # English
    blocking: bool
    penalty: int  # points taken from the score
    finding_zh: str = ""  # the same finding for Chinese readers: the server words it, the console picks one

    def as_dict(self) -> dict:
        return {"rule": self.rule, "label_zh": self.label_zh, "label_en": self.label_en, "finding": self.finding,
                "finding_zh": self.finding_zh or self.finding, "blocking": self.blocking}


@dataclass(frozen=True)
class Assessment:
    score: int
    grade: str
    hits: tuple[RuleHit, ...] = field(default_factory=tuple)

    @property
    def blocking(self) -> tuple[RuleHit, ...]:
        return tuple(h for h in self.hits if h.blocking)

    @property
    def high_risk(self) -> bool:
        return self.grade in ("E", "HR")


def yuan(amount_fen: int) -> str:
    return f"¥{amount_fen // 100:,}.{amount_fen % 100:02d}"


def rate_cap(settings: RiskSettings) -> Decimal:
    if settings.rate_cap_mode is RateCapMode.JUDICIAL_24_36:
        return Decimal("0.24")
    return settings.one_year_lpr * settings.lpr_multiple


def _monthly_payment_fen(f: Facts) -> int:
    from datetime import date

    rows = schedule(f.amount_fen, f.annual_rate, f.term_months, f.method, date(2026, 1, 1))
    return max(row.total_fen for row in rows[:-1]) if len(rows) > 1 else rows[0].total_fen // max(f.term_months, 1)


BLACKLIST_KEYS_ZH = {"borrower": "借款人", "id_number": "身份证号", "phone": "手机号", "bank_card": "银行卡号"}
DOCUMENTS_ZH = {"id_card": "身份证", "income_proof": "收入证明", "contract": "合同", "collateral": "抵押物资料", "other": "其他资料"}


def _overdue_zh(f: Facts) -> str:
    return f"逾期还款 {f.overdue_count} 次，最长 {f.longest_overdue_days} 天"


def rule_hits(f: Facts, s: RiskSettings) -> list[RuleHit]:
    hits: list[RuleHit] = []
    person = f.borrower_type == "person"
    limit = s.person_platform_limit_fen if person else s.company_platform_limit_fen
    after = f.platform_balance_fen + f.amount_fen
    if after > limit:
        hits.append(RuleHit("regulatory_platform_limit", "单一平台借款余额上限", "Balance limit on this platform",
                            f"balance with this loan {yuan(after)} exceeds {yuan(limit)}", True, 400,
                            f"含本笔借款余额 {yuan(after)}，超过上限 {yuan(limit)}"))
    if f.all_platforms_balance_fen is not None:
        limit_all = s.person_all_platforms_limit_fen if person else s.company_all_platforms_limit_fen
        total = f.all_platforms_balance_fen + f.amount_fen
        if total > limit_all:
            hits.append(RuleHit("regulatory_all_platforms_limit", "全部平台借款余额上限", "Balance limit across platforms",
                                f"balance across platforms with this loan {yuan(total)} exceeds {yuan(limit_all)}",
                                True, 400, f"含本笔借款的全部平台余额 {yuan(total)}，超过上限 {yuan(limit_all)}"))
    cap = rate_cap(s)
    if f.annual_rate > cap:
        hits.append(RuleHit("rate_cap", "利率上限", "Interest rate cap",
                            f"annual rate {f.annual_rate:.2%} exceeds the cap {cap:.2%}", True, 300,
                            f"年化利率 {f.annual_rate:.2%} 超过上限 {cap:.2%}"))
    if f.blacklist_hits:
        hits.append(RuleHit("blacklist", "黑名单", "Blacklist",
                            f"on the blacklist by {', '.join(f.blacklist_hits)}", True, 1000,
                            f"命中黑名单：{'、'.join(BLACKLIST_KEYS_ZH.get(k, k) for k in f.blacklist_hits)}"))
    if f.other_open_applications:
        hits.append(RuleHit("stacked_applications", "重复/叠加申请", "Duplicate or stacked applications",
                            f"{f.other_open_applications} other open application(s)", True, 150,
                            f"另有 {f.other_open_applications} 笔未结申请"))
    if f.monthly_income_fen > 0:
        dti = Decimal(f.monthly_debt_payments_fen + _monthly_payment_fen(f)) / f.monthly_income_fen
        if dti > s.debt_to_income_warning:
            hits.append(RuleHit("debt_to_income", "负债收入比", "Debt-to-income",
                                f"monthly repayments are {dti:.0%} of income (warning above {s.debt_to_income_warning:.0%})",
                                False, 120 if dti <= 1 else 250,
                                f"月还款额占收入 {dti:.0%}（超过 {s.debt_to_income_warning:.0%} 即预警）"))
    elif person:
        hits.append(RuleHit("debt_to_income", "负债收入比", "Debt-to-income", "no income declared", False, 250,
                            "未申报收入"))
    if person and f.age is not None and not s.min_age <= f.age <= s.max_age:
        hits.append(RuleHit("age", "年龄", "Age", f"age {f.age} is outside {s.min_age}-{s.max_age}", s.age_blocks, 200,
                            f"年龄 {f.age} 岁，不在 {s.min_age}-{s.max_age} 岁之间"))
    missing = [d for d in s.required_documents if d not in f.documents]
    if missing:
        hits.append(RuleHit("documents", "资料完整性", "Documents", f"missing: {', '.join(missing)}", s.documents_block, 60,
                            f"缺少：{'、'.join(DOCUMENTS_ZH.get(d, d) for d in missing)}"))
    if f.overdue_count > s.max_overdue_count or f.longest_overdue_days > s.max_overdue_days:
        hits.append(RuleHit("overdue_history", "逾期记录", "Overdue history",
                            f"{f.overdue_count} overdue repayments, longest {f.longest_overdue_days} days",
                            s.overdue_blocks, 250, _overdue_zh(f)))
    elif f.overdue_count:
        hits.append(RuleHit("overdue_history", "逾期记录", "Overdue history",
                            f"{f.overdue_count} overdue repayments, longest {f.longest_overdue_days} days",
                            False, 40 * f.overdue_count, _overdue_zh(f)))
    return hits


GRADES = ((850, "A"), (750, "B"), (650, "C"), (550, "D"), (450, "E"))


def grade_of(score: int) -> str:
    return next((grade for floor, grade in GRADES if score >= floor), "HR")


def assess(f: Facts, s: RiskSettings = RiskSettings()) -> Assessment:
    hits = rule_hits(f, s)
    score = max(0, min(1000, 1000 - sum(h.penalty for h in hits)))
    return Assessment(score, grade_of(score), tuple(hits))
