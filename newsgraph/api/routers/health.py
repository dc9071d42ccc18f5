from __future__ import annotations

from fastapi import APIRouter

from ... import __version__
from ...web import assets_ready
from ..deps import StoreDep
from ..schemas import Health

router = APIRouter(prefix="/health", tags=["health"])


@router.get("", response_model=Health, summary="Is the service up, and what does it hold")
def health(store: StoreDep):
    return {"status": "ok", "version": __version__, "database": store.dialect,
            "articles": store.counts()["articles"], "explorer_assets": assets_ready()}
