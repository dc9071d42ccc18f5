from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from ...store import queries
from ..deps import PageDep, StoreDep
from ..errors import ApiError
from ..schemas import ActorDetail, ActorSummary, Page

router = APIRouter(prefix="/actors", tags=["actors"])


@router.get("", response_model=Page[ActorSummary], summary="Actors across articles, most-mentioned first")
def list_actors(
    store: StoreDep, page: PageDep,
    q: Annotated[str | None, Query(max_length=200, description="Words of the name.")] = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    country: Annotated[str | None, Query(max_length=3)] = None,
):
    total, items = queries.actors(store, q=q, type=type, country=country, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


@router.get("/{actor_id}", response_model=ActorDetail, summary="One actor with its events, quotes and relations")
def get_actor(store: StoreDep, actor_id: str = Path(min_length=1, max_length=255)):
    record = queries.actor(store, actor_id)
    if record is None:
        raise ApiError(404, f"no actor with id {actor_id!r}; list them at /api/actors")
    return record
