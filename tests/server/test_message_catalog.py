"""The server speaks both languages (issue 14): every text marked for the catalog has its Chinese with the same
named parameters, the catalog shipped is the one the code's texts make, and each kind of refusal answers in the
language the request asks for (Chinese when it names none), with `code` and `params` for programs."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from server.messages import LOCALE_DIR, negotiate, parameters, render

ROOT = Path(__file__).resolve().parents[2]
PO = LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "server.po"


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _catalog():
    with PO.open("rb") as f:
        return [m for m in read_po(f) if m.id]


def test_every_message_has_its_chinese_with_the_same_named_parameters():
    messages = _catalog()
    assert len(messages) >= 70
    for message in messages:
        assert message.string and _chinese(message.string), message.id
        assert parameters(message.string) == parameters(message.id), message.id
        values = {name: f"<{name}>" for name in parameters(message.id)}
        for language in ("en", "zh_CN"):
            text = render(message.id, language, values)
            assert text and "{" not in text and all(v in text for v in values.values()), (language, message.id)
        assert render(message.id, "zh_CN", values) != render(message.id, "en", values)


def test_every_marked_text_of_the_code_is_in_the_catalog_and_compiled():
    marked = {message for _file, _line, message, _comments, _context in
              extract_from_dir(str(ROOT / "server"), method_map=[("**.py", "python")],
                               keywords={"_": None}) if message}
    assert marked, "nothing marked"
    shipped = {m.id for m in _catalog()}
    assert not marked - shipped, f"texts without Chinese (run make messages and fill them in): {sorted(marked - shipped)[:10]}"
    mo = PO.with_suffix(".mo")
    assert mo.exists() and mo.stat().st_mtime_ns >= 0
    # the compiled catalog answers what the .po says (make messages was run after the last edit)
    for message in _catalog():
        assert render(message.id, "zh_CN", {n: "x" for n in parameters(message.id)}) == \
            message.string.format_map({n: "x" for n in parameters(message.id)}), message.id


@pytest.mark.parametrize("header, language", [
    (None, "zh_CN"), ("", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("en", "en"), ("en-US,en;q=0.9", "en"),
    ("fr-FR, en;q=0.5", "en"), ("de", "zh_CN"), ("en;q=0.2, zh-CN;q=0.8", "zh_CN"), ("zh-CN;q=0, en", "en"), ("*", "zh_CN"),
])
def test_the_answer_language_follows_accept_language(header, language):
    assert negotiate(header) == language


INVALID_REQUESTS = [  # (method, path, json or raw body, the field named)
    ("post", "/api/v1/loans/schedule-preview", {"amount_fen": True, "annual_rate": "0.10", "term_months": 12,
                                                "method": "equal_installment", "start": "2026-12-02"}, "amount_fen"),
    ("post", "/api/v1/loans/schedule-preview", {"amount_fen": 100_000, "annual_rate": "0.10", "term_months": 61,
                                                "method": "equal_installment", "start": "2026-12-02"}, "term_months"),
    ("post", "/api/v1/loans/schedule-preview", {"amount_fen": 100_000, "annual_rate": "0.10", "term_months": 12,
                                                "method": "equal_installment", "start": "2026-13-01"}, "start"),
    ("post", "/api/v1/loans/schedule-preview", {"amount_fen": 100_000, "annual_rate": "0.10", "term_months": 12,
                                                "method": "weekly", "start": "2026-12-02"}, "method"),
    ("post", "/api/v1/loans/schedule-preview", {"annual_rate": "0.10", "term_months": 12,
                                                "method": "equal_installment", "start": "2026-12-02"}, "amount_fen"),
    ("post", "/api/v1/loans/schedule-preview", b"{not json", None),
]


@pytest.mark.parametrize("method, path, body, field", INVALID_REQUESTS)
def test_each_kind_of_invalid_request_answers_in_the_language_asked_for(staff, client, method, path, body, field):
    token = staff("risk").headers["Authorization"]
    for header, expect_chinese in (("zh-CN", True), ("en", False)):
        headers = {"Authorization": token, "Accept-Language": header}
        if isinstance(body, bytes):
            answer = client.request(method, path, content=body, headers=headers | {"Content-Type": "application/json"})
        else:
            answer = client.request(method, path, json=body, headers=headers)
        assert answer.status_code == 422, answer.text
        problem = answer.json()
        assert problem["code"] == "validation_failed" and "message_zh" not in str(problem)
        assert _chinese(problem["detail"]) == expect_chinese and _chinese(problem["title"]) == expect_chinese
        assert problem["errors"] and all(_chinese(e["message"]) == expect_chinese for e in problem["errors"]), problem
        if field:
            assert field in {e["field"] for e in problem["errors"]}


def test_a_refusal_carries_code_and_params_and_reads_in_the_language_asked_for(client):
    for header, detail in (("zh-CN", "请先登录。"), ("en", "Sign in first.")):
        answer = client.get("/api/v1/me", headers={"Accept-Language": header})
        assert answer.status_code == 401 and answer.json()["code"] == "token_invalid"
        assert answer.json()["detail"] == detail
    answer = client.get("/api/v1/me")  # none asked: Chinese
    assert answer.json()["detail"] == "请先登录。" and answer.json()["title"] == "未登录"


def test_a_permission_refusal_names_the_permission_in_words_and_its_code_in_params(staff, client):
    token = staff("risk").headers["Authorization"]
    for header, expected in (("zh-CN", "此操作需要“员工账户管理”权限。"),
                             ("en", "This needs the permission “Manage staff accounts”.")):
        answer = client.get("/api/v1/users", headers={"Authorization": token, "Accept-Language": header})
        assert answer.status_code == 403, answer.text
        assert answer.json()["params"] == {"permission": "admin.users"} and answer.json()["detail"] == expected


def test_the_request_guard_answers_in_the_language_asked_for(client):
    for header, chinese in (("zh-CN", True), ("en", False)):
        answer = client.get("/api/v1/users?q=%00", headers={"Accept-Language": header})
        assert answer.status_code == 422 and answer.json()["code"] == "nul_character"
        assert _chinese(answer.json()["detail"]) == chinese


def test_make_messages_changes_nothing_when_the_catalog_is_current(tmp_path):
    """The catalog in the repository is what `make messages` makes from the code (nothing to extract anew)."""
    pot = tmp_path / "server.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "--no-default-keywords", "-k", "_",
                    "--no-location", "--omit-header", "--sort-output", "-o", str(pot), "server"],
                   cwd=ROOT, check=True, capture_output=True)
    with pot.open("rb") as f:
        fresh = {m.id for m in read_po(f) if m.id}
    assert fresh == {m.id for m in _catalog()}, sorted(fresh ^ {m.id for m in _catalog()})[:10]
