"""The fast lane (server/lanes.py) answers the movement routes exactly as the app's own routing does: the same
statuses, problems and sentences, the same replays across the two, each request counted once against its allowance,
and a badly marked route refused when the app is made."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from pydantic import BaseModel

from server.app import create_app
from server.commands import Command, command
from server.lanes import fast_lane, lanes_of
from server.middleware import GuardMiddleware
from tests.server.conftest import Staff
from tests.server.ledger.conftest import POSTER, grant_movements
from tests.support.platforms import sign_in_body

API = "/api/v1"
ZH = {"Accept-Language": "zh-CN"}


def _guard(app) -> GuardMiddleware:
    layer = app.middleware_stack
    while not isinstance(layer, GuardMiddleware):
        layer = layer.app
    return layer


@pytest.fixture
def routed(platform):
    """A second app on the same platform whose guard hands every request to FastAPI's routing: the reference."""
    app = create_app(platform=platform)
    client = TestClient(app)
    assert client.get(f"{API}/health").status_code == 200  # builds the middleware stack
    _guard(app).lane = lambda scope: None
    return client


def _same(lane, routed, method_path, body, headers, content=None):
    kwargs = {"content": content} if content is not None else {"json": body}
    a = lane.post(f"{API}{method_path}", headers=headers, **kwargs)
    b = routed.post(f"{API}{method_path}", headers=headers, **kwargs)
    assert (a.status_code, a.headers["content-type"]) == (b.status_code, b.headers["content-type"]), (a.text, b.text)
    assert a.json() == b.json()
    return a


def test_every_movement_route_takes_the_lane(client):
    lanes = lanes_of(client.app)
    movements = {route.path for route in iter_route_contexts(client.app.routes)
                 if route.path.startswith(f"{API}/ledger/movements/") and "POST" in route.methods}
    assert len(movements) == 10 and {path for method, path in lanes if method == "POST"} == movements
    assert all(lane.permission == "funds.movement.post" for lane in lanes.values())


def test_refusals_through_the_lane_are_the_apps_own(platform, client, routed, staff):
    grant_movements(platform)
    poster = Staff(client, POSTER)
    body = {"operation_id": "R1", "customer_ref": "A", "amount_fen": 100}
    nobody = _same(client, routed, "/ledger/movements/recharge", body, ZH)
    assert nobody.status_code == 401 and nobody.json()["detail"] == "请先登录。"
    clerk = staff("finlead")  # funds.read only
    assert _same(client, routed, "/ledger/movements/recharge", body, clerk.headers | ZH).status_code == 403
    assert poster.post("/ledger/movements/recharge", body).status_code == 200
    over = _same(client, routed, "/ledger/movements/withdrawal", body | {"operation_id": "W1", "amount_fen": 101},
                 poster.headers | ZH)
    assert over.json()["code"] == "insufficient_funds" and over.json()["available_fen"] == 100
    reused = _same(client, routed, "/ledger/movements/recharge", body | {"amount_fen": 5}, poster.headers)
    assert reused.json()["code"] == "transfer_id_reused"
    missing = _same(client, routed, "/ledger/movements/reversal", {"operation_id": "V1", "transfer_id": "nope"},
                    poster.headers | ZH)
    assert missing.status_code == 404 and missing.json()["code"] == "transfer_not_found"
    # what the lane hands to the app: a body that does not validate, a body that is not JSON
    fraction = _same(client, routed, "/ledger/movements/recharge", body | {"amount_fen": 1.5}, poster.headers | ZH)
    assert fraction.status_code == 422 and fraction.json()["errors"][0]["field"] == "amount_fen"
    text = _same(client, routed, "/ledger/movements/recharge", None, poster.headers | {"Content-Type": "text/plain"},
                 content=b'{"operation_id": "R9", "customer_ref": "A", "amount_fen": 1}')
    assert text.status_code == 422
    assert poster.get("/ledger/customers/A/balances").json()["available_fen"] == 100


