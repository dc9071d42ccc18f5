"""What routes receive through ``Depends``: the store, a page, the event filters, the ingest token."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Query, Request

from ..model import Modality
from ..store import Store
from ..store.queries import EventFilter, parse_bbox
from .errors import ApiError

MAX_LIMIT = 1000


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"How many items (at most {MAX_LIMIT}).")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="How many items to skip.")] = 0,
) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(page)]

def event_filter(
    type: Annotated[str | None, Query(max_length=40, description="PLOVER event type, e.g. ASSAULT.")] = None,
    mode: Annotated[str | None, Query(max_length=80)] = None,
    modality: Annotated[Modality | None, Query()] = None,
    actor: Annotated[str | None, Query(max_length=255, description="An actor id among sources, targets or attribution.")] = None,
    country: Annotated[str | None, Query(min_length=2, max_length=3, pattern="^[A-Za-z]{2,3}$",
                                         description="ISO alpha-2 (the event's place) or alpha-3 (one of its actors).")] = None,
    place: Annotated[str | None, Query(max_length=255, description="A place id.")] = None,
    article: Annotated[str | None, Query(max_length=64)] = None,
    date_from: Annotated[date | None, Query(alias="from", description="Earliest event date, YYYY-MM-DD.")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Latest event date, YYYY-MM-DD.")] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north in degrees.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
) -> EventFilter:
    box = None
    if bbox is not None:
        try:
            box = parse_bbox(bbox)
        except ValueError as exc:
            raise ApiError(422, f"bbox: {exc}") from None
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "from must not be after to")
    return EventFilter(
        type=type, mode=mode, modality=modality, actor=actor, country=country, place=place, article=article,
        date_from=date_from.isoformat() if date_from else None, date_to=date_to.isoformat() if date_to else None,
        bbox=box, min_confidence=min_confidence,
    )


EventFilterDep = Annotated[EventFilter, Depends(event_filter)]


def require_ingest_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """``Authorization: Bearer TOKEN`` matching the configured token; no token configured, no ingest."""
    token = request.app.state.ingest_token
    if not token:
        raise ApiError(403, "ingest over the API is off: start the server with an ingest token (NEWSGRAPH_INGEST_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "a valid 'Authorization: Bearer TOKEN' header is required", headers={"WWW-Authenticate": "Bearer"})

