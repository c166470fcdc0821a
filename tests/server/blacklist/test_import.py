"""A file of entries (CSV in UTF-8 with or without BOM, or GB18030; or an Excel workbook) goes on the blacklist all
or nothing: every bad line is named by line, column and reason in words; a file imported twice adds nothing."""

import io
from urllib.parse import quote

import openpyxl

from tests.server.blacklist.conftest import audit_actions, post

GOOD_ROWS = [
    ["类型", "值", "原因", "来源"],
    ["身份证号", "110101199001011234", "法院失信被执行人", "法院"],
    ["手机号", "139 1234 5678", "冒用他人身份", "合作方"],
    ["银行卡号", "6222021234567890123", "盗刷", ""],
    ["姓名", "欧阳娜娜", "骗贷团伙成员", "内部"],
]


def csv_bytes(rows, encoding="utf-8", bom=False) -> bytes:
    text = "\r\n".join(",".join(cells) for cells in rows) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def xlsx_bytes(rows) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def send(who, data: bytes, filename: str, dry_run: bool, language="zh-CN"):
    return post(who, f"/loans/blacklist/import?dry_run={'true' if dry_run else 'false'}", None,
                headers={"X-Filename": quote(filename), "Content-Type": "application/octet-stream",
                         "Accept-Language": language}, content=data)


def test_a_file_with_bad_lines_names_each_and_adds_nothing(staff, platform):
    rows = GOOD_ROWS + [
        ["护照", "E12345678", "原因", "内部"],  # line 6: an unknown kind
        ["手机号", "12345", "原因", "内部"],  # line 7: a short phone
        ["银行卡号", "6222021234567890124", "", "传闻"],  # line 8: no reason, unknown source
    ]
    lead = staff("risklead")
    answer = send(lead, csv_bytes(rows), "名单.csv", dry_run=False)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["added"] == 0 and body["lines"] == 7
    assert [(p["line"], p["column"]) for p in body["problems"]] == [(6, "类型"), (7, "值"), (8, "原因"), (8, "来源")]
    assert body["problems"][0]["reason"] == "“护照”不是有效的类型：请填写身份证号、手机号、银行卡号或姓名。"
    assert body["problems"][1]["reason"] == "手机号为以 1 开头的 11 位数字。"
    assert body["problems"][3]["code"] == "blacklist_source_invalid"
    english = send(lead, csv_bytes(rows), "list.csv", dry_run=True, language="en").json()
    assert english["problems"][1]["reason"] == "A phone number is 11 digits starting with 1."
    assert lead.get("/loans/blacklist").json() == []
    assert audit_actions(platform, "blacklist_import") == []


def test_a_missing_column_is_named_in_the_header(staff):
    rows = [["类型", "值"], ["姓名", "王五"]]
    body = send(staff("risklead"), csv_bytes(rows), "x.csv", dry_run=False, language="en").json()
    assert [(p["line"], p["column"], p["reason"]) for p in body["problems"]] == [
        (1, "reason", "The header has no such column.")]


def test_a_utf8_file_with_bom_is_checked_by_a_dry_run_then_imported_once(staff, platform):
    lead = staff("risklead")
    data = csv_bytes(GOOD_ROWS, bom=True)
    dry = send(lead, data, "名单.csv", dry_run=True).json()
    assert (dry["added"], dry["problems"], dry["dry_run"]) == (4, [], True)
    assert lead.get("/loans/blacklist").json() == []
    done = send(lead, data, "名单.csv", dry_run=False).json()
    assert (done["added"], done["already"], done["problems"]) == (4, 0, [])
    listed = lead.get("/loans/blacklist").json()
    assert {(e["kind"], e["value"], e["source"]) for e in listed} == {
        ("id_number", "110101199001011234", "court"), ("phone", "13912345678", "partner"),
        ("bank_card", "6222021234567890123", "internal"), ("name", "欧阳娜娜", "internal")}
    again = send(lead, data, "名单.csv", dry_run=False).json()
    assert (again["added"], again["already"]) == (0, 4)
    assert len(lead.get("/loans/blacklist").json()) == 4
    assert audit_actions(platform, "blacklist_import") == [("loan.blacklist_imported", "risklead")] * 2
    assert audit_actions(platform, "blacklist_entry") == []  # one record for the import, not one per line


def test_a_gb18030_file_and_an_english_header_read_the_same(staff):
    rows = [["kind", "value", "reason", "source"], ["id_number", "11010119900101123x", "失信", "court"],
            ["name", "张三丰", "冒名借款", "partner"]]
    lead = staff("risklead")
    done = send(lead, csv_bytes(rows, encoding="gb18030"), "court.csv", dry_run=False).json()
    assert (done["added"], done["problems"]) == (2, [])
    assert {e["value"] for e in lead.get("/loans/blacklist").json()} == {"11010119900101123X", "张三丰"}
    chinese = [GOOD_ROWS[0], ["姓名", "诸葛孔明", "冒名借款", "合作方"]]
    done = send(lead, csv_bytes(chinese, encoding="gb18030"), "partner.csv", dry_run=False).json()
    assert done["added"] == 1
    assert "诸葛孔明" in {e["value"] for e in lead.get("/loans/blacklist").json()}


def test_an_excel_workbook_imports_numbers_typed_as_numbers_and_names_lost_digits(staff):
    rows = [GOOD_ROWS[0], ["手机号", 13912345678, "冒用身份", "内部"], ["银行卡号", "6222021234567890123", "盗刷", "合作方"]]
    lead = staff("risklead")
    done = send(lead, xlsx_bytes(rows), "名单.xlsx", dry_run=False).json()
    assert (done["added"], done["problems"]) == (2, [])
    assert {e["value"] for e in lead.get("/loans/blacklist").json()} == {"13912345678", "6222021234567890123"}
    lost = [GOOD_ROWS[0], ["身份证号", 110101199001011000, "失信", "法院"]]
    body = send(lead, xlsx_bytes(lost), "名单.xlsx", dry_run=False).json()
    assert body["added"] == 0 and [(p["line"], p["column"], p["code"]) for p in body["problems"]] == [
        (2, "值", "number_digits_lost")]


def test_a_file_that_is_neither_text_nor_a_workbook_is_refused_in_words(staff):
    lead = staff("risklead")
    body = send(lead, b"\xff\xfe\x00\x81\x30\x81" * 50, "x.csv", dry_run=True, language="en").json()
    assert body["problems"][0]["code"] == "file_unreadable" and body["problems"][0]["line"] == 0
    broken = send(lead, b"PK\x03\x04 not really a zip", "x.xlsx", dry_run=True, language="en").json()
    assert broken["problems"][0]["reason"] == "The file is not an Excel workbook (.xlsx) that can be read."
    assert send(staff("risk"), csv_bytes(GOOD_ROWS), "x.csv", dry_run=True).status_code == 403


def test_damaged_workbooks_and_odd_bytes_are_named_not_server_errors(staff):
    lead = staff("risklead")
    good = xlsx_bytes(GOOD_ROWS)
    for data, name in ((good[: len(good) // 2], "half.xlsx"), (b"PK\x03\x04" + bytes(range(256)) * 4, "x.xlsx"),
                       (b"\x00" * 64, "nul.csv"), ("类型,值,原因\n姓名,\"未闭合,原因\n".encode(), "quote.csv")):
        answer = send(lead, data, name, dry_run=True, language="en")
        assert answer.status_code == 200, (name, answer.text)
        assert answer.json()["problems"] and answer.json()["added"] == 0, name
