"""日终对账报告 Daily reconciliation report: the day's statements, the totals per side, counts and amounts per
category (matched, amount differs, ledger only, bank only, duplicate), the balances, the reconciling statement
(余额调节表), the list of differences with their resolution, who closed the day, and the 制表 / 复核 / 财务主管
signature lines."""

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, TableStyle

from app.models.records import AuditCheckpoint, parse_time
from app.services.reports.report_data import ReportData
from app.services.reports.document import (RULE, Progress, ReportMeta, Styles, build_pdf, content_width, data_table,
                                           escape, field_table, money, title_block, when)
from app.services.reports.reconciling_statement import ReconcilingStatement, StatementSide, reconciling_statement

NAME = "daily_reconciliation"
LANDSCAPE = True
CATEGORIES = ("matched", "amount_differs", "account_differs", "ledger_only", "bank_only", "duplicate")
STATE_KEYS = {"open": "open_state", "matched": "matched_state", "timing": "timing", "proposed": "proposed",
              "adjusted": "adjusted"}
ROWS_PER_PAGE = 33


@dataclass(frozen=True)
class ReconciliationData:
    day: dict  # the API's DayOut
    items: list  # the API's ItemOut of every difference, both sides
    checkpoint: AuditCheckpoint | None = None  # the audit chain's anchor when printed (None: none, or not readable)


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> ReconciliationData:
    day = source.reconciliation_day(params["day"])
    return ReconciliationData(day, source.reconciliation_differences(params["day"], hook), source.audit_checkpoint())


def _checkpoint(anchor: AuditCheckpoint, t) -> str:
    if anchor.kind == "epoch":
        return t("restored from backup {backup} at record {seq}, {at}", backup=anchor.backup or "",
                 seq=f"{anchor.seq:,}", at=when(anchor.at))
    return t("record {seq}, {at}", seq=f"{anchor.seq:,}", at=when(anchor.at))


def parameters(data: ReconciliationData, t) -> tuple[tuple[str, str], ...]:
    return (("Business day", str(data.day.get("day", ""))),)


def expected_pages(data: ReconciliationData) -> int:
    return 2 + len(data.items) // ROWS_PER_PAGE


def _time(value) -> str:
    return when(parse_time(value) if isinstance(value, str) else value)


def _note(item: dict, t) -> str:
    """The note; a line carried over from an earlier day says so in the report's language (older rows hold the
    two-language sentence the server once stored)."""
    note = item.get("note") or ""
    if item.get("carried_from_day") and (not note or note.startswith("在途，自")):
        return t("Timing, carried from {day}", day=str(item["carried_from_day"]))
    return note


def _statement_rows(statement: ReconcilingStatement, t, lang: str) -> list[list[str]]:
    """The two columns of the statement side by side, line for line: balance, additions with a line per category,
    subtractions likewise, adjusted balance (the last row)."""
    bank, book = statement.bank, statement.book

    def details(left: StatementSide, right: StatementSide, attribute: str) -> list[list[str]]:
        lefts, rights = getattr(left, attribute), getattr(right, attribute)
        rows = []
        for i in range(max(len(lefts), len(rights))):
            row = []
            for groups in (lefts, rights):
                if i < len(groups):
                    g = groups[i]
                    row += ["　" + t("of which {category}: {count} items", category=t(g.category), count=f"{g.count:,}"),
                            money(g.amount_fen, lang)]
                else:
                    row += ["", ""]
            rows.append(row)
        return rows

    return [
        [t("Bank statement balance"), money(bank.balance_fen, lang), t("Book balance"), money(book.balance_fen, lang)],
        [t("Add: received by the platform, not yet by the bank"), money(bank.added_fen, lang),
         t("Add: received by the bank, not yet by the platform"), money(book.added_fen, lang)],
        *details(bank, book, "adds"),
        [t("Less: paid by the platform, not yet by the bank"), money(bank.subtracted_fen, lang),
         t("Less: paid by the bank, not yet by the platform"), money(book.subtracted_fen, lang)],
        *details(bank, book, "subtracts"),
        [t("Adjusted balance"), money(bank.adjusted_fen, lang), t("Adjusted balance"), money(book.adjusted_fen, lang)],
    ]


def statement_story(day: dict, items: list, meta: ReportMeta, s: Styles, width: float) -> list:
    """余额调节表: the heading, the side-by-side table and whether the adjusted balances agree."""
    t, lang = meta.t, meta.language
    story = [Paragraph(escape(t("Reconciling statement")), s.heading)]
    statement = reconciling_statement(day.get("balance") or {}, items)
    if statement is None:
        return story + [Paragraph(escape(t("The custodian's statement reports no balance: no reconciling statement "
                                           "can be drawn up.")), s.body)]
    header = [t("Bank side"), t("Amount"), t("Book side"), t("Amount")]
    story.append(data_table(header, _statement_rows(statement, t, lang), [width * f for f in (0.32, 0.18, 0.32, 0.18)],
                            right=(1, 3), total_rows=1))
    remaining = statement.remaining_difference_fen
    verdict = (t("The adjusted balances agree.") if remaining == 0 else
               t("The adjusted balances differ by {amount}: the items in transit do not explain it; find the cause.",
                 amount=money(remaining, lang)))
    colour = "#15803d" if remaining == 0 else "#b91c1c"
    story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(f"<font color='{colour}'>{escape(verdict)}</font>　" + escape(
        t("Items in transit: open, marked as timing, or waiting for their adjusting entry. Amounts in yuan.")), s.note))
    return story


