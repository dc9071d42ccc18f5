"""The Alembic revisions build exactly the tables that schema.py declares."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from newsgraph.store import Store
from newsgraph.store.schema import metadata


def _ignored(obj, name, type_, reflected, compare_to):
    return not (name and ("_fts" in name or name == "alembic_version"))


def test_migrated_database_matches_the_declared_schema(db_url):
    with Store(db_url) as store, store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _ignored, "compare_type": True})
        assert compare_metadata(ctx, metadata) == []


def test_opening_twice_is_a_no_op(db_url):
    Store(db_url).close()
    with Store(db_url) as store:
        assert store.counts()["articles"] == 0


def test_upgrading_an_0001_database_indexes_its_events_by_actor(db_url):
    """A database written before ``event_actors`` existed: the upgrade fills it from the stored events."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import insert

    from newsgraph.store import create, queries, schema
    from newsgraph.store.database import MIGRATIONS, _fact_rows

    from ..api.corpus import kharkiv

    ex = kharkiv()
    engine = create(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        # what a 0001-era store wrote: the article and its facts, no event_actors
        rows = _fact_rows(ex)
        rows.pop(schema.event_actors)
        conn.execute(insert(schema.articles).values(
            id=ex.article.id, title=ex.article.title, published=ex.article.published, authors=[], text=ex.article.text,
            boilerplate=[], warnings=[], record=ex.as_dict(), schema_version=ex.schema_version, stored_at=ex.article.published))
        for table, table_rows in rows.items():
            if table_rows:
                conn.execute(insert(table), table_rows)
    engine.dispose()
    with Store(db_url) as store:
        assert store.counts()["events"] == 2
        _, by_actor = queries.events(store, queries.EventFilter(actor="mil:UKR"))
        assert {e["id"] for e in by_actor} == {"e1", "e2"}
        _, by_country = queries.events(store, queries.EventFilter(country="RUS"))
        assert {e["id"] for e in by_country} == {"e1", "e2"}
        _, attributed = queries.events(store, queries.EventFilter(actor="person:ihor-terekhov"))
        assert attributed == []
