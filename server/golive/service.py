"""The dry run and the apply of a go-live import file.

Both read the whole workbook and check every sheet against the others and against the platform, gathering
every problem (nothing stops at the first). The dry run answers the problems and the totals it would import;
the apply does the same inside one write transaction and, only when there is no problem at all, inserts
everything and records the file's sha256 and an audit record with the totals, or nothing."""

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from server.audit.service import Auditor
from server.errors import Refused
from server.golive import balances, blacklist, customers, loans, runs, staff
from server.golive.balances import BalancesPlan
from server.golive.blacklist import BlacklistPlan
from server.golive.customers import CustomersPlan
from server.golive.loans import LoansPlan
from server.golive.staff import StaffPlan
from server.golive.problems import ImportRefused, Problems
from server.golive.workbook import read_file
from server.collector import collector_paused

MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass
class Checked:
    problems: Problems
    customer_plan: CustomersPlan = field(default_factory=CustomersPlan)
    staff_plan: StaffPlan = field(default_factory=StaffPlan)
    balances_plan: BalancesPlan = field(default_factory=BalancesPlan)
    loans_plan: LoansPlan = field(default_factory=LoansPlan)
    blacklist_plan: BlacklistPlan = field(default_factory=BlacklistPlan)

    @property
    def totals(self) -> dict:
        return (self.customer_plan.totals | self.staff_plan.totals | self.balances_plan.totals | self.loans_plan.totals
                | self.blacklist_plan.totals)

    def answer(self, language: str, dry_run: bool, sha256: str) -> dict:
        return {"dry_run": dry_run, "imported": not dry_run and not self.problems, "sha256": sha256,
                "totals": self.totals, "problem_count": len(self.problems),
                "problems": self.problems.listed(language)}


def check(db: Session, data: bytes) -> Checked:
    # Millions of rows as dicts and tuples, none in a reference cycle: the cyclic collector, counting them, would
    # walk them all again and again (a third of the time at 100,000 installments); reference counting goes on.
    with collector_paused():
        return _check(db, data)


def _check(db: Session, data: bytes) -> Checked:
    problems = Problems()
    sheets = {rows.sheet.key: rows for rows in read_file(data, problems)}
    checked = Checked(problems)
    if sheets:
        checked.customer_plan = customers.check(db, sheets, problems)
        checked.staff_plan = staff.check(db, sheets, problems)
        checked.balances_plan = balances.check(db, sheets, {c["number"] for c in checked.customer_plan.customers},
                                               problems)
        checked.loans_plan = loans.check(db, sheets, {c["number"]: c["side"] for c in checked.customer_plan.customers},
                                         problems)
        checked.blacklist_plan = blacklist.check(db, sheets, problems)
    return checked


def apply(db: Session, audit: Auditor, imported_by: str, data: bytes, filename: str, sha256: str,
          language: str) -> dict:
    runs.refuse_if_imported(db, sha256)
    with collector_paused():
        return _apply(db, audit, imported_by, data, filename, sha256, language)


def _apply(db: Session, audit: Auditor, imported_by: str, data: bytes, filename: str, sha256: str,
           language: str) -> dict:
    checked = _check(db, data)
    if checked.problems:
        audit.record("golive.import_refused", "golive_import", sha256[:16],
                     after={"filename": filename, "problem_count": len(checked.problems)})
        raise Refused(ImportRefused(checked.problems).speak(language))
    customers.apply(db, checked.customer_plan)
    staff.apply(db, checked.staff_plan)
    if checked.balances_plan.opening:
        balances.apply(db, checked.balances_plan, sha256)
    loans.apply(db, checked.loans_plan, imported_by)
    blacklist.apply(db, checked.blacklist_plan, imported_by)
    run = runs.GoliveImportRun(sha256=sha256, filename=filename, totals=checked.totals, imported_by=imported_by)
    db.add(run)
    db.flush()
    audit.record("golive.imported", "golive_import", run.id,
                 after={"filename": filename, "sha256": sha256, "totals": checked.totals})
    return checked.answer(language, False, sha256)
