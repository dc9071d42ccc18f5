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
