"""The store on SQLite and PostgreSQL: idempotent writes, one transaction per article, search."""

from datetime import date

import pytest

from newsgraph.ingest import Rejection
from newsgraph.model import Actor, Article, Event, Extraction, Quote, Span, TimeExpr
from newsgraph.store import Store

TEXT = (
    "Iraqi special forces breached the outskirts of Mosul on Tuesday, the military said.\n\n"
    '"We will liberate the city," the commander said in Baghdad.'
)


def extraction(article_id="a1", text=TEXT, title="Iraqi forces breach Mosul outskirts", **facts) -> Extraction:
    article = Article(id=article_id, title=title, published=date(2016, 11, 1), text=text, authors=["Jane Roe"], origin=f"{article_id}.txt")
    return Extraction(article=article, **facts)


def facts():
    actor = Actor(id="IRQMIL", name="Iraqi special forces", type="military", country="IRQ", sector="MIL", stage="test", confidence=0.9,
                  mentions=[Span(start=0, end=20, text=TEXT[0:20])])
    time = TimeExpr(text="Tuesday", start=60, end=67, type="DATE", value="2016-11-01", earliest=date(2016, 11, 1), latest=date(2016, 11, 1), stage="test", confidence=0.8)
    quote = Quote(text="We will liberate the city,", start=86, end=112, content_spans=[(86, 112)], kind="direct", speaker="IRQMIL", cue="said", stage="test", confidence=0.7)
    event = Event(id="e1", type="ASSAULT", source=["IRQMIL"], evidence=Span(start=0, end=84, text=TEXT[:84]), stage="test", confidence=0.6)
    return {"actors": [actor], "times": [time], "quotes": [quote], "events": [event]}


def test_save_once_and_read_back(db_url):
    with Store(db_url) as store:
        ex = extraction(**facts())
        assert store.save(ex) is True
        assert store.save(ex) is False  # idempotent
        assert store.get("a1") == ex
        counts = store.counts()
        assert (counts["articles"], counts["actors"], counts["times"], counts["quotes"], counts["events"]) == (1, 1, 1, 1, 1)


def test_replace_rewrites_the_facts(db_url):
    with Store(db_url) as store:
        store.save(extraction(**facts()))
        assert store.save(extraction(), replace=True) is True
        assert store.counts()["actors"] == 0 and store.counts()["articles"] == 1


def test_a_failing_article_rolls_back_alone(db_url):
    with Store(db_url) as store:
        store.save(extraction("good-1"))
        bad = extraction("bad", **facts())
        bad.events[0].__dict__["type"] = None  # violates NOT NULL after the article row went in
        with pytest.raises(Exception):
            store.save(bad)
        store.save(extraction("good-2", text=TEXT + " More."))
        assert store.counts()["articles"] == 2
        assert store.get("bad") is None and store.counts()["actors"] == 0


def test_full_text_search_finds_words_in_text_and_title(db_url):
    with Store(db_url) as store:
        store.save(extraction("a1"))
        store.save(extraction("a2", title="Houthis fire at tanker", text="Houthi forces fired a missile at a tanker in the Red Sea, a spokesman said on Wednesday."))
        assert [r["id"] for r in store.search("missile tanker")] == ["a2"]
        assert [r["id"] for r in store.search("Mosul")] == ["a1"]
        assert [r["id"] for r in store.search("Houthis")] == ["a2"]  # title only, stemmed
        assert store.search("liberate OR \"drop") == []  # user syntax is words, never SQL or FTS operators


def test_quote_search(db_url):
    with Store(db_url) as store:
        store.save(extraction("a1", **facts()))
        [hit] = store.search_quotes("liberate")
        assert hit["article_id"] == "a1" and hit["speaker"] == "IRQMIL" and hit["kind"] == "direct"
        assert store.search_quotes("Houthi") == []


def test_iter_extractions_streams_everything_in_order(db_url):
    with Store(db_url) as store:
        for i in range(5):
            store.save(extraction(f"a{i}", text=f"{TEXT} {i}"))
        assert [ex.article.id for ex in store.iter_extractions(batch=2)] == [f"a{i}" for i in range(5)]


def test_rejections_are_remembered_and_cleared_by_a_later_success(db_url):
    with Store(db_url) as store:
        store.reject(Rejection("a1.txt", "empty", "the input is empty"))
        store.reject(Rejection("a1.txt", "empty", "the input is empty"))
        assert store.rejected() == [{"origin": "a1.txt", "reason": "empty", "message": "the input is empty"}]
        store.save(extraction("a1"))
        assert store.rejected() == []


def test_find_by_id_prefix(db_url):
    with Store(db_url) as store:
        store.save(extraction("abc123"))
        assert store.find("abc") == ["abc123"]
        assert store.find("%") == []


def test_sqlite_uses_wal(sqlite_url):
    with Store(sqlite_url) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_bad_url_is_a_clear_error(tmp_path):
    from newsgraph.errors import StoreError

    with pytest.raises(StoreError, match="cannot"):
        Store(f"sqlite:///{tmp_path}/missing-dir/x.db")
    with pytest.raises(StoreError, match="cannot use database URL"):
        Store("nosuchdb://x")
