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


def metric_rows(f: dict, language: str, t) -> list[list[str]]:
    def m(key):
        return money(int(f[key]), language)

    return [
        [t("Loan volume in the month"), m("volume_fen")],
        [t("Loans disbursed in the month"), str(f["loans_disbursed"])],
        [t("Cumulative loan volume"), m("cumulative_volume_fen")],
        [t("Loan balance"), m("balance_fen")],
        [t("Loans outstanding"), str(f["loans_outstanding"])],
        [t("Borrowers with a balance"), str(f["borrowers"])],
        [t("Investors with money lent"), str(f["investors"])],
        [t("Amount overdue"), m("overdue_fen")],
        [t("Loans overdue"), str(f["loans_overdue"])],
        [t("Overdue rate by amount"), percent_text(int(f["overdue_fen"]), int(f["balance_fen"]))],
        [t("Overdue rate by count"), percent_text(int(f["loans_overdue"]), int(f["loans_outstanding"]))],
        [t("Overdue above 90 days (M3+)"), m("overdue_m3_fen")],
        [t("Compensation paid from the risk reserve"), m("compensation_fen")],
        [t("Top borrower's share of the balance"), percent_text(int(f["top1_fen"]), int(f["balance_fen"]))],
        [t("Top 10 borrowers' share of the balance"), percent_text(int(f["top10_fen"]), int(f["balance_fen"]))],
        [t("Written off"), m("written_off_fen")],
        [t("Bad-debt rate"), percent_text(int(f["written_off_fen"]), int(f["cumulative_volume_fen"]))],
    ]


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


def render(data: MonthlyData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    as_of = parse_time(data.as_of) if isinstance(data.as_of, str) else data.as_of
    story = title_block(meta, s)
    story.append(Paragraph(escape(f"{t('Month-end figures as of')}{meta.colon}{when(as_of)}"), s.note))
    story.append(Paragraph(escape(t("Disclosure metrics")), s.heading))
    story.append(data_table([t("Metric"), t("Value")], metric_rows(data.figures, lang, t), [width * 0.6, width * 0.4],
                            right=(1,)))
    story.append(Paragraph(escape(t("Definitions")), s.heading))
    story.append(Paragraph(escape(t("definitions_text")), s.note))
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
                             t("Overdue rate by count"), t("Compensation paid from the risk reserve")], rows,
                            [width * f for f in (0.12, 0.2, 0.2, 0.15, 0.15, 0.18)], right=(1, 2, 3, 4, 5),
                            total_rows=1))
    return build_pdf(meta, story, progress)
