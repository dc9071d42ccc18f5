"""The tables. One row per article (with its full record as JSON, so nothing is lost) and one
table per kind of fact, with the columns people filter on. Changes go through a new Alembic
revision in ``migrations/versions``; ``tests/store/test_migrations.py`` checks the two agree."""

from __future__ import annotations

from sqlalchemy import (
    JSON, Column, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Table, Text,
)

metadata = MetaData()

ARTICLE_ID = String(64)


def _article_fk() -> Column:
    return Column("article_id", ARTICLE_ID, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


def _provenance() -> list[Column]:
    return [Column("stage", String(80), nullable=False), Column("confidence", Float, nullable=False)]


articles = Table(
    "articles", metadata,
    Column("id", ARTICLE_ID, primary_key=True),
    Column("input_id", String(255), index=True),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("authors", JSON, nullable=False),
    Column("source", String(255)),
    Column("url", Text),
    Column("language", String(16)),
    Column("format", String(16)),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("boilerplate", JSON, nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("record", JSON, nullable=False),
    Column("schema_version", String(16), nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("actor_id", String(255), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("type", String(40)),
    Column("country", String(3), index=True),
    Column("sector", String(8)),
    Column("kb_id", String(255)),
    Column("mentions", JSON, nullable=False),
    *_provenance(),
)

places = Table(
    "places", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("place_id", String(255), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("geonameid", Integer, index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("country_code", String(2)),
    Column("admin1", String(255)),
    Column("feature", String(40)),
    Column("mentions", JSON, nullable=False),
    *_provenance(),
)

times = Table(
    "times", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Column("earliest", Date),
    Column("latest", Date),
    *_provenance(),
)

quotes = Table(
    "quotes", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker", String(255), index=True),
    Column("speaker_text", Text),
    Column("cue", String(255)),
    Column("said_on", String(64)),
    Column("said_at", String(255)),
    Column("data", JSON, nullable=False),
    *_provenance(),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("event_id", String(255), nullable=False),
    Column("type", String(40), nullable=False, index=True),
    Column("mode", String(80)),
    Column("cameo", String(8)),
    Column("modality", String(16), nullable=False),
    Column("date", String(64)),
    Column("place", String(255)),
    Column("attributed_to", String(255)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("data", JSON, nullable=False),
    *_provenance(),
)

event_actors = Table(
    "event_actors", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("event_id", String(255), nullable=False),
    Column("actor_id", String(255), nullable=False, index=True),
    Column("role", String(16), nullable=False),  # source, target, attributed
    Column("country", String(3), index=True),  # the actor's country in that article
)
"""One row per actor of an event: filters by actor or by an actor's country use an index, not the JSON."""

relations = Table(
    "relations", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("subject", String(255), nullable=False),
    Column("predicate", String(80), nullable=False),
    Column("object", String(255), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("attributed_to", String(255)),  # whose view it is, where the text says (revision 0003)
    *_provenance(),
)

rejections = Table(
    "rejections", metadata,
    Column("origin", String(1024), primary_key=True),
    Column("reason", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

FACT_TABLES = (actors, places, times, quotes, events, relations)
