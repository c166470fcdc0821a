"""The platform's lending policy: thresholds and risk settings (configurable per deployment)."""

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from server.loans.risk import RiskSettings


@dataclass(frozen=True)
class LoanPolicy:
    # Above this amount a first approval goes to second review (users.md: 50,000 yuan).
    second_review_above_fen: int = 5_000_000
    funding_period: timedelta = timedelta(days=7)
    penalty_daily_rate: Decimal = Decimal("0.0005")
    # The platform's service fee, taken from the borrower at disbursement, in basis points of the amount
    # (100 = 1%); rounded down to the fen, in the borrower's favour.
    service_fee_bp: int = 100
    # Compensation (代偿) from the risk reserve may be proposed for a loan overdue at least this many days.
    compensation_after_days: int = 30
    risk: RiskSettings = field(default_factory=RiskSettings)
