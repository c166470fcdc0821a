"""Go-live import of customers (persons, companies, bank cards) and staff through the real API: the templates
explain every column; a dry run lists every problem by sheet, row, column and reason and stores nothing; a good
file imports all at once (with a fresh one-time code), is audited, and the same file is refused the second time."""

import io

import openpyxl
from sqlalchemy import func, select

from server.customers.models import Customer, CustomerCard
from server.golive.columns import CARDS, COMPANIES, PERSONS, SHEETS_BY_KEY
from server.golive.template import workbook_bytes
from server.staff.models import User

XLSX = {"Content-Type": "application/octet-stream", "X-Filename": "golive.xlsx"}


def filled(kind: str, rows_by_sheet: dict) -> bytes:
    """The downloaded template with its example rows replaced by `rows_by_sheet` (sheet key -> rows)."""
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(kind)))
    for key, rows in rows_by_sheet.items():
        sheet = book[SHEETS_BY_KEY[key].zh]
        sheet.delete_rows(2)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD_CUSTOMERS = {
    "persons": [["GL0001", "出借人", "欧阳明", "110101199003071233", "13912345678", "oy@example.cn", "1990-03-07",
                 "12000.50", "北京某科技有限公司", "是"],
                ["GL0002", "借款人", "司马青", "110101198511200025", "", "", "", "", "", "否"]],
    "companies": [["GL0101", "出借人", "北京导入贸易有限公司", "91110105MA01ABCD2X", "王芳", "5000000", "", "", "是"]],
    "cards": [["GL0001", "中国工商银行", "6222021234567890123", "是"],
              ["GL0001", "招商银行", "6225881234567890", "否"],
              ["GL0101", "中国银行", "6216611234567890", ""]],
}
GOOD_STAFF = {"staff": [["zhao.import", "赵导入", "风控专员、客服", "13700000001", "zhao@example.cn"]]}


def counts(platform) -> tuple[int, int, int]:
    with platform.db.read() as db:
        return (db.scalar(select(func.count()).select_from(Customer)),
                db.scalar(select(func.count()).select_from(CustomerCard)),
                db.scalar(select(func.count()).select_from(User)))


def test_templates_explain_every_column_in_both_languages_with_excel_validation(staff):
    answer = staff("admin").get("/golive/templates/customers")
    assert answer.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(answer.content))
    assert book.sheetnames == ["说明", "个人客户", "企业客户", "银行卡"]
    explained = [row for row in book["说明"].iter_rows(values_only=True) if row and row[1]]
    for sheet in (PERSONS, COMPANIES, CARDS):
        for column in sheet.columns:
            assert any(row[1] == column.header and row[2].startswith("必填" if column.required else "选填")
                       and row[3] and row[4] and row[5] for row in explained), column.header
    kinds = {v.type for v in book["个人客户"].data_validations.dataValidation}
    assert {"list", "date", "decimal", "textLength"} <= kinds
    assert staff("admin").get("/golive/templates/staff").status_code == 200
    assert staff("risk").get("/golive/templates/customers").status_code == 403


