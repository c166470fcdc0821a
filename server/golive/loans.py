"""Loans in flight (借款), their schedules with what was paid by the go-live day (还款计划) and the investors'
holdings (出借人持有): every row checked against the others and the platform, then all inserted in bulk.

Checks: a loan number used twice or taken on the platform, a borrower neither in this file nor on the platform (or
not a borrower), an installment of no loan in the file, the same installment twice (paid twice), paid more than
it asks, an amount paid without its date (or a date without an amount), dates out of order (a due date not after
the payout, due dates that do not grow with the installment's number, a payment before the payout or after the
go-live day), installments not numbered 1, 2, 3 …, installments whose principals do not add up to the loan's
principal, a loan said settled with an installment not paid, an investor or a loan that is unknown, the same
investor twice in a loan, and a loan whose holdings do not add up to its principal.

Holdings are the principal each investor lent (the loan's original principal, not what is still outstanding):
that is what the platform keeps for a loan it paid out itself (`loan_investments`, posted at disbursement), what
the monthly report reads as the amount lent, and the shares every later repayment and compensation is split by.
So a loan's holdings must add up to its principal.

What goes in: the loan (its timeline starting with one 上线导入 event), its installments with their running
`paid_fen`, one receipt (loan_repayments) per installment paid or partly paid, dated the day it was paid, so that
the monthly report rebuilds any month end before the go-live day as it would had the platform run then; and the
holdings as posted investments.

What the ledger gets: nothing. In these books a loan is not an account: its payout moved the investors' money to
the borrower's available balance, each repayment moved the borrower's money to the investors', and all of that
happened before the go-live day; what it left is every customer's available balance on that day, which the opening
balances carry (and which must add up to the custodian's figure). Posting the payouts and repayments again would
count that money twice and part the books from the custodian's statement. Repayments after the go-live day go
through the ledger's own `repay`, split by these holdings (server/ledger/movements.py, `investor_shares`)."""

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from server import clock
from server.customers.models import Customer
from server.golive.bulk import insert_rows
from server.golive.columns import HOLDINGS, INSTALLMENTS, LOAN_STATE_WORDS, LOANS, METHOD_WORDS
from server.golive.problems import Problems
from server.golive.values import parse_row
from server.golive.workbook import SheetRows
from server.ledger.service import yuan
from server.loans.after.models import LoanProposal
from server.loans.models import Installment, Investment, LoanApplication, LoanEvent, Repayment
from server.messages import _
from server.wire import FIRST_BUSINESS_DATE, MAX_LOAN_FEN, MAX_TERM_MONTHS, MIN_TERM_MONTHS

CHUNK = 5_000        # numbers per IN (…) query: under SQLite's bound-parameter limit
IMPORTED = "golive_imported"  # the timeline event every imported loan starts with
_IMPORTED_REASON = "上线导入"  # the reason a compensation or write-off decided before the go-live day carries
_LOAN_NUMBER = re.compile(r"^[A-Za-z0-9._\-]{1,24}$")
_METHODS = METHOD_WORDS | {code: code for code in METHOD_WORDS.values()}
_STATES = LOAN_STATE_WORDS | {code: code for code in LOAN_STATE_WORDS.values()}


@dataclass
class LoanRow:
    row: int
    values: dict
    good: bool
    installments: list = field(default_factory=list)  # (row, values) of its good installment rows
    holdings: list = field(default_factory=list)      # (row, investor, principal)


@dataclass
class LoansPlan:
    loans: list[dict] = field(default_factory=list)         # loan_applications values, "_borrower" a customer number
    installments: list[dict] = field(default_factory=list)  # with "_loan" (the loan's number)
    holdings: list[dict] = field(default_factory=list)      # with "_loan"

    @property
    def totals(self) -> dict:
        if not (self.loans or self.holdings):
            return {}
        return {"loans": len(self.loans), "installments": len(self.installments),
                "receipts": sum(1 for i in self.installments if i["paid_fen"]), "holdings": len(self.holdings)}


