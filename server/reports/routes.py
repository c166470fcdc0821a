"""Report routes: the print record (report.print plus the report's area permission, audited) and the data
reports need that no other area serves."""

from typing import Literal

from fastapi import APIRouter, Depends, Query

from server.access import get_platform, requires, requires_any
from server.commands import Command, command
from server.db.base import utcnow
from server.platform import Platform
from server.reports import monthly, service
from server.reports.catalog import PRINT
from server.audit import checkpoints
from server.audit.schemas import checkpoint_out
from server.db.base import utcnow
from server.reports.schemas import (MonthlyOperations, PrintOut, PrintRequest, ReportCutOff, StaffPermissions,
                                    WithdrawalReviews)

router = APIRouter(prefix="/reports", tags=["reports"])


@router.post("/prints", response_model=PrintOut, status_code=201)
def record_print(body: PrintRequest, cmd: Command = Depends(command(PRINT))):
    service.check_may_print(cmd.principal, body.report)
    return cmd.run(lambda db, audit: service.record_print(audit, cmd.principal, body.report, body.parameters,
                                                          body.action, body.language), status_code=201)


@router.get("/cut-off", response_model=ReportCutOff, dependencies=[Depends(requires(PRINT))])
def cut_off(platform: Platform = Depends(get_platform)):
    """The moment a report's data is read, by the server's clock, and the audit chain's latest checkpoint: every
    report prints both on its last page. Open to every printer (the checkpoint is a record number and a hash,
    no content of the log)."""
    latest = checkpoints.latest(platform.settings.audit_checkpoints_file)
    return ReportCutOff(data_as_of=utcnow(), checkpoint=checkpoint_out(latest))


@router.get("/monthly-operations", response_model=MonthlyOperations,
            dependencies=[Depends(requires(PRINT)), Depends(requires("funds.read"))])
def monthly_operations(month: str = Query(min_length=7, max_length=7, pattern=r"^\d{4}-\d{2}$"),
                       platform: Platform = Depends(get_platform)):
    first = service.parse_month(month)
    monthly.check_not_future(first, utcnow())  # before the books are read
    with platform.db.read() as db:
        return monthly.monthly_operations(db, first)


@router.get("/withdrawal-reviews", response_model=WithdrawalReviews,
            dependencies=[Depends(requires(PRINT)), Depends(requires("funds.read"))])
def withdrawal_reviews(day: str = Query(min_length=10, max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$"),
                       decision: Literal["all", "paid", "rejected"] = "all",
                       platform: Platform = Depends(get_platform)):
    parsed = service.parse_day(day)
    with platform.db.read() as db:
        return service.withdrawal_reviews(db, parsed, decision)


@router.get("/staff-permissions", response_model=StaffPermissions,
            dependencies=[Depends(requires(PRINT)), Depends(requires_any("audit.read", "admin.users"))])
def staff_permissions(state: Literal["all", "active"] = "all", platform: Platform = Depends(get_platform)):
    with platform.db.read() as db:
        return service.staff_permissions(db, state)
