"""The home screen's data (首页): what waits for the signed-in user, today's figures of their areas and their
charts, from GET /api/v1/home in one request. `HomeData.fetch` runs off the GUI thread (through the runner) and
raises the typed errors of app.services.errors."""

import dataclasses

from app.models.home_records import Home, home
from app.services.api_client import ApiClient

API = "/api/v1/home"


class HomeData:
    def __init__(self, api: ApiClient):
        self.api = api

    def fetch(self, charts: bool = True) -> Home:
        """The figures, and the charts unless `charts` is False (they are the slower part: ask them after)."""
        return home(self.api.request("GET", API, params=None if charts else {"charts": "false"}))

    def with_charts(self, figures: Home) -> Home:
        """`figures` with the charts of GET /home/charts."""
        charted = home({"charts": self.api.request("GET", f"{API}/charts")})
        return dataclasses.replace(figures, applications_per_day=charted.applications_per_day,
                                   overdue_rate_by_month=charted.overdue_rate_by_month,
                                   funds_per_day=charted.funds_per_day)
