"""Separation of duties (不相容岗位分离): named rules over permissions.

`exclusive` rules name permission sets that must not meet in one person at all: a role or user
holding both sides is reported with the rule's name, and granting such a combination needs a
written justification (kept in the audit log and shown in the permission report).
`per_object` rules may meet in one person but never on the same object (the first reviewer of an
application cannot do its second review); the areas enforce them at run time, and they are listed
here so that the permission screens can explain them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class SeparationRule:
    name: str
    label_zh: str
    label_en: str
    side_a: frozenset[str]
    side_b: frozenset[str]
    kind: str  # exclusive | per_object

    def broken_by(self, permissions: set[str] | frozenset[str]) -> bool:
        return bool(self.side_a & permissions) and bool(self.side_b & permissions)

    def as_dict(self) -> dict:
        return {"name": self.name, "label_zh": self.label_zh, "label_en": self.label_en,
                "side_a": sorted(self.side_a), "side_b": sorted(self.side_b), "kind": self.kind}


_BUSINESS_APPROVALS = frozenset({"loan.review.first", "loan.review.second", "loan.override_rule",
                                 "funds.withdrawal.review", "funds.withdrawal.approve_large",
                                 "funds.adjust.approve", "recon.close_day", "recon.withdraw_statement"})

RULES: tuple[SeparationRule, ...] = (
    SeparationRule("sod.adjustment_maker_checker", "调账发起与审批分离", "Adjustment maker and checker",
                   frozenset({"funds.adjust.propose"}), frozenset({"funds.adjust.approve"}), "exclusive"),
    # Whoever posts money must not also explain away the differences it leaves with the bank.
    SeparationRule("sod.posting_vs_reconciliation", "记账与对账差异处理分离", "Posting money apart from resolving differences",
                   frozenset({"funds.movement.post"}), frozenset({"recon.resolve", "funds.adjust.propose"}),
                   "exclusive"),
    SeparationRule("sod.admin_vs_business", "系统管理与业务审批分离", "Administration apart from business approvals",
                   frozenset({"admin.users", "admin.roles"}), _BUSINESS_APPROVALS, "exclusive"),
    SeparationRule("sod.audit_independence", "审计独立于业务操作", "Audit independent of operations",
                   frozenset({"audit.read"}), _BUSINESS_APPROVALS | {"funds.adjust.propose", "recon.resolve"},
                   "exclusive"),
    SeparationRule("sod.loan_two_reviews", "初审与复审分离（同一申请）", "First and second review apart (same application)",
                   frozenset({"loan.review.first"}), frozenset({"loan.review.second"}), "per_object"),
    SeparationRule("sod.withdrawal_linked_account", "不得审批关联账户提现", "No approval of a linked account's withdrawal",
                   frozenset({"funds.withdrawal.review"}), frozenset({"funds.withdrawal.review"}), "per_object"),
)


def conflicts(permissions: set[str] | frozenset[str]) -> list[SeparationRule]:
    """The exclusive rules these permissions break together."""
    return [rule for rule in RULES if rule.kind == "exclusive" and rule.broken_by(set(permissions))]
