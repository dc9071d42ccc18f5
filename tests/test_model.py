"""The JSON record keeps every key of the public contract (shared/OUTPUT.md)."""

import pytest
from pydantic import ValidationError

import newsgraph
from newsgraph.model import Article, Extraction, Span

TOP_KEYS = {"schema_version", "article", "actors", "places", "times", "quotes", "events", "category", "relations", "warnings"}
ARTICLE_KEYS = {"id", "title", "published", "authors", "source", "url", "language", "text", "boilerplate"}


def test_record_has_every_top_level_key():
    record = Extraction(article=Article(id="x", text="Troops advanced on Raqqa.")).as_dict()
    assert TOP_KEYS <= set(record)
    assert ARTICLE_KEYS <= set(record["article"])


def test_records_refuse_unknown_fields_and_bad_confidence():
    with pytest.raises(ValidationError):
        Article(id="x", text="t", headline="no such field")
    from newsgraph.model import Category

    with pytest.raises(ValidationError):
        Category(label="AIR_STRIKE", stage="s", confidence=1.5)
    with pytest.raises(ValidationError):
        Span(start=-1, end=2, text="x")


def test_public_exports_are_complete():
    for name in newsgraph.__all__:
        assert hasattr(newsgraph, name), name
    assert newsgraph.__version__


def test_every_fact_can_say_where_it_comes_from():
    from newsgraph.model import Actor, Event, TimeExpr

    actor = Actor(id="IRQ", name="Iraq", type="country", stage="actors", confidence=0.9, mentions=[Span(start=4, end=8, text="Iraq")])
    event = Event(id="e1", type="ASSAULT", evidence=Span(start=0, end=30, text="x" * 30), stage="events", confidence=0.5)
    time = TimeExpr(text="Nov. 3", start=22, end=28, type="DATE", stage="times", confidence=0.8)
    assert (actor.provenance("a").start, actor.provenance("a").end) == (4, 8)
    assert event.provenance("a").end == 30 and event.provenance("a").stage == "events"
    assert time.provenance("a").model_dump() == {"article_id": "a", "start": 22, "end": 28, "stage": "times", "confidence": 0.8}
