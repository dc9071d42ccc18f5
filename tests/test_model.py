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
