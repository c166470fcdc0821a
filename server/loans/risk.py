"""The risk assessment the server computes for a loan application: rules of loans.md, a score
(0-1000) and a grade. Pure functions over plain values, so every rule is testable without HTTP or
a database; the loans service gathers the facts (balances, blacklist, history) and calls `assess`.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from server.loans.schedules import Method, schedule
from server.messages import Word, _, render


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
    blacklist_hits: tuple[str, ...] = ()  # e.g. ("id_number", "phone"); ("name",) alone is a warning
    other_open_applications: int = 0
    overdue_count: int = 0
    longest_overdue_days: int = 0
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleHit:
    """One rule's finding: the rule, the finding's code and its parameters (amounts in fen, rates and shares as
    fractions in text, kinds as codes). Stored as such; worded in the reader's language by `hit_view`."""

    rule: str
    code: str
    params: dict
    blocking: bool
    penalty: int  # points taken from the score

    def as_dict(self) -> dict:
        return {"rule": self.rule, "code": self.code, "params": self.params, "blocking": self.blocking}

    def sentence(self, language: str = "en") -> str:
        return finding_sentence(self.code, self.params, language)


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


# The rules' names, the findings' sentences and the words inside them, in the catalog (server/messages).
RULE_LABELS = {
    "regulatory_platform_limit": _("Balance limit on this platform"),
    "regulatory_all_platforms_limit": _("Balance limit across platforms"),
    "rate_cap": _("Interest rate cap"),
    "blacklist": _("Blacklist"),
    "stacked_applications": _("Duplicate or stacked applications"),
    "debt_to_income": _("Debt-to-income"),
    "age": _("Age"),
    "documents": _("Documents"),
    "overdue_history": _("Overdue history"),
}
FINDINGS = {
    "platform_balance_over_limit": _("The balance on this platform with this loan, {balance}, is above the limit "
                                     "of {limit}."),
    "all_platforms_balance_over_limit": _("The balance across platforms with this loan, {balance}, is above the "
                                          "limit of {limit}."),
    "rate_above_cap": _("The annual rate of {annual_rate} is above the cap of {cap_rate}."),
    "blacklisted": _("On the blacklist by {keys}."),
    "other_open_applications": _("Other open applications of this borrower: {count}."),
    "debt_to_income_high": _("Monthly repayments take {repayment_share} of income (a warning above "
                             "{warning_share})."),
    "no_income_declared": _("No income declared."),
    "age_outside_range": _("Age {age} is outside {min_age} to {max_age}."),
    "documents_missing": _("Missing documents: {documents}."),
    "overdue_repayments": _("Overdue repayments: {count}, the longest {longest_days} days late."),
}
BLACKLIST_KEYS = {"borrower": _("the borrower"), "id_number": _("ID number"), "phone": _("phone number"),
                  "bank_card": _("bank card number"), "name": _("name")}
DOCUMENT_KINDS = {"id_card": _("ID card"), "income_proof": _("income proof"), "contract": _("contract"),
                  "collateral": _("collateral documents"), "other": _("other documents")}
_WORDS = {"keys": BLACKLIST_KEYS, "documents": DOCUMENT_KINDS}


def percent(fraction, places: int) -> str:
    """20.00% (places=2) or 68% (places=0) from a fraction given as text or a number."""
    return f"{Decimal(str(fraction)):.{places}%}"


def display_params(params: dict, language: str) -> dict:
    """A finding's parameters as people read them: ¥12,345.00 from `*_fen`, 20.00% from `*_rate`, 68% from
    `*_share`, kinds as words of `language` joined as that language joins them."""
    shown = {}
    for name, value in (params or {}).items():
        if name.endswith("_fen") and isinstance(value, int):
            shown[name[:-4]] = yuan(value)
        elif name.endswith("_rate"):
            shown[name] = percent(value, 2)
        elif name.endswith("_share"):
            shown[name] = percent(value, 0)
        elif name in _WORDS and isinstance(value, list):
            words = [render(_WORDS[name][v], language) if v in _WORDS[name] else str(v) for v in value]
            shown[name] = ("、" if language == "zh_CN" else ", ").join(words)
        else:
            shown[name] = value
    return shown


def finding_sentence(code: str, params: dict, language: str) -> str:
    return render(FINDINGS[code], language, display_params(params, language))


