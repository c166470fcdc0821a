"""The reconciliation screens' words in both languages: a line carried over from an earlier day, a day without
figures yet, the month heading (2026年12月 / December 2026)."""

from datetime import date, datetime, timezone

from app.models.reconciliation.records import DayRow, Item
from app.models.reconciliation.tables import days_model, item_note, whole_list
from app.services import language
from app.views.reconciliation.reconciliation_screen import ReconciliationScreen


def _carried(note: str | None) -> Item:
    return Item(7, "ledger", "matched", "matched", "TX9", None, "IV0009", "out", 1200,
                datetime(2026, 11, 20, 2, tzinfo=timezone.utc), "exact", None, (), note,
                carried_from_day=date(2026, 11, 19))


def test_a_carried_over_line_says_so_in_the_users_language(qapp):
    language.install("zh_CN")
    try:
        assert item_note(_carried(None)) == "在途，自 2026-11-19 结转"
        # rows stored before the server left the note to the console: its two-language sentence is replaced
        assert item_note(_carried("在途，自 2026-11-19 结转 / timing, carried from 2026-11-19")) == "在途，自 2026-11-19 结转"
        assert item_note(_carried("客户来电确认")) == "客户来电确认"   # a staff member's own note stays
    finally:
        language.install("en")
    assert item_note(_carried(None)) == "Timing, carried from 2026-11-19"


def test_a_day_shows_its_zeros_and_a_day_not_started_a_dash(qtbot, runner):
    rows = [DayRow(date(2026, 11, 20), "reconciled", 1, 0, 0), DayRow(date(2026, 11, 21), "not_started", 0, 0, 0)]
    model = days_model(whole_list(lambda _filters: rows), runner)
    model.reload({})
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    shown = [[model.data(model.index(r, c)) for c in (3, 4)] for r in range(model.rowCount())]
    assert shown == [["0", "¥0.00"], ["—", "—"]]


def test_the_month_is_headed_the_readers_way(qapp):
    """(month_heading reads only tr(): called with a stand-in for the screen, no platform needed.)"""
    language.install("zh_CN")
    try:
        assert ReconciliationScreen.month_heading(_Tr("ReconciliationScreen"), 2026, 12) == "2026年12月"
    finally:
        language.install("en")
    assert ReconciliationScreen.month_heading(_Tr("ReconciliationScreen"), 2026, 12) == "December 2026"


class _Tr:
    """Stands for the screen in `month_heading`: its tr() in the screen's context."""

    def __init__(self, context: str):
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(self.context, text, disambiguation)
