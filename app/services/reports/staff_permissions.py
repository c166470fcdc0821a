"""权限清单 Staff permission report: every staff user with their roles and effective permissions, and the
separation-of-duties conflicts their permissions put together."""

from dataclasses import dataclass

from reportlab.platypus import Paragraph

from app.services.reports.report_data import ReportData
from app.services.reports.document import (Progress, ReportMeta, Styles, build_pdf, content_width, data_table, escape,
                                           title_block)

NAME = "staff_permissions"
STATE_KEYS = {"all": "All accounts", "active": "Active accounts"}


@dataclass(frozen=True)
class StaffData:
    state: str
    users: list  # server/reports/schemas.py StaffRow dicts
    permission_labels: dict  # name -> {"zh", "en"}


def fetch(source: ReportData, params: dict[str, str], pii_view: bool, hook=None) -> StaffData:
    data = source.staff_permissions(params.get("state") or "all")
    if hook:
        hook(1, 1)
    return StaffData(data["state"], data["users"], data["permission_labels"])


def parameters(data: StaffData, t) -> tuple[tuple[str, str], ...]:
    return (("Staff state", t(STATE_KEYS.get(data.state, data.state))),)


def expected_pages(data: StaffData) -> int:
    return 1 + len(data.users) // 6


def render(data: StaffData, meta: ReportMeta, progress: Progress | None = None) -> bytes:
    t, lang = meta.t, meta.language
    s = Styles(lang)
    width = content_width(meta)
    zh = lang == "zh_CN"
    story = title_block(meta, s)
    rows, conflicts = [], []
    for i, u in enumerate(data.users):
        if progress is not None and i % 200 == 199:
            progress.check()
        roles = "、".join(r["label_zh"] if zh else r["label_en"] for r in u["roles"]) or t("None")
        labels = data.permission_labels
        permissions = "、".join(
            f"{(labels.get(p) or {}).get('zh' if zh else 'en', p)}（{p}）" for p in u["permissions"]) or t("None")
        rows.append([Paragraph(f"{escape(u['display_name'])}<br/>{escape(u['username'])}", s.cell),
                     t(u["state"]), Paragraph(escape(roles), s.cell), Paragraph(escape(permissions), s.small)])
        for rule in u.get("conflicts") or []:
            conflicts.append([u["display_name"], u["username"], rule["label_zh"] if zh else rule["label_en"],
                              rule["name"]])
    rows.append([t("Users"), str(len(data.users)), "", ""])
    story.append(data_table([t("User"), t("Account state"), t("Roles"), t("Effective permissions")], rows,
                            [width * f for f in (0.15, 0.09, 0.17, 0.59)], total_rows=1, progress=progress))
    story.append(Paragraph(escape(t("Separation-of-duties conflicts")), s.heading))
    if conflicts:
        story.append(data_table([t("Name"), t("Username"), t("Conflict"), t("Rule")], conflicts,
                                [width * f for f in (0.18, 0.17, 0.4, 0.25)]))
    else:
        story.append(Paragraph(escape(t("No separation-of-duties conflicts.")), s.note))
    return build_pdf(meta, story, progress)
