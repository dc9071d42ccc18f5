from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ...store import queries
from ..deps import PageDep, StoreDep
from ..errors import ApiError
from ..schemas import Page, PlaceDetail, PlacePublic

router = APIRouter(prefix="/places", tags=["places"])


@router.get("", response_model=Page[PlacePublic], summary="Places named in articles")
def list_places(
    store: StoreDep, page: PageDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    country: Annotated[str | None, Query(max_length=2)] = None,
    article: Annotated[str | None, Query(max_length=64)] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north")] = None,
):
    box = None
    if bbox is not None:
        try:
            box = queries.parse_bbox(bbox)
        except ValueError as exc:
            raise ApiError(422, f"bbox: {exc}") from None
    total, items = queries.places(store, q=q, country=country, article=article, bbox=box, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


@router.get("/{place_id}", response_model=PlaceDetail, summary="One place with its events")
def get_place(store: StoreDep, place_id: str = Path(min_length=1, max_length=255)):
    record = queries.place(store, place_id)
    if record is None:
        raise ApiError(404, f"no place with id {place_id!r}; list them at /api/places")
    return record
