"""Flatten stored records into CSV rows: one row per article, or per fact with its article id."""

from __future__ import annotations

import json
from typing import Iterable

from ..model import Extraction

_ARTICLE_COLS = ["id", "input_id", "title", "published", "authors", "source", "url", "language", "origin",
                 "n_actors", "n_places", "n_times", "n_quotes", "n_events", "warnings"]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_rows(extractions: Iterable[Extraction], table: str) -> tuple[list[str], Iterable[list[str]]]:
    if table == "articles":
        return _ARTICLE_COLS, (_article_row(ex) for ex in extractions)
    fields = _fields(table)
    header = ["article_id", *fields]

    def rows():
        for ex in extractions:
            for item in getattr(ex, table):
                data = item.model_dump(mode="json")
                yield [ex.article.id, *(_cell(data.get(f)) for f in fields)]

    return header, rows()


def _fields(table: str) -> list[str]:
    from .. import model

    cls = {"actors": model.Actor, "places": model.Place, "times": model.TimeExpr, "quotes": model.Quote,
           "events": model.Event, "relations": model.Relation}[table]
    return list(cls.model_fields)


def _article_row(ex: Extraction) -> list[str]:
    a = ex.article
    return [_cell(v) for v in (
        a.id, a.input_id, a.title, a.published, "; ".join(a.authors), a.source, a.url, a.language, a.origin,
        len(ex.actors), len(ex.places), len(ex.times), len(ex.quotes), len(ex.events),
        "; ".join(sorted({w.code for w in ex.warnings})),
    )]


# -- GeoJSON, GraphML, PLOVER ------------------------------------------------------------------


def geojson(extractions: Iterable[Extraction], what: str = "events") -> dict:
    """A GeoJSON FeatureCollection of ``events`` (those at a place with coordinates) or ``places``.

    Coordinates are [lon, lat] (RFC 7946); each feature's properties carry the record's fields and
    its ``article_id``."""
    if what not in ("events", "places"):
        raise ValueError(f"geojson exports events or places, not {what!r}")
    features = []
    for ex in extractions:
        places = {p.id: p for p in ex.places}
        if what == "places":
            for p in ex.places:
                if p.lat is not None and p.lon is not None:
                    props = {k: v for k, v in p.model_dump(mode="json").items() if k not in ("lat", "lon")}
                    features.append(_feature(p.lon, p.lat, {**props, "article_id": ex.article.id}))
            continue
        for e in ex.events:
            p = places.get(e.place) if e.place else None
            if p is None or p.lat is None or p.lon is None:
                continue
            props = e.model_dump(mode="json")
            props.update(article_id=ex.article.id, place_name=p.name, country_code=p.country_code,
                         date=e.date or (ex.article.published.isoformat() if ex.article.published else None))
            features.append(_feature(p.lon, p.lat, props))
    return {"type": "FeatureCollection", "features": features}


def _feature(lon: float, lat: float, props: dict) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def network(extractions: Iterable[Extraction]) -> tuple[dict[str, dict], dict[tuple, dict]]:
    """The actor network over all articles: nodes by actor id, edges by (source, target, kind, label)
    with a weight (how many events or relations) and the articles they come from."""
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = {}

    def node(actor_id: str, actor=None) -> None:
        n = nodes.setdefault(actor_id, {"name": actor_id, "type": "", "country": "", "sector": "", "articles": set()})
        if actor is not None:
            n.update(name=actor.name, type=actor.type or "", country=actor.country or "", sector=actor.sector or "")

    def edge(s: str, t: str, kind: str, label: str, article_id: str) -> None:
        e = edges.setdefault((s, t, kind, label), {"weight": 0, "articles": set()})
        e["weight"] += 1
        e["articles"].add(article_id)

    for ex in extractions:
        aid = ex.article.id
        for a in ex.actors:
            node(a.id, a)
            nodes[a.id]["articles"].add(aid)
        for e in ex.events:
            for s in e.source:
                for t in e.target:
                    node(s), node(t)
                    edge(s, t, "event", e.type, aid)
        for r in ex.relations:
            node(r.subject), node(r.object)
            edge(r.subject, r.object, "relation", r.predicate, aid)
    return nodes, edges


