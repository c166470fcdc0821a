"""The loan application's lifecycle (loans.md) as one explicit table of transitions.

Every transition names the states it leaves from, the state it goes to, the permission it needs and
whether a reason is required (refusals, returns, overrides, write-offs). The service refuses
anything not in this table with 409 and the application's current state.
"""

from dataclasses import dataclass
from enum import StrEnum

from server.messages import Word, _


class State(StrEnum):
    SUBMITTED = "submitted"  # 已提交, waits for first review
    SECOND_REVIEW = "second_review"  # 待复审
    APPROVED = "approved"  # 审批通过
    REJECTED = "rejected"  # 已拒绝
    RETURNED = "returned"  # 退回补充
    WITHDRAWN = "withdrawn"  # 已撤回
    LISTED = "listed"  # 募集中
    FUNDED = "funded"  # 满标
    EXPIRED = "expired"  # 流标
    REPAYING = "repaying"  # 还款中 (after disbursement 放款)
    OVERDUE = "overdue"  # 逾期
    SETTLED = "settled"  # 已结清
    COMPENSATED = "compensated"  # 已代偿
    WRITTEN_OFF = "written_off"  # 坏账核销


LABELS = {
    State.SUBMITTED: ("已提交", "Submitted"), State.SECOND_REVIEW: ("待复审", "Awaiting second review"),
    State.APPROVED: ("审批通过", "Approved"), State.REJECTED: ("已拒绝", "Rejected"),
    State.RETURNED: ("退回补充", "Returned for more material"), State.WITHDRAWN: ("已撤回", "Withdrawn"),
    State.LISTED: ("募集中", "Open for funding"), State.FUNDED: ("满标", "Fully funded"),
    State.EXPIRED: ("流标", "Failed to fund"), State.REPAYING: ("还款中", "Repaying"),
    State.OVERDUE: ("逾期", "Overdue"), State.SETTLED: ("已结清", "Settled"),
    State.COMPENSATED: ("已代偿", "Compensated"), State.WRITTEN_OFF: ("坏账核销", "Written off"),
}

REVIEW_STATES = (State.SUBMITTED, State.SECOND_REVIEW)


@dataclass(frozen=True)
class Transition:
    action: str
    sources: tuple[State, ...]
    target: State | None  # None: decided by the rule (first approval may go to second review)
    permission: str
    reason_required: bool = False


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    Transition("approve_first", (State.SUBMITTED,), None, "loan.review.first"),
    Transition("approve_second", (State.SECOND_REVIEW,), State.APPROVED, "loan.review.second"),
    Transition("reject", REVIEW_STATES, State.REJECTED, "loan.review.first", reason_required=True),
    Transition("return", REVIEW_STATES, State.RETURNED, "loan.review.first", reason_required=True),
    Transition("resubmit", (State.RETURNED,), State.SUBMITTED, "loan.manage"),
    Transition("withdraw", (State.SUBMITTED, State.SECOND_REVIEW, State.RETURNED), State.WITHDRAWN, "loan.manage",
               reason_required=True),
    Transition("list", (State.APPROVED,), State.LISTED, "loan.manage"),
    Transition("expire", (State.LISTED,), State.EXPIRED, "loan.manage"),
    Transition("disburse", (State.FUNDED,), State.REPAYING, "loan.manage"),
    Transition("mark_overdue", (State.REPAYING,), State.OVERDUE, "loan.manage"),
    Transition("compensate", (State.OVERDUE,), State.COMPENSATED, "loan.manage"),
    Transition("write_off", (State.OVERDUE, State.COMPENSATED), State.WRITTEN_OFF, "loan.manage", reason_required=True),
)}

# In second review the refusals belong to the second reviewer.
SECOND_REVIEW_PERMISSION = "loan.review.second"


def permission_for(action: str, state: State) -> str:
    transition = TRANSITIONS[action]
    if action in ("reject", "return") and state is State.SECOND_REVIEW:
        return SECOND_REVIEW_PERMISSION
    return transition.permission


# Proposed by one person and approved by another (server/loans/after/proposals.py), never taken directly.
FOUR_EYES_ACTIONS = ("compensate", "write_off")


def allowed_actions(state: State, permissions: set[str] | frozenset[str]) -> list[str]:
    """What a user holding these permissions may do to an application in this state, directly."""
    return [a for a, t in TRANSITIONS.items() if state in t.sources and permission_for(a, state) in permissions
            and a not in FOUR_EYES_ACTIONS]


# The actions as words of a sentence (a refusal names what was tried).
ACTION_WORDS = {
    "approve_first": _("approve"), "approve_second": _("approve in second review"), "reject": _("reject"),
    "return": _("return for more material"), "resubmit": _("resubmit"), "withdraw": _("withdraw the application"),
    "list": _("open for funding"), "expire": _("end the funding"), "disburse": _("disburse"),
    "mark_overdue": _("mark overdue"), "compensate": _("compensate"), "write_off": _("write off"),
}


def state_word(state: State) -> Word:
    """The state as a word of a sentence: its code in params, its name in the answer's language."""
    zh, en = LABELS[State(state)]
    return Word(State(state).value, en, zh)


def action_word(action: str) -> Word:
    return Word(action, ACTION_WORDS.get(action, action))
