"""日终对账报告 Daily reconciliation report: the day's statements, the totals per side, counts and amounts per
category (matched, amount differs, ledger only, bank only, duplicate), the balances, the list of differences
with their resolution, and who closed the day."""

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from app.models.records import AuditCheckpoint, parse_time
from app.services.reports.report_data import ReportData
from app.services.reports.document import (Progress, ReportMeta, Styles, build_pdf, content_width, data_table, escape,
                                           field_table, money, title_block, when)

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

    story.append(Paragraph(escape(t("Differences and their resolution")), s.heading))
    lines, totals = [], {}
    for i, item in enumerate(data.items):
        if progress is not None and i % 1000 == 999:
            progress.check()
        amount = int(item.get("amount_fen") or 0)
        count, fen = totals.get((item.get("side"), item.get("direction")), (0, 0))
        totals[(item.get("side"), item.get("direction"))] = (count + 1, fen + amount)
        reference = item.get("reference") or item.get("serial") or ""
        lines.append([t(item.get("side", "")), t(item.get("category", "")), reference[:28],
                      (item.get("account") or "")[:20], t(item.get("direction", "")), money(amount, lang),
                      _time(item.get("at")), t(STATE_KEYS.get(item.get("state"), item.get("state") or "")),
                      _note(item, t)[:40]])
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
                            progress=progress, font_size=7.5, one_line=True))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(escape(f"{t('Closed by')}{meta.colon}{closed}"), s.body))
    return build_pdf(meta, story, progress)
