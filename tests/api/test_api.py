"""The API over a store holding the hand-made corpus, on SQLite and PostgreSQL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from .corpus import XSS_IMG, XSS_SCRIPT, XSS_TITLE

KHARKIV, KHARTOUM, HOSTILE = "a" * 64, "b" * 64, "c" * 64


def _page(client, path, **params):
    res = client.get(path, params=params)
    assert res.status_code == 200, res.text
    body = res.json()
    assert set(body) == {"total", "limit", "offset", "items"}
    return body


def test_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["articles"] == 3 and body["database"] in ("sqlite", "postgresql")


def test_articles_are_paged_newest_first(client):
    first = _page(client, "/api/articles", limit=2)
    assert first["total"] == 3 and [a["id"] for a in first["items"]] == [KHARKIV, HOSTILE]
    rest = _page(client, "/api/articles", limit=2, offset=2)
    assert [a["id"] for a in rest["items"]] == [KHARTOUM] and rest["items"][0]["events"] == 2


def test_one_article_is_its_full_record(client):
    record = client.get(f"/api/articles/{KHARKIV}").json()
    assert record["article"]["title"] == "Strikes on Kharkiv"
    assert len(record["events"]) == 2 and record["quotes"][0]["speaker"] == "person:ihor-terekhov"


def test_annotated_text_links_every_kind_of_fact(client):
    body = client.get(f"/api/articles/{KHARKIV}/annotated").json()
    kinds = {a["kind"] for a in body["annotations"]}
    assert kinds == {"actor", "place", "time", "quote", "event", "trigger"}
    trigger = next(a for a in body["annotations"] if a["kind"] == "trigger")
    assert body["text"][trigger["start"]:trigger["end"]] == "struck" and trigger["ref"] == "e1"
    for a in body["annotations"]:
        assert 0 <= a["start"] < a["end"] <= len(body["text"])
    terekhov = [a for a in body["annotations"] if a["kind"] == "actor" and a["ref"] == "person:ihor-terekhov"]
    assert body["text"][terekhov[0]["start"]:terekhov[0]["end"]] == "Ihor Terekhov"


def test_annotated_text_of_a_hostile_article_is_returned_as_plain_characters(client):
    res = client.get(f"/api/articles/{HOSTILE}/annotated")
    assert res.headers["content-type"].startswith("application/json")
    body = res.json()
    assert body["title"] == XSS_TITLE and XSS_SCRIPT in body["text"] and XSS_IMG in body["text"]


def test_explorer_never_parses_article_data_as_html(client):
    from newsgraph.web import STATIC_DIR

    script = (STATIC_DIR / "app.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script
    res = client.get("/")
    if res.status_code == 200:
        assert "script-src 'self'" in res.headers["content-security-policy"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, {("a", "e1"), ("a", "e2"), ("b", "e1"), ("b", "e2"), ("c", "e1")}),
        ({"type": "AGREE"}, {("b", "e1")}),
        ({"modality": "threatened"}, {("b", "e2")}),
        ({"mode": "aerial"}, {("a", "e1")}),
        ({"actor": "reb:rsf"}, {("b", "e1"), ("b", "e2")}),
        ({"actor": "mil:UKR"}, {("a", "e1"), ("a", "e2")}),
        ({"country": "SD"}, {("b", "e2")}),
        ({"country": "sdn"}, {("b", "e1"), ("b", "e2")}),
        ({"place": "cccc:place:0"}, {("c", "e1")}),
        ({"from": "2024-01-01"}, {("a", "e1"), ("a", "e2"), ("c", "e1")}),
        ({"from": "2023-05-21", "to": "2023-12-31"}, {("b", "e2")}),  # no date of its own: its article's
        ({"bbox": "30,10,40,25"}, {("b", "e1"), ("b", "e2")}),
        ({"bbox": "-5,10,5,20"}, {("c", "e1")}),
        ({"min_confidence": 0.85}, {("a", "e1"), ("b", "e1")}),
        ({"type": "ASSAULT", "min_confidence": 0.7, "from": "2024-01-01"}, {("a", "e1"), ("c", "e1")}),
    ],
)
def test_event_filters(client, params, expected):
    body = _page(client, "/api/events", **params)
    got = {(e["article_id"][0], e["id"]) for e in body["items"]}
    assert got == expected and body["total"] == len(expected)


def test_events_are_ordered_by_date_and_paged(client):
    dates = [e["effective_date"] for e in _page(client, "/api/events")["items"]]
    assert dates == sorted(dates)
    page = _page(client, "/api/events", limit=2, offset=4)
    assert page["total"] == 5 and len(page["items"]) == 1 and page["limit"] == 2 and page["offset"] == 4
    event = _page(client, "/api/events", type="AGREE")["items"][0]
    assert event["place_record"]["name"] == "Jeddah" and event["evidence"]["text"].startswith("The Sudanese army")


def test_event_facets(client):
    body = client.get("/api/events/facets").json()
    assert body["types"][0] == {"value": "ASSAULT", "count": 4}
    assert {f["value"] for f in body["modalities"]} == {"asserted", "claimed", "threatened"}


def test_actors_list_and_one_with_its_events_quotes_relations(client):
    body = _page(client, "/api/actors", limit=100)
    assert body["total"] == 6
    assert _page(client, "/api/actors", q="rapid")["items"][0]["id"] == "reb:rsf"
    assert _page(client, "/api/actors", country="UKR")["total"] == 2
    rsf = client.get("/api/actors/reb:rsf").json()
    assert {e["id"] for e in rsf["events"]} == {"e1", "e2"}
    assert rsf["relations"][0]["predicate"] == "opposes" and rsf["relations"][0]["attributed_to"] == "mil:SDN"
    terekhov = client.get("/api/actors/person:ihor-terekhov").json()
    assert terekhov["name"] == "Ihor Terekhov" and terekhov["quotes"][0]["text"].startswith("We will rebuild")


def test_quotes_by_speaker_and_by_words(client):
    assert _page(client, "/api/quotes")["total"] == 2
    by_id = _page(client, "/api/quotes", speaker="person:ihor-terekhov")
    by_name = _page(client, "/api/quotes", speaker="terekhov")
    assert by_id["items"] == by_name["items"] and by_id["total"] == 1
    hits = _page(client, "/api/quotes", q="rebuild school")
    assert hits["total"] == 1 and hits["items"][0]["speaker_name"] == "Ihor Terekhov"
    assert _page(client, "/api/quotes", article="c" * 64)["items"][0]["speaker_name"] == "A witness"
    assert _page(client, "/api/quotes", q="nothing-like-this")["total"] == 0


def test_places_list_filters_and_one(client):
    body = _page(client, "/api/places")
    assert [p["name"] for p in body["items"]] == ["Gao", "Jeddah", "Kharkiv", "Khartoum"]
    assert {p["name"]: p["events"] for p in body["items"]}["Kharkiv"] == 2
    assert [p["name"] for p in _page(client, "/api/places", bbox="30,10,40,25")["items"]] == ["Jeddah", "Khartoum"]
    assert _page(client, "/api/places", country="ua")["total"] == 1
    one = client.get("/api/places/aaaa:place:0").json()
    assert one["name"] == "Kharkiv" and len(one["events"]) == 2


def test_graph_has_actors_as_nodes_and_events_and_relations_as_edges(client):
    body = client.get("/api/graph").json()
    ids = {n["id"] for n in body["nodes"]}
    assert {"mil:RUS", "mil:UKR", "reb:rsf", "mil:SDN"} <= ids
    kinds = {(e["source"], e["target"], e["kind"], e["label"]) for e in body["edges"]}
    assert ("reb:rsf", "mil:SDN", "relation", "opposes") in kinds and ("mil:RUS", "mil:UKR", "event", "ASSAULT") in kinds
    only = client.get("/api/graph", params={"type": "AGREE"}).json()
    assert [(e["source"], e["target"]) for e in only["edges"] if e["kind"] == "event"] == [("mil:SDN", "reb:rsf")]


def test_graph_links_a_speaker_to_the_actors_named_in_the_quote(client):
    """Terekhov has no event, but he speaks of the Russian army: he is in the network, linked to it."""
    body = client.get("/api/graph").json()
    assert ("person:ihor-terekhov", "mil:RUS") in {(e["source"], e["target"]) for e in body["edges"] if e["kind"] == "quote"}
    assert "person:ihor-terekhov" in {n["id"] for n in body["nodes"]}
    by_actor = client.get("/api/graph", params={"actor": "mil:RUS"}).json()
    assert any(e["kind"] == "quote" for e in by_actor["edges"])
    assert not [e for e in client.get("/api/graph", params={"type": "ASSAULT"}).json()["edges"] if e["kind"] == "quote"]
    assert not [e for e in client.get("/api/graph", params={"from": "2024-03-06"}).json()["edges"] if e["kind"] == "quote"]


def test_search(client):
    body = _page(client, "/api/search", q="ceasefire Jeddah")
    assert [h["id"] for h in body["items"]] == [KHARTOUM]
    assert _page(client, "/api/search", q="ceasefire", offset=1)["items"] == []


def test_exports(client):
    events = client.get("/api/export/events.geojson")
    assert events.headers["content-type"].startswith("application/geo+json")
    features = events.json()["features"]
    assert len(features) == 5 and features[0]["geometry"]["type"] == "Point"
    kharkiv = [f for f in features if f["properties"]["place_name"] == "Kharkiv"][0]
    assert kharkiv["geometry"]["coordinates"] == [36.2304, 49.9935]
    assert len(client.get("/api/export/places.geojson").json()["features"]) == 4
    root = ET.fromstring(client.get("/api/export/network.graphml").content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 6 and len(root.findall(".//g:edge", ns)) == 5
    plover = client.get("/api/export/events.plover.json").json()
    agree = [p for p in plover if p["event_type"] == "AGREE"][0]
    assert agree["src_actor"] == "SDN" and agree["tgt_agent"] == "REB" and agree["country"] == "SA"
    csv_text = client.get("/api/export/events.csv").text
    assert csv_text.splitlines()[0].startswith("article_id,") and len(csv_text.strip().splitlines()) == 6
    assert len(client.get("/api/export/records.jsonl").text.strip().splitlines()) == 3


def test_ingest_needs_the_token(client):
    article = {"text": "Gunmen attacked a village.", "title": "x"}
    assert client.post("/api/ingest", json=article).status_code == 401
    res = client.post("/api/ingest", json=article, headers={"Authorization": "Bearer wrong"})
    assert res.status_code == 401 and res.json()["error"]["code"] == "unauthorized"


def test_ingest_is_off_without_a_configured_token(store):
    from fastapi.testclient import TestClient

    from newsgraph.api import create_app

    res = TestClient(create_app(store)).post("/api/ingest", json={"text": "x"}, headers={"Authorization": "Bearer x"})
    assert res.status_code == 403 and "NEWSGRAPH_INGEST_TOKEN" in res.json()["error"]["message"]


def test_what_an_act_fell_on_is_annotated(pipeline):
    from datetime import date

    from newsgraph.api.schemas import Annotation
    from newsgraph.model import Article
    from newsgraph.store.queries import annotations

    text = "Shining Path guerrillas dynamited electricity pylons on Saturday."
    marks = annotations(pipeline(Article(id="pylons", text=text, published=date(1992, 5, 4))))
    objects = [a for a in marks if a["kind"] == "object"]
    assert [text[a["start"]:a["end"]] for a in objects] == ["electricity pylons"]
    assert all(Annotation(**a) for a in marks)
