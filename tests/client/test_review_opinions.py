"""The 审批意见 of each level, read from an application's timeline (app/services/reports/review_opinions.py)."""

from app.services.reports.review_opinions import FIRST, SECOND, refusal, review_opinions


def event(action, before, after, actor="李明", comment="", at="2026-11-20T02:00:00Z"):
    return {"action": action, "from_state": before, "to_state": after, "actor_label": actor, "comment": comment,
            "at": at}


def test_a_second_review_refusal_is_the_second_levels_opinion_with_its_reason():
    opinions = review_opinions([event("submitted", None, "submitted", "客户"),
                                event("approve_first", "submitted", "second_review"),
                                event("reject", "second_review", "rejected", "张伟", "负债收入比过高")])
    assert opinions[FIRST].action == "approve_first" and opinions[FIRST].officer == "李明"
    assert opinions[SECOND].refused and opinions[SECOND].comment == "负债收入比过高"
    assert refusal(opinions) is opinions[SECOND]


def test_a_resubmitted_application_is_reviewed_again_from_the_start():
    opinions = review_opinions([event("return", "submitted", "returned", comment="收入证明需补充"),
                                event("resubmit", "returned", "submitted", "系统"),
                                event("approve_first", "submitted", "approved")])
    assert set(opinions) == {FIRST} and opinions[FIRST].action == "approve_first"
    assert refusal(opinions) is None


def test_overrides_and_assignments_are_no_ones_opinion():
    assert review_opinions([event("assigned", "submitted", "submitted"),
                            event("rule_overridden", "submitted", "submitted", comment="x")]) == {}