def _found(db: Session, query, column, values: list) -> list:
    rows = []
    for i in range(0, len(values), CHUNK):
        rows.extend(db.execute(query.where(column.in_(values[i:i + CHUNK]))).all())
    return rows


def check(db: Session, sheets: dict[str, SheetRows], customers_in_file: dict[str, str], problems: Problems,
          today: date | None = None) -> LoansPlan:
    """`customers_in_file`: customer number -> side (investor, borrower) of the good rows of the customers sheets."""
    plan = LoansPlan()
    loan_rows, installment_rows, holding_rows = (sheets.get(s.key) for s in (LOANS, INSTALLMENTS, HOLDINGS))
    if not (loan_rows or installment_rows or holding_rows):
        return plan
    today = today or clock.today()
    loans = _check_loans(db, loan_rows, customers_in_file, problems, today)
    _check_installments(installment_rows, loans, problems, today)
    platform_loans = _check_holdings(db, holding_rows, loans, customers_in_file, problems)
    for number, loan in loans.items():
        _check_schedule(number, loan, problems)
        if loan.good:
            _check_held(number, loan.values["principal_fen"], loan.holdings, LOANS, loan.row, problems)
    for number, (_id, amount, holdings) in platform_loans.items():
        _check_held(number, amount, holdings, HOLDINGS, holdings[0][0] if holdings else 0, problems)
    if problems:
        return plan
    for number, loan in loans.items():
        _plan_loan(plan, number, loan, today)
    for number, (application_id, _amount, holdings) in platform_loans.items():
        plan.holdings.extend({"_loan": number, "application_id": application_id, "investor_ref": investor,
                              "amount_fen": principal} for _row, investor, principal in holdings)
    return plan


def _check_loans(db, rows: SheetRows | None, customers_in_file: dict[str, str], problems: Problems,
                 today: date) -> dict[str, LoanRow]:
    loans: dict[str, LoanRow] = {}
    parsed = []
    for number, texts in rows.rows if rows else ():
        values, good = parse_row(LOANS, number, texts, problems)
        loan_number = values["number"]
        if loan_number is not None and not _LOAN_NUMBER.match(loan_number):
            problems.add(LOANS, number, LOANS.column("number"), "loan_number_invalid",
                         _("A loan number is letters, digits, “.”, “_” and “-” only."))
            good = False
        if values["principal_fen"] is not None and not 1 <= values["principal_fen"] <= MAX_LOAN_FEN:
            problems.add(LOANS, number, LOANS.column("principal_fen"), "principal_invalid",
                         _("A loan's principal is above zero and at most {limit}."), limit=yuan(MAX_LOAN_FEN))
            good = False
        if values["term_months"] is not None and not MIN_TERM_MONTHS <= values["term_months"] <= MAX_TERM_MONTHS:
            problems.add(LOANS, number, LOANS.column("term_months"), "term_invalid",
                         _("A term is {low} to {high} months."), low=MIN_TERM_MONTHS, high=MAX_TERM_MONTHS)
            good = False
        disbursed = values["disbursed_on"]
        if disbursed is not None and not FIRST_BUSINESS_DATE <= disbursed <= today:
            problems.add(LOANS, number, LOANS.column("disbursed_on"), "disbursed_after_go_live",
                         _("A loan in flight was paid out by the go-live day ({today}), not on {day}."),
                         today=today.isoformat(), day=disbursed.isoformat())
            good = False
        if not _check_closing(number, values, problems, today):
            good = False
        if loan_number is None:
            continue
        if loan_number in loans:
            problems.add(LOANS, number, LOANS.column("number"), "loan_number_repeated",
                         _("The loan number {number} is in row {row} already."), number=loan_number,
                         row=loans[loan_number].row)
            continue
        loans[loan_number] = LoanRow(number, values, good)
        parsed.append(loan_number)
    taken = {n for (n,) in _found(db, select(LoanApplication.number), LoanApplication.number, parsed)}
    wanted = sorted({loan.values["borrower"] for loan in loans.values() if loan.values["borrower"]}
                    - set(customers_in_file))
    sides = dict(customers_in_file)
    sides.update(_found(db, select(Customer.number, Customer.side), Customer.number, wanted))
    for loan_number, loan in loans.items():
        if loan_number in taken:
            problems.add(LOANS, loan.row, LOANS.column("number"), "loan_number_taken",
                         _("The platform has a loan numbered {number} already."), number=loan_number)
            loan.good = False
        borrower = loan.values["borrower"]
        if borrower is None:
            continue
        if borrower not in sides:
            problems.add(LOANS, loan.row, LOANS.column("borrower"), "borrower_unknown",
                         _("There is no customer numbered {number} in this file or on the platform."), number=borrower)
            loan.good = False
        elif sides[borrower] != "borrower":
            problems.add(LOANS, loan.row, LOANS.column("borrower"), "borrower_not_borrower",
                         _("Customer {number} is an investor, not a borrower."), number=borrower)
            loan.good = False
    return loans


