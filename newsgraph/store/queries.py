"""Read-side queries for the API and the explorer: filtered, paged lists over the fact tables.

Every list function returns ``(total, rows)``: how many rows match the filters, and the page of
them asked for. Rows are plain dicts shaped for the API (``newsgraph.api.schemas``); the
functions here know tables, the API knows neither tables nor SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import String, and_, case, cast, func, literal, or_, select, tuple_
from sqlalchemy.sql import Select

from ..model import Extraction
from . import schema
from .database import Store

A, E, P, Q, R, AC = schema.articles, schema.events, schema.places, schema.quotes, schema.relations, schema.actors
EA = schema.event_actors


# -- events --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilter:
    """What ``events`` can be narrowed by; every field left None means "any"."""

    type: str | None = None
    mode: str | None = None
    modality: str | None = None
    actor: str | None = None  # an actor id among the event's sources, targets or attribution
    country: str | None = None  # ISO alpha-2 (the event's place) or alpha-3 (one of its actors)
    place: str | None = None  # a place id
    article: str | None = None
    date_from: str | None = None  # ISO date, inclusive, on the event's effective date
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    min_confidence: float | None = None


def _event_date():
    """The event's own date where it is a calendar date, else its article's publication date."""
    d = E.c.date
    return case(
        (d.like("____-__-__%"), func.substr(d, 1, 10)),
        (d.like("____-__"), d + literal("-01")),
        (d.like("____"), d + literal("-01-01")),
        else_=cast(A.c.published, String),
    )


def _with_actor(*conds):
    """Events that have an ``event_actors`` row meeting ``conds`` (indexed on actor and country)."""
    return tuple_(E.c.article_id, E.c.event_id).in_(select(EA.c.article_id, EA.c.event_id).where(*conds))


def _event_query(f: EventFilter, columns) -> Select:
    date = _event_date()
    query = select(*columns).select_from(
        E.join(A, A.c.id == E.c.article_id).outerjoin(P, and_(P.c.article_id == E.c.article_id, P.c.place_id == E.c.place))
    )
    conds = []
    if f.type:
        conds.append(E.c.type == f.type)
    if f.mode:
        conds.append(E.c.mode == f.mode)
    if f.modality:
        conds.append(E.c.modality == f.modality)
    if f.place:
        conds.append(E.c.place == f.place)
    if f.article:
        conds.append(E.c.article_id == f.article)
    if f.min_confidence is not None:
        conds.append(E.c.confidence >= f.min_confidence)
    if f.actor:
        conds.append(_with_actor(EA.c.actor_id == f.actor))
    if f.country:
        code = f.country.upper()
        if len(code) == 2:
            conds.append(func.upper(P.c.country_code) == code)
        else:
            conds.append(_with_actor(EA.c.country == code))
    if f.date_from:
        conds.append(date >= f.date_from)
    if f.date_to:
        conds.append(date <= f.date_to)
    if f.bbox:
        west, south, east, north = f.bbox
        lon_ok = P.c.lon.between(west, east) if west <= east else or_(P.c.lon >= west, P.c.lon <= east)
        conds.append(and_(P.c.lat.between(south, north), lon_ok))
    return query.where(*conds) if conds else query


def events(store: Store, f: EventFilter = EventFilter(), *, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    date = _event_date().label("effective_date")
    cols = [E.c.pk, E.c.article_id, E.c.data, date, P.c.place_id, P.c.name.label("place_name"), P.c.lat, P.c.lon,
            P.c.country_code, A.c.title]
    with store.engine.connect() as conn:
        query = _event_query(f, cols).order_by(date, E.c.pk).limit(limit).offset(offset)
        total = conn.execute(_event_query(f, [func.count()])).scalar_one()
        rows = conn.execute(query).all()
    return total, [_event_row(r) for r in rows]


def event_facets(store: Store) -> dict[str, list[dict]]:
    """The types, modalities and modes stored, with their counts: what the filters can offer."""
    out = {}
    with store.engine.connect() as conn:
        for name, col in (("types", E.c.type), ("modalities", E.c.modality), ("modes", E.c.mode)):
            rows = conn.execute(select(col, func.count()).where(col.is_not(None)).group_by(col).order_by(func.count().desc(), col))
            out[name] = [{"value": v, "count": n} for v, n in rows]
    return out


def _event_row(r) -> dict:
    data = dict(r.data)
    place = None
    if r.place_id is not None:
        place = {"id": r.place_id, "name": r.place_name, "lat": r.lat, "lon": r.lon, "country_code": r.country_code}
    return {
        **data, "article_id": r.article_id, "article_title": r.title, "effective_date": r.effective_date,
        "place_record": place,
    }


# -- actors --------------------------------------------------------------------------------


def actors(store: Store, *, q: str | None = None, type: str | None = None, country: str | None = None,
           limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """Actors across articles, one row per actor id, most-mentioned first."""
    conds = []
    if q:
        conds.append(func.lower(AC.c.name).like(f"%{_like_escape(q.lower())}%", escape="\\"))
    if type:
        conds.append(AC.c.type == type)
    if country:
        conds.append(AC.c.country == country.upper())
    grouped = (
        select(
            AC.c.actor_id.label("id"), func.max(AC.c.name).label("name"), func.max(AC.c.type).label("type"),
            func.max(AC.c.country).label("country"), func.max(AC.c.sector).label("sector"),
            func.max(AC.c.kb_id).label("kb_id"), func.count(func.distinct(AC.c.article_id)).label("articles"),
            func.max(AC.c.confidence).label("confidence"),
        )
        .where(*conds)
        .group_by(AC.c.actor_id)
    )
    sub = grouped.subquery()
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(sub)).scalar_one()
        rows = conn.execute(select(sub).order_by(sub.c.articles.desc(), sub.c.name, sub.c.id).limit(limit).offset(offset)).all()
    return total, [dict(r._mapping) for r in rows]


def actor(store: Store, actor_id: str, *, limit: int = 100) -> dict | None:
    """One actor with its events, quotes and relations (each list at most ``limit`` long)."""
    _, found = actors_by_id(store, [actor_id])
    if not found:
        return None
    record = found[0]
    _, record["events"] = events(store, EventFilter(actor=actor_id), limit=limit)
    _, record["quotes"] = quotes(store, speaker=actor_id, limit=limit)
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(R.c.article_id, R.c.subject, R.c.predicate, R.c.object, R.c.start, R.c.end, R.c.attributed_to,
                   R.c.stage, R.c.confidence)
            .where(or_(R.c.subject == actor_id, R.c.object == actor_id)).order_by(R.c.pk).limit(limit)
        ).all()
    record["relations"] = [dict(r._mapping) for r in rows]
    return record


def actors_by_id(store: Store, ids: Iterable[str]) -> tuple[int, list[dict]]:
    ids = list(dict.fromkeys(ids))
    if not ids:
        return 0, []
    query = (
        select(AC.c.actor_id.label("id"), func.max(AC.c.name).label("name"), func.max(AC.c.type).label("type"),
               func.max(AC.c.country).label("country"), func.max(AC.c.sector).label("sector"),
               func.max(AC.c.kb_id).label("kb_id"), func.count(func.distinct(AC.c.article_id)).label("articles"),
               func.max(AC.c.confidence).label("confidence"))
        .where(AC.c.actor_id.in_(ids)).group_by(AC.c.actor_id)
    )
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    return len(rows), rows


# -- quotes --------------------------------------------------------------------------------


def quotes(store: Store, *, speaker: str | None = None, article: str | None = None, q: str | None = None,
           limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """Quotes by speaker (an actor id, or words of how the text names the speaker) or article.

    With ``q``, the full-text search of ``Store.search_quotes`` ranks them instead."""
    if q:
        hits = store.search_quotes(q, limit=limit + offset)
        if speaker:
            hits = [h for h in hits if h["speaker"] == speaker]
        if article:
            hits = [h for h in hits if h["article_id"] == article]
        keys = {(h["article_id"], h["start"], h["end"]) for h in hits}
        if not keys:
            return 0, []
        with store.engine.connect() as conn:
            rows = conn.execute(select(Q.c.article_id, Q.c.start, Q.c.end, Q.c.data).where(
                Q.c.article_id.in_({k[0] for k in keys}))).all()
        by_key = {(r.article_id, r.start, r.end): r for r in rows}
        ordered = [by_key[(h["article_id"], h["start"], h["end"])] for h in hits if (h["article_id"], h["start"], h["end"]) in by_key]
        return len(ordered), _with_speaker_names(store, [_quote_row(r) for r in ordered[offset: offset + limit]])
    conds = []
    if speaker:
        conds.append(or_(Q.c.speaker == speaker, func.lower(Q.c.speaker_text).like(f"%{_like_escape(speaker.lower())}%", escape="\\")))
    if article:
        conds.append(Q.c.article_id == article)
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(Q).where(*conds)).scalar_one()
        rows = conn.execute(select(Q.c.article_id, Q.c.data).where(*conds).order_by(Q.c.speaker, Q.c.pk).limit(limit).offset(offset)).all()
    return total, _with_speaker_names(store, [_quote_row(r) for r in rows])


def _quote_row(r) -> dict:
    return {**dict(r.data), "article_id": r.article_id}


def _with_speaker_names(store: Store, rows: list[dict]) -> list[dict]:
    """Each quote's ``speaker_name``: its speaker actor's canonical name, else how the text names them."""
    _, found = actors_by_id(store, {r["speaker"] for r in rows if r.get("speaker")})
    names = {a["id"]: a["name"] for a in found}
    for r in rows:
        r["speaker_name"] = names.get(r.get("speaker")) or r.get("speaker_text")
    return rows


# -- places --------------------------------------------------------------------------------


def places(store: Store, *, q: str | None = None, country: str | None = None, article: str | None = None,
           bbox: tuple[float, float, float, float] | None = None, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    conds = []
    if q:
        conds.append(func.lower(P.c.name).like(f"%{_like_escape(q.lower())}%", escape="\\"))
    if country:
        conds.append(func.upper(P.c.country_code) == country.upper())
    if article:
        conds.append(P.c.article_id == article)
    if bbox:
        west, south, east, north = bbox
        conds.append(and_(P.c.lat.between(south, north), P.c.lon.between(west, east) if west <= east else or_(P.c.lon >= west, P.c.lon <= east)))
    n_events = (
        select(func.count()).select_from(E).where(E.c.article_id == P.c.article_id, E.c.place == P.c.place_id)
        .correlate(P).scalar_subquery().label("events")
    )
    cols = [P.c.article_id, P.c.place_id.label("id"), P.c.name, P.c.geonameid, P.c.lat, P.c.lon, P.c.country_code,
            P.c.admin1, P.c.feature, P.c.mentions, P.c.stage, P.c.confidence, n_events]
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(P).where(*conds)).scalar_one()
        rows = conn.execute(select(*cols).where(*conds).order_by(P.c.name, P.c.pk).limit(limit).offset(offset)).all()
    return total, [dict(r._mapping) for r in rows]


def place(store: Store, place_id: str) -> dict | None:
    cols = [P.c.article_id, P.c.place_id.label("id"), P.c.name, P.c.geonameid, P.c.lat, P.c.lon, P.c.country_code,
            P.c.admin1, P.c.feature, P.c.mentions, P.c.stage, P.c.confidence]
    with store.engine.connect() as conn:
        row = conn.execute(select(*cols).where(P.c.place_id == place_id).order_by(P.c.pk).limit(1)).first()
    if row is None:
        return None
    record = dict(row._mapping)
    _, record["events"] = events(store, EventFilter(place=place_id), limit=100)
    return record


# -- articles ------------------------------------------------------------------------------


def articles(store: Store, *, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    n_events = select(func.count()).select_from(E).where(E.c.article_id == A.c.id).correlate(A).scalar_subquery().label("events")
    cols = [A.c.id, A.c.title, A.c.published, A.c.source, A.c.url, A.c.language, n_events]
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(A)).scalar_one()
        rows = conn.execute(select(*cols).order_by(A.c.published.desc(), A.c.stored_at.desc(), A.c.id).limit(limit).offset(offset)).all()
    return total, [dict(r._mapping) for r in rows]


def search(store: Store, q: str, *, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    """``Store.search`` paged: the total counts the hits up to ``limit + offset``."""
    hits = store.search(q, limit=limit + offset)
    return len(hits), hits[offset: offset + limit]


def annotations(ex: Extraction) -> list[dict]:
    """Every span of ``ex.article.text`` a stage found, as ``{kind, start, end, ref, label}``,
    sorted by position: what the reader highlights and links to records."""
    out: list[dict[str, Any]] = []
    for a in ex.actors:
        for m in a.mentions:
            out.append({"kind": "actor", "start": m.start, "end": m.end, "ref": a.id, "label": a.name})
    for p in ex.places:
        for m in p.mentions:
            out.append({"kind": "place", "start": m.start, "end": m.end, "ref": p.id, "label": p.name})
    for t in ex.times:
        out.append({"kind": "time", "start": t.start, "end": t.end, "ref": None, "label": t.value or t.text})
    for q in ex.quotes:
        out.append({"kind": "quote", "start": q.start, "end": q.end, "ref": q.speaker, "label": q.speaker_text or q.kind})
    for e in ex.events:
        out.append({"kind": "event", "start": e.evidence.start, "end": e.evidence.end, "ref": e.id, "label": f"{e.type} ({e.modality})"})
        if e.trigger is not None:
            out.append({"kind": "trigger", "start": e.trigger.start, "end": e.trigger.end, "ref": e.id, "label": f"{e.type} trigger"})
        if e.object is not None:  # what the act fell on where no actor did: "electricity pylons"
            out.append({"kind": "object", "start": e.object.start, "end": e.object.end, "ref": e.id, "label": f"{e.type} object"})
    n = len(ex.article.text)
    out = [x for x in out if 0 <= x["start"] < x["end"] <= n]
    return sorted(out, key=lambda x: (x["start"], -x["end"], x["kind"]))


# -- the actor network ---------------------------------------------------------------------


def graph(store: Store, f: EventFilter = EventFilter(), *, max_events: int = 5000) -> dict:
    """Actors as nodes; events (source -> target, by type) and relations as weighted edges."""
    _, rows = events(store, f, limit=max_events)
    edges: dict[tuple, dict] = {}
    for ev in rows:
        for s in ev.get("source") or []:
            for t in ev.get("target") or []:
                key = (s, t, "event", ev["type"])
                edge = edges.setdefault(key, {"source": s, "target": t, "kind": "event", "label": ev["type"], "weight": 0, "events": []})
                edge["weight"] += 1
                if len(edge["events"]) < 20:
                    edge["events"].append(ev["id"])
    rel_query = select(R.c.subject, R.c.predicate, R.c.object)
    if f.article:
        rel_query = rel_query.where(R.c.article_id == f.article)
    if f.actor:
        rel_query = rel_query.where(or_(R.c.subject == f.actor, R.c.object == f.actor))
    with store.engine.connect() as conn:
        for r in conn.execute(rel_query.limit(max_events)):
            key = (r.subject, r.object, "relation", r.predicate)
            edge = edges.setdefault(key, {"source": r.subject, "target": r.object, "kind": "relation", "label": r.predicate, "weight": 0, "events": []})
            edge["weight"] += 1
    for q in _quote_edges(store, f, max_events):
        for about in q["about"]:
            key = (q["speaker"], about, "quote", "speaks of")
            edge = edges.setdefault(key, {"source": q["speaker"], "target": about, "kind": "quote", "label": "speaks of", "weight": 0, "events": []})
            edge["weight"] += 1
    ids = {e["source"] for e in edges.values()} | {e["target"] for e in edges.values()}
    if f.actor:
        ids.add(f.actor)
    _, known = actors_by_id(store, ids)
    nodes = {n["id"]: n for n in known}
    for i in ids - set(nodes):
        nodes[i] = {"id": i, "name": i, "type": None, "country": None, "sector": None, "kb_id": None, "articles": 0, "confidence": None}
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": list(edges.values()), "truncated": len(rows) >= max_events}


_EVENT_ONLY = ("type", "mode", "modality", "country", "place", "bbox", "min_confidence")


def _quote_edges(store: Store, f: EventFilter, limit: int) -> list[dict]:
    """Quotes whose speaker names other actors, under the filters a quote can meet (article, actor,
    dates on when it was said); none while an event-only filter (type, place ...) is set."""
    if any(getattr(f, name) is not None for name in _EVENT_ONLY):
        return []
    query = select(Q.c.speaker, Q.c.said_on, Q.c.data, A.c.published).join(A, A.c.id == Q.c.article_id).where(Q.c.speaker.is_not(None))
    if f.article:
        query = query.where(Q.c.article_id == f.article)
    out = []
    with store.engine.connect() as conn:
        for r in conn.execute(query.order_by(Q.c.pk).limit(limit)):
            about = list(r.data.get("about") or [])
            if f.actor and f.actor not in (r.speaker, *about):
                continue
            said = r.said_on[:10] if r.said_on and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", r.said_on) else str(r.published or "")
            if (f.date_from and said < f.date_from) or (f.date_to and said > f.date_to):
                continue
            if about:
                out.append({"speaker": r.speaker, "about": about})
    return out


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``west,south,east,north`` in degrees; ValueError with a reason otherwise."""
    parts = [p for p in re.split(r"\s*,\s*", value.strip()) if p]
    if len(parts) != 4:
        raise ValueError("bbox must be four numbers: west,south,east,north")
    west, south, east, north = (float(p) for p in parts)
    if not all(map(_finite, (west, south, east, north))):
        raise ValueError("bbox numbers must be finite")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ValueError("bbox must have -180 <= west, east <= 180 and -90 <= south <= north <= 90")
    return west, south, east, north


def _finite(x: float) -> bool:
    return x == x and x not in (float("inf"), float("-inf"))


__all__ = [
    "EventFilter", "events", "event_facets", "actors", "actor", "actors_by_id", "quotes", "places", "place",
    "articles", "search", "annotations", "graph", "parse_bbox",
]
