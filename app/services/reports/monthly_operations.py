"""月度运营报告 Monthly operations report: the disclosure metrics of loans.md at the month's end, with trend
charts over the last 12 months (loan volume, balance, overdue rates) drawn with reportlab.graphics, and the
definitions the figures follow. The server computes the figures (GET /api/v1/reports/monthly-operations)."""

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from app.models.records import parse_time
from app.services.clock import SHANGHAI
from app.services.reports.monthly_words import definition, words
from app.services.reports.report_data import ReportData
from app.services.reports.document import (BRAND, FONT, Progress, ReportMeta, Styles, build_pdf, content_width,
                                           data_table, escape, money, percent_text, title_block, when)

NAME = "monthly_operations"
ORANGE = colors.HexColor("#b45309")


@dataclass(frozen=True)
class MonthlyData:
    month: str
    as_of: object  # datetime (UTC) or ISO text
    figures: dict
    trend: list  # 12 dicts like `figures`, oldest first


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> MonthlyData:
    data = source.monthly_operations(params["month"])
    if hook:
        hook(1, 1)
    return MonthlyData(data["month"], data["as_of"], data["figures"], data["trend"])


def parameters(data: MonthlyData, t) -> tuple[tuple[str, str], ...]:
    return (("Month", data.month),)


# The disclosure items in the order printed: (label key, value of the figures, the definition it is footnoted with).
def _items(f: dict, language: str) -> list[tuple[str, str, str]]:
    def m(key):
        return money(int(f[key]), language)

    def n(key):
        return f"{int(f[key]):,}"

    def share(part, whole):
        return percent_text(int(f[part]), int(f[whole]))

    return [
        ("Loan volume in the month", m("volume_fen"), "Loan volume in the month"),
        ("Loans disbursed in the month", n("loans_disbursed"), "Loan volume in the month"),
        ("Cumulative loan volume", m("cumulative_volume_fen"), "Cumulative loan volume"),
        ("Cumulative loans", n("cumulative_loans"), "Cumulative loan volume"),
        ("Loan balance", m("balance_fen"), "Loan balance"),
        ("Interest balance", m("interest_balance_fen"), "Loan balance"),
        ("Loans outstanding", n("loans_outstanding"), "Loan balance"),
        ("Cumulative lenders", n("cumulative_investors"), "Cumulative lenders"),
        ("Cumulative borrowers", n("cumulative_borrowers"), "Cumulative lenders"),
        ("Lenders in the month", n("period_investors"), "Lenders in the month"),
        ("Borrowers in the month", n("period_borrowers"), "Lenders in the month"),
        ("Lenders with money receivable", n("investors"), "Lenders with money receivable"),
        ("Borrowers with a balance", n("borrowers"), "Lenders with money receivable"),
        ("Related-party loan balance", m("related_balance_fen"), "Related-party loan balance"),
        ("Related-party loans", n("related_loans"), "Related-party loan balance"),
        ("Amount overdue", m("overdue_fen"), "Amount overdue"),
        ("Loans overdue", n("loans_overdue"), "Amount overdue"),
        ("Overdue rate by amount", share("overdue_fen", "balance_fen"), "Amount overdue"),
        ("Overdue rate by count", share("loans_overdue", "loans_outstanding"), "Amount overdue"),
        ("Overdue above 90 days", m("overdue_m3_fen"), "Overdue above 90 days"),
        ("Loans overdue above 90 days", n("loans_overdue_m3"), "Overdue above 90 days"),
        ("Compensation in the month", m("compensation_fen"), "Compensation in the month"),
        ("Cumulative compensation", m("cumulative_compensation_fen"), "Compensation in the month"),
        ("Loans compensated", n("cumulative_compensated_loans"), "Compensation in the month"),
        ("Top borrower's share of the balance", share("top1_fen", "balance_fen"), "Top borrower's share of the balance"),
        ("Top 10 borrowers' share of the balance", share("top10_fen", "balance_fen"),
         "Top borrower's share of the balance"),
        ("Top lender's share of receivables", share("top1_lender_fen", "lenders_due_fen"),
         "Top lender's share of receivables"),
        ("Top 10 lenders' share of receivables", share("top10_lender_fen", "lenders_due_fen"),
         "Top lender's share of receivables"),
        ("Written off", m("written_off_fen"), "Written off"),
        ("Bad-debt rate", share("written_off_fen", "cumulative_volume_fen"), "Written off"),
    ]


def footnotes(f: dict, language: str) -> list[str]:
    """The definitions in the order the table first points to them (note 1, 2, …)."""
    order: list[str] = []
    for _label, _value, key in _items(f, language):
        if key not in order:
            order.append(key)
    return order


def metric_rows(f: dict, language: str, t) -> list[list[str]]:
    notes = footnotes(f, language)
    return [[t(label), value, str(notes.index(key) + 1)] for label, value, key in _items(f, language)]


def _basis_points(numerator: int, denominator: int) -> int:
    return (numerator * 10000) // denominator if denominator else 0


def _chart_frame(width: float, height: float, title: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=FONT, fontSize=9.5, fillColor=BRAND))
    return drawing


def _style_axes(chart, labels: list[str]) -> None:
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e5e7eb")