# The decisions that closed a loan before the go-live day: (state it led to, date column, amount column).
_CLOSINGS = (("compensated", "compensated_on", "compensation_fen"), ("written_off", "written_off_on", "write_off_fen"))


def _check_closing(row: int, values: dict, problems: Problems, today: date) -> bool:
    """A compensated loan has its compensation's day and amount, a written-off loan its write-off's (and the
    compensation's when there was one before), any other loan neither; each day within the loan's life."""
    state = _STATES.get(values["state"]) if values["state"] else None
    good = True
    for kind, day_key, amount_key in _CLOSINGS:
        day, amount = values[day_key], values[amount_key]
        if (day is None) != (amount is None):
            missing = amount_key if amount is None else day_key
            problems.add(LOANS, row, LOANS.column(missing), "closing_incomplete",
                         _("A compensation or write-off has both its day and its amount."))
            good = False
        wanted = state == kind or (kind == "compensated" and state == "written_off" and day is not None)
        if state is not None and not wanted and (day is not None or amount is not None):
            problems.add(LOANS, row, LOANS.column(day_key if day is not None else amount_key), "closing_not_in_state",
                         _("Only a loan said compensated or written off has a compensation or write-off."))
            good = False
        elif state == kind and day is None and amount is None:
            problems.add(LOANS, row, LOANS.column(day_key), "closing_missing",
                         _("A loan said compensated or written off needs the day and amount of that decision."))
            good = False
        if day is not None and (day > today or (values["disbursed_on"] is not None and day < values["disbursed_on"])):
            problems.add(LOANS, row, LOANS.column(day_key), "closing_day_invalid",
                         _("A compensation or write-off falls between the payout and the go-live day ({today}), "
                           "not on {day}."), today=today.isoformat(), day=day.isoformat())
            good = False
    if (values["compensated_on"] is not None and values["written_off_on"] is not None
            and values["written_off_on"] < values["compensated_on"]):
        problems.add(LOANS, row, LOANS.column("written_off_on"), "closing_day_invalid",
                     _("A loan is written off after its compensation ({before}), not on {day}."),
                     before=values["compensated_on"].isoformat(), day=values["written_off_on"].isoformat())
        good = False
    return good


