"""借款审批表 Loan approval form: one application as the risk officers sign it: the borrower (masked unless the
printer holds pii.view), the terms, the risk score and rule hits, every review step, signature lines."""

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.models.records import ApplicationFile, RevealedBorrower
from app.services.formatting import rate_text
from app.services.reports.report_data import ReportData
from app.services.reports.document import (FONT, Progress, ReportMeta, Styles, build_pdf, content_width, data_table,
                                           escape, field_table, money, title_block, when)

NAME = "loan_approval_form"


@dataclass(frozen=True)
class ApprovalFormData:
    file: ApplicationFile
    revealed: RevealedBorrower | None = None  # only when the printer holds pii.view


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> ApprovalFormData:
    file = source.application(params["application"])
    if hook:
        hook(1, 2)
    revealed = source.revealed_borrower(int(file.borrower["id"]), NAME) if pii_view else None
    return ApprovalFormData(file, revealed)


def borrower_name(file: ApplicationFile, pii_view: bool) -> str:
    """The server sends the name masked unless the caller holds pii.view, as the console shows it."""
    return str(file.borrower.get("name") or file.row.borrower_name)


def parameters(data: ApprovalFormData, t) -> tuple[tuple[str, str], ...]:
    return (("Application", data.file.row.number),)


def labels_for(language: str):
    """(timeline events, repayment methods, loan states) in `language`, from the console's own tables."""
    from app.views.loans.loan_actions import EVENTS, METHODS
    from app.views.common.state_badge import LOAN_STATES

    index = 0 if language == "zh_CN" else 1
    return ({k: v[index] for k, v in EVENTS.items()}, {k: v[index] for k, v in METHODS.items()},
            {k: v[index] for k, v in LOAN_STATES.items()})


def render(data: ApprovalFormData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    events, methods, states = labels_for(lang)
    f, b = data.file, data.file.borrower
    r = data.revealed
    story = title_block(meta, s)

    story.append(Paragraph(escape(t("Borrower")), s.heading))
    kind = t("Company") if b.get("kind") == "company" else t("Person")
    pairs = [
        (t("Name"), r.name if r else b.get("name", "")), (t("Type"), kind),
        (t("ID number"), r.id_number if r else b.get("id_number", "")),
        (t("Phone"), (r.phone if r else b.get("phone")) or ""),
        (t("Bank card"), (r.bank_card if r else b.get("bank_card")) or ""),
        (t("Age"), "" if b.get("age") is None else str(b["age"])),
        (t("Monthly income"), money(b.get("monthly_income_fen"), lang)),
        (t("Monthly debt payments"), money(b.get("monthly_debt_payments_fen"), lang)),
        (t("Employer"), b.get("employer", "")), (t("Blacklisted"), t("Yes") if b.get("blacklisted") else t("No")),
        (t("Loans on the platform"), f"{b.get('loans_total', 0)}（{t('Settled')} {b.get('loans_settled', 0)}）"
         if lang == "zh_CN" else f"{b.get('loans_total', 0)} ({t('Settled')} {b.get('loans_settled', 0)})"),
        (t("Overdue installments"), str(b.get("overdue_count", 0))),
        (t("Longest overdue (days)"), str(b.get("longest_overdue_days", 0))),
        (t("Balance owed on the platform"), money(b.get("platform_balance_fen"), lang)),
    ]
    story.append(field_table(pairs, s, width))
    story.append(Paragraph(escape(t("Personal data shown in full (printed by a holder of pii.view)") if r
                                  else t("Personal data masked")), s.note))

    story.append(Paragraph(escape(t("Loan terms")), s.heading))
    row = f.row
    terms = [
        (t("Application number"), row.number), (t("State"), states.get(row.state, row.state)),
        (t("Amount"), money(row.amount_fen, lang)), (t("Term"), t("{n} months", n=row.term_months)),
        (t("Annual rate"), rate_text(row.annual_rate)), (t("Repayment method"), methods.get(row.method, row.method)),
        (t("Purpose"), f.purpose), (t("Guarantee or collateral"), f.guarantee or t("None")),
        (t("Submitted at"), when(row.submitted_at)), ("", ""),
    ]
    story.append(field_table(terms, s, width))

    story.append(Paragraph(escape(t("Risk assessment")), s.heading))
    risk = f.risk or {}
    story.append(Paragraph(f"{escape(t('Score'))}{meta.colon}<font size=12 color='#1d4ed8'>{escape(risk.get('score') or '—')}"
                           f"</font>{meta.gap}{escape(t('Grade'))}{meta.colon}<font size=12 color='#1d4ed8'>"
                           f"{escape(risk.get('grade') or '—')}</font>", s.body))
    hits = risk.get("hits") or []
    overridden = {o.get("rule"): o for o in risk.get("overrides") or []}
    if hits:
        rows = []
        for h in hits:
            label = h.get("label_zh") if lang == "zh_CN" else h.get("label_en")
            finding = h.get("finding_zh" if lang == "zh_CN" else "finding_en") or h.get("finding")
            blocks = t("Yes") if h.get("blocking") else t("No")
            if h.get("rule") in overridden:
                blocks += f"（{t('Overridden')}）" if lang == "zh_CN" else f" ({t('Overridden')})"
            rows.append([Paragraph(escape(label or h.get("rule")), s.cell), Paragraph(escape(finding), s.cell), blocks])
        story.append(Spacer(1, 1.5 * mm))
        story.append(data_table([t("Rule"), t("Finding"), t("Blocks approval")], rows,
                                [width * 0.25, width * 0.57, width * 0.18]))
    else:
        story.append(Paragraph(escape(t("No rule hits.")), s.note))
    if overridden:
        story.append(Paragraph(escape(t("Overrides")), s.body))
        for o in overridden.values():
            rule = next((h.get("label_zh" if lang == "zh_CN" else "label_en") for h in hits if h.get("rule") == o.get("rule")),
                        o.get("rule"))
            story.append(Paragraph(escape(f"{rule} — {o.get('by_name') or o.get('by', '')} {when(_time(o.get('at'))) if o.get('at') else ''}{meta.colon}{o.get('reason', '')}"),
                                   s.note))

    story.append(Paragraph(escape(t("Review steps")), s.heading))
    steps = [[when(_time(e.get("at"))), e.get("actor_label") or e.get("actor", ""), events.get(e.get("action"), e.get("action", "")),
              states.get(e.get("to_state") or "", e.get("to_state") or ""), Paragraph(escape(e.get("comment", "")), s.cell)]
             for e in f.timeline]
    story.append(data_table([t("Time"), t("Officer"), t("Action"), t("State"), t("Comment")], steps,
                            [width * 0.2, width * 0.13, width * 0.17, width * 0.14, width * 0.36], progress=progress))

    story.append(KeepTogether([Paragraph(escape(t("Signatures")), s.heading), _signatures(meta, width)]))
    return build_pdf(meta, story, progress)


def _time(value):
    from app.models.records import parse_time

    return parse_time(value) if isinstance(value, str) else value


def _signatures(meta: ReportMeta, width: float) -> Table:
    t = meta.t
    roles = [t("First reviewer"), t("Second reviewer"), t("Risk manager")]
    cells = [[f"{role} ({t('Signature')}){meta.colon}" if meta.language != "zh_CN" else f"{role}（{t('Signature')}）：",
              "", f"{t('Date')}{meta.colon}", ""] for role in roles]
    table = Table(cells, colWidths=[width * 0.28, width * 0.34, width * 0.1, width * 0.28], rowHeights=12 * mm)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, "black"), ("LINEBELOW", (3, 0), (3, -1), 0.6, "black"),
    ]))
    return table
