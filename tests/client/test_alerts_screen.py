"""The alert list (告警) against the real platform: alerts planted as the monitoring writes them, shown in words (in
English and in Chinese) with their evidence as labelled rows; the filters; a senior risk officer acknowledges and
resolves one (a note is required to resolve) and the server's alert changes; a risk officer reads without buttons;
customer service sees no funds alerts."""

from PySide6.QtCore import Qt

from app.services import language
from app.views.alerts.alert_dialogs import NoteDialog
from app.views.alerts.alerts_screen import AlertsScreen
from tests.client import alert_plants as plants
from tests.client.helpers import signed_in_session

WAIT = 15_000


def _screen(qtbot, runner, session) -> AlertsScreen:
    screen = AlertsScreen(session, runner)
    qtbot.addWidget(screen)
    screen.resize(1400, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.list.loaded, timeout=WAIT)
    return screen


def _texts(screen, column: int) -> list[str]:
    model = screen.list.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _ids(screen) -> set[int]:
    return {a.id for a in screen.list.model.rows}


def _reload(qtbot, screen) -> None:
    screen.list.loaded = False
    screen.list.reload()
    qtbot.waitUntil(lambda: screen.list.loaded, timeout=WAIT)


def test_the_list_shows_planted_alerts_in_words_with_their_evidence(qtbot, runner, profile, platform):
    sign_ins = plants.sign_ins(platform)
    balance = plants.trial_balance(platform)
    withdrawal = plants.large_withdrawal(platform)
    resolved = plants.overdue(platform, state="resolved", resolved_by="risklead", resolved_note="已核实")
    screen = _screen(qtbot, runner, signed_in_session(profile, "auditor"))  # audit.read: every area

    assert {sign_ins, balance, withdrawal} <= _ids(screen) and resolved not in _ids(screen)  # open + acknowledged
    model = screen.list.model
    row = next(i for i, a in enumerate(model.rows) if a.id == balance)
    assert model.data(model.index(row, 0)) == "Critical"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole).name() == "#b42318"
    assert model.data(model.index(row, 1)) == "Trial balance not zero"
    assert model.data(model.index(row, 2)) == "Funds"
    assert "12.34" in model.data(model.index(row, 8))
    assert model.data(model.index(row, 4)) == "2026-12-03 09:20"  # Shanghai time
    assert model.data(model.index(row, 6)) == "Open"
    assert not screen.list.detail.acknowledge_button.isVisible()  # the auditor reads

    assert screen.list.select_alert(sign_ins)
    detail = screen.list.detail
    assert "Failed sign-ins of one account" in detail.title.text() and "Warning" in detail.title.text()
    assert detail.message_text.text() == "6 failed sign-ins of 李明's account in 10 minutes."
    assert detail.evidence.headers() == [["Time", "User name", "Address", "Reason"]]
    rows = detail.evidence.rows()
    assert len(rows) == 6 and rows[0][:3] == ["2026-12-03 09:00:00", "risk", "10.0.0.7"]
    assert not any("{" in cell for row in rows for cell in row)  # never raw JSON

    assert screen.list.select_alert(withdrawal)
    assert detail.evidence.headers() == [["Number", "Customer", "Amount", "State", "Requested"]]
    assert detail.evidence.rows()[0][:3] == ["WD20261203000042", "IV0035", "¥80,000.00"]
    assert ("90-day median", "¥2,000.00") in detail.evidence.facts

    language.install("zh_CN")
    try:
        chinese = _screen(qtbot, runner, signed_in_session(profile, "auditor", steps_ahead=1))
        model = chinese.list.model
        row = next(i for i, a in enumerate(model.rows) if a.id == balance)
        assert model.data(model.index(row, 0)) == "严重"
        assert model.data(model.index(row, 6)) == "待处理"
        assert model.headerData(0, Qt.Orientation.Horizontal) == "级别"
        assert "试算" in model.data(model.index(row, 1))  # the rule's title from the server's catalog
        assert chinese.list.select_alert(sign_ins)
        assert chinese.list.detail.evidence.headers() == [["时间", "用户名", "地址", "原因"]]
        assert chinese.list.state.currentText() == "待处理（含已确认）"
    finally:
        language.install("en")


