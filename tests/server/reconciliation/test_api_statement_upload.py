"""Statement files over HTTP: a workbook previews (its bytes are not text), the mapping travels with the file in
the body, and every file of the malformed corpus is refused with its problems located and nothing stored, on
both backends. The request guard decides text or binary by what each route declares."""

import inspect
import json
from datetime import date
from pathlib import Path

from fastapi.routing import iter_route_contexts
from sqlalchemy import func, select
from starlette.routing import compile_path

from server.middleware import BINARY_BODY
from server.reconciliation.models import ReconItem, ReconStatement
from tests.server.reconciliation.conftest import R, upload
from tests.server.reconciliation.test_statement_malformed_files import EXPECTED

STATEMENTS = Path(__file__).resolve().parents[2] / "data" / "statements"
API = "/api/v1"
DAY = date(2026, 11, 20)  # the statements' day (fixed: an upload does not depend on today)


def preview(who, data: bytes, filename: str, language: str | None = None):
    return who.client.post(f"{API}{R}/statements/preview", content=data, params={"filename": filename},
                           headers=who.headers | {"content-type": "application/octet-stream"}
                           | ({"accept-language": language} if language else {}))


def test_an_xlsx_previews_over_http_with_its_rows(person):
    clerk = person("finance")
    answer = preview(clerk, (STATEMENTS / "good" / "icbc.xlsx").read_bytes(), "工行对账单.xlsx")
    assert answer.status_code == 200, answer.text
    shown = answer.json()
    assert shown["encoding"] == "xlsx" and shown["header_line"] == 4 and shown["profile_guess"] == "icbc"
    assert shown["rows"][3][:3] == ["银行流水号", "商户订单号", "账号"] and shown["rows"][4][0] == "B20261124000001"
    # ...and the same workbook imports (the route beside it always took it), for the day its lines are of.
    stored = upload(clerk, date(2026, 11, 24), (STATEMENTS / "good" / "icbc.xlsx").read_bytes(), "工行对账单.xlsx")
    assert stored.status_code == 201, stored.text
    assert stored.json()["line_count"] == 4


def _reads_a_raw_body(route) -> bool:
    source = inspect.getsource(route.endpoint)
    return "request.body()" in source or "request.form()" in source or "_statement_upload(" in source


def test_every_route_taking_a_file_is_declared_binary_and_text_routes_still_refuse_nul(client):
    routes = [r for r in iter_route_contexts(client.app.routes) if getattr(r, "dependant", None) is not None]
    binary = {r.path for r in routes if (r.openapi_extra or {}).get(BINARY_BODY)}
    # A route that reads its body itself takes a file: it must say so, or the guard treats its body as text.
    undeclared = sorted(r.path for r in routes if _reads_a_raw_body(r) and r.path not in binary)
    assert undeclared == []
    assert {f"{API}{R}/statements/preview", f"{API}{R}/days/{{day}}/statements",
            f"{API}/loans/applications/{{app_id}}/documents"} <= binary
    for route in routes:
        method = next(iter(route.methods & {"POST", "PUT", "PATCH"}), None)
        if method is None:
            continue
        path = route.path.replace("{day}", "2026-11-24").replace("{name}", "x")
        for name in compile_path(route.path)[2]:
            path = path.replace(f"{{{name}}}", "1")
        answer = client.request(method, path, content=b'{"a": "\x00"}', headers={"content-type": "application/json"})
        refused = answer.status_code == 422 and answer.json().get("code") == "nul_character"
        assert refused == (route.path not in binary), (route.path, answer.status_code, answer.text[:200])


def test_a_mapping_with_chinese_column_names_arrives_intact_in_the_body(person, platform):
    clerk, day = person("finance"), DAY
    mapping = {"serial": "交易流水号", "order_no": "商户订单号（平台）", "account": "对方账号", "amount": None,
               "debit": "支出", "credit": "收入", "direction": None, "booked_at": "记账日期", "booked_time": "记账时间",
               "summary": "用途说明", "direction_values": {}}
    csv = ("交易流水号,商户订单号（平台）,对方账号,支出,收入,记账日期,记账时间,用途说明\r\n"
           f"N1,CZ1,IV0001,,12.00,{day.isoformat()},08:00:00,充值\r\n"
           f"N2,TX1,IV0002,3.50,,{day.isoformat()},09:00:00,提现\r\n").encode("gbk")
    answer = clerk.client.post(f"{API}{R}/days/{day.isoformat()}/statements", params={"filename": "农商行.csv"},
                               files={"file": ("农商行.csv", csv, "text/csv")},
                               data={"mapping": json.dumps(mapping, ensure_ascii=False)}, headers=clerk.headers)
    assert answer.status_code == 201, answer.text
    assert (answer.json()["in_fen"], answer.json()["out_fen"], answer.json()["line_count"]) == (1200, 350, 2)
    with platform.db.read() as db:
        assert db.scalar(select(ReconStatement.mapping)) == mapping


