"""Source and target of each written sentence's act (``data/event_roles.yml``), read the way the
events-conflibert scorer reads them: overlap F1 over the whole set must stay above its floor."""

from pathlib import Path

import pytest
import yaml

from newsgraph.evaluate.conflibert import STAGES, match, roles, spans_of
from newsgraph.evaluate.datasets import as_articles
from newsgraph.evaluate.metrics import PRF
from newsgraph.evaluate.plover_events import top_event
from newsgraph.pipeline import Pipeline

DATA = Path(__file__).parent / "data" / "event_roles.yml"
#: overlap F1 over the 100 sentences once the fixes they led to were in: source 0.97, target 0.86
SOURCE_FLOOR, TARGET_FLOOR = 0.92, 0.80


@pytest.fixture(scope="module")
def scored(pipeline, settings):
    rows = yaml.safe_load(DATA.read_text(encoding="utf-8"))["sentences"]
    p = Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp)
    items = [{"id": str(i), "text": r["text"]} for i, r in enumerate(rows)]
    source, target = PRF(), PRF()
    for row, ex in zip(rows, p.pipe(as_articles(items))):
        s, t = roles(top_event(ex.events), ex.quotes, ex.actors)
        source.add(match(row["text"], spans_of(s, ex.actors, row["text"]), row["source"])[0])
        target.add(match(row["text"], spans_of(t, ex.actors, row["text"]), row["target"])[0])
    return source, target


def test_every_sentence_is_well_formed():
    rows = yaml.safe_load(DATA.read_text(encoding="utf-8"))["sentences"]
    assert len(rows) >= 100
    for r in rows:
        assert all(phrase in r["text"] for phrase in r["source"] + r["target"]), r["text"]


def test_sources_are_found(scored):
    assert scored[0].f1 >= SOURCE_FLOOR, scored[0].f1


def test_targets_are_found(scored):
    assert scored[1].f1 >= TARGET_FLOOR, scored[1].f1


WIRE = Path(__file__).parent / "data"
#: overlap F1 over the written wire sets, read as the events-conflibert scorer reads them (an actor the gold marks
#: as both source and target, ``both``, ConfliBERT's R, counted neither way; an act on a thing or a place has it
#: for its target): the first 150 sentences 0.97 / 0.89 when added, the second 200 0.975 / 0.872, the third 200
#: (modern wire) 0.942 / 0.858
WIRE_FLOORS = {"event_roles_wire.yml": (0.93, 0.85), "event_roles_wire2.yml": (0.94, 0.84), "event_roles_wire3.yml": (0.91, 0.82)}


@pytest.mark.parametrize("name", sorted(WIRE_FLOORS))
def test_written_wire_sets_stay_above_their_floors(pipeline, settings, name):
    from newsgraph.evaluate.conflibert import act_spans, scored

    rows = yaml.safe_load((WIRE / name).read_text(encoding="utf-8"))["sentences"]
    assert all(phrase in r["text"] for r in rows for phrase in (r.get("source") or []) + (r.get("target") or []) + (r.get("both") or []))
    p = Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp)
    items = [{"id": str(i), "text": r["text"]} for i, r in enumerate(rows)]
    prf = [PRF(), PRF()]
    for row, ex in zip(rows, p.pipe(as_articles(items))):
        sides = act_spans(top_event(ex.events), ex.quotes, ex.actors, row["text"])
        for k, role in enumerate(("source", "target")):
            gold = row.get(role) or []
            predicted = scored(row["text"], sides[k], gold, row.get("both") or [])
            prf[k].add(match(row["text"], predicted, gold)[0])
    floors = WIRE_FLOORS[name]
    assert prf[0].f1 >= floors[0] and prf[1].f1 >= floors[1], (prf[0].f1, prf[1].f1)
