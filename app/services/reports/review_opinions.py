"""The 审批意见 of a loan approval form, level by level, from the application's timeline: what 初审 and 复审
decided, who decided it and when, with the reason of a refusal or return. 风控负责人 signs on paper: the
platform records no decision of that level, so its box stays blank lines to sign.

Pure functions over the timeline the server sends (server/loans/service.py `detail`), so the form and its tests
read the same decisions.
"""

from dataclasses import dataclass
from datetime import datetime

from app.models.records import parse_time

FIRST, SECOND, MANAGER = "first", "second", "manager"
LEVELS = (FIRST, SECOND, MANAGER)
# A level is known by the state its decision left: 初审 decides a submitted application, 复审 one in second review.
DECISIONS = {("submitted", "approve_first"): FIRST, ("submitted", "reject"): FIRST, ("submitted", "return"): FIRST,
             ("second_review", "approve_second"): SECOND, ("second_review", "reject"): SECOND,
             ("second_review", "return"): SECOND}
REFUSALS = ("reject", "return")


@dataclass(frozen=True)
class Opinion:
    level: str  # first | second
    action: str  # approve_first | approve_second | reject | return
    officer: str  # who decided, as the server names them (the staff member's name)
    at: datetime | None
    comment: str  # the reason of a refusal or return; the approver's comment

    @property
    def refused(self) -> bool:
        return self.action in REFUSALS


def review_opinions(timeline: list[dict]) -> dict[str, Opinion]:
    """The current decision of each level that decided. A returned application that comes back (resubmit) is
    reviewed again from the start, so decisions before the last resubmission are no longer its opinions."""
    found: dict[str, Opinion] = {}
    for event in timeline:
        action = event.get("action")
        if action == "resubmit":
            found.clear()
            continue
        level = DECISIONS.get((event.get("from_state"), action))
        if level:
            at = event.get("at")
            found[level] = Opinion(level, action, event.get("actor_label") or event.get("actor", ""),
                                   parse_time(at) if isinstance(at, str) else at, event.get("comment") or "")
    return found


def refusal(opinions: dict[str, Opinion]) -> Opinion | None:
    """The decision that refused the application (rejected or returned), if one did."""
    return next((o for o in (opinions.get(SECOND), opinions.get(FIRST)) if o and o.refused), None)