def test_a_key_answered_by_either_is_replayed_by_the_other(platform, client, routed):
    grant_movements(platform)
    poster = Staff(client, POSTER)
    for first, second, key in ((client, routed, "k-lane"), (routed, client, "k-app")):
        body, headers = {"operation_id": f"R-{key}", "customer_ref": "A", "amount_fen": 100}, poster.headers
        posted = first.post(f"{API}/ledger/movements/recharge", json=body, headers=headers | {"Idempotency-Key": key})
        replayed = second.post(f"{API}/ledger/movements/recharge", json=body, headers=headers | {"Idempotency-Key": key})
        assert posted.status_code == replayed.status_code == 200
        assert replayed.content == posted.content and replayed.headers["idempotent-replay"] == "true"
        assert "idempotent-replay" not in posted.headers
    assert poster.get("/ledger/customers/A/balances").json()["available_fen"] == 200


def test_a_lane_request_is_counted_once_and_refused_over_its_allowance_first(make_platform):
    platform = make_platform(front_end_requests_per_minute=5)
    grant_movements(platform)
    client = TestClient(create_app(platform=platform))
    token = client.post(f"{API}/auth/login", json=sign_in_body(POSTER)).json()["tokens"]["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    statuses = [client.post(f"{API}/ledger/movements/recharge", headers=headers,
                            json={"operation_id": f"R{n}", "customer_ref": "A", "amount_fen": 1}).status_code
                for n in range(6)]
    assert statuses == [200] * 5 + [429]
    # over its allowance, a body the wall would refuse is refused for the allowance, as on any other route
    large = client.post(f"{API}/ledger/movements/recharge", headers=headers,
                        content=b'{"operation_id": "' + b"x" * 2_000_000 + b'"}')
    nul = client.post(f"{API}/ledger/movements/recharge", headers=headers, content=b'{"operation_id": "\\u0000"}')
    assert large.status_code == nul.status_code == 429 and large.headers["retry-after"].isdigit()


class _Body(BaseModel):
    amount_fen: int


def test_a_route_the_lane_cannot_answer_as_the_app_would_is_refused_when_marked():
    for dependency, extra in ((command("funds.movement.post", step_up=True), ""),
                              (command("funds.movement.post", replayable=False), ""),
                              (command("funds.movement.post"), "page")):
        router = APIRouter()
        if extra:
            @router.post("/x")
            @fast_lane
            def marked(body: _Body, page: int = 1, cmd: Command = Depends(dependency)):
                return None
        else:
            @router.post("/x")
            @fast_lane
            def marked(body: _Body, cmd: Command = Depends(dependency)):
                return None
        app = FastAPI()
        app.include_router(router)
        with pytest.raises(TypeError, match="fast lane"):
            lanes_of(app)
    router = APIRouter()

    @router.post("/x")
    @fast_lane
    def fine(body: _Body, cmd: Command = Depends(command("funds.movement.post"))):
        return None

    app = FastAPI()
    app.include_router(router)
    assert lanes_of(app)[("POST", "/x")].body is _Body


def test_lane_requests_meeting_another_writer_wait_for_it_then_post(platform, client):
    """On SQLite the lane writes on the event loop only when the writers' queue is free or soon is; while another
    writer holds it for longer (here this test's thread, as a batch or an import would), the first request waits in
    the lane thread and the next ones wait for it, the loop goes on answering, and every movement is posted once,
    after the writer is done."""
    if platform.db.dialect != "sqlite":
        pytest.skip("PostgreSQL's lane uses the thread pool and has no writers' queue")
    grant_movements(platform)
    poster = Staff(client, POSTER)
    bodies = [{"operation_id": f"R-wait-{n}", "customer_ref": "W", "amount_fen": 300} for n in range(3)]
    with ThreadPoolExecutor(4) as pool:
        with platform.db.writers():
            postings = [pool.submit(client.post, f"{API}/ledger/movements/recharge", json=body, headers=poster.headers)
                        for body in bodies]
            time.sleep(0.3)
            assert not any(posting.done() for posting in postings)  # the commands wait for the writer
            health = pool.submit(client.get, f"{API}/health")  # while the event loop answers others
            assert health.result(timeout=5).status_code == 200
            assert not any(posting.done() for posting in postings)
        answers = [posting.result(timeout=10) for posting in postings]
    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert poster.get("/ledger/customers/W/balances").json()["available_fen"] == 900
