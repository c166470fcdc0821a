"""What the home screen shows, as typed records read from GET /api/v1/home."""

from dataclasses import dataclass, field
from datetime import date, datetime

from app.models.after_loan_records import WaitingItem
from app.models.records import parse_time


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # in the console's language (the server's catalog)
    value: int | None  # None: nothing to measure yet
    unit: str  # count | fen | percent_bp | state
    text: str | None  # words for a state
    area: str
    screen: str  # what opens on click
    filter: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True)
class MonthRate:
    month: str  # 2026-11
    rate_bp: int


@dataclass(frozen=True)
class DayFunds:
    day: date
    in_fen: int
    out_fen: int


@dataclass(frozen=True)
class Home:
    as_of: datetime | None
    business_day: date | None
    waiting: list[WaitingItem]
    figures: list[Figure]
    applications_per_day: list[DayCount] | None  # None: not the user's area (no chart at all)
    overdue_rate_by_month: list[MonthRate] | None
    funds_per_day: list[DayFunds] | None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def home(d: dict) -> Home:
    charts = d.get("charts") or {}
    figures = [Figure(f["key"], f.get("label") or f["key"], f.get("value"), f.get("unit") or "count", f.get("text"),
                      f.get("area") or "", (f.get("opens") or {}).get("screen") or "",
                      dict((f.get("opens") or {}).get("filter") or {})) for f in d.get("figures") or []]
    apps = charts.get("applications_per_day")
    rates = charts.get("overdue_rate_by_month")
    funds = charts.get("funds_per_day")
    return Home(
        parse_time(d.get("as_of")), _day(d.get("business_day")),
        [WaitingItem(w["key"], int(w.get("count") or 0), w.get("label") or w["key"]) for w in d.get("waiting") or []],
        figures,
        [DayCount(_day(x["day"]), int(x["count"])) for x in apps] if apps is not None else None,
        [MonthRate(x["month"], int(x["rate_bp"])) for x in rates] if rates is not None else None,
        [DayFunds(_day(x["day"]), int(x["in_fen"]), int(x["out_fen"])) for x in funds] if funds is not None else None)
