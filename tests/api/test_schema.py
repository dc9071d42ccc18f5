"""Schemathesis over the published OpenAPI schema, in-process (ASGI): whatever it sends, the API
never answers with a server error, and its 2xx answers match the schema. Bounded: a fixed number
of examples per operation, no deadline."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from . import corpus  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    from newsgraph.api import create_app
    from newsgraph.store import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('schema') / 'newsgraph.db'}")
    corpus.load(store)
    app = create_app(store, ingest_token="not-guessable-" + "x" * 20, max_body_bytes=20_000)
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    store.close()


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_error_and_2xx_match_the_schema(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    if response.status_code < 300 and response.headers.get("content-type", [""])[0].startswith("application/json"):
        from schemathesis.specs.openapi.checks import response_schema_conformance

        case.validate_response(response, checks=[response_schema_conformance])
    else:
        body = response.json() if response.status_code >= 400 else None
        if body is not None:
            assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