def _check_installments(rows: SheetRows | None, loans: dict[str, LoanRow], problems: Problems, today: date) -> None:
    seen: dict[tuple[str, int], tuple[int, bool]] = {}
    for number, texts in rows.rows if rows else ():
        values, good = parse_row(INSTALLMENTS, number, texts, problems)
        loan_number, installment = values["loan_number"], values["number"]
        loan = loans.get(loan_number) if loan_number else None
        if loan_number and loan is None:
            problems.add(INSTALLMENTS, number, INSTALLMENTS.column("loan_number"), "loan_unknown",
                         _("There is no loan numbered {number} in the loans sheet."), number=loan_number)
            continue
        paid, paid_on = values["paid_fen"] or 0, values["paid_on"]
        if installment is not None and installment < 1:
            problems.add(INSTALLMENTS, number, INSTALLMENTS.column("number"), "integer_invalid",
                         _("“{value}” is not a whole number."), value=texts.get("number", ""))
            good = False
        if paid and paid_on is None:
            problems.add(INSTALLMENTS, number, INSTALLMENTS.column("paid_on"), "paid_date_missing",
                         _("An amount paid needs the date it was paid."))
            good = False
        if paid_on is not None and not paid and (values["paid_fen"] is not None or not texts.get("paid_fen")):
            problems.add(INSTALLMENTS, number, INSTALLMENTS.column("paid_fen"), "paid_amount_missing",
                         _("A date paid needs the amount paid."))
            good = False
        due = (values["principal_fen"] or 0) + (values["interest_fen"] or 0) + (values["penalty_fen"] or 0)
        if paid > due and None not in (values["principal_fen"], values["interest_fen"]):
            problems.add(INSTALLMENTS, number, INSTALLMENTS.column("paid_fen"), "paid_more_than_due",
                         _("Paid {paid}, more than the {due} this installment asks."), paid=yuan(paid), due=yuan(due))
            good = False
        disbursed = loan.values["disbursed_on"]
        if disbursed is not None:
            if values["due_date"] is not None and values["due_date"] <= disbursed:
                problems.add(INSTALLMENTS, number, INSTALLMENTS.column("due_date"), "due_before_disbursement",
                             _("Due on {day}, not after the loan was paid out on {disbursed}."),
                             day=values["due_date"].isoformat(), disbursed=disbursed.isoformat())
                good = False
            if paid_on is not None and paid_on < disbursed:
                problems.add(INSTALLMENTS, number, INSTALLMENTS.column("paid_on"), "paid_before_disbursement",
                             _("Paid on {day}, before the loan was paid out on {disbursed}."),
                             day=paid_on.isoformat(), disbursed=disbursed.isoformat())
                good = False
        if paid_on is not None and paid_on > today:
            problems.add(INSTALLMENTS, number, INSTALLMENTS.column("paid_on"), "paid_after_go_live",
                         _("Paid on {day}, after the go-live day ({today})."), day=paid_on.isoformat(),
                         today=today.isoformat())
            good = False
        if installment is not None:
            key = (loan_number, installment)
            if key in seen:
                earlier_row, earlier_paid = seen[key]
                if paid and earlier_paid:
                    problems.add(INSTALLMENTS, number, INSTALLMENTS.column("paid_fen"), "installment_paid_twice",
                                 _("Installment {installment} of loan {loan} is paid in row {row} already."),
                                 installment=installment, loan=loan_number, row=earlier_row)
                else:
                    problems.add(INSTALLMENTS, number, INSTALLMENTS.column("number"), "installment_repeated",
                                 _("Installment {installment} of loan {loan} is in row {row} already."),
                                 installment=installment, loan=loan_number, row=earlier_row)
                continue
            seen[key] = (number, bool(paid))
        if good:
            loan.installments.append((number, values))
        else:
            loan.good = False


