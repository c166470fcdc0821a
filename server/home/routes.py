"""The home screen's figures for the signed-in user: what waits for them, today's figures of their areas and the
charts their permissions cover (server/home/figures.py, charts.py), in one read transaction."""

from datetime import date, datetime

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel

from server import clock
from server.access import Principal, get_platform, signed_in
from server.errors import request_language
from server.home import charts, figures
from server.platform import Platform
from server.work import waiting
from server.work.routes import WaitingItem

router = APIRouter(prefix="/home", tags=["home"])


class Opens(BaseModel):
    screen: str  # loans | afterloan | funds | recon | alerts
    filter: dict[str, str | int | bool]


class Figure(BaseModel):
    key: str
    label: str  # in the request's language
    value: int | None  # None: nothing to measure yet (an approval rate with no decision today)
    unit: str  # count | fen | percent_bp | state
    text: str | None  # words for a state, in the request's language
    area: str
    opens: Opens


class DayCount(BaseModel):
    day: date
    count: int


class MonthRate(BaseModel):
    month: str  # 2026-11
    rate_bp: int


class DayFunds(BaseModel):
    day: date
    in_fen: int
    out_fen: int


class Charts(BaseModel):
    applications_per_day: list[DayCount] | None = None
    overdue_rate_by_month: list[MonthRate] | None = None
    funds_per_day: list[DayFunds] | None = None


class HomeOut(BaseModel):
    as_of: datetime
    business_day: date
    waiting: list[WaitingItem]
    figures: list[Figure]
    charts: Charts


@router.get("", response_model=HomeOut, response_model_exclude_unset=True)
def home(request: Request, with_charts: bool = Query(True, alias="charts"), principal: Principal = Depends(signed_in),
         platform: Platform = Depends(get_platform)):
    """What the caller's work looks like today (Shanghai): the waiting counts (as GET /work/waiting), today's
    figures of the areas their permissions cover and the charts of those areas (a chart they may not read is
    absent, not empty). Cheap: indexed counts and sums over the last 30 days (12 months for the overdue rate).
    `charts=false` leaves the charts out: the console paints the figures first and asks GET /home/charts after."""
    language = request_language(request)
    now = clock.now()
    today = clock.business_day(now)
    with platform.db.read() as db:
        return {"as_of": now, "business_day": today,
                "waiting": waiting.waiting(db, principal, language, today),
                "figures": figures.figures(db, principal, language, today),
                "charts": charts.charts(db, principal.permissions, today) if with_charts else {}}


@router.get("/charts", response_model=Charts, response_model_exclude_unset=True)
def home_charts(principal: Principal = Depends(signed_in), platform: Platform = Depends(get_platform)):
    """The home screen's charts alone (the ones the caller's permissions cover), as GET /home gives them."""
    today = clock.business_day(clock.now())
    with platform.db.read() as db:
        return charts.charts(db, principal.permissions, today)
