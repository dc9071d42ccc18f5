"""Open a database, bring its schema to head, and write each article in one transaction.

SQLite (the default, in WAL mode with FTS5) or PostgreSQL, same schema. Writes are idempotent:
an article id already stored is skipped, so re-running an interrupted ingest stores each
article exactly once.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, delete, event, func, insert, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from ..errors import StoreError
from ..ingest import Rejection
from ..model import Extraction
from . import schema

MIGRATIONS = Path(__file__).parent / "migrations"


def _normalize_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (the driver newsgraph installs)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def create(url: str) -> Engine:
    url = _normalize_url(url)
    try:
        if url in ("sqlite://", "sqlite:///:memory:"):
            engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (a no-op when it is there)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The database behind ``ingest``, ``show``, ``export`` and the API."""

    def __init__(self, url: str, *, migrate: bool = True, must_exist: bool = False):
        """``must_exist``: for commands that only read, a missing SQLite file is an error, not a new database."""
        self.url = url
        if must_exist:
            _check_exists(url)
        self.engine = create(url)
        try:
            if migrate:
                upgrade(self.engine)
        except OperationalError as exc:
            raise StoreError(f"cannot open database {_safe(url)}: {exc.orig}") from None
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot prepare database {_safe(url)}: {exc.__class__.__name__}: {exc}") from None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first() is not None

    def save(self, extraction: Extraction, *, replace: bool = False) -> bool:
        """Store one article and its facts in one transaction. False when it was stored already."""
        article_id = extraction.article.id
        try:
            with self.engine.begin() as conn:
                if replace:
                    conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))
                elif conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first():
                    return False
                _insert(conn, extraction)
                conn.execute(delete(schema.rejections).where(schema.rejections.c.origin == (extraction.article.origin or "")))
            return True
        except IntegrityError:
            if self.has(article_id):  # stored meanwhile by another process: same article, same record
                return False
            raise

    def reject(self, rejection: Rejection) -> None:
        """Remember an input that could not be stored, so a user can list and fix them."""
        row = {"origin": rejection.origin[:1024], "reason": rejection.reason, "message": rejection.message, "seen_at": _now()}
        with self.engine.begin() as conn:
            conn.execute(delete(schema.rejections).where(schema.rejections.c.origin == row["origin"]))
            conn.execute(insert(schema.rejections).values(**row))

    # -- reading --------------------------------------------------------------------------

    def get(self, article_id: str) -> Extraction | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.articles.c.record).where(schema.articles.c.id == article_id)).first()
        return Extraction.model_validate(row.record) if row else None

    def find(self, prefix: str) -> list[str]:
        """Article ids starting with ``prefix`` (users type the first few characters)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.articles.c.id).where(schema.articles.c.id.like(f"{_like_escape(prefix)}%", escape="\\")).limit(5))
            return [r.id for r in rows]

    def iter_extractions(self, *, batch: int = 200) -> Iterator[Extraction]:
        """Every stored record, oldest first, streamed."""
        cols = schema.articles.c
        last = None
        while True:
            query = select(cols.stored_at, cols.id, cols.record).order_by(cols.stored_at, cols.id).limit(batch)
            if last is not None:
                query = query.where((cols.stored_at > last[0]) | ((cols.stored_at == last[0]) & (cols.id > last[1])))
            with self.engine.connect() as conn:
                rows = conn.execute(query).all()
            if not rows:
                return
            for row in rows:
                yield Extraction.model_validate(row.record)
            last = (rows[-1].stored_at, rows[-1].id)

    def articles(self, *, limit: int = 20, offset: int = 0) -> list[dict]:
        c = schema.articles.c
        query = select(c.id, c.title, c.published, c.source, c.language, c.origin).order_by(c.stored_at.desc(), c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def search(self, query: str, *, limit: int = 20) -> list[dict]:
        """Articles whose title or text match ``query`` (words, all required), best first."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
                sql = text(
                    "SELECT a.id, a.title, a.published, a.source, a.language, a.origin, "
                    "snippet(articles_fts, 1, '[', ']', ' ... ', 12) AS snippet "
                    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                    "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n"
                )
                rows = conn.execute(sql, {"q": match, "n": limit})
            else:
                sql = text(
                    "SELECT a.id, a.title, a.published, a.source, a.language, a.origin, "
                    "ts_headline('english', a.text, plainto_tsquery('english', :q), 'StartSel=[,StopSel=],MaxWords=20') AS snippet "
                    "FROM articles a WHERE to_tsvector('english', coalesce(a.title, '') || ' ' || a.text) @@ plainto_tsquery('english', :q) "
                    "ORDER BY ts_rank(to_tsvector('english', coalesce(a.title, '') || ' ' || a.text), plainto_tsquery('english', :q)) DESC LIMIT :n"
                )
                rows = conn.execute(sql, {"q": " ".join(words), "n": limit})
            return [dict(r._mapping) for r in rows]

    def search_quotes(self, query: str, *, limit: int = 20) -> list[dict]:
        """Quotes whose text matches ``query`` (all words), best first, with their article."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        cols = "q.article_id, q.start, q.end, q.text, q.kind, q.speaker, q.speaker_text, q.cue"
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
                sql = text(f"SELECT {cols} FROM quotes_fts JOIN quotes q ON q.pk = quotes_fts.rowid WHERE quotes_fts MATCH :q ORDER BY rank LIMIT :n")
                rows = conn.execute(sql, {"q": match, "n": limit})
            else:
                sql = text(
                    f"SELECT {cols} FROM quotes q WHERE to_tsvector('english', q.text) @@ plainto_tsquery('english', :q) "
                    "ORDER BY ts_rank(to_tsvector('english', q.text), plainto_tsquery('english', :q)) DESC LIMIT :n"
                )
                rows = conn.execute(sql, {"q": " ".join(words), "n": limit})
            return [dict(r._mapping) for r in rows]

    def counts(self) -> dict[str, int]:
        tables = (schema.articles, *schema.FACT_TABLES, schema.rejections)
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}

    def rejected(self) -> list[dict]:
        c = schema.rejections.c
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(c.origin, c.reason, c.message).order_by(c.origin))]


def _insert(conn: Connection, ex: Extraction) -> None:
    a = ex.article
    conn.execute(
        insert(schema.articles).values(
            id=a.id, input_id=a.input_id, title=a.title, published=a.published, authors=a.authors, source=a.source,
            url=a.url, language=a.language, format=a.format, origin=a.origin, text=a.text, boilerplate=a.boilerplate,
            warnings=[w.model_dump() for w in ex.warnings], record=ex.as_dict(), schema_version=ex.schema_version,
            stored_at=_now(),
        )
    )
    for table, rows in _fact_rows(ex).items():
        if rows:
            conn.execute(insert(table), rows)


def _fact_rows(ex: Extraction) -> dict:
    aid = ex.article.id

    def prov(item) -> dict:
        return {"article_id": aid, "stage": item.stage, "confidence": item.confidence}

    countries = {x.id: x.country for x in ex.actors}

    return {
        schema.actors: [
            {**prov(x), "actor_id": x.id, "name": x.name, "type": x.type, "country": x.country, "sector": x.sector,
             "kb_id": x.kb_id, "mentions": [m.model_dump() for m in x.mentions]}
            for x in ex.actors
        ],
        schema.places: [
            {**prov(x), "place_id": x.id, "name": x.name, "geonameid": x.geonameid, "lat": x.lat, "lon": x.lon,
             "country_code": x.country_code, "admin1": x.admin1, "feature": x.feature,
             "mentions": [m.model_dump() for m in x.mentions]}
            for x in ex.places
        ],
        schema.times: [
            {**prov(x), "start": x.start, "end": x.end, "text": x.text, "type": x.type, "value": x.value,
             "earliest": x.earliest, "latest": x.latest}
            for x in ex.times
        ],
        schema.quotes: [
            {**prov(x), "start": x.start, "end": x.end, "text": x.text, "kind": x.kind, "speaker": x.speaker,
             "speaker_text": x.speaker_text, "cue": x.cue, "said_on": x.said_on, "said_at": x.said_at,
             "data": {**x.model_dump(mode="json"), "about": x.named(ex.actors)}}
            for x in ex.quotes
        ],
        schema.events: [
            {**prov(x), "event_id": x.id, "type": x.type, "mode": x.mode, "cameo": x.cameo, "modality": x.modality,
             "date": x.date, "place": x.place, "attributed_to": x.attributed_to, "start": x.evidence.start,
             "end": x.evidence.end, "data": x.model_dump(mode="json")}
            for x in ex.events
        ],
        schema.event_actors: [
            {"article_id": aid, "event_id": x.id, "actor_id": actor, "role": role, "country": countries.get(actor)}
            for x in ex.events
            for role, ids in (("source", x.source), ("target", x.target), ("attributed", [x.attributed_to] if x.attributed_to else []))
            for actor in dict.fromkeys(ids)
        ],
        schema.relations: [
            {**prov(x), "subject": x.subject, "predicate": x.predicate, "object": x.object,
             "start": x.evidence.start, "end": x.evidence.end, "attributed_to": x.attributed_to}
            for x in ex.relations
        ],
    }


def _check_exists(url: str) -> None:
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(_normalize_url(url))
    except ArgumentError as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        if not Path(parsed.database).is_file():
            raise StoreError(f"no database at {parsed.database}; store articles first with: newsgraph ingest PATH --db {url}", code="E302")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)
