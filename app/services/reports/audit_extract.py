"""操作日志 Audit log extract: the audit records of a period (Asia/Shanghai days) and filter, in chain order,
with the result of the server's hash-chain check over the whole log."""

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Paragraph

from app.models.records import ChainCheck
from app.services.reports.audit_words_printed import (action_words, actor_words, changed_fields, client_words,
                                                      object_words)
from app.services.reports.report_data import ReportData
from app.services.reports.document import (Progress, ReportMeta, Styles, build_pdf, content_width, data_table, escape,
                                           title_block, when)

NAME = "audit_extract"
LANDSCAPE = True
FILTERS = (("actor", "User"), ("action", "Action"), ("object_type", "Object type"))
ROWS_PER_PAGE = 33


@dataclass(frozen=True)
class AuditData:
    period: str
    filters: dict  # actor, action, object_type (may be empty)
    records: list  # the API's audit records, `at` as datetime
    chain: ChainCheck


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> AuditData:
    first, last = (date.fromisoformat(v) for v in params["period"].split("/"))
    filters = {k: params.get(k, "") for k, _label in FILTERS if params.get(k)}
    records = source.audit_records(first, last, filters, hook)
    return AuditData(params["period"], filters, records, source.audit_chain())


def parameters(data: AuditData, t) -> tuple[tuple[str, str], ...]:
    first, _, last = data.period.partition("/")
    shown = [("Period", f"{first} — {last}")]
    shown += [(label, data.filters[key]) for key, label in FILTERS if data.filters.get(key)]
    return tuple(shown)


def expected_pages(data: AuditData) -> int:
    return 1 + len(data.records) // ROWS_PER_PAGE


def render(data: AuditData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    story = title_block(meta, s)
    chain = data.chain
    if chain.ok:
        verdict = t("The chain is intact: {n} records checked.", n=chain.checked)
    else:
        verdict = t("The chain is BROKEN at record {seq}: {reason}", seq=chain.first_broken_seq,
                    reason=chain.reason or "")
    colour = "#15803d" if chain.ok else "#b91c1c"
    story.append(Paragraph(f"{escape(t('Hash-chain check'))}{meta.colon}<font color='{colour}'>{escape(verdict)}</font>", s.body))
    rows = []
    for i, r in enumerate(data.records):
        if progress is not None and i % 1000 == 999:
            progress.check()
        # Nothing is cut: a cell too long for its column wraps (an identifier cut short reads as another one).
        rows.append([str(r["seq"]), when(r["at"]), actor_words(r, lang), action_words(str(r["action"]), lang),
                     object_words(r, lang), changed_fields(r, lang), client_words(str(r.get("client_addr") or ""), lang)])
    rows.append([t("Records"), str(len(data.records)), "", "", "", "", ""])
    header = [t("Seq"), t("Time"), t("Actor"), t("Action"), t("Object"), t("Changed fields (before → after)"),
              t("Client address")]
    fractions = (0.06, 0.12, 0.08, 0.14, 0.2, 0.31, 0.09)
    story.append(data_table(header, rows, [width * f for f in fractions], total_rows=1, progress=progress,
                            font_size=7, plain_text=True))
    return build_pdf(meta, story, progress)
