"""Importing the custodian's statement: stored whole and audited, refused whole, never twice."""

import json
from datetime import date, timezone

from sqlalchemy import func, select

from server.audit.models import AuditRecord
from server.reconciliation.models import ReconItem, ReconStatement
from tests.server.reconciliation.conftest import R, Line, at, statement_csv, upload

YUAN = 100
DAY = date(2026, 11, 20)  # a fixed day: an import does not depend on today


def _lines(day, prefix="B"):
    return [Line(f"{prefix}001", "CZ1001", "IV0001", 5_000 * YUAN, at(day, 9, 5)),
            Line(f"{prefix}002", "TX2001", "IV0002", -1_200 * YUAN, at(day, 10, 30), "提现"),
            Line(f"{prefix}003", "", "IV0003", 88_888, at(day, 23, 59), "转账")]


def test_a_good_gbk_file_is_stored_with_its_counts_totals_and_hash_and_the_import_is_audited(person, platform):
    clerk, day = person("finance"), DAY
    data = statement_csv(_lines(day), balance_fen=123_456_789)
    preview = clerk.client.post(f"/api/v1{R}/statements/preview", content=data[:4096], params={"filename": "s.csv"},
                                headers=clerk.headers | {"content-type": "application/octet-stream"})
    assert preview.status_code == 200, preview.text
    assert preview.json()["profile_guess"] == "generic" and preview.json()["encoding"] in ("gb18030", "gbk")

    answer = upload(clerk, day, data, "招商存管对账单.csv")
    assert answer.status_code == 201, answer.text
    s = answer.json()
    assert (s["line_count"], s["in_fen"], s["out_fen"]) == (3, 5_000 * YUAN + 88_888, 1_200 * YUAN)
    assert s["reported_balance_fen"] == 123_456_789 and s["profile"] == "generic" and s["imported_by"] == "finance"
    assert s["filename"] == "招商存管对账单.csv" and len(s["sha256"]) == 64

    bank = clerk.get(f"{R}/days/{day.isoformat()}/items", params={"side": "bank", "sort": "line_no"}).json()
    assert bank["total"] == 3
    first = bank["items"][0]
    assert (first["serial"], first["reference"], first["account"], first["direction"], first["amount_fen"]) == (
        "B001", "CZ1001", "IV0001", "in", 5_000 * YUAN)
    assert first["at"].startswith(f"{day.isoformat()}T01:05:00")  # 09:05 in Shanghai is 01:05 UTC
    assert bank["items"][1]["direction"] == "out" and bank["items"][2]["reference"] is None
    assert first["state"] == "open" and first["category"] is None  # not run yet

    d = clerk.get(f"{R}/days/{day.isoformat()}").json()
    assert d["status"] == "open" and [x["id"] for x in d["statements"]] == [s["id"]] and d["run_at"] is None
    with platform.db.read() as db:
        record = db.scalar(select(AuditRecord).where(AuditRecord.action == "recon.statement_imported"))
        assert record.after["sha256"] == s["sha256"] and record.after["line_count"] == 3
        assert "B001" not in json.dumps(record.after, ensure_ascii=False)  # counts and totals, not the lines


def test_a_file_with_bad_lines_is_refused_whole_with_every_problem_and_stores_nothing(person, platform):
    clerk, day = person("finance"), DAY
    good = statement_csv(_lines(day)).decode("gbk").splitlines()
    good[3] = good[3].replace("5000.00", "5千")     # line 4: an amount that is not one
    good[5] = good[5].replace(f"{day.isoformat()} 23:59:00", "昨天")  # line 6: a time that is not one
    answer = upload(clerk, day, "\r\n".join(good).encode("gbk"))
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert problem["code"] == "statement_refused"
    assert sorted(p["line"] for p in problem["problems"]) == [4, 6]
    assert all(p["code"] and p["message"] and p["column"] for p in problem["problems"])
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(ReconItem)) == 0
        assert db.scalar(select(func.count()).select_from(ReconStatement)) == 0
        assert db.scalar(select(AuditRecord.action).where(AuditRecord.action == "recon.statement_refused"))
    assert clerk.get(f"{R}/days/{day.isoformat()}").json()["status"] == "not_started"


def test_the_same_file_twice_or_serials_imported_on_another_day_are_refused(person, platform):
    clerk, day = person("finance"), DAY
    data = statement_csv(_lines(day))
    assert upload(clerk, day, data).status_code == 201
    again = upload(clerk, day, data, "again.csv")
    assert again.status_code == 409 and again.json()["code"] == "statement_duplicate"
    # Another file (other bytes) for another day that repeats two of the serials.
    other_day = day.fromordinal(day.toordinal() - 3)
    repeat = statement_csv([_lines(other_day)[0], Line("B002", "X", "IV0009", 100, at(other_day, 8)),
                            Line("N001", "Y", "IV0009", 200, at(other_day, 9))])
    refused = upload(clerk, other_day, repeat)
    assert refused.status_code == 409 and refused.json()["code"] == "statement_duplicate"
    assert refused.json()["serials"] == ["B001", "B002"] and "B001, B002" in refused.json()["detail"]
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(ReconItem)) == 3


