"""The blacklist (黑名单) through the go-live import: each row checked and inserted by the blacklist's own rules
(server/loans/blacklist.py: `check_line`, `listed_already`, `insert_entries`, the same the blacklist's own file
import uses), its problems named by this sheet's row and column. An entry on the blacklist already, or repeated
in the file, is counted apart and not added again, as the blacklist's own import does."""

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from server.golive.columns import BLACKLIST
from server.golive.problems import Problems
from server.golive.workbook import SheetRows
from server.loans import blacklist
from server.security.pii import blind_index


@dataclass
class BlacklistPlan:
    rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # kind, value, reason, source
    already: int = 0
    lines: int = 0

    @property
    def totals(self) -> dict:
        return {"blacklist": len(self.rows), "blacklist_already": self.already} if self.lines else {}


def check(db: Session, sheets: dict[str, SheetRows], problems: Problems) -> BlacklistPlan:
    plan = BlacklistPlan()
    rows = sheets.get(BLACKLIST.key)
    if not rows:
        return plan
    plan.lines = len(rows.rows)
    seen: set[tuple[str, str]] = set()
    wanted = []
    for number, texts in rows.rows:
        entry, line_problems = blacklist.check_line(*(texts.get(key, "") for key in ("kind", "value", "reason",
                                                                                     "source")))
        for column, reason, params, code in line_problems:
            problems.add(BLACKLIST, number, BLACKLIST.column(column), code, reason, **params)
        if entry is None:
            continue
        key = (entry[0], blind_index(entry[1]))
        if key in seen:
            plan.already += 1
            continue
        seen.add(key)
        wanted.append((key, entry))
    listed = blacklist.listed_already(db, [key for key, _entry in wanted])
    for key, entry in wanted:
        if key in listed:
            plan.already += 1
        else:
            plan.rows.append(entry)
    return plan


def apply(db: Session, plan: BlacklistPlan, imported_by: str) -> None:
    blacklist.insert_entries(db, imported_by, plan.rows)
