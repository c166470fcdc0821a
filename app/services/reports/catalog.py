"""The reports staff can print (reports.md), their parameters and who may print them.

Parameter values are strings, as the Reports screen and the command line hold them:
    date         "YYYY-MM-DD" (a business day in Asia/Shanghai)
    month        "YYYY-MM"
    period       "YYYY-MM-DD/YYYY-MM-DD" (first and last day, both included, Asia/Shanghai)
    application  an application's id (digits) or its number (LA...)
    loan         the same, for a disbursed loan
    choice       one of the param's `choices` keys
    text         free text
A report is available to a user who holds report.print and the report's area permission (or one of its
`alternatives`); the server checks the same when the print is recorded.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.models.records import Me
from app.services.reports.labels import ui_text

PRINT_PERMISSION = "report.print"


@dataclass(frozen=True)
class ReportParam:
    name: str
    kind: str  # "date" | "month" | "period" | "application" | "loan" | "choice" | "text"
    label: Callable[[], str]
    required: bool = True
    choices: tuple[tuple[str, Callable[[], str]], ...] = ()


@dataclass(frozen=True)
class ReportSpec:
    name: str
    title: Callable[[], str]
    permission: str
    params: tuple[ReportParam, ...]
    confidential: bool
    alternatives: tuple[str, ...] = ()  # other area permissions that also open the report

    def allowed(self, me: Me) -> bool:
        return PRINT_PERMISSION in me.permissions and me.can(self.permission, *self.alternatives)


def _ui(key: str) -> Callable[[], str]:
    return lambda: ui_text(key)


CATALOG: tuple[ReportSpec, ...] = (
    ReportSpec("loan_approval_form", _ui(QT_TRANSLATE_NOOP("Reports", "Loan approval form")), "loan.read",
               (ReportParam("application", "application", _ui(QT_TRANSLATE_NOOP("Reports", "Application"))),),
               confidential=True),
    ReportSpec("repayment_schedule", _ui(QT_TRANSLATE_NOOP("Reports", "Repayment schedule")), "loan.read",
               (ReportParam("loan", "loan", _ui(QT_TRANSLATE_NOOP("Reports", "Loan"))),),
               confidential=True),
    ReportSpec("daily_reconciliation", _ui(QT_TRANSLATE_NOOP("Reports", "Daily reconciliation report")), "recon.read",
               (ReportParam("day", "date", _ui(QT_TRANSLATE_NOOP("Reports", "Business day"))),),
               confidential=True),
    ReportSpec("withdrawal_review_list", _ui(QT_TRANSLATE_NOOP("Reports", "Withdrawal review list")), "funds.read",
               (ReportParam("day", "date", _ui(QT_TRANSLATE_NOOP("Reports", "Business day"))),
                ReportParam("decision", "choice", _ui(QT_TRANSLATE_NOOP("Reports", "Decision")), required=False,
                            choices=(("all", _ui(QT_TRANSLATE_NOOP("Reports", "All decisions"))),
                                     ("paid", _ui(QT_TRANSLATE_NOOP("Reports", "Approved and paid"))),
                                     ("rejected", _ui(QT_TRANSLATE_NOOP("Reports", "Rejected")))))),
               confidential=True),
    ReportSpec("monthly_operations", _ui(QT_TRANSLATE_NOOP("Reports", "Monthly operations report")), "funds.read",
               (ReportParam("month", "month", _ui(QT_TRANSLATE_NOOP("Reports", "Month"))),),
               confidential=True),
    ReportSpec("staff_permissions", _ui(QT_TRANSLATE_NOOP("Reports", "Staff permission report")), "audit.read",
               (ReportParam("state", "choice", _ui(QT_TRANSLATE_NOOP("Reports", "Staff state")), required=False,
                            choices=(("all", _ui(QT_TRANSLATE_NOOP("Reports", "All accounts"))),
                                     ("active", _ui(QT_TRANSLATE_NOOP("Reports", "Active accounts"))))),),
               confidential=True, alternatives=("admin.users",)),
    ReportSpec("audit_extract", _ui(QT_TRANSLATE_NOOP("Reports", "Audit log extract")), "audit.read",
               (ReportParam("period", "period", _ui(QT_TRANSLATE_NOOP("Reports", "Period"))),
                ReportParam("actor", "text", _ui(QT_TRANSLATE_NOOP("Reports", "User")), required=False),
                ReportParam("action", "text", _ui(QT_TRANSLATE_NOOP("Reports", "Action")), required=False),
                ReportParam("object_type", "text", _ui(QT_TRANSLATE_NOOP("Reports", "Object type")), required=False)),
               confidential=True),
)

BY_NAME: dict[str, ReportSpec] = {spec.name: spec for spec in CATALOG}


def available_reports(me: Me) -> list[ReportSpec]:
    """The reports `me` may print: report.print and the report's own area permission."""
    return [spec for spec in CATALOG if spec.allowed(me)]


def spec_of(name: str) -> ReportSpec:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"There is no report named {name!r}; the reports are {', '.join(BY_NAME)}.") from None
