"""The words of a loan application as reviewers read them in buttons, lists and the timeline: what
happens to it, how it is repaid, and why it is refused (the server's codes on the left; Chinese and
English beside each, like the state labels)."""

from PySide6.QtCore import QCoreApplication

from app.services.language import current_is_chinese

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

# code: (Chinese, English, reason required, shortcut)
ACTIONS = {
    "approve_first": ("批准", "Approve", False, "Alt+A"),
    "approve_second": ("复审通过", "Approve (second review)", False, "Alt+A"),
    "reject": ("拒绝", "Reject", True, "Alt+R"),
    "return": ("退回补充", "Return for more material", True, "Alt+B"),
    "resubmit": ("重新提交", "Resubmit", False, ""),
    "withdraw": ("撤回", "Withdraw", True, ""),
    "list": ("发标", "List for funding", False, ""),
    "expire": ("流标", "Expire the listing", False, ""),
    "disburse": ("放款", "Disburse", False, ""),
    "mark_overdue": ("标记逾期", "Mark overdue", False, ""),
    "compensate": ("代偿", "Compensate from the risk reserve", False, ""),
    "write_off": ("坏账核销", "Write off", True, ""),
}

EVENTS = {
    "submitted": ("提交申请", "Submitted"), "approve_first": ("初审通过", "First review approved"),
    "approve_second": ("复审通过", "Second review approved"), "reject": ("拒绝", "Rejected"),
    "return": ("退回补充", "Returned for more material"), "resubmit": ("重新提交", "Resubmitted"),
    "withdraw": ("撤回", "Withdrawn"), "list": ("发标", "Listed for funding"), "expire": ("流标", "Listing expired"),
    "disburse": ("放款", "Disbursed"), "mark_overdue": ("逾期", "Overdue"), "compensate": ("代偿", "Compensated"),
    "write_off": ("坏账核销", "Written off"), "reassessed": ("重新评估", "Risk reassessed"),
    "rule_overridden": ("规则豁免", "Risk rule overridden"), "assigned": ("分配", "Assigned"),
    "fully_funded": ("满标", "Fully funded"), "repaid": ("还款", "Installment repaid"),
    "collector_assigned": ("分派催收", "Collector assigned"), "collection_called": ("催收：已通话", "Collection: called"),
    "collection_no_answer": ("催收：无人接听", "Collection: no answer"),
    "collection_promised": ("催收：承诺还款", "Collection: promised to pay"),
    "collection_disputed": ("催收：有异议", "Collection: disputed"),
    "collection_wrong_number": ("催收：号码错误", "Collection: wrong number"),
    "compensation_proposed": ("发起代偿", "Compensation proposed"),
    "compensation_rejected": ("代偿被驳回", "Compensation rejected"),
    "write_off_proposed": ("发起坏账核销", "Write-off proposed"), "write_off_rejected": ("坏账核销被驳回", "Write-off rejected"),
    "recovered": ("追回（归还风险准备金）", "Recovered to the risk reserve"),
    "golive_imported": ("上线导入", "Imported at go-live"),
}

METHODS = {"equal_installment": ("等额本息", "Equal installments"), "equal_principal": ("等额本金", "Equal principal"),
           "interest_only": ("先息后本", "Interest-only"), "bullet": ("到期还本付息", "Bullet")}

# The actions a reviewer takes every day, in the order of the action bar; the rest follow them.
REVIEW_ORDER = ("approve_first", "approve_second", "return", "reject")


def action_label(code: str) -> str:
    zh, en, _reason, _key = ACTIONS.get(code, (code, code, False, ""))
    return zh if current_is_chinese() else en


def event_label(code: str) -> str:
    zh, en = EVENTS.get(code, ACTIONS.get(code, (code, code))[:2])
    return zh if current_is_chinese() else en


def needs_reason(code: str) -> bool:
    return ACTIONS.get(code, ("", "", False, ""))[2]


def shortcut_of(code: str) -> str:
    return ACTIONS.get(code, ("", "", False, ""))[3]


def method_label(method: str) -> str:
    zh, en = METHODS.get(method, (method, method))
    return zh if current_is_chinese() else en


def common_reasons(action: str) -> list[str]:
    """The reasons reviewers give most often, offered first in the reason dialog (details follow)."""
    if action == "return":
        return [translate("LoanReasons", "Documents missing or unreadable"),
                translate("LoanReasons", "Income proof needs to be supplemented"),
                translate("LoanReasons", "Information inconsistent between documents"),
                translate("LoanReasons", "Other")]
    return [translate("LoanReasons", "Incomplete documents"), translate("LoanReasons", "Income cannot be verified"),
            translate("LoanReasons", "Debt-to-income too high"), translate("LoanReasons", "Information inconsistent"),
            translate("LoanReasons", "Blacklisted or fraud suspected"), translate("LoanReasons", "Other")]


def grade_label(grade: str | None) -> str:
    """A risk grade as reviewers say it: the letters A to E as they are, HR as 高风险 / High risk, none as —."""
    if not grade:
        return "—"
    return translate("LoanWords", "High risk") if grade == "HR" else grade


def rule_label(hit: dict) -> str:
    """A risk rule's name in the console's language (the server sends it in the language asked: `label`)."""
    if hit.get("label"):
        return hit["label"]
    return (hit.get("label_zh") if current_is_chinese() else hit.get("label_en")) or hit.get("rule", "")


def actor_label(event: dict) -> str:
    """Who acted on the application: the server names them (客户, 系统, the staff member's name); a server from
    before that sends the code, worded here."""
    if event.get("actor_label"):
        return event["actor_label"]
    actor = event.get("actor", "")
    return {"customer": translate("LoanWords", "Customer"), "system": translate("LoanWords", "System")}.get(actor, actor)
