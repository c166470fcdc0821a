"""The screens of the console: what each is called, who may open it, and how it is made.
The main window builds its navigation from this list and the signed-in user's permissions."""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.records import Me


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: Callable[[], str]
    icon: str
    allowed: Callable[[Me], bool]
    make: Callable[..., QWidget]  # make(session, runner, settings=AppSettings | None)


def _home(session, runner, settings=None):
    from app.views.home.home_screen import HomeScreen

    return HomeScreen(session, runner)


def _loans(session, runner, settings=None):
    from app.views.loans.loan_queue_screen import LoanQueueScreen

    return LoanQueueScreen(session, runner, settings=settings)


def _funds(session, runner, settings=None):
    from app.views.funds.funds_screen import FundsScreen

    return FundsScreen(session, runner)


def _reconciliation(session, runner, settings=None):
    from app.views.reconciliation.reconciliation_screen import ReconciliationScreen

    return ReconciliationScreen(session, runner)


def _audit(session, runner, settings=None):
    from app.views.audit.audit_log_screen import AuditLogScreen

    return AuditLogScreen(session, runner)


def _administration(session, runner, settings=None):
    from app.views.admin.administration_screen import AdministrationScreen

    return AdministrationScreen(session, runner)


def _reports(session, runner, settings=None):
    from app.views.reports.reports_screen import ReportsScreen

    return ReportsScreen(session, runner)


def _customers(session, runner, settings=None):
    from app.views.customers.customers_screen import CustomersScreen

    return CustomersScreen(session, runner)


def _after_loan(session, runner, settings=None):
    from app.views.afterloan.after_loan_screen import AfterLoanScreen

    return AfterLoanScreen(session, runner)


def _blacklist(session, runner, settings=None):
    from app.views.blacklist.blacklist_screen import BlacklistScreen

    return BlacklistScreen(session, runner)


def _alerts(session, runner, settings=None):
    from app.views.alerts.alerts_screen import AlertsScreen

    return AlertsScreen(session, runner)


def _unavailable(title: Callable[[], str]):
    def make(session, runner, settings=None):
        from app.views.shell.area_unavailable import AreaUnavailable

        return AreaUnavailable(title())

    return make


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("home", lambda: QCoreApplication.translate("Screens", "Home"), "house", lambda me: True, _home),
    ScreenSpec("loans", lambda: QCoreApplication.translate("Screens", "Loan review"), "file-check",
               lambda me: me.can("loan.read"), _loans),
    ScreenSpec("customers", lambda: QCoreApplication.translate("Screens", "Customers"), "users",
               lambda me: me.can("customer.read"), _customers),
    ScreenSpec("afterloan", lambda: QCoreApplication.translate("Screens", "After-loan"), "circle-alert",
               lambda me: me.can("loan.manage", "loan.collect", "loan.compensation.approve", "loan.write_off.approve"),
               _after_loan),
    ScreenSpec("blacklist", lambda: QCoreApplication.translate("Screens", "Blacklist"), "ban",
               lambda me: me.can("loan.blacklist", "loan.read", "customer.read"), _blacklist),
    ScreenSpec("funds", lambda: QCoreApplication.translate("Screens", "Funds"), "wallet", lambda me: me.can("funds.read"),
               _funds),
    ScreenSpec("recon", lambda: QCoreApplication.translate("Screens", "Reconciliation"), "scale", lambda me: me.can("recon.read"),
               _reconciliation),
    ScreenSpec("alerts", lambda: QCoreApplication.translate("Screens", "Alerts"), "shield-alert",
               lambda me: me.can("alert.read"), _alerts),
    ScreenSpec("reports", lambda: QCoreApplication.translate("Screens", "Reports"), "file-text", lambda me: me.can("report.print"),
               _reports),
    ScreenSpec("admin", lambda: QCoreApplication.translate("Screens", "Administration"), "settings",
               lambda me: me.can("admin.users", "admin.roles", "admin.sessions", "audit.read", "data.import"),
               _administration),
    ScreenSpec("audit", lambda: QCoreApplication.translate("Screens", "Audit log"), "shield-check", lambda me: me.can("audit.read"), _audit),
)


def screens_for(me: Me) -> list[ScreenSpec]:
    return [spec for spec in SCREENS if spec.allowed(me)]