def _check_schedule(number: str, loan: LoanRow, problems: Problems) -> None:
    """The loan's installments as a whole: numbered 1, 2, 3 …, due dates in order, principals adding up, a settled
    loan paid in full."""
    if not loan.good:
        return
    rows = sorted(loan.installments, key=lambda r: r[1]["number"])
    if not rows:
        problems.add(LOANS, loan.row, None, "schedule_missing",
                     _("Loan {loan} has no installments in the schedules sheet."), loan=number)
        loan.good = False
        return
    if [v["number"] for _r, v in rows] != list(range(1, len(rows) + 1)):
        problems.add(LOANS, loan.row, None, "installments_not_numbered",
                     _("The installments of loan {loan} are not numbered 1 to {count}."), loan=number, count=len(rows))
        loan.good = False
    for (_r, before), (row, after) in zip(rows, rows[1:]):
        if after["due_date"] <= before["due_date"]:
            problems.add(INSTALLMENTS, row, INSTALLMENTS.column("due_date"), "due_dates_out_of_order",
                         _("Installment {installment} is due on {day}, not after installment {before} ({before_day})."),
                         installment=after["number"], day=after["due_date"].isoformat(), before=before["number"],
                         before_day=before["due_date"].isoformat())
            loan.good = False
    principal = sum(v["principal_fen"] for _r, v in rows)
    if principal != loan.values["principal_fen"]:
        problems.add(LOANS, loan.row, LOANS.column("principal_fen"), "installments_do_not_add_up",
                     _("The installments' principals add up to {total}, the loan's principal is {principal}."),
                     total=yuan(principal), principal=yuan(loan.values["principal_fen"]))
        loan.good = False
    if _STATES[loan.values["state"]] == "settled":
        open_rows = [v["number"] for _r, v in rows if (v["paid_fen"] or 0) < _due(v)]
        if open_rows:
            problems.add(LOANS, loan.row, LOANS.column("state"), "settled_not_paid",
                         _("Loan {loan} is said settled, but installment {installment} is not paid in full."),
                         loan=number, installment=open_rows[0])
            loan.good = False
    due = sum(_due(v) for _r, v in rows)
    for _kind, _day_key, amount_key in _CLOSINGS:
        amount = loan.values[amount_key]
        if amount is not None and amount > due:
            problems.add(LOANS, loan.row, LOANS.column(amount_key), "closing_above_due",
                         _("Loan {loan}'s {amount} is more than its schedule asks in all ({due})."),
                         loan=number, amount=yuan(amount), due=yuan(due))
            loan.good = False
    loan.installments = rows


def _due(values: dict) -> int:
    return values["principal_fen"] + values["interest_fen"] + (values["penalty_fen"] or 0)


def _check_holdings(db: Session, rows: SheetRows | None, loans: dict[str, LoanRow], customers_in_file: dict[str, str],
                    problems: Problems) -> dict[str, tuple[int, int, list]]:
    """The holdings, each given to its loan; the loans on the platform they name: number -> (id, principal,
    holdings). A loan on the platform takes holdings only while it has none."""
    parsed = []
    for number, texts in rows.rows if rows else ():
        values, good = parse_row(HOLDINGS, number, texts, problems)
        if values["principal_fen"] == 0:
            problems.add(HOLDINGS, number, HOLDINGS.column("principal_fen"), "amount_zero",
                         _("The principal lent is above zero."))
            good = False
        if values["investor"] is not None and values["loan_number"] is not None:
            parsed.append((number, values, good))
    investors = sorted({v["investor"] for _n, v, _g in parsed} - set(customers_in_file))
    sides = dict(customers_in_file)
    sides.update(_found(db, select(Customer.number, Customer.side), Customer.number, investors))
    elsewhere = sorted({v["loan_number"] for _n, v, _g in parsed} - set(loans))
    platform_loans = {n: (i, amount, []) for n, i, amount in _found(
        db, select(LoanApplication.number, LoanApplication.id, LoanApplication.amount_fen), LoanApplication.number,
        elsewhere)}
    held = {n for (n,) in _found(db, select(LoanApplication.number).join(
        Investment, Investment.application_id == LoanApplication.id).distinct(), LoanApplication.number,
        sorted(platform_loans))}
    for number in held:
        del platform_loans[number]
    seen: dict[tuple[str, str], int] = {}
    for number, values, good in parsed:
        investor, loan_number = values["investor"], values["loan_number"]
        if investor not in sides:
            problems.add(HOLDINGS, number, HOLDINGS.column("investor"), "investor_unknown",
                         _("There is no customer numbered {number} in this file or on the platform."), number=investor)
            good = False
        elif sides[investor] != "investor":
            problems.add(HOLDINGS, number, HOLDINGS.column("investor"), "investor_not_investor",
                         _("Customer {number} is a borrower, not an investor."), number=investor)
            good = False
        if loan_number in held:
            problems.add(HOLDINGS, number, HOLDINGS.column("loan_number"), "loan_held_already",
                         _("Loan {number} on the platform has its investors already."), number=loan_number)
            continue
        if loan_number not in loans and loan_number not in platform_loans:
            problems.add(HOLDINGS, number, HOLDINGS.column("loan_number"), "loan_unknown",
                         _("There is no loan numbered {number} in this file or on the platform."), number=loan_number)
            continue
        if (investor, loan_number) in seen:
            problems.add(HOLDINGS, number, HOLDINGS.column("investor"), "holding_repeated",
                         _("Investor {investor}'s holding of loan {loan} is in row {row} already."),
                         investor=investor, loan=loan_number, row=seen[(investor, loan_number)])
            good = False
        seen.setdefault((investor, loan_number), number)
        holdings = loans[loan_number].holdings if loan_number in loans else platform_loans[loan_number][2]
        holdings.append((number, investor, values["principal_fen"] if good else None))
    return platform_loans


