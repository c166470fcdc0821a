"""Makes a report's PDF: checks the parameters, reads the data through the API, lays it out, and records the
print on the server. Runs off the GUI thread (the Reports screen hands it to the task runner with the task's
progress and cancel callbacks; the command line calls it directly)."""

import importlib
import os
import re
from collections.abc import Callable
from datetime import date

from app.services import clock, errors
from app.services.reports.report_data import ReportData
from app.services.reports.catalog import ReportSpec, spec_of
from app.services.reports.document import Progress, ReportCancelled, ReportMeta
from app.services.reports.labels import text

__all__ = ["generate_report", "ReportCancelled", "validate_parameters", "LANGUAGES"]

LANGUAGES = ("zh_CN", "en")
MODULES = {name: f"app.services.reports.{name}" for name in (
    "loan_approval_form", "repayment_schedule", "daily_reconciliation", "withdrawal_review_list",
    "monthly_operations", "staff_permissions", "audit_extract")}
_FORMATS = {"date": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "period": r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}",
            "application": r"\d{1,10}|[A-Za-z]{2}\d{6,20}", "loan": r"\d{1,10}|[A-Za-z]{2}\d{6,20}"}
_EXPECTED = {"date": ("YYYY-MM-DD", "YYYY-MM-DD"), "month": ("YYYY-MM", "YYYY-MM"),
             "period": ("YYYY-MM-DD/YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD"),
             "application": ("an application id or number", "申请编号或 ID"), "loan": ("a loan id or number", "借款编号或 ID")}


def _refuse(param: str, message_en: str, message_zh: str):
    from app.services.language import current_is_chinese

    message = message_zh if current_is_chinese() else message_en  # as the server answers: in the user's language
    return errors.ValidationFailed(message, code="report_parameter_invalid", status=422,
                                   body={"errors": [{"field": param, "message": message}]})


def _valid_date(value: str, kind: str) -> bool:
    try:
        if kind == "date":
            date.fromisoformat(value)
        elif kind == "month":
            date.fromisoformat(value + "-01")
        elif kind == "period":
            first, last = (date.fromisoformat(v) for v in value.split("/"))
            return first <= last
    except ValueError:
        return False
    return True


def validate_parameters(spec: ReportSpec, params: dict[str, str]) -> dict[str, str]:
    """The parameters cleaned up (stripped, optional ones defaulted); a clear error naming the parameter
    otherwise. Unknown names are refused too, so a typo on the command line does not go unnoticed."""
    known = {p.name: p for p in spec.params}
    unknown = sorted(set(params) - set(known))
    if unknown:
        names = ", ".join(known) or "none"
        raise _refuse(unknown[0], f"The report {spec.name} has no parameter {unknown[0]!r} (it takes: {names}).",
                      f"报表 {spec.name} 没有参数 {unknown[0]}（可用参数：{names}）。")
    clean = {}
    for name, param in known.items():
        value = str(params.get(name) or "").strip()
        if not value:
            if param.required:
                raise _refuse(name, f"The parameter {name} is required.", f"必须填写参数 {name}。")
            if param.choices:
                clean[name] = param.choices[0][0]
            continue
        if param.choices and value not in {key for key, _label in param.choices}:
            keys = ", ".join(key for key, _label in param.choices)
            raise _refuse(name, f"The parameter {name} must be one of {keys}.", f"参数 {name} 必须是 {keys} 之一。")
        pattern = _FORMATS.get(param.kind)
        if pattern and (not re.fullmatch(pattern, value) or not _valid_date(value, param.kind)):
            en, zh = _EXPECTED[param.kind]
            raise _refuse(name, f"The parameter {name} must be {en}, not {value!r}.",
                          f"参数 {name} 的格式应为 {zh}，而不是 {value}。")
        if len(value) > 200:
            raise _refuse(name, f"The parameter {name} is too long.", f"参数 {name} 过长。")
        clean[name] = value
    return clean


def module_of(name: str):
    return importlib.import_module(MODULES[name])


def platform_name(session, language: str) -> str:
    configured = os.environ.get("P2P_PLATFORM_NAME", "").strip()
    if configured:
        return configured
    profile = getattr(session, "profile", None)
    name = getattr(profile, "name", "") or ""
    return name or text("P2P lending platform", language)


def generate_report(session, name: str, params: dict[str, str], *, language: str,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> bytes:
    """The PDF of report `name` with `params` in `language` ("zh_CN" or "en"). Raises typed errors from
    app.services.errors (Forbidden without report.print and the report's area permission, ValidationFailed
    naming a bad parameter, NotFound...) and ReportCancelled when `cancelled()` turns true; progress(done,
    total) counts data pages read and then PDF pages laid out."""
    spec = spec_of(name)
    if language not in LANGUAGES:
        raise _refuse("language", f"The language must be one of {', '.join(LANGUAGES)}.",
                      f"语言必须是 {', '.join(LANGUAGES)} 之一。")
    me = session.me
    if not spec.allowed(me):
        from app.services.language import current_is_chinese

        # In words, in the user's language (the codes stay in the body for programs).
        message = ("您无权打印此报表：需要“打印报表”权限，以及该报表所属业务的查看权限。" if current_is_chinese() else
                   "You may not print this report: it needs the permission to print reports and the permission "
                   "to read what the report shows.")
        raise errors.Forbidden(message, code="permission_denied", status=403,
                               body={"permissions": ["report.print", spec.permission, *spec.alternatives]})
    clean = validate_parameters(spec, params)
    steps = Progress(progress, cancelled)
    steps.check()
    module = module_of(name)
    source = ReportData(session.api, language)
    fetched = {"pages": 0}

    def on_data_page(done: int, total: int) -> None:
        fetched["pages"] += 1
        steps.check()
        if progress:
            progress(fetched["pages"], fetched["pages"] + max(total - done, 0) + 1)

    # Read just before the data: the report holds everything recorded up to that moment (the server's clock, not
    # this computer's), and at most what came in during the few seconds of reading.
    data_as_of, checkpoint = source.cut_off()
    data = module.fetch(source, clean, "pii.view" in me.permissions, on_data_page)
    steps.check()
    meta = ReportMeta(TITLES[name],
                      language, f"{me.display_name}（{me.username}）", clock.now_utc(),
                      module.parameters(data, lambda key: text(key, language)), spec.confidential,
                      platform_name(session, language), "pii.view" in me.permissions,
                      getattr(module, "LANDSCAPE", False), data_cutoff=data_as_of, checkpoint=checkpoint)
    steps.expected_pages = getattr(module, "expected_pages", lambda d: 1)(data)
    pdf = module.render(data, meta, steps)
    source.record_print(name, clean, "generate", language)
    return pdf


TITLES = {"loan_approval_form": "Loan approval form", "repayment_schedule": "Repayment schedule",
           "daily_reconciliation": "Daily reconciliation report", "withdrawal_review_list": "Withdrawal review list",
           "monthly_operations": "Monthly operations report", "staff_permissions": "Staff permission report",
           "audit_extract": "Audit log extract"}
