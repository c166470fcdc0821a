"""Fixtures of the server tests: the demo staff signed in over the in-process API; empty databases."""

import itertools

import pytest

from tests.conftest import BACKENDS
from tests.support.platforms import sign_in_body, totp_code

API = "/api/v1"


class Staff:
    def __init__(self, client, username):
        self.client, self.username = client, username
        answer = client.post(f"{API}/auth/login", json=sign_in_body(username))
        assert answer.status_code == 200, answer.text
        self.headers = {"Authorization": f"Bearer {answer.json()['tokens']['access_token']}"}

    def get(self, path, **kw):
        return self.client.get(f"{API}{path}", headers=self.headers, **kw)

    def post(self, path, json=None, headers=None, **kw):
        return self.client.post(f"{API}{path}", headers=self.headers | (headers or {}), json=json, **kw)

    def delete(self, path, **kw):
        return self.client.delete(f"{API}{path}", headers=self.headers, **kw)

    def step_up_headers(self) -> dict:
        """A fresh one-time code exchanged for a step-up token (kept for its five minutes)."""
        if getattr(self, "_step_up", None) is None:
            answer = self.post("/auth/step-up", {"otp_code": totp_code(self.username, 1)})
            assert answer.status_code == 200, answer.text
            self._step_up = answer.json()["step_up_token"]
        return {"X-Step-Up-Token": self._step_up}

    def act(self, app, action, reason=None, comment=None):
        """A lifecycle action; disbursement goes with a fresh one-time code, as the server asks."""
        extra = self.step_up_headers() if action == "disburse" else {}
        return self.client.post(f"{API}/loans/applications/{app['id']}/actions/{action}", headers=self.headers | extra,
                                json={"version": app["version"], "reason": reason, "comment": comment})


@pytest.fixture
def staff(client):
    cache = {}

    def get(username):
        if username not in cache:
            cache[username] = Staff(client, username)
        return cache[username]

    return get


_empty_databases = itertools.count(1)


@pytest.fixture(params=BACKENDS)
def empty_database_url(request, tmp_path) -> str:
    """A new, empty database, made as README.md's "Production on PostgreSQL" says: on PostgreSQL a role
    without superuser rights owning a database of its own (in the session's cluster); on SQLite a new file."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'platform.db'}"
    cluster = request.getfixturevalue("pg_cluster_factory")()
    name = f"p2p_empty_{next(_empty_databases)}"
    cluster.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'")
    cluster.execute(f"CREATE DATABASE {name} OWNER {name} ENCODING 'UTF8' TEMPLATE template0")
    return f"postgresql+psycopg://{name}:pw-{name}@127.0.0.1:{cluster.port}/{name}"