def _check_held(number: str, principal: int, holdings: list, sheet, row: int, problems: Problems) -> None:
    if any(amount is None for _r, _i, amount in holdings):
        return  # a bad holding row is reported already; its sum would only repeat it
    total = sum(amount for _r, _i, amount in holdings)
    if total != principal:
        problems.add(sheet, row, sheet.column("principal_fen"), "holdings_do_not_add_up",
                     _("The holdings of loan {loan} add up to {total}, its principal is {principal}."),
                     loan=number, total=yuan(total), principal=yuan(principal))


def _plan_loan(plan: LoansPlan, number: str, loan: LoanRow, today: date) -> None:
    values = loan.values
    disbursed_at = clock.day_start_utc(values["disbursed_on"])
    state = _STATES[values["state"]]
    paid_days = [v["paid_on"] for _r, v in loan.installments if v["paid_on"] is not None]
    plan.loans.append({
        "_borrower": values["borrower"], "number": number, "amount_fen": values["principal_fen"],
        "term_months": values["term_months"], "annual_rate": values["annual_rate"],
        "method": _METHODS[values["method"]], "purpose": values["purpose"] or "", "guarantee": "", "state": state,
        "submitted_at": disbursed_at, "risk_score": None, "risk_grade": None, "risk_hits": None, "assessed_at": None,
        "overrides": [], "needs_second_review": False, "assigned_to_id": None, "first_reviewer_id": None,
        "second_reviewer_id": None, "decided_at": disbursed_at, "listed_at": disbursed_at, "funding_deadline": None,
        "funded_fen": values["principal_fen"], "disbursed_at": disbursed_at,
        "settled_at": clock.day_start_utc(max(paid_days)) if state == "settled" and paid_days else None,
        "version": 1,
        "_closings": [(kind, values[day_key], values[amount_key]) for kind, day_key, amount_key in _CLOSINGS
                      if values[day_key] is not None]})
    for _row, v in loan.installments:
        paid, due = v["paid_fen"] or 0, _due(v)
        plan.installments.append({
            "_loan": number, "number": v["number"], "due_date": v["due_date"], "principal_fen": v["principal_fen"],
            "interest_fen": v["interest_fen"], "penalty_fen": v["penalty_fen"] or 0, "paid_fen": paid,
            "paid_at": clock.day_start_utc(v["paid_on"]) if paid else None,
            "state": "paid" if paid >= due else ("overdue" if v["due_date"] < today else "due")})
    plan.holdings.extend({"_loan": number, "investor_ref": investor, "amount_fen": principal, "created_at": disbursed_at}
                         for _row, investor, principal in loan.holdings)


def receipt_parts(row: dict) -> tuple[int, int, int]:
    """(principal, interest, penalty) of what an installment's `paid_fen` paid: interest first, then principal, the
    rest penalty (as the after-loan desk takes a partial receipt and revision 0022 filled the old ones)."""
    paid = row["paid_fen"]
    interest = min(paid, row["interest_fen"])
    principal = min(paid - interest, row["principal_fen"])
    return principal, interest, paid - interest - principal