def graphml(extractions: Iterable[Extraction]) -> str:
    """The actor network as GraphML (directed, weighted), for Gephi, networkx or yEd."""
    from xml.sax.saxutils import quoteattr, escape

    nodes, edges = network(extractions)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
        '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
        '  <key id="sector" for="node" attr.name="sector" attr.type="string"/>',
        '  <key id="n_articles" for="node" attr.name="articles" attr.type="int"/>',
        '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
        '  <key id="label" for="edge" attr.name="label" attr.type="string"/>',
        '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
        '  <key id="e_articles" for="edge" attr.name="articles" attr.type="string"/>',
        '  <graph id="actors" edgedefault="directed">',
    ]
    for nid, n in sorted(nodes.items()):
        out.append(f"    <node id={quoteattr(_xml_safe(nid))}>")
        for key in ("name", "type", "country", "sector"):
            out.append(f'      <data key="{key}">{escape(_xml_safe(n[key]))}</data>')
        out.append(f'      <data key="n_articles">{len(n["articles"])}</data>')
        out.append("    </node>")
    for i, ((s, t, kind, label), e) in enumerate(sorted(edges.items())):
        out.append(f'    <edge id="e{i}" source={quoteattr(_xml_safe(s))} target={quoteattr(_xml_safe(t))}>')
        out.append(f'      <data key="kind">{kind}</data>')
        out.append(f'      <data key="label">{escape(_xml_safe(label))}</data>')
        out.append(f'      <data key="weight">{e["weight"]}</data>')
        out.append(f'      <data key="e_articles">{escape(" ".join(sorted(e["articles"])))}</data>')
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out)


def _xml_safe(value: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped."""
    return "".join(ch for ch in str(value) if ch in "\t\n\r" or ord(ch) >= 0x20)


def plover(extractions: Iterable[Extraction]) -> list[dict]:
    """Events as PLOVER-style records: one per event, with the field names of the PLOVER JSON
    examples (``event_type``, ``mode``, ``src_actor``/``src_agent`` as country and sector codes,
    ``tgt_*``, ``country``, ``admin1``, ``geolocation``, ``latitude``/``longitude``) plus newsgraph's
    ``object`` (what the act fell on where no actor did: "electricity pylons") and its
    sourcing (``story_id``, ``text`` of the evidence, its offsets, modality and confidence)."""
    records = []
    for ex in extractions:
        actors = {a.id: a for a in ex.actors}
        places = {p.id: p for p in ex.places}
        a = ex.article
        for e in ex.events:
            src = [actors.get(i) for i in e.source]
            tgt = [actors.get(i) for i in e.target]
            p = places.get(e.place) if e.place else None
            records.append({
                "id": f"{a.id}:{e.id}",
                "date": e.date or (a.published.isoformat() if a.published else None),
                "event_type": e.type,
                "mode": e.mode or "",
                "context": [],
                "source": e.source[0] if e.source else "",
                "src_actor": _first(x.country for x in src if x) or "",
                "src_agent": _first(x.sector for x in src if x) or "",
                "src_other_agent": "",
                "src_name": _first(x.name for x in src if x) or "",
                "target": e.target[0] if e.target else "",
                "tgt_actor": _first(x.country for x in tgt if x) or "",
                "tgt_agent": _first(x.sector for x in tgt if x) or "",
                "tgt_other_agent": "",
                "tgt_name": _first(x.name for x in tgt if x) or "",
                "object": e.object.text if e.object else None,  # what the act fell on where no actor did
                "country": (p.country_code or "") if p else "",
                "admin1": (p.admin1 or "") if p else "",
                "geolocation": p.name if p else "",
                "geonameid": p.geonameid if p else None,
                "latitude": p.lat if p else None,
                "longitude": p.lon if p else None,
                "cameo": e.cameo,
                "acled": e.acled.model_dump() if e.acled else None,
                "fatalities": e.fatalities,
                "injured": e.injured,
                "modality": e.modality,
                "attributed_to": e.attributed_to,
                "story_id": a.id,
                "publication_date": a.published.isoformat() if a.published else None,
                "url": a.url,
                "text": e.evidence.text,
                "evidence": {"start": e.evidence.start, "end": e.evidence.end},
                "stage": e.stage,
                "confidence": e.confidence,
            })
    return records


def _first(values):
    return next((v for v in values if v), None)
