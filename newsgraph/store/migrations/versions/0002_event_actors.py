"""event_actors: one row per actor of an event, so that filters by actor or by an actor's country
use an index instead of searching the events' JSON. Existing events are indexed on upgrade.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "event_actors",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("actor_id", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("country", sa.String(3)),
    )
    op.create_index("ix_event_actors_article_id", "event_actors", ["article_id"])
    op.create_index("ix_event_actors_actor_id", "event_actors", ["actor_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country"])
    _backfill(table)


def _backfill(table) -> None:
    conn = op.get_bind()
    events = sa.table("events", sa.column("article_id"), sa.column("data", sa.JSON))
    actors = sa.table("actors", sa.column("article_id"), sa.column("actor_id"), sa.column("country"))
    countries = {(r.article_id, r.actor_id): r.country for r in conn.execute(sa.select(actors.c.article_id, actors.c.actor_id, actors.c.country))}
    rows = []
    for r in conn.execute(sa.select(events.c.article_id, events.c.data)):
        data = r.data or {}
        attributed = [data["attributed_to"]] if data.get("attributed_to") else []
        for role, ids in (("source", data.get("source") or []), ("target", data.get("target") or []), ("attributed", attributed)):
            for actor in dict.fromkeys(ids):
                rows.append({"article_id": r.article_id, "event_id": data.get("id", ""), "actor_id": actor, "role": role,
                             "country": countries.get((r.article_id, actor))})
        if len(rows) >= 5000:
            op.bulk_insert(table, rows)
            rows = []
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_table("event_actors")
