"""The self-check's text walk (app/text_audit.py): in Chinese no codes and no English words outside the
allowlist, identifiers exempt by field; in English nothing clipped by its widget."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from app.text_audit import IDENTIFIER_ROLE, chinese_findings, chinese_problems, english_findings


def test_a_chinese_text_is_read_for_codes_english_words_and_state_names():
    assert chinese_problems("登录成功") == []
    assert chinese_problems("导出为 PDF、Excel 或 CSV；动态口令 OTP") == []  # the reviewed allowlist
    assert chinese_problems("借款申请 LN20261124000001，文件 bank_statement.csv，见 https://example.com/a_b") == []
    assert chinese_problems("操作：auth.signed_in") == ["a raw code (auth.signed_in)"]
    assert chinese_problems("approve_first") == ["a raw code (approve_first)"]
    assert chinese_problems("状态：submitted") == ["an English state name (submitted)"]
    assert chinese_problems("角色：Risk officer") == ["an English role name (Risk)", "an English role name (officer)"]
    assert chinese_problems("Welcome，王芳") == ["an English word (Welcome)"]
    assert chinese_problems("文件(&F)") == []  # a menu's mnemonic
    assert chinese_problems("删除此角色?") == ["ASCII punctuation in a Chinese sentence (色?)"]
    assert chinese_problems("角色: 审计 (只读)") == ["ASCII punctuation in a Chinese sentence (色:)",
                                                  "ASCII punctuation in a Chinese sentence ((只)",
                                                  "ASCII punctuation in a Chinese sentence (读))"]
    assert chinese_problems("刷新于 13:34:16（共 3 条）") == []


def _screen(qtbot, *widgets) -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.resize(600, 400)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_identifier_fields_are_exempt_by_widget_and_by_column_never_by_word(qtbot):
    code = QLabel("loan.approve_first")
    user = QLabel("wangfang")
    user.setProperty("identifier", True)
    combo = QComboBox()
    combo.addItems(["全部", "pending"])
    model = QStandardItemModel(1, 4)
    model.setHorizontalHeaderLabels(["用户", "操作", "对象", "备注"])
    for column, text in enumerate(["wangfang", "登录成功", "员工 wangfang", "risk"]):
        model.setItem(0, column, QStandardItem(text))
    model.setHeaderData(3, Qt.Orientation.Horizontal, True, IDENTIFIER_ROLE)
    table = QTableView()
    table.setObjectName("records")
    table.setModel(model)
    table.setProperty("identifierColumns", [0])
    table.setProperty("wordThenIdentifierColumns", [2])
    root = _screen(qtbot, code, user, combo, table)
    found = chinese_findings(root, "audit", "auditor")
    assert [(f.widget, f.text) for f in found] == [("QLabel", "loan.approve_first"), ("QComboBox item", "pending")]
    assert str(found[0]) == "audit, auditor, QLabel: loan.approve_first — a raw code (loan.approve_first)"
    model.setItem(0, 2, QStandardItem("user 5"))  # "user" is the word part: read
    assert [f.text for f in chinese_findings(root, "audit", "auditor")][-1] == "user 5"


def test_in_english_a_text_its_widget_clips_is_named(qtbot):
    fits = QLabel("Signed in")
    clipped = QLabel("Second review by the senior risk officer")
    clipped.setFixedWidth(60)
    button = QPushButton("Approve the whole batch of withdrawals")
    button.setFixedWidth(70)
    combo = QComboBox()
    combo.addItems(["All", "Equal principal and interest instalments"])
    combo.setFixedWidth(90)
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["No.", "Amount financed by investors"])
    model.setItem(0, 0, QStandardItem("1"))
    model.setItem(0, 1, QStandardItem("A long description no narrow column can show whole"))
    table = QTableView()
    table.setObjectName("list")
    table.setModel(model)
    table.setColumnWidth(1, 80)
    table.horizontalHeader().setStretchLastSection(False)
    amount = QLineEdit(placeholderText="Amount from (yuan)")
    amount.setFixedWidth(80)
    wide = QLineEdit(placeholderText="Amount")
    wide.setFixedWidth(120)
    root = _screen(qtbot, fits, clipped, button, combo, table, amount, wide)
    found = {(f.widget, f.text, f.why) for f in english_findings(root, "loans", "risk")}
    assert found == {
        ("QLabel", "Second review by the senior risk officer", "clipped by its label"),
        ("QLineEdit placeholder", "Amount from (yuan)", "placeholder elided (…)"),
        ("QPushButton", "Approve the whole batch of withdrawals", "clipped by its button"),
        ("QComboBox", "Equal principal and interest instalments", "would be clipped by its combo box when chosen"),
        ("list header", "Amount financed by investors", "header narrower than its title"),
        ("list[Amount financed by investors]", "A long description no narrow column can show whole", "cell elided (…)"),
    }
