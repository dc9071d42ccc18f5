from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...store import queries
from ..deps import EventFilterDep, StoreDep
from ..schemas import Graph

router = APIRouter(prefix="/graph", tags=["graph"])


@router.get("", response_model=Graph, summary="The actor network: actors, and events and relations between them")
def actor_graph(store: StoreDep, f: EventFilterDep,
                max_events: Annotated[int, Query(ge=1, le=20_000)] = 5000):
    return queries.graph(store, f, max_events=max_events)
