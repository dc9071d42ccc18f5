from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ...store import queries
from ..deps import PageDep, StoreDep
from ..schemas import Page, QuotePublic

router = APIRouter(prefix="/quotes", tags=["quotes"])


@router.get("", response_model=Page[QuotePublic], summary="Quotes by speaker, article or words")
def list_quotes(
    store: StoreDep, page: PageDep,
    speaker: Annotated[str | None, Query(max_length=255, description="An actor id, or words of the speaker's name.")] = None,
    article: Annotated[str | None, Query(max_length=64)] = None,
    q: Annotated[str | None, Query(max_length=500, description="Full-text search over the quotes.")] = None,
):
    total, items = queries.quotes(store, speaker=speaker, article=article, q=q, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}
