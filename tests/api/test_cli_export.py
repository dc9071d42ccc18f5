"""``newsgraph export --format geojson|graphml|plover`` over a store holding the hand-made corpus."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from ..test_cli import run
from . import corpus


@pytest.fixture
def db(sqlite_url):
    from newsgraph.store import Store

    with Store(sqlite_url) as store:
        corpus.load(store)
    return sqlite_url


def test_geojson_events_and_places(capsys, monkeypatch, db):
    code, out, _ = run(capsys, monkeypatch, "export", "--format", "geojson", "--db", db)
    assert code == 0
    events = json.loads(out)
    assert events["type"] == "FeatureCollection" and len(events["features"]) == 5
    code, out, _ = run(capsys, monkeypatch, "export", "--format", "geojson", "--table", "places", "--db", db)
    assert {f["properties"]["name"] for f in json.loads(out)["features"]} == {"Kharkiv", "Jeddah", "Khartoum", "Gao"}


def test_geojson_refuses_other_tables(capsys, monkeypatch, db):
    code, _, err = run(capsys, monkeypatch, "export", "--format", "geojson", "--table", "quotes", "--db", db)
    assert code == 2 and "events or places" in err


def test_graphml_is_the_actor_network(capsys, monkeypatch, db, tmp_path):
    target = tmp_path / "network.graphml"
    code, _, _ = run(capsys, monkeypatch, "export", "--format", "graphml", "--db", db, "-o", target)
    assert code == 0
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(target).getroot()
    names = {d.text for d in root.findall(".//g:node/g:data[@key='name']", ns)}
    assert {"Rapid Support Forces", "Sudanese Armed Forces", "Ihor Terekhov"} <= names


def test_plover_events(capsys, monkeypatch, db):
    code, out, _ = run(capsys, monkeypatch, "export", "--format", "plover", "--db", db)
    records = json.loads(out)
    assert code == 0 and len(records) == 5
    kharkiv = [r for r in records if r["geolocation"] == "Kharkiv" and r["modality"] == "asserted"][0]
    assert (kharkiv["event_type"], kharkiv["src_actor"], kharkiv["src_agent"], kharkiv["tgt_actor"]) == ("ASSAULT", "RUS", "MIL", "UKR")
    assert kharkiv["text"] == "Russian forces struck Kharkiv on Monday, killing three people." and kharkiv["fatalities"] == 3


def test_plover_records_name_what_an_act_fell_on(pipeline):
    from datetime import date

    from newsgraph.model import Article
    from newsgraph.store.export import plover

    ex = pipeline(Article(id="pylons", text="Shining Path guerrillas dynamited electricity pylons on Saturday.",
                          published=date(1992, 5, 4)))
    records = plover([ex])
    assert [(r["event_type"], r["object"]) for r in records] == [("ASSAULT", "electricity pylons")]
