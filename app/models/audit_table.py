"""The audit log's columns over the server-paged table model."""

from PySide6.QtCore import QCoreApplication

from app.models.paged_table import Column, PagedTableModel
from app.services.formatting import local_time


def audit_model(fetch_page, runner, parent=None) -> PagedTableModel:
    columns = [
        Column(QCoreApplication.translate("AuditTableModel", "No."), lambda r: str(r.seq), "seq", right=True, mono=True),
        Column(QCoreApplication.translate("AuditTableModel", "Time"), lambda r: local_time(r.at, seconds=True), "at",
               mono=True),
        Column(QCoreApplication.translate("AuditTableModel", "User"), lambda r: r.actor_name, "actor"),
        Column(QCoreApplication.translate("AuditTableModel", "Action"), lambda r: r.action, "action"),
        Column(QCoreApplication.translate("AuditTableModel", "Object"), lambda r: f"{r.object_type} {r.object_id}",
               "object_type"),
        Column(QCoreApplication.translate("AuditTableModel", "Client address"), lambda r: r.client_addr),
    ]
    return PagedTableModel(columns, fetch_page, runner, "-seq", parent)
