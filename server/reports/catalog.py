"""Which area permission each report needs besides report.print (the console's catalog says the same)."""

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
