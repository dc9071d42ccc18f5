from __future__ import annotations

from fastapi import APIRouter

from ...store import queries
from ..deps import EventFilterDep, PageDep, StoreDep
from ..schemas import EventFacets, EventPublic, Page

router = APIRouter(prefix="/events", tags=["events"])


@router.get("", response_model=Page[EventPublic], summary="Events, filtered, oldest first")
def list_events(store: StoreDep, page: PageDep, f: EventFilterDep):
    total, items = queries.events(store, f, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


@router.get("/facets", response_model=EventFacets, summary="The event types, modalities and modes stored")
def facets(store: StoreDep):
    return queries.event_facets(store)
