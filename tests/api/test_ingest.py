"""POST /api/ingest: a store of its own per test (it writes), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest


@pytest.fixture
def fresh_store(db_url):
    from newsgraph.store import Store

    with Store(db_url) as s:
        yield s


@pytest.mark.slow
def test_ingest_extracts_and_stores_an_article(fresh_store, pipeline):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    client = TestClient(create_app(fresh_store, ingest_token="t0ken", pipeline=pipeline))
    article = {"text": "Rebels attacked the town of Gao on Monday. Three soldiers were killed in the fighting there.",
               "title": "Attack on Gao", "published": "2024-02-07", "id": "wire-1"}
    auth = {"Authorization": "Bearer t0ken"}
    res = client.post("/api/ingest", json=article, headers=auth)
    assert res.status_code == 201, res.text
    body = res.json()
    assert body["stored"] is True and body["counts"]["times"] >= 1
    again = client.post("/api/ingest", json=article, headers=auth).json()
    assert again["stored"] is False and again["id"] == body["id"]
    assert client.get(f"/api/articles/{body['id']}").json()["article"]["input_id"] == "wire-1"
    short = client.post("/api/ingest", json={"text": "Too short."}, headers=auth)
    assert short.status_code == 422 and short.json()["error"]["code"] == "no_text"
