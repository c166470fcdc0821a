"""The after-loan and blacklist dialogs in both languages: every visible text in Chinese is words, not codes or
English, and nothing is cut short in English (the self-check's text walk, on the dialogs it does not open);
a double-click in the after-loan lists asks the main window for the loan's application."""

import pytest

from app import text_audit
from app.models.after_loan_records import Collector, ImportProblem, ImportResult
from app.services import language
from app.views.afterloan.collection_dialogs import CollectorDialog, ContactDialog
from app.views.blacklist.blacklist_screen import AddEntryDialog, ImportDialog


def _dialogs():
    staff = [Collector("risk", "李明"), Collector("risklead", "张伟")]
    problems = ImportResult(0, [ImportProblem(3, "类型", "“护照”不是有效的类型。"), ImportProblem(0, "", "文件为空。")],
                            True)
    return [CollectorDialog("借款 LN20261203000001，借款人 王*国，逾期 20 天（¥4,000.00）。", staff, "risk"),
            ContactDialog("借款 LN20261203000001，借款人 王*国，手机 137****0007，逾期 20 天（¥4,000.00）。"),
            AddEntryDialog(), ImportDialog("bad.csv", problems), ImportDialog("good.csv", ImportResult(12, [], True))]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_dialogs_read_as_words_in_chinese_and_whole_in_english(qtbot, lang):
    language.install(lang)
    try:
        findings = []
        for dialog in _dialogs():
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            if lang == "zh_CN":
                findings += text_audit.chinese_findings(dialog, "after-loan dialog", "test")
                assert "(&" not in dialog.windowTitle()
            else:
                findings += text_audit.english_findings(dialog, "after-loan dialog", "test")
        assert findings == []
    finally:
        language.install("en")


def test_the_contact_dialog_in_chinese_says_what_a_promise_needs(qtbot):
    language.install("zh_CN")
    try:
        dialog = ContactDialog("借款 LN1")
        qtbot.addWidget(dialog)
        assert dialog.outcome.itemText(dialog.outcome.findData("promised")) == "承诺还款"
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("promised"))
        dialog.note.setPlainText("本人接听")
        assert dialog.problem.text() == "还款承诺须填写借款人承诺的金额。" and not dialog.ok_button.isEnabled()
        dialog.promised_amount.setText("1,200.50")
        assert dialog.ok_button.isEnabled() and dialog.values()["promised_amount_fen"] == 120_050
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("no_answer"))
        values = dialog.values()
        assert values["promised_amount_fen"] is None and values["promised_date"] is None  # only with a promise
    finally:
        language.install("en")
