"""Amounts, times and error sentences as staff read them, in both languages."""

from datetime import datetime, timezone

from PySide6.QtCore import QLocale

from app.services import errors, language
from app.services.formatting import local_time, number, yuan
from app.services.messages import describe


def test_amounts_are_yuan_from_integer_fen_with_grouping_and_two_decimals():
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert yuan(5_000_000, en) == "¥50,000.00"
    assert yuan(123_456_789_01, en) == "¥123,456,789.01"
    assert yuan(-100, en) == "-¥1.00"
    assert yuan(7, en) == "¥0.07"
    assert yuan(10**17 + 1, en) == "¥1,000,000,000,000,000.01"  # exact: never through a float
    assert number(12345, en) == "12,345"


def test_times_from_the_wire_are_shown_in_asia_shanghai():
    moment = datetime(2026, 11, 24, 1, 15, tzinfo=timezone.utc)
    assert local_time(moment) == "2026-11-24 09:15"
    assert local_time(datetime(2026, 11, 24, 16, 30, 5, tzinfo=timezone.utc), seconds=True) == "2026-11-25 00:30:05"
    assert local_time(None) == ""


def test_every_error_becomes_one_sentence_in_the_users_language(qapp):
    cases = [
        errors.from_problem(401, {"code": "invalid_credentials"}),
        errors.from_problem(401, {"code": "otp_reused"}),
        errors.from_problem(423, {"code": "account_locked", "retry_after": 600}),
        errors.from_problem(429, {"code": "rate_limited", "retry_after": 12}),
        errors.from_problem(409, {"code": "stale_version", "current": {}}),
        errors.from_problem(403, {"code": "permission_denied"}),
        errors.from_problem(500, {"code": "internal_error"}),
        errors.Offline("connection refused"),
        errors.CertificateRejected("fingerprint"),
        errors.from_problem(422, {"code": "password_rules", "errors": [
            {"field": "new_password", "code": "password_common", "message": "不能是常见密码。"}]}),
    ]
    language.install("en")
    english = [describe(e) for e in cases]
    assert english[0] == "The user name or password is wrong."
    assert english[2] == "Too many failed attempts: the account is locked for 10 more minute(s)."
    assert english[3] == "Too many attempts; wait 12 second(s) and try again."
    assert english[-1] == "不能是常见密码。"  # a field's sentence comes from the server, in the language asked for
    assert all(sentence and "Traceback" not in sentence and sentence[-1] in ".。" for sentence in english)
    language.install("zh_CN")
    chinese = [describe(e) for e in cases]
    language.install("en")
    assert chinese[0] == "用户名或密码错误。"
    assert chinese[2] == "失败次数过多：账户已锁定，请 10 分钟后再试。"
    assert chinese[7] == "无法连接服务器，请检查网络连接和服务器地址。"
    assert chinese[-1] == "不能是常见密码。"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in sentence) for sentence in chinese)


def test_problem_codes_map_to_typed_errors():
    assert isinstance(errors.from_problem(401, {"code": "token_reused"}), errors.SessionEnded)
    assert isinstance(errors.from_problem(401, {"code": "otp_invalid"}), errors.Unauthorized)
    assert isinstance(errors.from_problem(403, {"code": "step_up_required"}), errors.StepUpRequired)
    conflict = errors.from_problem(409, {"code": "stale_version", "current": {"version": 3}})
    assert isinstance(conflict, errors.Conflict) and conflict.current == {"version": 3}
    invalid = errors.from_problem(422, {"errors": [{"field": "x", "code": "y", "message": "z"}]})
    assert invalid.field_errors[0]["field"] == "x"


def test_a_refusal_the_console_has_no_sentence_for_reads_as_the_servers_own_in_the_users_language(qapp, profile):
    from tests.client.helpers import signed_in_session

    session = signed_in_session(profile, "risk")
    sentences = {}
    try:
        for lang in ("zh_CN", "en"):
            language.install(lang)
            try:
                session.api.request("GET", "/api/v1/loans/applications/999999999")
            except errors.ApiError as error:
                assert error.code == "application_not_found"
                sentences[lang] = describe(error)
    finally:
        language.install("en")
    assert sentences["en"] == "No such application."  # not "The item no longer exists."
    assert sentences["zh_CN"] != sentences["en"] and any("\u4e00" <= ch <= "\u9fff" for ch in sentences["zh_CN"])
    assert describe(errors.from_problem(409, {"code": "stale_version", "detail": "Version 3 is stale."})) == \
        "Someone else changed this first; the screen now shows the current version."  # a code the console knows
