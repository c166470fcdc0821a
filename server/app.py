"""The FastAPI application: areas' routers under /api/v1, error handlers, the outer wall, and the
periodic jobs' runner started and stopped with it."""

import functools
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from server import __version__
from server.audit.routes import router as audit_router
from server.auth.routes import router as auth_router
from server.config import Settings
from server.errors import install_error_handlers
from server.health.routes import router as health_router
from server.middleware import GuardMiddleware
from server.openapi import install_openapi
from server.platform import Platform
from server.staff.routes import router as staff_router
from server.staff.role_routes import router as role_router
from server.staff.user_routes import router as user_router
from server.auth.session_routes import router as session_router
from server.ledger.routes import router as ledger_router
from server.loans.routes import router as loans_router
from server.withdrawals.routes import router as withdrawals_router
from server.reconciliation.routes import router as reconciliation_router
from server.reports.routes import router as reports_router
from server.customers.routes import router as customers_router
from server.customers.service_routes import router as customer_service_router
from server.customers.customer_side_routes import router as customer_side_router
from server.notifications.dispatcher import attach as attach_notifications
from server.notifications.routes import router as notifications_router
from server.loans.after_routes import router as after_loan_router
from server.loans.blacklist_routes import router as blacklist_router
from server.work.routes import router as work_router
from server.monitoring.routes import router as alerts_router
from server.monitoring.delivery_routes import router as monitoring_router
from server.monitoring.metrics import RequestMetricsMiddleware
from server.monitoring.metrics_routes import api_router as outage_router, router as metrics_router
from server.home.routes import router as home_router
from server.staff.recovery_routes import router as recovery_router
from server.golive.routes import router as golive_router
from server.backups.routes import router as backups_router  # registers the daily backup job, after the others

API_PREFIX = "/api/v1"

# A year: a client that has once reached the server over HTTPS never falls back to plain HTTP, where a
# man in the middle could strip TLS and read the tokens.
HSTS = b"max-age=31536000"


# Every answer says what it is and must not be sniffed into something else (a document served as a PDF
# is never run as HTML by a browser).
NOSNIFF = (b"x-content-type-options", b"nosniff")


class SecurityHeadersMiddleware:
    """Adds X-Content-Type-Options: nosniff to every answer, and Strict-Transport-Security to every
    answer given over HTTPS (including the outer wall's refusals)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = [NOSNIFF, *([(b"strict-transport-security", HSTS)] if scope.get("scheme") == "https" else [])]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@asynccontextmanager
async def _scheduler_lifespan(app: FastAPI):
    """Runs the periodic jobs (server/scheduler/) while the server serves, where the settings ask for it."""
    platform: Platform = app.state.platform
    if platform.settings.scheduler_enabled:
        from server.scheduler.runner import Scheduler

        app.state.scheduler = Scheduler(platform)
        app.state.scheduler.start()
    try:
        yield
    finally:
        if app.state.scheduler is not None:
            await run_in_threadpool(app.state.scheduler.stop)  # waits for a slot under way to finish
            app.state.scheduler = None


@functools.cache
def _api_routes() -> tuple:
    """The areas' routes, included once per process and shared by every app made in it. FastAPI analyses a route's
    dependencies, parameters and response model when an app first meets it (here at its first request, when the
    outer wall lists the binary routes), some 0.15 s of CPU for the 177 routes, and keeps the result in the included
    router's entry: one entry for all apps pays that once. The routes hold nothing of an app (the platform is found
    through request.app); they are included into a bare FastAPI so that they are the entries app.include_router
    would make, except that app.dependency_overrides is not consulted (nothing sets it); no area router has startup,
    shutdown or lifespan handlers, which include_router would pass on to the app."""
    holder = FastAPI(openapi_url=None)
    first = len(holder.router.routes)
    # The ledger's and the customer side's routes first: the front end's movements are most of the requests, and
    # FastAPI tries the routes one by one in this order (for a recharge at the eleventh router, matching cost about
    # an eighth of the request). No other router has a path under /ledger or /customer-side, so what matches is
    # the same in any order.
    for router in (ledger_router, customer_side_router, health_router, auth_router, staff_router, audit_router,
                   user_router, role_router, session_router, loans_router, after_loan_router, blacklist_router,
                   withdrawals_router, reports_router, reconciliation_router, customers_router,
                   customer_service_router, notifications_router, work_router, alerts_router, monitoring_router,
                   outage_router, home_router, recovery_router, golive_router, backups_router):
        holder.include_router(router, prefix=API_PREFIX)
    holder.include_router(metrics_router)
    return tuple(holder.router.routes[first:])


def create_app(settings: Settings | None = None, platform: Platform | None = None) -> FastAPI:
    platform = platform or Platform.open(settings or Settings())
    app = FastAPI(title="P2P Back Office platform API", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=_scheduler_lifespan)
    app.state.platform = platform
    app.state.scheduler = None
    attach_notifications(platform)  # a commit that queued SMS or e-mail starts their delivery at once
    app.router.routes.extend(_api_routes())
    install_error_handlers(app)
    install_openapi(app)
    app.add_middleware(GuardMiddleware, max_body_bytes=platform.settings.max_body_bytes,
                       per_address=platform.requests_by_address,
                       per_front_end=platform.requests_by_front_end)
    app.add_middleware(RequestMetricsMiddleware)  # outside the wall: its refusals are counted too
    app.add_middleware(SecurityHeadersMiddleware)  # added last: outermost, so refusals carry it too
    return app
