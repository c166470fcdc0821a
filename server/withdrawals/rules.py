"""The withdrawal review policy: thresholds, states and the named rule flags.

Thresholds are configurable per deployment: `Settings.withdrawal_policy`, which takes the environment
(`P2P_WITHDRAWAL_REVIEW_ABOVE_FEN`, `P2P_WITHDRAWAL_SECOND_APPROVAL_ABOVE_FEN`) over the defaults of
funds.md (review above 50,000 yuan, the finance manager above 200,000 yuan).
"""

import os
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum


class State(StrEnum):
    PENDING_REVIEW = "pending_review"  # 待审核
    PENDING_SECOND_APPROVAL = "pending_second_approval"  # 待主管审批
    PAID = "paid"  # 已出款
    REJECTED = "rejected"  # 已拒绝


STATE_LABELS = {
    State.PENDING_REVIEW: ("待审核", "Pending review"),
    State.PENDING_SECOND_APPROVAL: ("待主管审批", "Awaiting second approval"),
    State.PAID: ("已出款", "Paid"),
    State.REJECTED: ("已拒绝", "Rejected"),
}
OPEN_STATES = (State.PENDING_REVIEW, State.PENDING_SECOND_APPROVAL)


@dataclass(frozen=True)
class Flag:
    code: str
    label_zh: str
    label_en: str
    explanation_zh: str
    explanation_en: str


FLAGS: dict[str, Flag] = {f.code: f for f in (
    Flag("large", "大额", "Large", "金额超过审核额度", "The amount is above the review threshold"),
    Flag("new_bank_card", "新银行卡", "New bank card", "该客户以前的提现从未使用过这张银行卡",
         "This customer's earlier withdrawals never went to this bank card"),
    Flag("soon_after_recharge", "充值后即提现", "Soon after recharge", "充值后 24 小时内的首次提现",
         "The first withdrawal within 24 hours of a recharge"),
    Flag("many_today", "当日多次", "Many today", "客户当日第三笔或更多提现申请（北京时间）",
         "The customer's third or later request today (Asia/Shanghai day)"),
)}


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class WithdrawalPolicy:
    review_above_fen: int = 5_000_000  # 50,000 yuan
    second_approval_above_fen: int = 20_000_000  # 200,000 yuan
    recharge_window: timedelta = timedelta(hours=24)
    many_per_day: int = 3  # the third request of the day is flagged

    @classmethod
    def from_environment(cls) -> "WithdrawalPolicy":
        return cls(review_above_fen=_env_int("P2P_WITHDRAWAL_REVIEW_ABOVE_FEN", cls.review_above_fen),
                   second_approval_above_fen=_env_int("P2P_WITHDRAWAL_SECOND_APPROVAL_ABOVE_FEN",
                                                      cls.second_approval_above_fen))


def policy_of(settings) -> WithdrawalPolicy:
    return settings.withdrawal_policy
