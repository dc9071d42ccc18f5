"""The example article, extracted by the real pipeline and stored with the repo's example articles,
as the explorer reads it through the API: its places on the map, Baghdadi and Townsend in the
network, their quotes under their names, its events on the timeline at their resolved dates.

Skips where ``shared/examples/seed-article.txt`` is absent (it is not copied into the repo)."""

from __future__ import annotations

import pytest

from newsgraph.extract.places.resolve import haversine_km

from .seed import SEED, store_examples_and_seed

BAGHDADI = "person:abu-bakr-al-baghdadi"
TOWNSEND = "person:stephen-townsend"


@pytest.fixture(scope="module")
def seeded(pipeline, tmp_path_factory):
    if not SEED.is_file():
        pytest.skip("shared/examples/seed-article.txt is not here")
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('seed') / 'newsgraph.db'}"
    with Store(url) as store:
        seed_id = store_examples_and_seed(pipeline, store)
        with TestClient(create_app(store), raise_server_exceptions=False) as client:
            yield client, seed_id


def test_it_is_stored_with_the_other_examples(seeded):
    client, seed_id = seeded
    articles = client.get("/api/articles", params={"limit": 100}).json()
    assert articles["total"] > 5 and seed_id in {a["id"] for a in articles["items"]}


def test_its_places_are_on_the_map(seeded):
    client, seed_id = seeded
    features = client.get("/api/export/places.geojson").json()["features"]
    where = {f["properties"]["name"]: f["geometry"]["coordinates"] for f in features}
    truth = {"Mosul": (36.34, 43.13), "Ar Raqqah": (35.95, 39.01), "Manbij": (36.53, 37.96),
             "Sirte": (31.21, 16.59), "Baghdad": (33.34, 44.40), "Paris": (48.85, 2.35)}
    for name, (lat, lon) in truth.items():
        assert name in where, name
        assert haversine_km(lat, lon, where[name][1], where[name][0]) < 25, name


def test_baghdadi_and_townsend_are_in_the_network(seeded):
    client, _ = seeded
    graph = client.get("/api/graph").json()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes[BAGHDADI]["name"] == "Abu Bakr al-Baghdadi" and nodes[TOWNSEND]["name"] == "Stephen Townsend"
    linked = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    assert {BAGHDADI, TOWNSEND} <= linked
    # clicking Townsend narrows the network to him and whom he speaks of
    mine = client.get("/api/graph", params={"actor": TOWNSEND}).json()
    assert mine["edges"] and all(TOWNSEND in (e["source"], e["target"]) for e in mine["edges"])


def test_their_quotes_are_under_their_names(seeded):
    client, seed_id = seeded
    for actor, words in ((BAGHDADI, "This war is yours"), (TOWNSEND, "sense of urgency")):
        quotes = client.get("/api/quotes", params={"speaker": actor, "limit": 100}).json()["items"]
        assert quotes and all(q["speaker_name"] for q in quotes)
        assert any(words in q["text"] for q in quotes), actor
    urgency = next(q for q in client.get("/api/quotes", params={"speaker": TOWNSEND}).json()["items"]
                   if "sense of urgency" in q["text"])
    assert urgency["said_on"] == "2016-10-26"
    detail = client.get("/api/actors/" + TOWNSEND).json()
    assert any("sense of urgency" in q["text"] for q in detail["quotes"])


def test_its_events_are_on_the_timeline_at_their_resolved_dates(seeded):
    client, seed_id = seeded
    events = client.get("/api/events", params={"article": seed_id, "limit": 200}).json()["items"]
    assert len(events) >= 10
    by_text = [(e["evidence"]["text"], e) for e in events]
    paris = [e for t, e in by_text if "November 2015 attacks in Paris" in t and e["type"] == "ASSAULT"]
    assert paris and paris[0]["effective_date"].startswith("2015-11")
    manbij = [e for t, e in by_text if "ousted from Manbij in August" in t]
    assert manbij and manbij[0]["effective_date"].startswith("2016-08")
    # the timeline's brush: a window around November 2015 keeps the Paris attacks and drops the rest of 2016
    window = client.get("/api/events", params={"article": seed_id, "from": "2015-11-01", "to": "2015-11-30"}).json()
    assert window["items"] and all(e["effective_date"].startswith("2015-11") for e in window["items"])
