"""The audit log's columns over the server-paged table model: codes on the wire, words on the screen."""

from PySide6.QtCore import QCoreApplication

from app.models.paged_table import Column, PagedTableModel
from app.services.formatting import local_time
from app.models.audit_words import action_text, actor_text, client_text, object_text

# Columns whose cells are names people and programs gave (user names, addresses), not words to translate; and
# the object column, whose cells are a word followed by a name or number ("借款申请 LN20261124000001").
IDENTIFIER_COLUMNS = [0, 1, 2, 5]
WORD_THEN_IDENTIFIER_COLUMNS = [4]


def audit_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("AuditTableModel", "No."), lambda r: str(r.seq), "seq", right=True, mono=True),
        Column(QCoreApplication.translate("AuditTableModel", "Time"), lambda r: local_time(r.at, seconds=True), "at",
               mono=True),
        Column(QCoreApplication.translate("AuditTableModel", "User"), actor_text, "actor"),
        Column(QCoreApplication.translate("AuditTableModel", "Action"), lambda r: action_text(r.action), "action"),
        Column(QCoreApplication.translate("AuditTableModel", "Object"), object_text, "object_type"),
        Column(QCoreApplication.translate("AuditTableModel", "Client address"), lambda r: client_text(r.client_addr)),
    ]
    return PagedTableModel(columns, fetch_page, runner, "-seq", parent)