def _yuan_axis(value) -> str:
    return f"{int(value):,}"


def volume_chart(trend: list[dict], width: float, t) -> Drawing:
    drawing = _chart_frame(width, 62 * mm, t("Loan volume (yuan)"))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 22 * mm, 12 * mm, width - 26 * mm, 40 * mm
    chart.data = [[int(m["volume_fen"]) // 100 for m in trend]]
    chart.bars[0].fillColor = BRAND
    chart.bars[0].strokeColor = None
    _style_axes(chart, [m["month"] for m in trend])
    chart.valueAxis.labelTextFormat = _yuan_axis
    drawing.add(chart)
    return drawing


def balance_chart(trend: list[dict], width: float, t) -> Drawing:
    drawing = _chart_frame(width, 62 * mm, t("Loan balance (yuan)"))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 22 * mm, 12 * mm, width - 26 * mm, 40 * mm
    chart.data = [[int(m["balance_fen"]) // 100 for m in trend]]
    chart.lines[0].strokeColor = BRAND
    chart.lines[0].strokeWidth = 1.5
    chart.joinedLines = 1
    _style_axes(chart, [m["month"] for m in trend])
    chart.valueAxis.labelTextFormat = _yuan_axis
    drawing.add(chart)
    return drawing


def overdue_chart(trend: list[dict], width: float, t) -> Drawing:
    drawing = _chart_frame(width, 66 * mm, t("Overdue rates (%)"))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 22 * mm, 12 * mm, width - 26 * mm, 40 * mm
    # Percent with two decimals as basis points / 100 for the axis only; the table prints exact text.
    chart.data = [[_basis_points(int(m["overdue_fen"]), int(m["balance_fen"])) / 100 for m in trend],
                  [_basis_points(int(m["loans_overdue"]), int(m["loans_outstanding"])) / 100 for m in trend]]
    chart.lines[0].strokeColor = ORANGE
    chart.lines[1].strokeColor = BRAND
    chart.lines[0].strokeWidth = chart.lines[1].strokeWidth = 1.5
    _style_axes(chart, [m["month"] for m in trend])
    chart.valueAxis.labelTextFormat = "%.1f"
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 60 * mm, 62 * mm
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(ORANGE, t("by amount")), (BRAND, t("by count"))]
    drawing.add(legend)
    return drawing


def _month_ended(as_of) -> bool:
    """The figures are a month end's (midnight in Shanghai on the 1st), not the running month's now."""
    local = as_of.astimezone(SHANGHAI)
    return (local.day, local.hour, local.minute, local.second, local.microsecond) == (1, 0, 0, 0, 0)


def render(data: MonthlyData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = words(meta), meta.language
    s = Styles(lang)
    width = content_width(meta)
    as_of = parse_time(data.as_of) if isinstance(data.as_of, str) else data.as_of
    story = title_block(meta, s)
    cut_off = t("Month-end figures as of") if _month_ended(as_of) else t("Month running: figures as of now")
    story.append(Paragraph(escape(f"{cut_off}{meta.colon}{when(as_of)}"), s.note))
    story.append(Paragraph(escape(t("Disclosure metrics")), s.heading))
    story.append(data_table([t("Metric"), t("Value"), t("Note")], metric_rows(data.figures, lang, t),
                            [width * 0.58, width * 0.32, width * 0.1], right=(1,)))
    story.append(Paragraph(escape(t("Definitions")), s.heading))
    for number, key in enumerate(footnotes(data.figures, lang), 1):
        story.append(Paragraph(escape(f"{number}. {definition(key, lang)}"), s.note))
    story.append(Paragraph(escape(t("Amounts in yuan (CNY); every figure as the books stood at the month's end "
                                    "(midnight Beijing time at the start of the next month).")), s.note))
    if progress is not None:
        progress.check()
    story.append(Paragraph(escape(t("Trends over the last 12 months")), s.heading))
    story.append(KeepTogether([volume_chart(data.trend, width, t), Spacer(1, 3 * mm)]))
    story.append(KeepTogether([balance_chart(data.trend, width, t), Spacer(1, 3 * mm)]))
    story.append(KeepTogether([overdue_chart(data.trend, width, t)]))
    rows = [[m["month"], money(int(m["volume_fen"]), lang), money(int(m["balance_fen"]), lang),
             percent_text(int(m["overdue_fen"]), int(m["balance_fen"])),
             percent_text(int(m["loans_overdue"]), int(m["loans_outstanding"])),
             money(int(m["compensation_fen"]), lang)] for m in data.trend]
    rows.append([t("Total"), money(sum(int(m["volume_fen"]) for m in data.trend), lang), "", "", "",
                 money(sum(int(m["compensation_fen"]) for m in data.trend), lang)])
    story.append(Spacer(1, 3 * mm))
    story.append(data_table([t("Month"), t("Loan volume in the month"), t("Loan balance"), t("Overdue rate by amount"),
                             t("Overdue rate by count"), t("Compensation in the month")], rows,
                            [width * f for f in (0.12, 0.2, 0.2, 0.15, 0.15, 0.18)], right=(1, 2, 3, 4, 5),
                            total_rows=1))
    return build_pdf(meta, story, progress)
