"""Which area permission each report needs besides report.print (the console's catalog says the same)."""

from server.messages import _

PRINT = "report.print"

AREA_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "loan_approval_form": ("loan.read",),
    "repayment_schedule": ("loan.read",),
    "daily_reconciliation": ("recon.read",),
    "withdrawal_review_list": ("funds.read",),
    "monthly_operations": ("funds.read",),
    "staff_permissions": ("audit.read", "admin.users"),
    "audit_extract": ("audit.read",),
}

ACTIONS = ("generate", "print", "save")

# Each report's name as a word of a sentence (the console draws the reports and names them itself).
NAMES: dict[str, str] = {
    "loan_approval_form": _("the loan approval form"),
    "repayment_schedule": _("the repayment schedule"),
    "daily_reconciliation": _("the daily reconciliation report"),
    "withdrawal_review_list": _("the withdrawal review list"),
    "monthly_operations": _("the monthly operations report"),
    "staff_permissions": _("the staff permissions report"),
    "audit_extract": _("the audit extract"),
}