def test_filters_by_state_severity_and_area(qtbot, runner, profile, platform):
    sign_ins = plants.sign_ins(platform)
    balance = plants.trial_balance(platform)
    withdrawal = plants.large_withdrawal(platform)
    done = plants.overdue(platform, state="resolved", resolved_by="risklead", resolved_note="已核实")
    acknowledged = plants.sign_ins(platform, minute=50, state="acknowledged", acknowledged_by="risklead")
    screen = _screen(qtbot, runner, signed_in_session(profile, "auditor"))
    assert {sign_ins, balance, withdrawal, acknowledged} <= _ids(screen) and done not in _ids(screen)

    screen.list.severity.setCurrentIndex(screen.list.severity.findData("critical"))
    qtbot.waitUntil(lambda: bool(_ids(screen)) and all(a.severity == "critical" for a in screen.list.model.rows),
                    timeout=WAIT)
    assert balance in _ids(screen) and sign_ins not in _ids(screen)

    screen.list.severity.setCurrentIndex(0)
    screen.list.area.setCurrentIndex(screen.list.area.findData("funds"))
    qtbot.waitUntil(lambda: bool(_ids(screen)) and all(a.area == "funds" for a in screen.list.model.rows), timeout=WAIT)
    assert {balance, withdrawal} <= _ids(screen)

    screen.list.area.setCurrentIndex(0)
    screen.list.state.setCurrentIndex(screen.list.state.findData("resolved"))
    qtbot.waitUntil(lambda: done in _ids(screen), timeout=WAIT)
    assert all(a.state == "resolved" for a in screen.list.model.rows)
    assert screen.list.model.rows[[a.id for a in screen.list.model.rows].index(done)].handled_by == "张伟"

    screen.list.state.setCurrentIndex(screen.list.state.findData("acknowledged"))
    qtbot.waitUntil(lambda: acknowledged in _ids(screen) and sign_ins not in _ids(screen), timeout=WAIT)


def test_senior_risk_officer_acknowledges_then_resolves_with_a_note(qtbot, runner, profile, platform):
    alert_id = plants.sign_ins(platform)
    screen = _screen(qtbot, runner, signed_in_session(profile, "risklead"))
    qtbot.waitUntil(lambda: alert_id in _ids(screen), timeout=WAIT)
    assert screen.list.select_alert(alert_id)
    detail = screen.list.detail
    assert detail.acknowledge_button.isVisible() and detail.resolve_button.isVisible()

    detail.acknowledge_button.click()
    dialog = screen.list.last_dialog
    assert isinstance(dialog, NoteDialog) and dialog.ok_button.isEnabled()  # the note is optional
    dialog.note.setPlainText("正在联系李明核实")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: plants.alert_row(platform, alert_id).state == "acknowledged", timeout=WAIT)
    stored = plants.alert_row(platform, alert_id)
    assert (stored.acknowledged_by, stored.acknowledged_note) == ("risklead", "正在联系李明核实")
    qtbot.waitUntil(lambda: detail.alert is not None and detail.alert.state == "acknowledged", timeout=WAIT)
    assert "Acknowledged by 张伟" in detail.history.text() and "正在联系李明核实" in detail.history.text()
    assert not detail.acknowledge_button.isEnabled() and detail.resolve_button.isEnabled()

    detail.resolve_button.click()
    dialog = screen.list.last_dialog
    assert dialog.resolving and not dialog.ok_button.isEnabled()  # a note is required
    dialog.note.setPlainText("李明本人输错密码，已确认")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: plants.alert_row(platform, alert_id).state == "resolved", timeout=WAIT)
    stored = plants.alert_row(platform, alert_id)
    assert (stored.resolved_by, stored.resolved_note) == ("risklead", "李明本人输错密码，已确认")
    qtbot.waitUntil(lambda: alert_id not in _ids(screen), timeout=WAIT)  # no longer to be worked


def test_an_alert_someone_else_handled_first_shows_as_it_is_now(qtbot, runner, profile, platform):
    alert_id = plants.sign_ins(platform)
    screen = _screen(qtbot, runner, signed_in_session(profile, "risklead"))
    qtbot.waitUntil(lambda: alert_id in _ids(screen), timeout=WAIT)
    screen.list.select_alert(alert_id)
    with platform.db.write() as db:  # acknowledged meanwhile by another manager
        from server.monitoring.models import Alert

        alert = db.get(Alert, alert_id)
        alert.state, alert.acknowledged_by, alert.acknowledged_at, alert.version = \
            "acknowledged", "finlead", plants.AT, 2
        db.commit()
    detail = screen.list.detail
    detail.acknowledge_button.click()
    screen.list.last_dialog.ok_button.click()
    qtbot.waitUntil(lambda: detail.alert.state == "acknowledged" and bool(detail.message.text()), timeout=WAIT)
    assert "Someone else changed this first" in detail.message.text()
    assert "刘洋" in detail.history.text()


def test_a_risk_officer_reads_alerts_without_buttons(qtbot, runner, profile, platform):
    alert_id = plants.overdue(platform)
    screen = _screen(qtbot, runner, signed_in_session(profile, "risk"))
    qtbot.waitUntil(lambda: alert_id in _ids(screen), timeout=WAIT)
    screen.list.select_alert(alert_id)
    detail = screen.list.detail
    assert detail.alert.id == alert_id and detail.isVisible()
    assert not detail.acknowledge_button.isVisible() and not detail.resolve_button.isVisible()
    assert screen.settings is None and not screen.tabs.tabBar().isVisible()


def test_customer_service_does_not_see_funds_alerts(qtbot, runner, profile, platform):
    balance = plants.trial_balance(platform)
    withdrawal = plants.large_withdrawal(platform)
    screen = _screen(qtbot, runner, signed_in_session(profile, "service"))
    assert balance not in _ids(screen) and withdrawal not in _ids(screen)
    if not screen.list.model.rows:
        assert screen.list.detail.empty.text() == "No alerts of your areas match these filters."
    finance = _screen(qtbot, runner, signed_in_session(profile, "finance"))
    assert {balance, withdrawal} <= _ids(finance)


