"""Schemathesis on the ledger's operations as a user who may read and post (the suite-wide schema
test signs in as an administrator, whom every ledger route refuses before reading the input)."""

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from tests.server.ledger.conftest import grant_movements, POSTER
from tests.server.conftest import Staff

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


def test_ledger_routes_answer_odd_input_without_a_server_error(platform, client):
    grant_movements(platform)
    poster = Staff(client, POSTER)
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [r.ok() for r in schema.get_all_operations() if r.ok().path.startswith("/api/v1/ledger")]
    assert len(operations) == 16
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case):
            case.call_and_validate(headers=poster.headers, checks=CHECKS)

        run()
