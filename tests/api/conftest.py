"""API fixtures: a store holding the hand-made corpus, and a TestClient over it.

Reading tests share one store per module and dialect (building it runs the migrations, which
costs more than the tests); a test that writes takes ``db_url`` and a store of its own."""

from __future__ import annotations

import pytest

from ..conftest import postgres_url
from . import corpus


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path_factory):
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'newsgraph.db'}" if request.param == "sqlite" else postgres_url()
    with Store(url) as s:
        corpus.load(s)
        yield s


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    with TestClient(create_app(store, ingest_token="t0ken"), raise_server_exceptions=False) as c:
        yield c
