"""借款审批表 Loan approval form: one application as the risk officers sign it: the borrower (masked unless the
printer holds pii.view), the terms, the risk score and rule hits, every review step, signature lines."""

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.models.records import ApplicationFile, RevealedBorrower
from app.services.formatting import rate_text
from app.services.reports.capital_amount import capital_amount
from app.services.reports.report_data import REFUSED_STATES, ReportData
from app.services.reports.review_opinions import FIRST, MANAGER, SECOND, Opinion, refusal, review_opinions
from app.services.reports.document import (FONT, Progress, ReportMeta, Styles, build_pdf, content_width, data_table,
                                           escape, field_table, money, title_block, when)

NAME = "loan_approval_form"


@dataclass(frozen=True)
class ApprovalFormData:
    file: ApplicationFile
    revealed: RevealedBorrower | None = None  # only when the printer holds pii.view
    schedule: list[dict] | None = None  # proposed, or as disbursed; None for a refused application


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> ApprovalFormData:
    file = source.application(params["application"])
    if hook:
        hook(1, 3)
    revealed = source.revealed_borrower(int(file.borrower["id"]), NAME) if pii_view else None
    if hook:
        hook(2, 3)
    schedule = None if file.row.state in REFUSED_STATES else source.schedule_rows(file)
    return ApprovalFormData(file, revealed, schedule)


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


def yuan_text(fen: int | None, meta: ReportMeta) -> str:
    """An amount with its unit, as every amount on the form prints: 37,700.00 元 / 37,700.00 yuan."""
    if fen is None:
        return ""
    return meta.t("{amount} yuan", amount=money(fen, meta.language))


