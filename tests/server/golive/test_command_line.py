"""The go-live import on the command line, as an operator runs it on a new platform (a new SQLite file, or a new
PostgreSQL database owned by a role without superuser rights): the template written, a dry run, the import, the
same file refused; loans closed by compensation or write-off before go-live among them."""

import pytest
import sqlalchemy as sa

from server.__main__ import main
from tests.server.golive.test_closed_loans import CLOSED
from tests.server.golive.test_customers_and_staff import GOOD_CUSTOMERS
from tests.server.golive.test_loans_and_blacklist import workbook


def test_template_dry_run_apply_and_the_same_file_refused_on_the_command_line(empty_database_url, tmp_path,
                                                                              capsys, monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("P2P_DATA_DIR", str(tmp_path))
    url = ["--database-url", empty_database_url]
    assert main(url + ["migrate"]) == 0
    template = tmp_path / "customers.xlsx"
    assert main(url + ["import-template", "customers", "--to", str(template)]) == 0
    capsys.readouterr()
    assert main(url + ["import", str(template)]) == 0
    assert 'dry run: 0 problem(s); would import {"persons": 1, "companies": 1, "cards": 1' in capsys.readouterr().out
    assert main(url + ["import", str(template), "--apply"]) == 0
    assert 'imported: {"persons": 1, "companies": 1, "cards": 1' in capsys.readouterr().out
    assert main(url + ["import", str(template), "--apply"]) == 1
    assert "was imported already" in capsys.readouterr().err


@pytest.mark.clock  # installments unpaid past their due day are overdue: the import reads today
def test_compensated_and_written_off_loans_on_the_command_line(empty_database_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.setenv("P2P_DATA_DIR", str(tmp_path))
    url = ["--database-url", empty_database_url]
    assert main(url + ["migrate"]) == 0

    # A write-off dated before the go-live's loans were paid out: listed in Chinese, nothing stored.
    wrong = {**CLOSED, "loans": [CLOSED["loans"][0], [*CLOSED["loans"][1][:11], "2024-12-31", "303.00"]]}
    bad = tmp_path / "wrong.xlsx"
    bad.write_bytes(workbook(GOOD_CUSTOMERS | wrong))
    capsys.readouterr()
    assert main(url + ["import", str(bad), "--apply"]) == 1
    said = capsys.readouterr().err
    assert "借款 3 核销日期处：借款须在代偿（2025-03-31）之后核销，不能是 2024-12-31。" in said
    assert "文件未导入：发现 2 个问题，未保存任何数据。" in said
    assert _count(empty_database_url, "loan_applications") == _count(empty_database_url, "customers") == 0

    good = tmp_path / "closed.xlsx"
    good.write_bytes(workbook(GOOD_CUSTOMERS | CLOSED))
    assert main(url + ["import", str(good)]) == 0
    assert main(url + ["import", str(good), "--apply"]) == 0
    assert _count(empty_database_url, "loan_applications") == 2
    engine = sa.create_engine(empty_database_url)
    try:
        with engine.connect() as db:
            states = dict(db.execute(sa.text(
                "SELECT number, state FROM loan_applications WHERE number IN ('LNC-003', 'LND-004')")).all())
            decisions = sorted(db.execute(sa.text(
                "SELECT a.number, p.kind, p.state, p.amount_fen FROM loan_proposals p "
                "JOIN loan_applications a ON a.id = p.application_id")).all())
    finally:
        engine.dispose()
    assert states == {"LNC-003": "compensated", "LND-004": "written_off"}
    assert decisions == [("LNC-003", "compensation", "approved", 80_800),
                         ("LND-004", "compensation", "approved", 30_300), ("LND-004", "write_off", "approved", 30_300)]
    assert main(url + ["import", str(good), "--apply"]) == 1


def _count(url: str, table: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as db:
            return db.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
    finally:
        engine.dispose()
