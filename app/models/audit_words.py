"""The audit log in words: what each action, object type, actor and client address code reads as.

Codes stay on the wire and in the filters the server receives; these are what people read. Every action code
the server writes (grep `audit.record(` in server/) has its words here; a code missing here shows as itself, and
the self-check's text walk names it (app/text_audit.py).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS = {
    "auth.signed_in": QT_TRANSLATE_NOOP("AuditWords", "Signed in"),
    "auth.sign_in_failed": QT_TRANSLATE_NOOP("AuditWords", "Sign-in failed"),
    "auth.sign_in_step": QT_TRANSLATE_NOOP("AuditWords", "Sign-in step passed"),
    "auth.account_locked": QT_TRANSLATE_NOOP("AuditWords", "Account locked"),
    "auth.locked_account_attempt": QT_TRANSLATE_NOOP("AuditWords", "Sign-in attempt while locked"),
    "auth.password_changed": QT_TRANSLATE_NOOP("AuditWords", "Password changed"),
    "auth.password_change_failed": QT_TRANSLATE_NOOP("AuditWords", "Password change failed"),
    "auth.totp_enrolled": QT_TRANSLATE_NOOP("AuditWords", "Authenticator set up"),
    "auth.token_refreshed": QT_TRANSLATE_NOOP("AuditWords", "Session renewed"),
    "auth.refresh_token_reused": QT_TRANSLATE_NOOP("AuditWords", "Session credentials used twice"),
    "auth.signed_out": QT_TRANSLATE_NOOP("AuditWords", "Signed out"),
    "auth.unlocked": QT_TRANSLATE_NOOP("AuditWords", "Screen unlocked"),
    "auth.step_up": QT_TRANSLATE_NOOP("AuditWords", "Confirmed with a fresh code"),
    "auth.session_revoked": QT_TRANSLATE_NOOP("AuditWords", "Session ended by an administrator"),
    "auth.sessions_ended": QT_TRANSLATE_NOOP("AuditWords", "All sessions ended"),
    "staff.user_created": QT_TRANSLATE_NOOP("AuditWords", "Staff member created"),
    "staff.user_edited": QT_TRANSLATE_NOOP("AuditWords", "Staff member edited"),
    "staff.user_disabled": QT_TRANSLATE_NOOP("AuditWords", "Staff member disabled"),
    "staff.user_enabled": QT_TRANSLATE_NOOP("AuditWords", "Staff member enabled"),
    "staff.user_unlocked": QT_TRANSLATE_NOOP("AuditWords", "Staff account unlocked"),
    "staff.password_reset": QT_TRANSLATE_NOOP("AuditWords", "Password reset"),
    "staff.totp_reset": QT_TRANSLATE_NOOP("AuditWords", "Authenticator reset"),
    "staff.roles_assigned": QT_TRANSLATE_NOOP("AuditWords", "Roles assigned"),
    "staff.separation_justified": QT_TRANSLATE_NOOP("AuditWords", "Separation of duties exception justified"),
    "staff.profile_updated": QT_TRANSLATE_NOOP("AuditWords", "Profile updated"),
    "staff.own_password_changed": QT_TRANSLATE_NOOP("AuditWords", "Own password changed"),
    "staff.totp_reenrolment_started": QT_TRANSLATE_NOOP("AuditWords", "Authenticator re-enrolment started"),
    "staff.totp_reenrolled": QT_TRANSLATE_NOOP("AuditWords", "Authenticator re-enrolled"),
    "staff.role_created": QT_TRANSLATE_NOOP("AuditWords", "Role created"),
    "staff.role_edited": QT_TRANSLATE_NOOP("AuditWords", "Role edited"),
    "staff.role_permissions_changed": QT_TRANSLATE_NOOP("AuditWords", "Role permissions changed"),
    "staff.role_deleted": QT_TRANSLATE_NOOP("AuditWords", "Role deleted"),
    "loan.borrower_created": QT_TRANSLATE_NOOP("AuditWords", "Borrower created"),
    "loan.blacklist_added": QT_TRANSLATE_NOOP("AuditWords", "Added to the blacklist"),
    "loan.blacklist_removed": QT_TRANSLATE_NOOP("AuditWords", "Removed from the blacklist"),
    "loan.blacklist_removal_requested": QT_TRANSLATE_NOOP("AuditWords", "Removal from the blacklist requested"),
    "loan.blacklist_removal_rejected": QT_TRANSLATE_NOOP("AuditWords", "Removal from the blacklist rejected"),
    "loan.blacklist_imported": QT_TRANSLATE_NOOP("AuditWords", "Blacklist entries imported"),
    "loan.submitted": QT_TRANSLATE_NOOP("AuditWords", "Application submitted"),
    "loan.document_attached": QT_TRANSLATE_NOOP("AuditWords", "Document attached"),
    "loan.reassessed": QT_TRANSLATE_NOOP("AuditWords", "Risk reassessed"),
    "loan.rule_overridden": QT_TRANSLATE_NOOP("AuditWords", "Risk rule overridden"),
    "loan.assigned": QT_TRANSLATE_NOOP("AuditWords", "Assigned"),
    "loan.approve_first": QT_TRANSLATE_NOOP("AuditWords", "First review approved"),
    "loan.approve_second": QT_TRANSLATE_NOOP("AuditWords", "Second review approved"),
    "loan.reject": QT_TRANSLATE_NOOP("AuditWords", "Rejected"),
    "loan.return": QT_TRANSLATE_NOOP("AuditWords", "Returned for more information"),
    "loan.resubmit": QT_TRANSLATE_NOOP("AuditWords", "Resubmitted"),
    "loan.withdraw": QT_TRANSLATE_NOOP("AuditWords", "Withdrawn by the borrower"),
    "loan.list": QT_TRANSLATE_NOOP("AuditWords", "Listed for funding"),
    "loan.expire": QT_TRANSLATE_NOOP("AuditWords", "Funding window ended"),
    "loan.invested": QT_TRANSLATE_NOOP("AuditWords", "Invested"),
    "loan.disburse": QT_TRANSLATE_NOOP("AuditWords", "Disbursed"),
    "loan.repaid": QT_TRANSLATE_NOOP("AuditWords", "Repaid"),
    "loan.compensate": QT_TRANSLATE_NOOP("AuditWords", "Compensated by the platform"),
    "loan.write_off": QT_TRANSLATE_NOOP("AuditWords", "Written off"),
    "loan.overdue_detected": QT_TRANSLATE_NOOP("AuditWords", "Overdue loans detected"),
    "loan.collector_assigned": QT_TRANSLATE_NOOP("AuditWords", "Collector assigned"),
    "loan.collection_contact": QT_TRANSLATE_NOOP("AuditWords", "Collection contact recorded"),
    "loan.collection_phone_revealed": QT_TRANSLATE_NOOP("AuditWords", "Borrower's phone shown for collection"),
    "loan.compensation_proposed": QT_TRANSLATE_NOOP("AuditWords", "Compensation proposed"),
    "loan.compensation_approved": QT_TRANSLATE_NOOP("AuditWords", "Compensation approved"),
    "loan.compensation_rejected": QT_TRANSLATE_NOOP("AuditWords", "Compensation rejected"),
    "loan.write_off_proposed": QT_TRANSLATE_NOOP("AuditWords", "Write-off proposed"),
    "loan.write_off_approved": QT_TRANSLATE_NOOP("AuditWords", "Write-off approved"),
    "loan.write_off_rejected": QT_TRANSLATE_NOOP("AuditWords", "Write-off rejected"),
    "loan.recovered": QT_TRANSLATE_NOOP("AuditWords", "Recovered to the risk reserve"),
    "loan.batch_reject": QT_TRANSLATE_NOOP("AuditWords", "Batch rejection"),
    "loan.batch_return": QT_TRANSLATE_NOOP("AuditWords", "Batch return"),
    "loan.demo_seeded": QT_TRANSLATE_NOOP("AuditWords", "Demo applications created"),
    "pii.revealed": QT_TRANSLATE_NOOP("AuditWords", "Personal data revealed"),
    "withdrawal.requested": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal requested"),
    "withdrawal.request_replayed": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal request repeated"),
    "withdrawal.auto_approved": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal approved automatically"),
    "withdrawal.first_approved": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal first approval"),
    "withdrawal.approved": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal approved"),
    "withdrawal.rejected": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal rejected"),
    "withdrawal.batch_approve": QT_TRANSLATE_NOOP("AuditWords", "Batch withdrawal approval"),
    "withdrawal.batch_reject": QT_TRANSLATE_NOOP("AuditWords", "Batch withdrawal rejection"),
    "withdrawal.staff_linked": QT_TRANSLATE_NOOP("AuditWords", "Staff member linked to a customer"),
    "withdrawal.staff_unlinked": QT_TRANSLATE_NOOP("AuditWords", "Staff link removed"),
    "ledger.recharge": QT_TRANSLATE_NOOP("AuditWords", "Ledger: recharge"),
    "ledger.withdrawal": QT_TRANSLATE_NOOP("AuditWords", "Ledger: withdrawal"),
    "ledger.investment": QT_TRANSLATE_NOOP("AuditWords", "Ledger: investment"),
    "ledger.disbursement": QT_TRANSLATE_NOOP("AuditWords", "Ledger: disbursement"),
    "ledger.release": QT_TRANSLATE_NOOP("AuditWords", "Ledger: release of funds"),
    "ledger.repayment": QT_TRANSLATE_NOOP("AuditWords", "Ledger: repayment"),
    "ledger.penalty": QT_TRANSLATE_NOOP("AuditWords", "Ledger: penalty interest"),
    "ledger.compensation": QT_TRANSLATE_NOOP("AuditWords", "Ledger: compensation"),
    "ledger.reversal": QT_TRANSLATE_NOOP("AuditWords", "Ledger: reversal"),
    "ledger.batch_refused": QT_TRANSLATE_NOOP("AuditWords", "Ledger: batch refused"),
    "golive.imported": QT_TRANSLATE_NOOP("AuditWords", "Go-live data imported"),
    "golive.import_refused": QT_TRANSLATE_NOOP("AuditWords", "Go-live import refused"),
    "golive.exported": QT_TRANSLATE_NOOP("AuditWords", "Go-live data exported"),
    "recon.day_run": QT_TRANSLATE_NOOP("AuditWords", "Reconciliation run"),
    "recon.day_closed": QT_TRANSLATE_NOOP("AuditWords", "Reconciliation day closed"),
    "recon.matched_by_hand": QT_TRANSLATE_NOOP("AuditWords", "Matched by hand"),
    "recon.marked_timing": QT_TRANSLATE_NOOP("AuditWords", "Marked as a timing difference"),
    "recon.profile_saved": QT_TRANSLATE_NOOP("AuditWords", "Statement format saved"),
    "recon.statement_imported": QT_TRANSLATE_NOOP("AuditWords", "Statement imported"),
    "recon.statement_refused": QT_TRANSLATE_NOOP("AuditWords", "Statement refused"),
    "recon.statement_withdrawn": QT_TRANSLATE_NOOP("AuditWords", "Statement withdrawn"),
    "recon.statement_withdrawal_repeated": QT_TRANSLATE_NOOP("AuditWords", "Statement withdrawal repeated"),
    "recon.adjustment_proposed": QT_TRANSLATE_NOOP("AuditWords", "Adjustment proposed"),
    "recon.adjustment_approved": QT_TRANSLATE_NOOP("AuditWords", "Adjustment approved"),
    "recon.adjustment_rejected": QT_TRANSLATE_NOOP("AuditWords", "Adjustment rejected"),
    "report.generate": QT_TRANSLATE_NOOP("AuditWords", "Report generated"),
    "report.print": QT_TRANSLATE_NOOP("AuditWords", "Report printed"),
    "report.save": QT_TRANSLATE_NOOP("AuditWords", "Report saved"),
    "scheduler.job_run": QT_TRANSLATE_NOOP("AuditWords", "Scheduled job ran"),
    "scheduler.job_failed": QT_TRANSLATE_NOOP("AuditWords", "Scheduled job failed"),
    "customer.note_added": QT_TRANSLATE_NOOP("AuditWords", "Service note added"),
    "customer.locked": QT_TRANSLATE_NOOP("AuditWords", "Customer sign-in locked"),
    "customer.unlocked": QT_TRANSLATE_NOOP("AuditWords", "Customer sign-in unlocked"),
    "customer.related_party_marked": QT_TRANSLATE_NOOP("AuditWords", "Customer marked as a related party"),
    "customer.related_party_cleared": QT_TRANSLATE_NOOP("AuditWords", "Customer's related-party mark ended"),
    "customer.password_reset_started": QT_TRANSLATE_NOOP("AuditWords", "Customer password reset started (code sent)"),
    "customer.password_reset_done": QT_TRANSLATE_NOOP("AuditWords", "Customer password reset with the code"),
    "customer.reset_code_failed": QT_TRANSLATE_NOOP("AuditWords", "Wrong password reset code"),
    "customer.phone_change_requested": QT_TRANSLATE_NOOP("AuditWords", "Phone change requested"),
    "customer.phone_change_approved": QT_TRANSLATE_NOOP("AuditWords", "Phone change approved"),
    "customer.phone_change_rejected": QT_TRANSLATE_NOOP("AuditWords", "Phone change rejected"),
    "customer.signed_in": QT_TRANSLATE_NOOP("AuditWords", "Customer signed in"),
    "customer.sign_in_failed": QT_TRANSLATE_NOOP("AuditWords", "Customer sign-in failed"),
    "customer.signed_out": QT_TRANSLATE_NOOP("AuditWords", "Customer signed out"),
    "customer.withdrawal_password_set": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal password set"),
    "customer.withdrawal_password_failed": QT_TRANSLATE_NOOP("AuditWords", "Wrong withdrawal password"),
    "customer.withdrawals_locked": QT_TRANSLATE_NOOP("AuditWords", "Withdrawals stopped for 24 hours"),
    "refused.separation_of_duties": QT_TRANSLATE_NOOP("AuditWords", "Refused: separation of duties"),
    "alert.opened": QT_TRANSLATE_NOOP("AuditWords", "Alert raised"),
    "alert.acknowledged": QT_TRANSLATE_NOOP("AuditWords", "Alert acknowledged"),
    "alert.resolved": QT_TRANSLATE_NOOP("AuditWords", "Alert resolved"),
    "alert.escalated": QT_TRANSLATE_NOOP("AuditWords", "Alert escalated"),
    "alert.outage_reported": QT_TRANSLATE_NOOP("AuditWords", "Outage reported by an outside probe"),
    "alert.outage_report_repeated": QT_TRANSLATE_NOOP("AuditWords", "Outage report repeated by an outside probe"),
    "monitoring.rule_changed": QT_TRANSLATE_NOOP("AuditWords", "Monitoring rule changed"),
    "monitoring.escalation_changed": QT_TRANSLATE_NOOP("AuditWords", "Alert escalation time changed"),
    "monitoring.channel_changed": QT_TRANSLATE_NOOP("AuditWords", "Alert channel changed"),
    "monitoring.channel_updated": QT_TRANSLATE_NOOP("AuditWords", "Alert channel changed"),
    "monitoring.channel_tested": QT_TRANSLATE_NOOP("AuditWords", "Alert channel tested"),
    "monitoring.recipients_changed": QT_TRANSLATE_NOOP("AuditWords", "Alert recipients changed"),
    "monitoring.recipients_updated": QT_TRANSLATE_NOOP("AuditWords", "Alert recipients changed"),
    "monitoring.withdrawals_paused": QT_TRANSLATE_NOOP("AuditWords", "Withdrawals paused by monitoring"),
    "monitoring.withdrawals_pause_lifted": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal pause lifted"),
    "monitoring.paused": QT_TRANSLATE_NOOP("AuditWords", "Paused by monitoring"),
    "monitoring.pause_lifted": QT_TRANSLATE_NOOP("AuditWords", "Monitoring pause lifted"),
    "monitoring.callback": QT_TRANSLATE_NOOP("AuditWords", "Protective action by monitoring"),
    "staff.recovery_started": QT_TRANSLATE_NOOP("AuditWords", "Password recovery started"),
    "staff.recovery_failed": QT_TRANSLATE_NOOP("AuditWords", "Password recovery failed"),
    "staff.password_recovered": QT_TRANSLATE_NOOP("AuditWords", "Password recovered by a code sent to the staff member"),
}

AREAS = {
    "auth.": QT_TRANSLATE_NOOP("AuditWords", "Sign-in and sessions"),
    "staff.": QT_TRANSLATE_NOOP("AuditWords", "Staff and roles"),
    "loan.": QT_TRANSLATE_NOOP("AuditWords", "Loans"),
    "pii.": QT_TRANSLATE_NOOP("AuditWords", "Personal data"),
    "withdrawal.": QT_TRANSLATE_NOOP("AuditWords", "Withdrawals"),
    "ledger.": QT_TRANSLATE_NOOP("AuditWords", "Ledger"),
    "golive.": QT_TRANSLATE_NOOP("AuditWords", "Go-live data"),
    "recon.": QT_TRANSLATE_NOOP("AuditWords", "Reconciliation"),
    "report.": QT_TRANSLATE_NOOP("AuditWords", "Reports"),
    "scheduler.": QT_TRANSLATE_NOOP("AuditWords", "Scheduled jobs"),
    "customer.": QT_TRANSLATE_NOOP("AuditWords", "Customers"),
    "refused.": QT_TRANSLATE_NOOP("AuditWords", "Refused decisions"),
    "alert.": QT_TRANSLATE_NOOP("AuditWords", "Alerts"),
    "monitoring.": QT_TRANSLATE_NOOP("AuditWords", "Monitoring"),
}

OBJECT_TYPES = {
    "user": QT_TRANSLATE_NOOP("AuditWords", "Staff member"),
    "session": QT_TRANSLATE_NOOP("AuditWords", "Session"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "Role"),
    "borrower": QT_TRANSLATE_NOOP("AuditWords", "Borrower"),
    "customer": QT_TRANSLATE_NOOP("AuditWords", "Customer"),
    "loan_application": QT_TRANSLATE_NOOP("AuditWords", "Loan application"),
    "loan_document": QT_TRANSLATE_NOOP("AuditWords", "Loan document"),
    "blacklist_entry": QT_TRANSLATE_NOOP("AuditWords", "Blacklist entry"),
    "blacklist_import": QT_TRANSLATE_NOOP("AuditWords", "Blacklist import"),
    "loans": QT_TRANSLATE_NOOP("AuditWords", "Loans"),
    "withdrawal": QT_TRANSLATE_NOOP("AuditWords", "Withdrawal"),
    "withdrawal_staff_link": QT_TRANSLATE_NOOP("AuditWords", "Staff link"),
    "ledger_operation": QT_TRANSLATE_NOOP("AuditWords", "Ledger operation"),
    "ledger_batch": QT_TRANSLATE_NOOP("AuditWords", "Batch of movements"),
    "golive_import": QT_TRANSLATE_NOOP("AuditWords", "Go-live import"),
    "golive_export": QT_TRANSLATE_NOOP("AuditWords", "Go-live export"),
    "recon_day": QT_TRANSLATE_NOOP("AuditWords", "Reconciliation day"),
    "recon_statement": QT_TRANSLATE_NOOP("AuditWords", "Bank statement"),
    "recon_profile": QT_TRANSLATE_NOOP("AuditWords", "Statement format"),
    "recon_proposal": QT_TRANSLATE_NOOP("AuditWords", "Adjustment proposal"),
    "report": QT_TRANSLATE_NOOP("AuditWords", "Report"),
    "scheduler_job": QT_TRANSLATE_NOOP("AuditWords", "Scheduled job"),
    "request": QT_TRANSLATE_NOOP("AuditWords", "Request"),
    "alert": QT_TRANSLATE_NOOP("AuditWords", "Alert"),
    "monitoring_rule": QT_TRANSLATE_NOOP("AuditWords", "Monitoring rule"),
    "monitoring_setting": QT_TRANSLATE_NOOP("AuditWords", "Monitoring setting"),
    "monitoring_pause": QT_TRANSLATE_NOOP("AuditWords", "Monitoring pause"),
}

# Who acts when no staff member does, and where from when it is not a network address.
ACTORS = {
    "system": QT_TRANSLATE_NOOP("AuditWords", "System"),
    "customer": QT_TRANSLATE_NOOP("AuditWords", "Customer"),
}
CLIENTS = {
    "cli": QT_TRANSLATE_NOOP("AuditWords", "Command line"),
    "scheduler": QT_TRANSLATE_NOOP("AuditWords", "Scheduler"),
}
BATCH = QT_TRANSLATE_NOOP("AuditWords", "batch")

# The fields records most often carry in their before and after; others show as the server wrote them.
FIELDS = {
    "state": QT_TRANSLATE_NOOP("AuditWords", "State"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "Reason"),
    "comment": QT_TRANSLATE_NOOP("AuditWords", "Comment"),
    "username": QT_TRANSLATE_NOOP("AuditWords", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditWords", "Name"),
    "roles": QT_TRANSLATE_NOOP("AuditWords", "Roles"),
    "permissions": QT_TRANSLATE_NOOP("AuditWords", "Permissions"),
    "failures": QT_TRANSLATE_NOOP("AuditWords", "Failed attempts"),
    "sessions_ended": QT_TRANSLATE_NOOP("AuditWords", "Sessions ended"),
    "amount_fen": QT_TRANSLATE_NOOP("AuditWords", "Amount (fen)"),
    "assigned_to_id": QT_TRANSLATE_NOOP("AuditWords", "Assigned to"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "Status"),
    "parameters": QT_TRANSLATE_NOOP("AuditWords", "Parameters"),
    "language": QT_TRANSLATE_NOOP("AuditWords", "Language"),
    "note": QT_TRANSLATE_NOOP("AuditWords", "Note"),
    "rule": QT_TRANSLATE_NOOP("AuditWords", "Rule"),
    "enabled": QT_TRANSLATE_NOOP("AuditWords", "Switched on"),
    "severity": QT_TRANSLATE_NOOP("AuditWords", "Severity"),
    "area": QT_TRANSLATE_NOOP("AuditWords", "Area"),
    "fold_key": QT_TRANSLATE_NOOP("AuditWords", "Subject"),
    "alert_id": QT_TRANSLATE_NOOP("AuditWords", "Alert"),
    "since": QT_TRANSLATE_NOOP("AuditWords", "Since"),
    "related_party": QT_TRANSLATE_NOOP("AuditWords", "Related party of the platform"),
    "lifted_by": QT_TRANSLATE_NOOP("AuditWords", "Lifted by"),
    "minutes": QT_TRANSLATE_NOOP("AuditWords", "Minutes"),
    "ok": QT_TRANSLATE_NOOP("AuditWords", "Succeeded"),
    "to": QT_TRANSLATE_NOOP("AuditWords", "To"),
    "params": QT_TRANSLATE_NOOP("AuditWords", "Details"),
    "site": QT_TRANSLATE_NOOP("AuditWords", "Monitoring point"),
    "from": QT_TRANSLATE_NOOP("AuditWords", "From"),
    "count": QT_TRANSLATE_NOOP("AuditWords", "Count"),
    # A scheduled job's run (server/scheduler/runner.py).
    "job": QT_TRANSLATE_NOOP("AuditWords", "Job"),
    "slot": QT_TRANSLATE_NOOP("AuditWords", "Run slot"),
    "business_day": QT_TRANSLATE_NOOP("AuditWords", "Business day"),
    "as_of": QT_TRANSLATE_NOOP("AuditWords", "As of"),
    "counts": QT_TRANSLATE_NOOP("AuditWords", "Results"),
    "attempt": QT_TRANSLATE_NOOP("AuditWords", "Attempt"),
    "error": QT_TRANSLATE_NOOP("AuditWords", "Error"),
    # Report prints (their parameters), withdrawals, statements and adjustments.
    "day": QT_TRANSLATE_NOOP("AuditWords", "Day"),
    "month": QT_TRANSLATE_NOOP("AuditWords", "Month"),
    "period": QT_TRANSLATE_NOOP("AuditWords", "Period"),
    "decision": QT_TRANSLATE_NOOP("AuditWords", "Decision"),
    "application": QT_TRANSLATE_NOOP("AuditWords", "Application"),
    "loan": QT_TRANSLATE_NOOP("AuditWords", "Loan"),
    "demo": QT_TRANSLATE_NOOP("AuditWords", "Demo data"),
    "flags": QT_TRANSLATE_NOOP("AuditWords", "Flags"),
    "direction": QT_TRANSLATE_NOOP("AuditWords", "Direction"),
    "side": QT_TRANSLATE_NOOP("AuditWords", "Side"),
    "items": QT_TRANSLATE_NOOP("AuditWords", "Items"),
    "profile": QT_TRANSLATE_NOOP("AuditWords", "Bank layout"),
    "encoding": QT_TRANSLATE_NOOP("AuditWords", "Encoding"),
    "bank_card": QT_TRANSLATE_NOOP("AuditWords", "Bank card"),
    "customer_ref": QT_TRANSLATE_NOOP("AuditWords", "Customer"),
    "filename": QT_TRANSLATE_NOOP("AuditWords", "File"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "Kind"),
}

# Values the records carry as codes (states, flags, choices), in words; any other value shows as written, since
# most are names, numbers and amounts. Keyed by the value alone: the codes below mean one thing wherever they are.
VALUES = {
    "all": QT_TRANSLATE_NOOP("AuditWords", "All"),
    "pending_review": QT_TRANSLATE_NOOP("AuditWords", "Pending review"),
    "pending_second_approval": QT_TRANSLATE_NOOP("AuditWords", "Awaiting second approval"),
    "paid": QT_TRANSLATE_NOOP("AuditWords", "Paid"),
    "rejected": QT_TRANSLATE_NOOP("AuditWords", "Rejected"),
    "approved": QT_TRANSLATE_NOOP("AuditWords", "Approved"),
    "submitted": QT_TRANSLATE_NOOP("AuditWords", "Submitted"),
    "returned": QT_TRANSLATE_NOOP("AuditWords", "Returned"),
    "second_review": QT_TRANSLATE_NOOP("AuditWords", "Second review"),
    "large": QT_TRANSLATE_NOOP("AuditWords", "Large amount"),
    "new_bank_card": QT_TRANSLATE_NOOP("AuditWords", "New bank card"),
    "soon_after_recharge": QT_TRANSLATE_NOOP("AuditWords", "Soon after a recharge"),
    "many_today": QT_TRANSLATE_NOOP("AuditWords", "Many today"),
    "in": QT_TRANSLATE_NOOP("AuditWords", "Money in"),
    "out": QT_TRANSLATE_NOOP("AuditWords", "Money out"),
    "bank": QT_TRANSLATE_NOOP("AuditWords", "Bank statement"),
    "ledger": QT_TRANSLATE_NOOP("AuditWords", "Platform books"),
    "generic": QT_TRANSLATE_NOOP("AuditWords", "Generic layout"),
    "zh_CN": QT_TRANSLATE_NOOP("AuditWords", "Simplified Chinese"),
    "en": QT_TRANSLATE_NOOP("AuditWords", "English"),
    "risk_officer": QT_TRANSLATE_NOOP("AuditWords", "Risk officer"),
    "senior_risk_officer": QT_TRANSLATE_NOOP("AuditWords", "Senior risk officer"),
    "finance_clerk": QT_TRANSLATE_NOOP("AuditWords", "Finance clerk"),
    "finance_manager": QT_TRANSLATE_NOOP("AuditWords", "Finance manager"),
    "admin": QT_TRANSLATE_NOOP("AuditWords", "Administrator"),
    "auditor": QT_TRANSLATE_NOOP("AuditWords", "Auditor"),
    "customer_service": QT_TRANSLATE_NOOP("AuditWords", "Customer service"),
    "outside_probe": QT_TRANSLATE_NOOP("AuditWords", "Outside probe"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def action_text(code: str) -> str:
    return _tr(ACTIONS[code]) if code in ACTIONS else code


def area_text(prefix: str) -> str:
    return _tr(AREAS[prefix]) if prefix in AREAS else prefix


def object_type_text(kind: str) -> str:
    return _tr(OBJECT_TYPES[kind]) if kind in OBJECT_TYPES else kind


def value_text(value: str) -> str:
    return _tr(VALUES[value]) if value in VALUES else value


def field_text(key: str) -> str:
    return _tr(FIELDS[key]) if key in FIELDS else key


def object_name(record) -> str:
    """What the object is called: the server's label (a name, a file name), a report's title, or its number."""
    if record.object_label:
        return record.object_label
    if record.object_id == "batch":
        return _tr(BATCH)
    if record.object_type == "report":
        from app.services.reports.catalog import BY_NAME

        spec = BY_NAME.get(record.object_id)
        return spec.title() if spec else record.object_id
    return record.object_id


def object_text(record) -> str:
    """借款申请 LN20261124000001, 员工 王芳."""
    return f"{object_type_text(record.object_type)} {object_name(record)}".strip()


def actor_text(record) -> str:
    """The staff member's name, 系统 / the system, 客户 / the customer, or the user name someone typed."""
    if record.actor_label:
        return record.actor_label
    if record.actor_name in ACTORS:
        return _tr(ACTORS[record.actor_name])
    return record.actor_name


def client_text(address: str) -> str:
    return _tr(CLIENTS[address]) if address in CLIENTS else address