def render(data: ApprovalFormData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    events, methods, states = labels_for(lang)
    f = data.file
    opinions = review_opinions(f.timeline)
    story = title_block(meta, s)

    story.append(Paragraph(escape(t("Borrower")), s.heading))
    story.append(field_table(_borrower_pairs(data, meta), s, width))
    story.append(Paragraph(escape(t("Personal data shown in full (printed by a holder of pii.view)") if data.revealed
                                  else t("Personal data masked")), s.note))

    story.append(Paragraph(escape(t("Loan terms")), s.heading))
    row = f.row
    terms = [
        (t("Application number"), row.number), (t("State"), states.get(row.state, row.state)),
        (t("Amount"), yuan_text(row.amount_fen, meta)), (t("Amount in words"), capital_amount(row.amount_fen)),
        (t("Term"), t("{n} months", n=row.term_months)),
        (t("Annual rate"), rate_text(row.annual_rate)), (t("Repayment method"), methods.get(row.method, row.method)),
        (t("Purpose"), f.purpose), (t("Guarantee or collateral"), f.guarantee or t("None")),
        (t("Submitted at"), when(row.submitted_at)),
    ]
    story.append(field_table(terms, s, width))
    refused = refusal(opinions)
    if refused:
        story += _refusal_lines(refused, meta, s, states)

    story += _risk_section(f, meta, s, width)

    story.append(Paragraph(escape(t("Review steps")), s.heading))
    steps = [[when(_time(e.get("at"))), Paragraph(escape(e.get("actor_label") or e.get("actor", "")), s.cell),
              Paragraph(escape(events.get(e.get("action"), e.get("action", ""))), s.cell),
              Paragraph(escape(states.get(e.get("to_state") or "", e.get("to_state") or "")), s.cell),
              Paragraph(escape(e.get("comment", "")), s.cell)]
             for e in f.timeline]
    story.append(data_table([t("Time"), t("Officer"), t("Action"), t("State"), t("Comment")], steps,
                            [width * 0.2, width * 0.13, width * 0.17, width * 0.14, width * 0.36], progress=progress))

    if data.schedule:
        story += _schedule_section(data.schedule, bool(f.installments), meta, s, width)

    story.append(KeepTogether([Paragraph(escape(t("Review opinions")), s.heading),
                               _opinion_boxes(opinions, f, meta, s, width)]))
    return build_pdf(meta, story, progress)


def _borrower_pairs(data: ApprovalFormData, meta: ReportMeta) -> list[tuple[str, str]]:
    """A person's fields (age, employer) or a company's own (统一社会信用代码, 法定代表人, 注册资本): a company
    has no age and is no one's employee. A company's credit code is its identity number, masked the same way."""
    t, lang = meta.t, meta.language
    b, r = data.file.borrower, data.revealed
    name = r.name if r else b.get("name", "")
    identity = r.id_number if r else b.get("id_number", "")
    phone = (r.phone if r else b.get("phone")) or ""
    card = (r.bank_card if r else b.get("bank_card")) or ""
    history = [
        (t("Blacklisted"), t("Yes") if b.get("blacklisted") else t("No")),
        (t("Loans on the platform"), f"{b.get('loans_total', 0)}（{t('Settled')} {b.get('loans_settled', 0)}）"
         if lang == "zh_CN" else f"{b.get('loans_total', 0)} ({t('Settled')} {b.get('loans_settled', 0)})"),
        (t("Overdue installments"), str(b.get("overdue_count", 0))),
        (t("Longest overdue (days)"), str(b.get("longest_overdue_days", 0))),
        (t("Balance owed on the platform"), yuan_text(b.get("platform_balance_fen"), meta)),
    ]
    if b.get("kind") == "company":
        return [
            (t("Company name"), name), (t("Type"), t("Company")),
            (t("Unified social credit code"), identity), (t("Legal representative"), b.get("legal_representative") or ""),
            (t("Registered capital"), yuan_text(b.get("registered_capital_fen"), meta)), (t("Contact phone"), phone),
            (t("Settlement account"), card), (t("Monthly operating income"), yuan_text(b.get("monthly_income_fen"), meta)),
            (t("Monthly debt payments"), yuan_text(b.get("monthly_debt_payments_fen"), meta)), *history,
        ]
    return [
        (t("Name"), name), (t("Type"), t("Person")), (t("ID number"), identity), (t("Phone"), phone),
        (t("Bank card"), card), (t("Age"), "" if b.get("age") is None else str(b["age"])),
        (t("Monthly income"), yuan_text(b.get("monthly_income_fen"), meta)),
        (t("Monthly debt payments"), yuan_text(b.get("monthly_debt_payments_fen"), meta)),
        (t("Employer"), b.get("employer", "")), *history,
    ]


def _refusal_lines(refused: Opinion, meta: ReportMeta, s: Styles, states: dict) -> list:
    """A refused application says why, under its terms, where the reader looks for the outcome."""
    t = meta.t
    rejected = refused.action == "reject"
    by = t("Rejected by {officer} at {time}" if rejected else "Returned by {officer} at {time}",
           officer=refused.officer, time=when(refused.at))
    reason = refused.comment or "—"
    return [Spacer(1, 2 * mm), Paragraph(f"<font color='#b91c1c'>{escape(t('Decision'))}{meta.colon}"
                      f"{escape(states.get('rejected' if rejected else 'returned', ''))}</font>{meta.gap}{escape(by)}",
                      s.body),
            Paragraph(f"{escape(t('Reason for rejection' if rejected else 'Reason for return'))}{meta.colon}"
                      f"{escape(reason)}", s.body)]


def _risk_section(f: ApplicationFile, meta: ReportMeta, s: Styles, width: float) -> list:
    """Score, grade and rule hits. The rules' names and findings come worded by the server's catalog in the
    report's language (ReportData asks the file in it)."""
    t = meta.t
    story = [Paragraph(escape(t("Risk assessment")), s.heading)]
    risk = f.risk or {}
    assessed = f"{meta.gap}{escape(t('Assessed at'))}{meta.colon}{escape(when(_time(risk['assessed_at'])))}" \
        if risk.get("assessed_at") else ""
    story.append(Paragraph(f"{escape(t('Score'))}{meta.colon}<font size=12 color='#1d4ed8'>{escape(risk.get('score') or '—')}"
                           f"</font>{meta.gap}{escape(t('Grade'))}{meta.colon}<font size=12 color='#1d4ed8'>"
                           f"{escape(risk.get('grade') or '—')}</font>{assessed}", s.body))
    hits = risk.get("hits") or []
    overridden = {o.get("rule"): o for o in risk.get("overrides") or []}
    if hits:
        rows = []
        for h in hits:
            blocks = t("Yes") if h.get("blocking") else t("No")
            if h.get("rule") in overridden:
                blocks += f"（{t('Overridden')}）" if meta.language == "zh_CN" else f" ({t('Overridden')})"
            rows.append([Paragraph(escape(_hit_label(h, meta.language)), s.cell),
                         Paragraph(escape(_hit_finding(h, meta.language)), s.cell), blocks])
        story.append(Spacer(1, 1.5 * mm))
        story.append(data_table([t("Rule"), t("Finding"), t("Blocks approval")], rows,
                                [width * 0.25, width * 0.57, width * 0.18]))
    else:
        story.append(Paragraph(escape(t("No rule hits.")), s.note))
    if overridden:
        story.append(Paragraph(escape(t("Overrides")), s.body))
        for o in overridden.values():
            rule = next((_hit_label(h, meta.language) for h in hits if h.get("rule") == o.get("rule")), o.get("rule"))
            story.append(Paragraph(escape(f"{rule} — {o.get('by_name') or o.get('by', '')} {when(_time(o.get('at'))) if o.get('at') else ''}{meta.colon}{o.get('reason', '')}"),
                                   s.note))
    return story


def _hit_label(hit: dict, language: str) -> str:
    """The rule's name as the server worded it in the report's language (`label`); the per-language copies are
    kept for a file read in another language."""
    return hit.get("label") or hit.get("label_zh" if language == "zh_CN" else "label_en") or hit.get("rule", "")


def _hit_finding(hit: dict, language: str) -> str:
    return hit.get("finding") or hit.get("finding_zh" if language == "zh_CN" else "finding_en") or ""


def _schedule_section(rows: list[dict], disbursed: bool, meta: ReportMeta, s: Styles, width: float) -> list:
    t, lang = meta.t, meta.language
    title = t("Repayment schedule as disbursed") if disbursed else t("Proposed repayment schedule")
    body = [[str(r["number"]), str(r["due_date"]), money(r["principal_fen"], lang), money(r["interest_fen"], lang),
             money(r["principal_fen"] + r["interest_fen"], lang)] for r in rows]
    principal = sum(r["principal_fen"] for r in rows)
    interest = sum(r["interest_fen"] for r in rows)
    body.append([t("Total"), "", money(principal, lang), money(interest, lang), money(principal + interest, lang)])
    return [Paragraph(escape(title), s.heading), Paragraph(escape(t("Amounts in yuan (CNY).")), s.note),
            data_table([t("No."), t("Due date"), t("Principal"), t("Interest"), t("Principal and interest")], body,
                       [width * 0.1, width * 0.2, width * 0.23, width * 0.23, width * 0.24], right=(2, 3, 4),
                       total_rows=1)]


def _time(value):
    from app.models.records import parse_time

    return parse_time(value) if isinstance(value, str) else value


def _opinion_text(opinion: Opinion, meta: ReportMeta, goes_to_second: bool) -> str:
    t = meta.t
    if opinion.action == "reject":
        return t("Refused: {reason}", reason=opinion.comment or "—")
    if opinion.action == "return":
        return t("Returned for more material: {reason}", reason=opinion.comment or "—")
    agreed = t("Agreed; goes to second review") if goes_to_second else t("Agreed")
    return f"{agreed}{meta.colon}{opinion.comment}" if opinion.comment else agreed


def _opinion_boxes(opinions: dict[str, Opinion], f: ApplicationFile, meta: ReportMeta, s: Styles,
                   width: float) -> Table:
    """One box per level (初审, 复审, 风控负责人): the opinion, the signature and the date. A level that decided
    on the platform is filled from its decision (the officer's name, the time); a level still to decide keeps
    blank lines to sign by hand; 复审 says when the application never needed one."""
    t = meta.t
    first, second = opinions.get(FIRST), opinions.get(SECOND)
    blank_date = t("Year Month Day")
    cells = []
    for level, label in ((FIRST, t("First review")), (SECOND, t("Second review")), (MANAGER, t("Risk manager"))):
        opinion = opinions.get(level)
        if opinion:
            goes_on = level == FIRST and (second is not None or f.row.state == "second_review")
            text = _opinion_text(opinion, meta, goes_on)
            signed, dated = opinion.officer, when(opinion.at)
        elif level == SECOND and first is not None and (first.refused or not f.row.needs_second_review):
            text = t("Not required: refused in the first review") if first.refused else \
                t("Not required: the first review decided alone")
            signed, dated = "—", "—"
        else:
            text, signed, dated = "", "", blank_date
        cells.append([Paragraph(escape(label), s.body),
                      Paragraph(f"{escape(t('Opinion'))}{meta.colon}{escape(text)}", s.cell),
                      Paragraph(f"{escape(t('Signature'))}{meta.colon}{escape(signed)}", s.cell),
                      Paragraph(f"{escape(t('Date'))}{meta.colon}{escape(dated)}", s.cell)])
    table = Table(cells, colWidths=[width * 0.14, width * 0.46, width * 0.18, width * 0.22], rowHeights=22 * mm)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.6, "black"),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"), ("VALIGN", (1, 0), (1, -1), "TOP"),
        ("VALIGN", (2, 0), (-1, -1), "BOTTOM"), ("BACKGROUND", (0, 0), (0, -1), "#f3f4f6"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table