def signature_lines(meta: ReportMeta, s: Styles, width: float):
    """制表 / 复核 / 财务主管, each with a line to sign on and one for the date, kept on one page."""
    t = meta.t
    roles = ("Prepared by", "Reviewed by", "Finance manager")
    cells = [[item for role in roles for item in (Paragraph(escape(f"{t(role)}{meta.colon}"), s.body), "")],
             [item for _role in roles for item in (Paragraph(escape(f"{t('Date')}{meta.colon}"), s.body), "")]]
    label, line = width * 0.13, width * 0.2033
    table = LongTable(cells, colWidths=[label, line] * 3, rowHeights=[12 * mm, 9 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("RIGHTPADDING", (1, 0), (-1, -1), 8 * mm),
                               *[("LINEBELOW", (c, 0), (c, -1), 0.6, RULE) for c in (1, 3, 5)]]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def render(data: ReconciliationData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    day = data.day
    story = title_block(meta, s)
    closed = (f"{day.get('closed_by_name') or day.get('closed_by')}　{_time(day.get('closed_at'))}" if day.get("closed_by")
              else t("The day is not closed."))
    story.append(field_table([
        (t("Business day"), str(day.get("day", ""))), (t("Day status"), t(str(day.get("status", "")))),
        (t("Matching run at"), _time(day.get("run_at"))), (t("Closed by"), closed),
    ] + ([(t("Audit chain checkpoint"), _checkpoint(data.checkpoint, t))] if data.checkpoint else []), s, width))

    # A withdrawn statement's lines left the day: the report lists the statements the day was reconciled with.
    statements = [st for st in day.get("statements") or [] if not st.get("withdrawn_at")]
    if statements:
        story.append(Paragraph(escape(t("Statements")), s.heading))
        rows = [[st.get("filename", ""), str(st.get("line_count", "")), money(st.get("in_fen"), lang),
                 money(st.get("out_fen"), lang), st.get("imported_by_name") or st.get("imported_by", ""), _time(st.get("imported_at"))]
                for st in statements]
        story.append(data_table([t("File"), t("Lines"), t("Money in"), t("Money out"), t("Imported by"), t("Time")],
                                rows, [width * f for f in (0.34, 0.08, 0.15, 0.15, 0.12, 0.16)], right=(1, 2, 3)))

    story.append(Paragraph(escape(t("Totals per side")), s.heading))
    summary = day.get("summary") or {}
    rows, sums = [], [0, 0, 0, 0]
    for category in CATEGORIES:
        found = summary.get(category) or {}
        ledger, bank = found.get("ledger") or {}, found.get("bank") or {}
        values = [int(ledger.get("count") or 0), int(ledger.get("amount_fen") or 0), int(bank.get("count") or 0),
                  int(bank.get("amount_fen") or 0)]
        sums = [a + b for a, b in zip(sums, values)]
        rows.append([t(category), str(values[0]), money(values[1], lang), str(values[2]), money(values[3], lang)])
    rows.append([t("Total"), str(sums[0]), money(sums[1], lang), str(sums[2]), money(sums[3], lang)])
    header = [t("Category"), f"{t('Ledger (platform)')} {t('Count')}", f"{t('Ledger (platform)')} {t('Amount')}",
              f"{t('Bank statement')} {t('Count')}", f"{t('Bank statement')} {t('Amount')}"]
    story.append(data_table(header, rows, [width * f for f in (0.2, 0.15, 0.25, 0.15, 0.25)], right=(1, 2, 3, 4),
                            total_rows=1))

    balance = day.get("balance") or {}
    story.append(Paragraph(escape(t("Balances")), s.heading))
    story.append(field_table([
        (t("Customers' money in the ledger"), money(balance.get("ledger_customers_fen"), lang) or "—"),
        (t("Custodian's reported balance"), money(balance.get("custodian_reported_fen"), lang) or "—"),
        (t("Difference"), money(balance.get("difference_fen"), lang) or "—"), ("", ""),
    ], s, width))

    story += statement_story(day, data.items, meta, s, width)

    story.append(Paragraph(escape(t("Differences and their resolution")), s.heading))
    lines, totals = [], {}
    for i, item in enumerate(data.items):
        if progress is not None and i % 1000 == 999:
            progress.check()
        amount = int(item.get("amount_fen") or 0)
        count, fen = totals.get((item.get("side"), item.get("direction")), (0, 0))
        totals[(item.get("side"), item.get("direction"))] = (count + 1, fen + amount)
        reference = item.get("reference") or item.get("serial") or ""
        # References, accounts and notes whole: a cell too long for its column wraps (LineTable).
        lines.append([t(item.get("side", "")), t(item.get("category", "")), reference, item.get("account") or "",
                      t(item.get("direction", "")), money(amount, lang), _time(item.get("at")),
                      t(STATE_KEYS.get(item.get("state"), item.get("state") or "")), _note(item, t)])
    # Money in and out of each side are summed apart: adding the ledger's side to the bank's, or receipts to
    # payments, gives a figure nobody can check against anything.
    sums = [(side, direction, *totals[(side, direction)]) for side in ("ledger", "bank") for direction in ("in", "out")
            if (side, direction) in totals]
    for side, direction, count, fen in sums:
        lines.append([t("Total"), t(side), f"{count} {t('items')}", "", t(direction), money(fen, lang), "", "", ""])
    header = [t("Side"), t("Category"), t("Reference"), t("Account"), t("Direction"), t("Amount"), t("Time"),
              t("Resolution"), t("Note")]
    fractions = (0.06, 0.11, 0.16, 0.12, 0.05, 0.12, 0.13, 0.1, 0.15)
    story.append(data_table(header, lines, [width * f for f in fractions], right=(5,), total_rows=len(sums),
                            progress=progress, font_size=7.5, plain_text=True))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(f"{t('Closed by')}{meta.colon}{closed}"), s.body))
    story.append(signature_lines(meta, s, width))
    return build_pdf(meta, story, progress)
