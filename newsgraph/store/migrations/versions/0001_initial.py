"""Initial schema: articles, one table per kind of fact, rejections; full-text search.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

AID = sa.String(64)


def _fk():
    return sa.Column("article_id", AID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


def _prov():
    return [sa.Column("stage", sa.String(80), nullable=False), sa.Column("confidence", sa.Float, nullable=False)]


def _pk():
    return sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", AID, primary_key=True),
        sa.Column("input_id", sa.String(255)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("source", sa.String(255)),
        sa.Column("url", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("format", sa.String(16)),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("boilerplate", sa.JSON, nullable=False),
        sa.Column("warnings", sa.JSON, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("schema_version", sa.String(16), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_input_id", "articles", ["input_id"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "actors", _pk(), _fk(),
        sa.Column("actor_id", sa.String(255), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.String(40)),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(8)),
        sa.Column("kb_id", sa.String(255)),
        sa.Column("mentions", sa.JSON, nullable=False),
        *_prov(),
    )
    op.create_index("ix_actors_actor_id", "actors", ["actor_id"])
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_table(
        "places", _pk(), _fk(),
        sa.Column("place_id", sa.String(255), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonameid", sa.Integer),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country_code", sa.String(2)),
        sa.Column("admin1", sa.String(255)),
        sa.Column("feature", sa.String(40)),
        sa.Column("mentions", sa.JSON, nullable=False),
        *_prov(),
    )
    op.create_index("ix_places_place_id", "places", ["place_id"])
    op.create_index("ix_places_geonameid", "places", ["geonameid"])
    op.create_table(
        "times", _pk(), _fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64)),
        sa.Column("earliest", sa.Date),
        sa.Column("latest", sa.Date),
        *_prov(),
    )
    op.create_table(
        "quotes", _pk(), _fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.String(255)),
        sa.Column("speaker_text", sa.Text),
        sa.Column("cue", sa.String(255)),
        sa.Column("said_on", sa.String(64)),
        sa.Column("said_at", sa.String(255)),
        sa.Column("data", sa.JSON, nullable=False),
        *_prov(),
    )
    op.create_index("ix_quotes_speaker", "quotes", ["speaker"])
    op.create_table(
        "events", _pk(), _fk(),
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("mode", sa.String(80)),
        sa.Column("cameo", sa.String(8)),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date", sa.String(64)),
        sa.Column("place", sa.String(255)),
        sa.Column("attributed_to", sa.String(255)),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        *_prov(),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_table(
        "relations", _pk(), _fk(),
        sa.Column("subject", sa.String(255), nullable=False),
        sa.Column("predicate", sa.String(80), nullable=False),
        sa.Column("object", sa.String(255), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        *_prov(),
    )
    for table in ("actors", "places", "times", "quotes", "events", "relations"):
        op.create_index(f"ix_{table}_article_id", table, ["article_id"])
    op.create_table(
        "rejections",
        sa.Column("origin", sa.String(1024), primary_key=True),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    _full_text_search(op.get_bind().dialect.name)


def _full_text_search(dialect: str) -> None:
    """SQLite: FTS5 tables kept in step by triggers. PostgreSQL: GIN indexes on tsvectors."""
    if dialect == "sqlite":
        for name, table, cols, key in (("articles_fts", "articles", ("title", "text"), "rowid"), ("quotes_fts", "quotes", ("text",), "pk")):
            col_list = ", ".join(cols)
            new_vals = ", ".join(f"new.{c}" for c in cols)
            old_vals = ", ".join(f"old.{c}" for c in cols)
            op.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({col_list}, content='{table}', content_rowid='{key}', tokenize='porter unicode61')")
            op.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN INSERT INTO {name}(rowid, {col_list}) VALUES (new.{key}, {new_vals}); END")
            op.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN INSERT INTO {name}({name}, rowid, {col_list}) VALUES ('delete', old.{key}, {old_vals}); END")
            op.execute(
                f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
                f"INSERT INTO {name}({name}, rowid, {col_list}) VALUES ('delete', old.{key}, {old_vals}); "
                f"INSERT INTO {name}(rowid, {col_list}) VALUES (new.{key}, {new_vals}); END"
            )
    elif dialect == "postgresql":
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))")
        op.execute("CREATE INDEX ix_quotes_fts ON quotes USING gin (to_tsvector('english', text))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in ("articles", "quotes"):
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
        op.execute("DROP TABLE IF EXISTS quotes_fts")
    for table in ("rejections", "relations", "events", "quotes", "times", "places", "actors", "articles"):
        op.drop_table(table)
