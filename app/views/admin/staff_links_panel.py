"""关联客户 Linked customers: staff members who are also customers, or related to one. A linked staff member
can never approve or reject that customer's withdrawals (separation of duties); administrators keep the
list here. Adding and ending a link are audited on the server."""

import re

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from app.models.ledger_tables import customer_label
from app.models.paged_table import Column, PagedTableModel
from app.models.records import Page
from app.models.staff_records import StaffLink, UserRow
from app.services.administration import Administration
from app.services.placeholders import fill
from app.views.common.dense_table import widen_to_fit
from app.services.formatting import clock_now, local_time, number
from app.services.icons import icon
from app.services.messages import describe
from app.services.session import ConsoleSession
from app.services.tasks import TaskRunner
from app.views.session.step_up_dialog import StepUpDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

ERROR_COLOUR, DONE_COLOUR = "#b42318", "#1a7f37"
CUSTOMER_REF = r"[A-Za-z0-9_\-]{1,32}"  # the server's rule for a customer reference


def links_model(administration: Administration, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(translate("StaffLinksPanel", "Customer"), lambda link: customer_label(link.customer_ref,
                                                                                    link.customer_name)),
        Column(translate("StaffLinksPanel", "Staff member"), lambda link: link.staff_member()),
        Column(translate("StaffLinksPanel", "Note"), lambda link: link.note),
        Column(translate("StaffLinksPanel", "Linked by"), lambda link: link.created_by_name or link.created_by),
        Column(translate("StaffLinksPanel", "Linked at"), lambda link: local_time(link.created_at), mono=True),
    ]

    def fetch(filters, _sort, _page, _page_size):
        links = administration.staff_links(filters.get("customer_ref") or None)
        return Page(links, len(links), 1, max(1, len(links)))

    return PagedTableModel(columns, fetch, runner, "", parent)


class LinkDialog(QDialog):
    """Customer reference, staff member and a note; OK only when the reference is well formed."""

    def __init__(self, users: list[UserRow], customer_ref: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link a staff member to a customer"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("The staff member will no longer be able to approve or reject this customer's "
                               "withdrawals."), wordWrap=True)
        self.customer = QLineEdit(customer_ref)
        self.customer.setObjectName("linkCustomer")
        self.customer.setPlaceholderText(self.tr("e.g. C000123"))
        self.customer.setValidator(QRegularExpressionValidator(QRegularExpression(CUSTOMER_REF), self))
        self.staff = QComboBox()
        self.staff.setObjectName("linkStaff")
        for user in users:
            self.staff.addItem(user.display_name or user.username, user.id)
            self.staff.setItemData(self.staff.count() - 1, user.username, Qt.ItemDataRole.ToolTipRole)
        self.note = QLineEdit()
        self.note.setObjectName("linkNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. own account, spouse, parent"))
        self.hint = QLabel()
        self.hint.setStyleSheet(f"color: {ERROR_COLOUR}")
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Staff member"), self.staff)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.customer.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ref = self.customer.text().strip()
        ok = bool(re.fullmatch(CUSTOMER_REF, ref)) and self.staff.count() > 0
        self.hint.setText("" if ok or not ref else self.tr("A customer reference is 1 to 32 letters, digits, '-' or '_'."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, int, str]:
        return self.customer.text().strip(), int(self.staff.currentData()), self.note.text().strip()


class StaffLinksPanel(QWidget):
    def __init__(self, session: ConsoleSession, runner: TaskRunner, administration: Administration, parent=None):
        super().__init__(parent)
        self.session, self.runner, self.admin = session, runner, administration
        self.last_dialog = None
        self.setObjectName("staffLinksPanel")
        self.filter = QLineEdit()
        self.filter.setObjectName("linksFilter")
        self.filter.setPlaceholderText(self.tr("Customer reference"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setValidator(QRegularExpressionValidator(QRegularExpression(CUSTOMER_REF), self))
        self.filter.returnPressed.connect(self.refresh)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        self.notice = QLabel()
        self.notice.setObjectName("linksNotice")
        self.add_button = QPushButton(icon("user-plus"), self.tr("Link…"))
        self.add_button.setObjectName("addLink")
        self.add_button.clicked.connect(self.add)
        self.end_button = QPushButton(icon("user-x"), self.tr("End link…"))
        self.end_button.setObjectName("endLink")
        self.end_button.clicked.connect(self.end)
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addWidget(self.count)
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.end_button)
        self.model = links_model(administration, runner, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: self.show_notice(describe(error), error=True))
        self.table = QTableView()
        self.table.setObjectName("linksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 180, 200, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.model.modelReset.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.count.setText(self.tr("Loading…"))
        self.model.reload({"customer_ref": self.filter.text().strip()})

    def _loaded(self, total: int) -> None:
        widen_to_fit(self.table)
        self.count.setText(fill(self.tr("%1 links · as of %2"), number(total), clock_now()) if total
                           else self.tr("No staff member is linked to a customer."))

    def selected(self) -> StaffLink | None:
        return self.model.record(self.table.currentIndex().row())

    def _update(self) -> None:
        self.end_button.setEnabled(self.selected() is not None)

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {ERROR_COLOUR if error else DONE_COLOUR}")

    def add(self) -> None:
        """Loads the staff list in the background, then asks for the link."""
        admin = self.admin
        self.runner.run(lambda: admin.users_page({"state": "active"}, "username", 1, 200).items,
                        done=self._ask_link, failed=lambda error: self.show_notice(describe(error), error=True),
                        owner=self)

    def _ask_link(self, users: list[UserRow]) -> LinkDialog:
        dialog = LinkDialog(users, self.filter.text().strip(), self)
        admin = self.admin

        def finished(result):
            if result == QDialog.DialogCode.Accepted:
                customer_ref, user_id, note = dialog.values()
                self.runner.run(lambda: admin.link_staff(customer_ref, user_id, note), done=self._linked,
                                failed=lambda error: self.show_notice(describe(error), error=True), owner=self)

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _linked(self, link: StaffLink) -> None:
        self.show_notice(fill(self.tr("%1 is now linked to %2."), link.staff_member(),
                              customer_label(link.customer_ref, link.customer_name)))
        self.model.reload()

    def end(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("End link"),
                          fill(self.tr("End the link between %1 and %2? %1 may then approve and reject this "
                                       "customer's withdrawals again."), chosen.staff_member(),
                               customer_label(chosen.customer_ref, chosen.customer_name)),
                          QMessageBox.StandardButton.Cancel, self)
        box.ok_button = box.addButton(self.tr("End link"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        admin = self.admin

        def unlink(step_up: str) -> None:
            self.runner.run(lambda: admin.unlink_staff(chosen.id, step_up), done=lambda _none: self._ended(chosen),
                            failed=lambda error: self.show_notice(describe(error), error=True), owner=self)

        def finished(_result):
            # Ending a link lets the clerk decide the customer's withdrawals again: the server asks for a fresh
            # one-time code, as for role changes.
            if box.clickedButton() is box.ok_button:
                what = fill(self.tr("End the link between %1 and %2"), chosen.staff_member(),
                            customer_label(chosen.customer_ref, chosen.customer_name))
                self.last_dialog = StepUpDialog.ask(what,
                                                    admin.step_up, self.runner, self, then=unlink)

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        self.last_dialog = box
        box.open()
        return box

    def _ended(self, link: StaffLink) -> None:
        self.show_notice(fill(self.tr("The link between %1 and %2 has ended."), link.staff_member(),
                              customer_label(link.customer_ref, link.customer_name)))
        self.model.reload()