def hit_view(stored: dict, language: str) -> dict:
    """A stored hit as the answer gives it: code and params for programs, the rule's name and the finding's
    sentence in `language`. A hit kept from before findings had codes (an English text the migration could not
    read) is shown as it was written."""
    rule = stored.get("rule", "")
    label = RULE_LABELS.get(rule)
    code = stored.get("code")
    params = stored.get("params") or {}
    if code in FINDINGS:
        finding = finding_sentence(code, params, language)
    else:
        code = None
        finding = (stored.get("finding_zh") if language == "zh_CN" else None) or stored.get("finding", "")
    return {"rule": rule, "code": code, "params": params,
            "label": render(label, language) if label else stored.get(f"label_{'zh' if language == 'zh_CN' else 'en'}", rule),
            "label_zh": render(label, "zh_CN") if label else stored.get("label_zh", rule),
            "label_en": render(label, "en") if label else stored.get("label_en", rule),
            "finding": finding, "blocking": bool(stored.get("blocking")),
            # both languages too, for a document printed in a language other than the request's
            "finding_zh": finding_sentence(code, params, "zh_CN") if code else stored.get("finding_zh") or finding,
            "finding_en": finding_sentence(code, params, "en") if code else stored.get("finding", finding)}


def rule_hits(f: Facts, s: RiskSettings) -> list[RuleHit]:
    hits: list[RuleHit] = []
    person = f.borrower_type == "person"
    limit = s.person_platform_limit_fen if person else s.company_platform_limit_fen
    after = f.platform_balance_fen + f.amount_fen
    if after > limit:
        hits.append(RuleHit("regulatory_platform_limit", "platform_balance_over_limit",
                            {"balance_fen": after, "limit_fen": limit}, True, 400))
    if f.all_platforms_balance_fen is not None:
        limit_all = s.person_all_platforms_limit_fen if person else s.company_all_platforms_limit_fen
        total = f.all_platforms_balance_fen + f.amount_fen
        if total > limit_all:
            hits.append(RuleHit("regulatory_all_platforms_limit", "all_platforms_balance_over_limit",
                                {"balance_fen": total, "limit_fen": limit_all}, True, 400))
    cap = rate_cap(s)
    if f.annual_rate > cap:
        hits.append(RuleHit("rate_cap", "rate_above_cap", {"annual_rate": str(f.annual_rate), "cap_rate": str(cap)},
                            True, 300))
    if f.blacklist_hits:
        # A name alone is shared by many people: a warning to check the identity, not a block.
        by_identity = any(key != "name" for key in f.blacklist_hits)
        hits.append(RuleHit("blacklist", "blacklisted", {"keys": list(f.blacklist_hits)}, by_identity,
                            1000 if by_identity else 300))
    if f.other_open_applications:
        hits.append(RuleHit("stacked_applications", "other_open_applications",
                            {"count": f.other_open_applications}, True, 150))
    if f.monthly_income_fen > 0:
        dti = Decimal(f.monthly_debt_payments_fen + _monthly_payment_fen(f)) / f.monthly_income_fen
        if dti > s.debt_to_income_warning:
            hits.append(RuleHit("debt_to_income", "debt_to_income_high",
                                {"repayment_share": str(dti.quantize(Decimal("0.0001"))),
                                 "warning_share": str(s.debt_to_income_warning)}, False, 120 if dti <= 1 else 250))
    elif person:
        hits.append(RuleHit("debt_to_income", "no_income_declared", {}, False, 250))
    if person and f.age is not None and not s.min_age <= f.age <= s.max_age:
        hits.append(RuleHit("age", "age_outside_range", {"age": f.age, "min_age": s.min_age, "max_age": s.max_age},
                            s.age_blocks, 200))
    missing = [d for d in s.required_documents if d not in f.documents]
    if missing:
        hits.append(RuleHit("documents", "documents_missing", {"documents": missing}, s.documents_block, 60))
    overdue = overdue_hit(f.overdue_count, f.longest_overdue_days, s)
    if overdue:
        hits.append(overdue)
    return hits


def overdue_hit(count: int, longest_days: int, s: RiskSettings) -> RuleHit | None:
    """The overdue-history finding from the borrower's history on the platform (borrower_history: the same
    figures as the file's 逾期期数 / 最长逾期天数), None for a borrower never late."""
    params = {"count": count, "longest_days": longest_days}
    if count > s.max_overdue_count or longest_days > s.max_overdue_days:
        return RuleHit("overdue_history", "overdue_repayments", params, s.overdue_blocks, 250)
    if count:
        return RuleHit("overdue_history", "overdue_repayments", params, False, 40 * count)
    return None


GRADES = ((850, "A"), (750, "B"), (650, "C"), (550, "D"), (450, "E"))


def grade_of(score: int) -> str:
    return next((grade for floor, grade in GRADES if score >= floor), "HR")


def assess(f: Facts, s: RiskSettings = RiskSettings()) -> Assessment:
    hits = rule_hits(f, s)
    score = max(0, min(1000, 1000 - sum(h.penalty for h in hits)))
    return Assessment(score, grade_of(score), tuple(hits))


def rule_word(rule: str) -> Word:
    """A rule as a word of a sentence: its code in params, its name in the answer's language."""
    return Word(rule, RULE_LABELS.get(rule, rule))


def rules_word(rules: list[str]) -> Word:
    words = [rule_word(r) for r in rules]
    zh = "、".join(render(w.en, "zh_CN") for w in words)
    return Word(", ".join(rules), ", ".join(w.en for w in words), zh)