def test_the_detail_lists_where_the_alert_was_sent(qtbot, runner, profile, platform):
    from server.monitoring import delivery
    from server.monitoring.models import Alert

    admin = signed_in_session(profile, "admin")
    admin.api.request("PUT", "/api/v1/monitoring/recipients", json={"version": 0, "recipients": [
        {"name": "值班经理", "mobile": "13800138001", "severities": ["warning", "critical"], "areas": ["security"]}]})
    alert_id = plants.sign_ins(platform)
    with platform.db.write() as db:
        delivery.notify(db, db.get(Alert, alert_id), "opened")
        db.commit()
    screen = _screen(qtbot, runner, signed_in_session(profile, "risklead"))
    assert screen.list.select_alert(alert_id)
    table = screen.list.detail.deliveries
    assert table.isVisibleTo(screen) and table.topLevelItemCount() == 1
    row = [table.topLevelItem(0).text(c) for c in range(5)]
    assert row[0] == "SMS" and row[1] != "13800138001" and row[1].endswith("8001")  # masked
    assert row[2] in ("Waiting to be sent", "Sent")


def test_a_long_list_comes_page_by_page_in_order(qtbot, runner, profile, platform):
    from datetime import timedelta

    from server.monitoring.models import Alert

    with platform.db.write() as db:  # 130 open and 100 acknowledged alerts, a minute apart, interleaved
        for n in range(230):
            at = plants.AT - timedelta(minutes=n)
            db.add(Alert(rule="failed_sign_ins_address", fold_key=f"address:10.1.{n // 250}.{n % 250}",
                         severity="warning", area="security", params={"address": f"10.1.0.{n}", "count": 20,
                                                                        "minutes": 10},
                         evidence={}, state="acknowledged" if n % 23 < 10 else "open", count=1, first_seen_at=at,
                         last_seen_at=at, version=1))
        db.commit()
    screen = _screen(qtbot, runner, signed_in_session(profile, "risklead"))
    model = screen.list.model
    assert model.total >= 230 and model.rowCount() == 100
    while model.canFetchMore():
        rows = model.rowCount()
        model.fetchMore()
        qtbot.waitUntil(lambda: model.rowCount() > rows, timeout=WAIT)
    ids = [a.id for a in model.rows]
    assert len(ids) == len(set(ids)) == model.total
    seen = [a.last_seen_at for a in model.rows]
    assert seen == sorted(seen, reverse=True)
    assert {a.state for a in model.rows} == {"open", "acknowledged"}


def test_clicking_a_header_sorts_the_list_severities_by_rank_and_times_by_time(qtbot, runner, profile, platform):
    from PySide6.QtCore import QPoint

    info = plants.overdue(platform)  # info, loans, last seen 09:40
    critical = plants.trial_balance(platform)  # critical, funds, 09:20
    warning = plants.sign_ins(platform, state="acknowledged", acknowledged_by="risklead")  # warning, security, 6x
    screen = _screen(qtbot, runner, signed_in_session(profile, "auditor"))
    table, header = screen.list.table, screen.list.table.horizontalHeader()

    def mine() -> list[int]:
        return [a.id for a in screen.list.model.rows if a.id in {info, critical, warning}]

    def click(column: int) -> None:
        screen.list.loaded = False
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        qtbot.waitUntil(lambda: screen.list.loaded, timeout=WAIT)

    assert mine() == [info, critical, warning]  # the latest seen first
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (5, Qt.SortOrder.DescendingOrder)
    click(0)  # severity: the most severe first, by rank (not 警告 < 提示 < 严重 or Critical < Info < Warning)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert mine() == [critical, warning, info]
    click(0)
    assert mine() == [info, warning, critical]
    click(2)  # area: security, funds, loans (the filter's order)
    assert mine() == [warning, critical, info]
    click(3)  # count: the most first, then the latest seen
    assert mine() == [warning, info, critical]
    click(6)  # state: the open ones first
    assert mine() == [info, critical, warning]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # the rule: not sorted, the arrow stays
                     pos=QPoint(header.sectionViewportPosition(1) + 20, header.height() // 2))
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (6, Qt.SortOrder.AscendingOrder)
    assert mine() == [info, critical, warning]
    screen.list.loaded = False
    table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # last seen by the time, the oldest first
    qtbot.waitUntil(lambda: screen.list.loaded, timeout=WAIT)
    assert mine() == [warning, critical, info]

    screen.list.loaded = False
    screen.list.state.setCurrentIndex(screen.list.state.findData(""))  # every state: one query, sorted by the server
    qtbot.waitUntil(lambda: screen.list.loaded, timeout=WAIT)
    assert mine() == [warning, critical, info]
    click(0)
    assert mine() == [critical, warning, info]
