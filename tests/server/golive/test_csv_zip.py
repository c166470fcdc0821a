"""A kind too large for a worksheet comes as a .zip of CSV files (UTF-8 with a BOM, one per sheet, the template's
headers): its problems are named by file and line, and it imports the same as the .xlsx, from the console's API
and from the command line."""

import csv
import io
import zipfile

from server.__main__ import main
from server.golive.columns import SHEETS_BY_KEY
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS
from tests.server.golive.test_loans_and_blacklist import GOOD_BLACKLIST, GOOD_LOANS, workbook
from tests.server.golive.test_round_trip import _holdings

ZIP = {"Content-Type": "application/octet-stream", "X-Filename": "golive.zip"}


def csv_zip(rows_by_sheet: dict, english_names: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for key, rows in rows_by_sheet.items():
            sheet = SHEETS_BY_KEY[key]
            text = io.StringIO()
            writer = csv.writer(text)
            writer.writerow([c.header for c in sheet.columns])
            writer.writerows(rows)
            archive.writestr(f"go-live/{sheet.en if english_names else sheet.zh}.csv",
                             "\ufeff" + text.getvalue())
    return out.getvalue()


def test_problems_of_a_zip_of_csv_files_are_named_by_file_and_line(staff):
    admin = staff("admin")
    bad = GOOD_CUSTOMERS | {
        "loans": GOOD_LOANS["loans"],
        "installments": [*GOOD_LOANS["installments"], ["LNA-001", "3", "2025-04-10", "400.00", "4.00", "", "", ""]],
        "holdings": [["GL0001", "LNA-001", "800.00"], ["GL0101", "LNA-001", "400"], ["GL0001", "LNB-002", "499"]]}
    answer = admin.post("/golive/imports/dry-run", content=csv_zip(bad), headers=ZIP | {"Accept-Language": "zh-CN"})
    assert answer.status_code == 200, answer.text
    found = {(p["sheet"], p["row"], p["column"], p["code"]) for p in answer.json()["problems"]}
    assert found == {("还款计划.csv", 6, "期数", "installment_repeated"),
                     ("借款.csv", 3, "借款本金(元)", "holdings_do_not_add_up")}, found
    english = admin.post("/golive/imports/dry-run", content=csv_zip(bad, english_names=True),
                         headers=ZIP | {"Accept-Language": "en"}).json()
    assert {(p["sheet"], p["row"], p["column"]) for p in english["problems"]} == {
        ("Schedules.csv", 6, "Installment"), ("Loans.csv", 3, "Principal (yuan)")}


def test_a_zip_of_csv_files_imports_the_same_as_the_workbook(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("P2P_DATA_DIR", str(tmp_path))
    rows = GOOD_CUSTOMERS | GOOD_LOANS | GOOD_BLACKLIST
    urls = []
    for name, data in (("golive.xlsx", workbook(rows)), ("golive.zip", csv_zip(rows))):
        url = f"sqlite:///{tmp_path / (name + '.db')}"
        path = tmp_path / name
        path.write_bytes(data)
        assert main(["--database-url", url, "migrate"]) == 0
        assert main(["--database-url", url, "import", str(path)]) == 0
        assert main(["--database-url", url, "import", str(path), "--apply"]) == 0
        urls.append(url)
    assert 'imported: {"persons": 2, "companies": 1, "cards": 3, "staff": 0, "loans": 2, "installments": 4' \
        in capsys.readouterr().out
    from_xlsx, from_zip = (_holdings(url) for url in urls)
    assert len(from_xlsx[3]) == 2 and from_zip == from_xlsx

    exported = tmp_path / "loans-export.zip"  # asked for as a .zip: CSV files, which import again
    assert main(["--database-url", urls[0], "export", "loans", "--to", str(exported)]) == 0
    with zipfile.ZipFile(exported) as archive:
        assert sorted(archive.namelist()) == ["借款.csv", "出借人持有.csv", "还款计划.csv"]
        assert archive.read("借款.csv").startswith("\ufeff借款编号(Loan number)".encode())
