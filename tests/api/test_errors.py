"""One error shape, ``{"error": {"code", "message"}}``, for every failure the API can meet."""

from __future__ import annotations

import pytest


def _assert_error(res, status: int, code: str) -> dict:
    assert res.status_code == status, res.text
    assert res.headers["content-type"].startswith("application/json")
    body = res.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize(
    "method, path, params, status, code",
    [
        ("get", "/api/articles/nope", {}, 404, "not_found"),
        ("get", "/api/actors/nobody", {}, 404, "not_found"),
        ("get", "/api/places/nowhere", {}, 404, "not_found"),
        ("get", "/api/no-such-route", {}, 404, "not_found"),
        ("delete", "/api/articles", {}, 405, "method_not_allowed"),
        ("get", "/api/events", {"limit": 1001}, 422, "invalid_request"),
        ("get", "/api/events", {"limit": 0}, 422, "invalid_request"),
        ("get", "/api/events", {"offset": -1}, 422, "invalid_request"),
        ("get", "/api/events", {"bbox": "1,2,3"}, 422, "invalid_request"),
        ("get", "/api/events", {"bbox": "0,50,10,40"}, 422, "invalid_request"),
        ("get", "/api/events", {"from": "yesterday"}, 422, "invalid_request"),
        ("get", "/api/events", {"from": "2024-02-01", "to": "2024-01-01"}, 422, "invalid_request"),
        ("get", "/api/events", {"modality": "maybe"}, 422, "invalid_request"),
        ("get", "/api/events", {"min_confidence": 2}, 422, "invalid_request"),
        ("get", "/api/search", {}, 422, "invalid_request"),
        ("get", "/api/export/nothing.csv", {}, 422, "invalid_request"),
    ],
)
def test_every_error_has_the_one_shape(client, method, path, params, status, code):
    _assert_error(client.request(method.upper(), path, params=params), status, code)


def test_invalid_json_body_is_422(client):
    res = client.post("/api/ingest", content=b"{not json", headers={"Authorization": "Bearer t0ken", "Content-Type": "application/json"})
    _assert_error(res, 422, "invalid_request")


def test_a_body_over_the_limit_is_413(store):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    client = TestClient(create_app(store, ingest_token="t", max_body_bytes=1000))
    res = client.post("/api/ingest", json={"text": "x" * 5000}, headers={"Authorization": "Bearer t"})
    assert "1,000 bytes" in _assert_error(res, 413, "too_large")["message"]

    def chunks():  # no Content-Length: the limit counts what arrives
        for _ in range(10):
            yield b"x" * 500

    res = client.post("/api/ingest", content=chunks(), headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
    _assert_error(res, 413, "too_large")


def test_a_bug_is_a_500_in_the_same_shape_without_a_traceback(client, monkeypatch):
    from newsgraph.store import queries

    def boom(*a, **k):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(queries, "articles", boom)
    err = _assert_error(client.get("/api/articles"), 500, "internal")
    assert "secret detail" not in err["message"] and "Traceback" not in err["message"]


def test_error_body_is_built_by_one_function():
    from newsgraph.api import error_body, error_response

    assert error_body(404, "gone") == {"error": {"code": "not_found", "message": "gone"}}
    assert error_response(413, "big").status_code == 413


def test_missing_front_end_assets_give_a_page_that_says_how_to_install(client, monkeypatch, tmp_path):
    import newsgraph.web as web

    monkeypatch.setattr(web, "VENDOR_DIR", tmp_path / "vendor")
    res = client.get("/")
    assert res.status_code == 503 and "scripts/install.sh" in res.text and "leaflet/leaflet.js" in res.text
    assert client.get("/api/health").json()["explorer_assets"] is False
