from __future__ import annotations

import csv
import io
import json
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response, StreamingResponse

from ...store import export
from ..deps import StoreDep

router = APIRouter(prefix="/export", tags=["export"])

Table = Literal["articles", "actors", "places", "times", "quotes", "events", "relations"]


@router.get("/events.geojson", summary="Events at a known place, as a GeoJSON FeatureCollection")
def events_geojson(store: StoreDep):
    return JSONResponse(export.geojson(store.iter_extractions(), "events"), media_type="application/geo+json")


@router.get("/places.geojson", summary="Places with coordinates, as a GeoJSON FeatureCollection")
def places_geojson(store: StoreDep):
    return JSONResponse(export.geojson(store.iter_extractions(), "places"), media_type="application/geo+json")


@router.get("/network.graphml", summary="The actor network as GraphML (Gephi, networkx, yEd)")
def network_graphml(store: StoreDep):
    return Response(export.graphml(store.iter_extractions()), media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="newsgraph-network.graphml"'})


@router.get("/events.plover.json", summary="Events as PLOVER-style JSON records")
def events_plover(store: StoreDep):
    return JSONResponse(export.plover(store.iter_extractions()))


@router.get("/records.jsonl", summary="Every stored record, one JSON object a line")
def records_jsonl(store: StoreDep):
    lines = (json.dumps(ex.as_dict(), ensure_ascii=False) + "\n" for ex in store.iter_extractions())
    return StreamingResponse(lines, media_type="application/x-ndjson")


@router.get("/{table}.csv", summary="One CSV row per article or per fact of a table")
def table_csv(store: StoreDep, table: Table):
    header, rows = export.csv_rows(store.iter_extractions(), table)

    def stream():
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            if buf.tell() > 65536:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(stream(), media_type="text/csv; charset=utf-8")
