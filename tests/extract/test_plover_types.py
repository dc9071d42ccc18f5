"""The event type over a check set written for newsgraph (tests/extract/data/plover_types.yml): news-wire
sentences from many conflicts, at least twelve per PLOVER type, worded on purpose in ways the lexicon's
first sentences did not use. One pipeline pass; the floors sit just below what the lexicon reaches, so a
change that loses coverage (or a type) fails here with the per-type table."""

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from newsgraph.extract.events.patterns import PLOVER_TYPES
from newsgraph.model import Article
from newsgraph.pipeline import Pipeline

DATA = Path(__file__).parent / "data" / "plover_types.yml"
STAGES = ("newsgraph.actors.v1", "newsgraph.places.v1", "newsgraph.times.v1", "newsgraph.quotes.v1", "newsgraph.events.v1")

#: the share of sentences whose most confident event has the expected type (0.963 when written; 0.973 over
#: 522 sentences once the third batch of issue 7 was added; 0.965 over 823 with the fourth to seventh
#: batches, which keep some misses the lexicon alone cannot mend: "struck for higher wages", "withdrew from
#: the mediation effort", "allowed the Red Cross to visit")
OVERALL_FLOOR = 0.96
#: no type may fall far behind: macro scores weigh a rare type like a common one (lowest 0.81 when written;
#: 0.90 with the third batch; PROTEST 0.86 over 823)
TYPE_FLOOR = 0.8


def _items() -> list[dict]:
    with open(DATA, encoding="utf-8") as fh:
        return yaml.safe_load(fh)["items"]


def _top_types(pipeline, settings, items, published: date) -> list[tuple[dict, str | None]]:
    """(item, type of its most confident event or None) for each written item, in one pipeline pass."""
    p = Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp)
    articles = [(Article(id=f"plover-check-{i}", text=it["text"], published=published), []) for i, it in enumerate(items)]
    out = []
    for it, ex in zip(items, p.pipe(articles)):
        top = max(ex.events, key=lambda e: e.confidence) if ex.events else None
        out.append((it, top.type if top else None))
    return out


@pytest.fixture(scope="module")
def typed(pipeline, settings):
    """(item, predicted type) for every sentence of the check set, in one pass."""
    return _top_types(pipeline, settings, _items(), date(2024, 3, 12))


def _table(typed) -> tuple[dict[str, float], str]:
    n, ok = Counter(), Counter()
    for it, got in typed:
        n[it["type"]] += 1
        ok[it["type"]] += got == it["type"]
    acc = {t: ok[t] / n[t] for t in n}
    lines = [f"{t:10} {ok[t]:3}/{n[t]:<3} {acc[t]:.2f}" for t in PLOVER_TYPES if t in n]
    misses = [f"  {it['type']:9} got {got}: {it['text']}" for it, got in typed if got != it["type"]]
    return acc, "\n".join(lines + ["misses:"] + misses)


def test_the_check_set_is_well_formed():
    items = _items()
    counts = Counter(it["type"] for it in items)
    assert set(counts) == set(PLOVER_TYPES)
    assert min(counts.values()) >= 12, counts
    texts = [it["text"] for it in items]
    assert len(set(texts)) == len(texts), "a sentence is listed twice"
    for it in items:
        assert set(it) <= {"type", "mode", "text"}, it


def test_type_accuracy_of_the_top_event(typed):
    acc, table = _table(typed)
    overall = sum(got == it["type"] for it, got in typed) / len(typed)
    assert overall >= OVERALL_FLOOR, f"type accuracy {overall:.3f} < {OVERALL_FLOOR}\n{table}"
    low = {t: round(a, 2) for t, a in acc.items() if a < TYPE_FLOOR}
    assert not low, f"types below {TYPE_FLOOR}: {low}\n{table}"


WIRE = Path(__file__).parent / "data" / "plover_types_wire.yml"
#: over the written wire sets (data/plover_types_wire.yml), with the sentence classifier: 0.909 when the first two
#: were added, 0.926 with the third, 0.927 with the fourth
WIRE_FLOOR = 0.88


def test_written_wire_sets_stay_above_their_floor(pipeline, settings):
    items = yaml.safe_load(WIRE.read_text(encoding="utf-8"))["items"]
    assert len({it["text"] for it in items}) == len(items) and set(Counter(it["type"] for it in items)) == set(PLOVER_TYPES)
    typed = _top_types(pipeline, settings, items, date(2000, 1, 1))
    overall = sum(got == it["type"] for it, got in typed) / len(typed)
    assert overall >= WIRE_FLOOR, f"type accuracy {overall:.3f} < {WIRE_FLOOR}\n{_table(typed)[1]}"


CAMEO = Path(__file__).parent / "data" / "plover_types_cameo.yml"
#: over the set covering every CAMEO code 03-20 (data/plover_types_cameo.yml), labelled by the 2021 table: 0.816
#: when written, 0.857 after the fixes it led to; about 40 of its labels follow the table where newsgraph follows the gold
CAMEO_FLOOR = 0.83


def test_every_cameo_code_set_stays_above_its_floor(pipeline, settings):
    items = yaml.safe_load(CAMEO.read_text(encoding="utf-8"))["items"]
    assert len({it["text"] for it in items}) == len(items) and all(it["type"] in PLOVER_TYPES for it in items)
    typed = _top_types(pipeline, settings, items, date(2000, 1, 1))
    overall = sum(got == it["type"] for it, got in typed) / len(typed)
    assert overall >= CAMEO_FLOOR, f"type accuracy {overall:.3f} < {CAMEO_FLOOR}\n{_table(typed)[1]}"
