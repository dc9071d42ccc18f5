from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...store import queries
from ..deps import PageDep, StoreDep
from ..schemas import Page, SearchHit

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=Page[SearchHit], summary="Full-text search over titles and texts, best first")
def search(store: StoreDep, page: PageDep, q: Annotated[str, Query(min_length=1, max_length=500)]):
    total, items = queries.search(store, q, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}