def test_a_file_with_one_mistake_of_each_kind_lists_them_all_and_stores_nothing(staff, platform):
    existing = "IV7777"
    with platform.db.write() as db:  # a customer the platform holds already (the test database has none)
        db.add(Customer(number=existing, side="investor", kind="person", name="老客户"))
        db.commit()
    bad_customers = {
        "persons": [["GL0001", "出借人", "欧阳明", "110101199003071234", "1391234", "not-an-email", "1990-13-07",
                     "12.345", "", "也许"],                                             # checksum, phone, e-mail, date, amount, choice
                    ["GL0001", "借款人", "", "110101198511200025", "", "", "", "", "", ""],  # number twice, name missing
                    [existing, "借款人", "重号", "110101198511200033", "", "", "", "", "", ""]],  # taken on the platform
        "companies": [["GL0101", "路人", "某公司", "91110105ma01", "", "", "", "", ""]],     # side, code, representative
        "cards": [["GL9999", "中国银行", "6216611234567890", "是"],                           # no such customer
                  ["GL0101", "中国银行", "62166", "是"]],                                     # card too short
    }
    before = counts(platform)
    answer = staff("admin").post("/golive/imports/dry-run", content=filled("customers", bad_customers),
                                 headers=XLSX | {"Accept-Language": "zh-CN"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    found = {(p["sheet"], p["row"], p["column"], p["code"]) for p in body["problems"]}
    assert {("个人客户", 2, "身份证号", "id_number_checksum"), ("个人客户", 2, "手机号", "phone_invalid"),
            ("个人客户", 2, "电子邮箱", "email_invalid"), ("个人客户", 2, "出生日期", "date_invalid"),
            ("个人客户", 2, "月收入(元)", "amount_fraction"), ("个人客户", 2, "已实名认证", "choice_invalid"),
            ("个人客户", 3, "姓名", "required"), ("个人客户", 4, "客户编号", "number_taken"),
            ("企业客户", 2, "客户类型", "choice_invalid"), ("企业客户", 2, "法定代表人", "required"),
            ("银行卡", 2, "客户编号", "customer_unknown"), ("银行卡", 3, "银行卡号", "card_invalid")} <= found, found
    reasons = {p["code"]: p["reason"] for p in body["problems"]}
    assert existing in reasons["number_taken"]
    assert body["problem_count"] == len(body["problems"]) and not body["imported"]
    assert counts(platform) == before

    bad_staff = {"staff": [["zhao.import", "赵导入", "风控专员、不存在的角色", "", ""],
                           ["admin", "重名", "客服", "", ""],
                           ["bad name!", "", "客服", "", ""]]}
    answer = staff("admin").post("/golive/imports/dry-run", content=filled("staff", bad_staff),
                                 headers=XLSX | {"Accept-Language": "en"})
    found = {(p["sheet"], p["row"], p["column"], p["code"]) for p in answer.json()["problems"]}
    assert {("Staff", 2, "Roles", "role_unknown"), ("Staff", 3, "User name", "username_taken"),
            ("Staff", 4, "Name", "required")} <= found, found
    assert any(p["reason"] == "There is no role named “不存在的角色”." for p in answer.json()["problems"])

    admin = staff("admin")
    refused = admin.post("/golive/imports", content=filled("customers", bad_customers),
                         headers=XLSX | admin.step_up_headers())
    assert refused.status_code == 422 and refused.json()["code"] == "import_refused"
    assert refused.json()["problem_count"] == body["problem_count"]
    assert counts(platform) == before


def test_a_good_file_imports_once_with_a_fresh_code_and_the_same_file_is_refused_again(staff, platform):
    admin = staff("admin")
    data = filled("customers", GOOD_CUSTOMERS)
    tried = admin.post("/golive/imports/dry-run", content=data, headers=XLSX).json()
    assert tried["problems"] == [] and tried["totals"] == {"persons": 2, "companies": 1, "cards": 3, "staff": 0}
    before = counts(platform)
    assert admin.post("/golive/imports", content=data, headers=XLSX).json()["code"] == "step_up_required"
    done = admin.post("/golive/imports", content=data, headers=XLSX | admin.step_up_headers())
    assert done.status_code == 201, done.text
    assert done.json()["imported"] and done.json()["totals"]["cards"] == 3
    assert counts(platform) == (before[0] + 3, before[1] + 3, before[2])
    with platform.db.read() as db:
        person = db.scalar(select(Customer).where(Customer.number == "GL0001"))
        assert (person.side, person.kind, person.id_number, person.phone, person.monthly_income_fen, person.verified) \
            == ("investor", "person", "110101199003071233", "13912345678", 1_200_050, True)
        assert [c.is_default for c in person.cards] == [True, False]
        company = db.scalar(select(Customer).where(Customer.number == "GL0101"))
        assert company.registered_capital_fen == 500_000_000 and company.default_card.card == "6216611234567890"

    again = admin.post("/golive/imports", content=data, headers=XLSX | admin.step_up_headers())
    assert again.status_code == 409 and again.json()["code"] == "import_duplicate"
    assert counts(platform) == (before[0] + 3, before[1] + 3, before[2])
    log = admin.get("/audit", params={"action": "golive.imported"})
    assert log.status_code == 200 and "golive.imported" in log.text
    assert [r["filename"] for r in admin.get("/golive/imports").json()] == ["golive.xlsx"]
    exported = openpyxl.load_workbook(io.BytesIO(admin.get("/golive/exports/customers").content))
    assert ["GL0001", "出借人", "欧阳明", "110101199003071233"] in [
        list(row[:4]) for row in exported["个人客户"].iter_rows(values_only=True)]
    assert "golive.exported" in admin.get("/audit", params={"action": "golive.exported"}).text
    assert staff("risk").get("/golive/exports/customers").status_code == 403


def test_staff_import_with_their_roles(staff, platform):
    admin = staff("admin")
    done = admin.post("/golive/imports", content=filled("staff", GOOD_STAFF), headers=XLSX | admin.step_up_headers())
    assert done.status_code == 201, done.text
    with platform.db.read() as db:
        member = db.scalar(select(User).where(User.username == "zhao.import"))
        assert sorted(r.name for r in member.roles) == ["customer_service", "risk_officer"]
        assert member.must_change_password and member.phone == "13700000001"


def test_only_holders_of_data_import_may_try_or_import(staff):
    for who in ("risk", "finance", "auditor"):
        answer = staff(who).post("/golive/imports/dry-run", content=filled("staff", GOOD_STAFF), headers=XLSX)
        assert answer.status_code == 403, who