def test_a_saved_profile_or_a_mapping_sent_with_the_file_reads_another_banks_columns(person):
    clerk, day = person("finance"), DAY
    mapping = {"serial": "流水", "order_no": "订单", "account": "户号", "amount": "金额", "direction": "方向",
               "booked_at": "日期", "booked_time": "时间", "summary": None, "debit": None, "credit": None,
               "direction_values": {"进": "in", "出": "out"}}
    csv = ("流水,订单,户号,金额,方向,日期,时间\r\n"
           f"Q1,CZ9,IV0001,10.00,进,{day.isoformat()},08:00:00\r\n"
           f"Q2,TX9,IV0002,3.50,出,{day.isoformat()},09:00:00\r\n").encode("gbk")
    saved = clerk.client.put(f"/api/v1{R}/profiles/某农商行", json={"mapping": mapping}, headers=clerk.headers)
    assert saved.status_code == 200, saved.text
    names = {p["name"]: p for p in clerk.get(f"{R}/profiles").json()}
    assert names["某农商行"]["builtin"] is False and names["generic"]["builtin"] is True
    builtin = clerk.client.put(f"/api/v1{R}/profiles/generic", json={"mapping": mapping}, headers=clerk.headers)
    assert builtin.status_code == 409 and builtin.json()["code"] == "profile_builtin"
    answer = upload(clerk, day, csv, "farm.csv", profile="某农商行")
    assert answer.status_code == 201, answer.text
    assert (answer.json()["in_fen"], answer.json()["out_fen"], answer.json()["profile"]) == (1000, 350, "某农商行")
    second = csv.replace(b"Q1", b"Q3").replace(b"Q2", b"Q4")
    # The mapping travels in the body with the file (multipart), as UTF-8: the Chinese names arrive as written.
    with_file = clerk.client.post(f"/api/v1{R}/days/{day.isoformat()}/statements", params={"filename": "farm2.csv"},
                                  files={"file": ("farm2.csv", second, "text/csv")},
                                  data={"mapping": json.dumps(mapping, ensure_ascii=False)}, headers=clerk.headers)
    assert with_file.status_code == 201, with_file.text
    unknown = upload(clerk, day, csv, "farm.csv", profile="no-such-bank")
    assert unknown.status_code == 404 and unknown.json()["code"] == "profile_not_found"


def test_importing_needs_recon_import(person):
    day = DAY
    for username in ("risk", "finlead", "auditor"):
        answer = upload(person(username), day, statement_csv(_lines(day)))
        assert answer.status_code == 403 and answer.json()["code"] == "permission_denied", username
    auditor = person("auditor")
    assert auditor.get(f"{R}/days/{day.isoformat()}").status_code == 200  # reading is recon.read
    assert auditor.post(f"{R}/days/{day.isoformat()}/run").status_code == 403


def test_the_stored_lines_keep_their_text_exactly_on_either_database(person, platform):
    """Lines reach PostgreSQL by COPY and SQLite by multi-row INSERTs (server/reconciliation/line_store.py): an empty
    summary stays empty (not missing), quotes, commas and backslashes stay as written, a line without an order
    number has no reference, and times are stored in UTC."""
    clerk, day = person("finance"), DAY
    lines = [Line("Q001", "CZ9001", "IV0001", 100, at(day, 9), ""),
             Line("Q002", "", "IV0002", -200, at(day, 10, 30), '"他说""好"",明天"'),
             Line("Q003", "CZ9003", "IV0003", 300, at(day, 23, 59), "N/A \\N")]
    answer = upload(clerk, day, statement_csv(lines))
    assert answer.status_code == 201, answer.text
    with platform.db.read() as db:
        stored = db.execute(select(ReconItem.serial, ReconItem.reference, ReconItem.summary, ReconItem.at,
                                   ReconItem.amount_fen, ReconItem.direction, ReconItem.state)
                            .where(ReconItem.side == "bank").order_by(ReconItem.line_no)).all()
    utc = [line.at.astimezone(timezone.utc) for line in lines]
    assert [tuple(row) for row in stored] == [("Q001", "CZ9001", "", utc[0], 100, "in", "open"),
                                              ("Q002", None, '他说"好",明天', utc[1], 200, "out", "open"),
                                              ("Q003", "CZ9003", "N/A \\N", utc[2], 300, "in", "open")]


def test_running_a_day_without_a_statement_is_refused_with_a_sentence(person):
    clerk, day = person("finance"), DAY
    answer = clerk.post(f"{R}/days/{day.isoformat()}/run")
    assert answer.status_code == 409, answer.text
    assert answer.json()["code"] == "statement_missing"
    assert "2026-11-20" in answer.json()["detail"] and "statement_missing" not in answer.json()["detail"]
