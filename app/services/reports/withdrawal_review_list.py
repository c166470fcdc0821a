"""提现审核清单 Withdrawal review list: the day's reviewed withdrawals with their flags, decisions and reviewers
(bank cards masked as everywhere), totals per decision on the last page."""

from dataclasses import dataclass

from reportlab.platypus import Paragraph

from app.models.records import parse_time
from app.services.reports.report_data import ReportData
from app.services.reports.document import (Progress, ReportMeta, Styles, build_pdf, content_width, data_table, escape,
                                           money, title_block, when)

NAME = "withdrawal_review_list"
LANDSCAPE = True
DECISION_KEYS = {"all": "All decisions", "paid": "Approved and paid", "rejected": "Rejected"}
STATE_LABELS = {"paid": ("已出款", "Paid"), "rejected": ("已拒绝", "Rejected"),
                "pending_second_approval": ("待主管审批", "Awaiting second approval"),
                "pending_review": ("待审核", "Pending review")}


@dataclass(frozen=True)
class WithdrawalReviewData:
    day: str
    decision: str
    items: list  # the server's rows (server/reports/schemas.py WithdrawalReviewRow)
    totals: dict  # state -> {count, amount_fen}


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> WithdrawalReviewData:
    data = source.withdrawal_reviews(params["day"], params.get("decision") or "all")
    if hook:
        hook(1, 1)
    return WithdrawalReviewData(data["day"], data["decision"], data["items"], data["totals"])


def parameters(data: WithdrawalReviewData, t) -> tuple[tuple[str, str], ...]:
    return (("Business day", data.day), ("Decision", t(DECISION_KEYS.get(data.decision, data.decision))))


def expected_pages(data: WithdrawalReviewData) -> int:
    return 1 + len(data.items) // 25


def _time(value) -> str:
    return when(parse_time(value) if isinstance(value, str) else value)


def render(data: WithdrawalReviewData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    index = 0 if lang == "zh_CN" else 1
    story = title_block(meta, s)
    rows, total = [], 0
    for i, w in enumerate(data.items):
        if progress is not None and i % 500 == 499:
            progress.check()
        total += int(w["amount_fen"])
        flags = ("、" if lang == "zh_CN" else ", ").join((f.get("label_zh") if lang == "zh_CN" else f.get("label_en")) or f.get("code", "")
                         for f in w.get("flags") or [])
        state = STATE_LABELS.get(w["state"], (w["state"], w["state"]))[index]
        # staff by name (陈静), the user name only when the server has no name for them
        first_by = w.get("first_approver_display_name") or w.get("first_approver") or ""
        decided_by = w.get("decided_by_display_name") or w.get("decided_by") or ""
        if w.get("decided_automatically"):
            decided_by = t("System (automatic)")  # paid at the request: no flag held it for review
        first = f"{first_by} {_time(w.get('first_approved_at'))}".strip()
        decided = f"{decided_by} {_time(w.get('decided_at'))}".strip()
        rows.append([w["number"], w["customer_ref"], money(w["amount_fen"], lang), w.get("bank_card") or "",
                     _time(w.get("requested_at")), Paragraph(escape(flags), s.cell), Paragraph(escape(state), s.cell),
                     Paragraph(escape(first), s.cell), Paragraph(escape(decided), s.cell),
                     Paragraph(escape(w.get("reject_reason") or ""), s.cell)])
    rows.append([t("Total"), str(len(data.items)), money(total, lang), "", "", "", "", "", "", ""])
    header = [t("Number"), t("Customer"), t("Amount"), t("Bank card"), t("Requested at"), t("Flags"), t("Decision"),
              t("First approver"), t("Decided by"),
              Paragraph(escape(t("Reason given to the customer")), s.cell)]  # wraps in its column, as the reasons do
    fractions = (0.12, 0.06, 0.085, 0.125, 0.12, 0.11, 0.07, 0.1, 0.1, 0.11)
    story.append(data_table(header, rows, [width * f for f in fractions], right=(2,), total_rows=1, progress=progress))
    story.append(Paragraph(escape(t("Total")), s.heading))
    summary = [[STATE_LABELS.get(state, (state, state))[index], str(v["count"]), money(v["amount_fen"], lang)]
               for state, v in sorted(data.totals.items())]
    summary.append([t("Total"), str(sum(v["count"] for v in data.totals.values())),
                    money(sum(int(v["amount_fen"]) for v in data.totals.values()), lang)])
    story.append(data_table([t("Decision"), t("Count"), t("Amount")], summary, [width * 0.2, width * 0.1, width * 0.15],
                            right=(1, 2), total_rows=1))
    return build_pdf(meta, story, progress)