def test_a_multipart_upload_without_its_file_or_with_a_broken_mapping_is_refused(person):
    clerk, day = person("finance"), DAY
    url = f"{API}{R}/days/{day.isoformat()}/statements"
    no_file = clerk.client.post(url, params={"filename": "x.csv"}, data={"mapping": "{}"},
                                files={"other": ("x.csv", b"a", "text/csv")}, headers=clerk.headers)
    assert no_file.status_code == 422 and no_file.json()["code"] == "statement_file_missing"
    broken = clerk.client.post(url, params={"filename": "x.csv"}, data={"mapping": '{"serial": "流水"'},
                               files={"file": ("x.csv", b"a,b\n", "text/csv")}, headers=clerk.headers)
    assert broken.status_code == 422 and broken.json()["code"] == "mapping_invalid"
    nul = clerk.client.post(url, params={"filename": "x.csv"},
                            data={"mapping": json.dumps({"serial": "流\u0000水", "account": "a", "amount": "b",
                                                         "booked_at": "c"})},
                            files={"file": ("x.csv", b"a,b\n", "text/csv")}, headers=clerk.headers)
    assert nul.status_code == 422 and nul.json()["code"] == "mapping_invalid"
    assert nul.json()["detail"] == "列映射中的列名不能包含控制字符。"   # no Accept-Language: Chinese


def test_a_mapping_that_cannot_read_a_statement_is_refused_in_words(person):
    clerk = person("finance")
    no_amount = {"serial": "流水号", "account": "账号", "booked_at": "日期", "debit": "借方"}
    answer = clerk.client.put(f"{API}{R}/profiles/某行", json={"mapping": no_amount}, headers=clerk.headers)
    assert answer.status_code == 422 and answer.json()["code"] == "mapping_invalid"
    assert answer.json()["detail"] == "列映射需要一个金额列，或者借方和贷方两列。"
    english = clerk.client.put(f"{API}{R}/profiles/某行", json={"mapping": no_amount},
                               headers=clerk.headers | {"accept-language": "en"})
    assert english.json()["detail"] == "A column mapping needs either an amount column or both debit and credit columns."


def test_every_malformed_file_is_refused_over_http_with_its_problems_and_nothing_is_stored(person, platform):
    """On PostgreSQL as on SQLite: a NUL in a field was once stored as far as PostgreSQL's refusal (500)."""
    clerk, day = person("finance"), DAY
    for name, expected in sorted(EXPECTED.items()):
        answer = upload(clerk, day, (STATEMENTS / "malformed" / name).read_bytes(), name)
        assert answer.status_code == 422, (name, answer.status_code, answer.text[:300])
        problem = answer.json()
        assert problem["code"] == "statement_refused", name
        assert [(p["line"], p["column"], p["code"]) for p in problem["problems"]] == expected, name
    with platform.db.read() as db:
        assert db.scalar(select(func.count()).select_from(ReconItem)) == 0
        assert db.scalar(select(func.count()).select_from(ReconStatement)) == 0


def test_a_file_that_is_something_else_is_named_for_what_it_is(person):
    clerk = person("finance")
    png = preview(clerk, (STATEMENTS / "malformed" / "png_renamed.csv").read_bytes(), "对账单.csv")
    assert png.status_code == 422
    first = png.json()["problems"][0]
    assert first["code"] == "image_file" and first["params"] == {"filename": "对账单.csv", "what": "image_file"}
    assert "对账单.csv 是PNG 图片，不是银行对账单" in first["message"] and first["message"] == png.json()["detail"]
    english = preview(clerk, (STATEMENTS / "malformed" / "png_renamed.csv").read_bytes(), "对账单.csv", "en")
    assert "对账单.csv is a PNG image, not a bank statement" in english.json()["problems"][0]["message"]
    assert english.json()["detail"] == english.json()["problems"][0]["message"]
    program = preview(clerk, (STATEMENTS / "malformed" / "windows_program.csv").read_bytes(), "s.csv")
    assert program.json()["problems"][0]["code"] == "executable_file"


def test_a_statement_problem_reads_chinese_by_default_and_english_when_asked(person):
    clerk, data = person("finance"), (STATEMENTS / "malformed" / "serial_duplicate.csv").read_bytes()
    chinese = upload(clerk, DAY, data, "serial_duplicate.csv").json()
    first = chinese["problems"][0]
    assert first["code"] == "duplicate_serial_in_file"
    assert first["params"] == {"serial": "B20261124000001", "first_line": 5}
    assert first["message"] == "银行流水号 B20261124000001 已在第 5 行出现过。"
    assert chinese["detail"] == "对账单被拒收：共 1 个问题；未保存任何内容。" and chinese["params"] == {"count": 1}
    english = upload(clerk, DAY, data, "serial_duplicate.csv", language="en-US,en;q=0.9").json()
    assert english["problems"][0]["message"] == "Bank serial B20261124000001 already appears at line 5."
    assert english["detail"] == "The statement was refused: 1 problem(s); nothing was stored."


def test_the_preview_of_an_unknown_banks_file_guesses_its_mapping(person):
    clerk = person("finance")
    csv = ("某农商行 存管账户交易明细\r\n交易流水号,交易日期,交易时间,对方账号,支出,收入,余额,用途\r\n"
           "N1,2026-11-24,08:00:00,IV0001,,12.00,100.00,充值\r\n").encode("gbk")
    shown = preview(clerk, csv, "农商行.csv").json()
    assert shown["header_line"] == 2 and shown["profile_guess"] is None
    guess = shown["mapping_guess"]
    assert {f["field"]: f["column"] for f in guess["fields"]} == {
        "serial": "交易流水号", "booked_at": "交易日期", "booked_time": "交易时间", "account": "对方账号",
        "debit": "支出", "credit": "收入", "summary": "用途"}
    assert guess["missing"] == [] and guess["complete"] is True
