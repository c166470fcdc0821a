"""还款计划表 Repayment schedule: a loan's installments with due date, principal, interest, penalty and fees,
total, remaining principal and status, with totals on the last page. Before disbursement it prints the
proposed schedule the server computes from the terms."""

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.models.records import ApplicationFile
from app.services.formatting import rate_text
from app.services.reports.report_data import ReportData
from app.services.reports.document import (Progress, ReportMeta, Styles, build_pdf, content_width, data_table, escape,
                                           field_table, money, title_block, when)
from app.services.reports.loan_approval_form import borrower_name, labels_for

NAME = "repayment_schedule"
ROWS_PER_PAGE = 40


@dataclass(frozen=True)
class ScheduleData:
    file: ApplicationFile
    rows: list  # dicts: number, due_date, principal_fen, interest_fen, penalty_fen, paid_fen, state ("" if proposed)
    borrower: str  # as printed: masked unless the printer holds pii.view


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> ScheduleData:
    file = source.application(params["loan"])
    if hook:
        hook(1, 2)
    return ScheduleData(file, source.schedule_rows(file), borrower_name(file, pii_view))


def parameters(data: ScheduleData, t) -> tuple[tuple[str, str], ...]:
    return (("Loan", data.file.row.number),)


def expected_pages(data: ScheduleData) -> int:
    return 1 + len(data.rows) // ROWS_PER_PAGE


STATE_KEYS = {"due": "Installment due", "paid": "Installment paid", "overdue": "Installment overdue"}


def render(data: ScheduleData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    _events, methods, states = labels_for(lang)
    row = data.file.row
    story = title_block(meta, s)
    story.append(field_table([
        (t("Application number"), row.number), (t("Borrower"), data.borrower),
        (t("Amount"), money(row.amount_fen, lang)), (t("Term"), t("{n} months", n=row.term_months)),
        (t("Annual rate"), rate_text(row.annual_rate)), (t("Repayment method"), methods.get(row.method, row.method)),
        (t("State"), states.get(row.state, row.state)), (t("Submitted at"), when(row.submitted_at)),
    ], s, width))
    story.append(Spacer(1, 3 * mm))
    if not any(r.get("state") for r in data.rows):
        story.append(Paragraph(escape(t("Proposed schedule (not disbursed yet)")), s.note))
    remaining = sum(int(r["principal_fen"]) for r in data.rows)
    lines = []
    totals = {"principal_fen": 0, "interest_fen": 0, "penalty_fen": 0}
    for i, r in enumerate(data.rows):
        if progress is not None and i % 500 == 499:
            progress.check()
        principal, interest, penalty = int(r["principal_fen"]), int(r["interest_fen"]), int(r.get("penalty_fen") or 0)
        remaining -= principal
        totals["principal_fen"] += principal
        totals["interest_fen"] += interest
        totals["penalty_fen"] += penalty
        lines.append([str(r["number"]), str(r["due_date"]), money(principal, lang), money(interest, lang),
                      money(penalty, lang), money(principal + interest + penalty, lang), money(remaining, lang),
                      t(STATE_KEYS[r["state"]]) if r.get("state") in STATE_KEYS else (r.get("state") or "")])
    total_all = totals["principal_fen"] + totals["interest_fen"] + totals["penalty_fen"]
    lines.append([t("Total"), "", money(totals["principal_fen"], lang), money(totals["interest_fen"], lang),
                  money(totals["penalty_fen"], lang), money(total_all, lang), "", ""])
    header = [t("No."), t("Due date"), t("Principal"), t("Interest"), t("Fees"), t("Total"), t("Remaining principal"),
              t("State")]
    fractions = (0.07, 0.13, 0.14, 0.13, 0.12, 0.15, 0.15, 0.11)
    story.append(data_table(header, lines, [width * f for f in fractions], right=(2, 3, 4, 5, 6), total_rows=1,
                            progress=progress))
    return build_pdf(meta, story, progress)