def _next_id(db: Session, column) -> int:
    return (db.scalar(select(func.max(column))) or 0) + 1


def apply(db: Session, plan: LoansPlan, imported_by: str) -> None:
    """Bulk inserts (executemany of plain values, explicit ids) inside the caller's transaction."""
    if not (plan.loans or plan.holdings):
        return
    now = clock.now()
    borrowers = {}
    for number, customer_id, name in _found(db, select(Customer.number, Customer.id, Customer.name), Customer.number,
                                            sorted({loan["_borrower"] for loan in plan.loans})):
        borrowers[number] = (customer_id, name)
    loan_ids: dict[str, int] = {}
    first = _next_id(db, LoanApplication.id)
    rows, events, decisions = [], [], []
    for offset, loan in enumerate(plan.loans):
        customer_id, name = borrowers[loan["_borrower"]]
        row = {k: v for k, v in loan.items() if k not in ("_borrower", "_closings")}
        row.update(id=first + offset, borrower_id=customer_id, borrower_name=name)
        loan_ids[loan["number"]] = row["id"]
        rows.append(row)
        events.append({"application_id": row["id"], "at": now, "actor_id": None, "actor_name": imported_by[:64],
                       "action": IMPORTED, "from_state": None, "to_state": loan["state"], "comment": ""})
        before = "overdue"
        for kind, day, amount in loan.get("_closings", ()):
            # Dated the day it was decided: the monthly report rebuilds each month end from these days.
            at = clock.day_start_utc(day)
            events.append({"application_id": row["id"], "at": at, "actor_id": None, "actor_name": imported_by[:64],
                           "action": "compensate" if kind == "compensated" else "write_off", "from_state": before,
                           "to_state": kind, "comment": _IMPORTED_REASON})
            decisions.append({"kind": "compensation" if kind == "compensated" else "write_off",
                              "application_id": row["id"], "amount_fen": amount, "reason": _IMPORTED_REASON,
                              "proposed_by": imported_by[:64], "proposed_by_id": None, "proposed_at": at,
                              "state": "approved", "decided_by": imported_by[:64], "decided_by_id": None,
                              "decided_at": at, "decision_reason": None, "version": 1})
            before = kind
    insert_rows(db, LoanApplication.__table__, rows)
    insert_rows(db, LoanEvent.__table__, events)
    insert_rows(db, LoanProposal.__table__, decisions)
    first = _next_id(db, Installment.id)
    installments, receipts = [], []
    for offset, installment in enumerate(plan.installments):
        row = {k: v for k, v in installment.items() if k != "_loan"}
        row.update(id=first + offset, application_id=loan_ids[installment["_loan"]])
        installments.append(row)
        if row["paid_fen"]:
            principal, interest, penalty = receipt_parts(row)
            receipts.append({"application_id": row["application_id"], "installment_id": row["id"],
                             "at": row["paid_at"], "principal_fen": principal, "interest_fen": interest,
                             "penalty_fen": penalty, "kind": "repayment"})
    insert_rows(db, Installment.__table__, installments)
    insert_rows(db, Repayment.__table__, receipts)
    holdings = [{"application_id": h.get("application_id") or loan_ids[h["_loan"]], "investor_ref": h["investor_ref"],
                 "amount_fen": h["amount_fen"], "state": "posted", "created_at": h.get("created_at", now)}
                for h in plan.holdings]
    insert_rows(db, Investment.__table__, holdings)
    _advance_sequences(db, ("loan_applications", "loan_installments"))


def _advance_sequences(db: Session, tables: tuple[str, ...]) -> None:
    """PostgreSQL's id sequences past the explicit ids just written (SQLite needs nothing)."""
    if db.get_bind().dialect.name == "postgresql":
        for table in tables:
            db.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))"))
