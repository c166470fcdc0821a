"""The daily reconciliation report prints the audit chain's latest checkpoint (issue 13), when the user
printing it may read the audit log."""

import io
from datetime import datetime, timezone

import pypdf

from app.models.records import AuditCheckpoint
from app.services import errors
from app.services.reports import daily_reconciliation
from app.services.reports.document import ReportMeta
from app.services.reports.report_data import ReportData

PRINTED = datetime(2026, 11, 29, 1, 0, tzinfo=timezone.utc)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _render(checkpoint, language="zh_CN") -> str:
    data = daily_reconciliation.ReconciliationData({"day": "2026-11-28", "status": "open"}, [], checkpoint)
    meta = ReportMeta("Daily reconciliation report", language, "测试", PRINTED, landscape=True)
    return _text(daily_reconciliation.render(data, meta))


def test_the_report_names_the_last_checkpoint_in_its_header():
    anchor = AuditCheckpoint("checkpoint", datetime(2026, 11, 28, 16, 0, tzinfo=timezone.utc), 12345)
    assert "审计链检查点" in _render(anchor) and "第 12,345 条记录，2026-11-29 00:00:00" in _render(anchor)
    assert "Audit chain checkpoint" in _render(anchor, "en")


def test_a_restore_epoch_is_printed_as_such_and_no_checkpoint_prints_no_line():
    epoch = AuditCheckpoint("epoch", datetime(2026, 11, 28, 16, 0, tzinfo=timezone.utc), 900, "nightly-1127")
    assert "自备份 nightly-1127 恢复，第 900 条记录" in _render(epoch)
    assert "审计链检查点" not in _render(None)


class _Api:
    def __init__(self, answer):
        self.answer = answer

    def audit_checkpoint(self):
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


def test_a_user_without_the_audit_permission_gets_the_report_without_the_line():
    assert ReportData(_Api(errors.Forbidden("audit.read"))).audit_checkpoint() is None
    anchor = AuditCheckpoint("checkpoint", PRINTED, 7)
    assert ReportData(_Api(anchor)).audit_checkpoint() == anchor
