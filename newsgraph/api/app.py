"""``create_app``: the FastAPI application over one store, with the explorer page at ``/``."""

from __future__ import annotations

from functools import lru_cache

from fastapi import FastAPI

from .. import __version__
from ..config import Settings, load_settings
from ..store import Store
from . import errors
from .limits import BodyLimit
from .routers import actors, articles, events, exports, graph, health, ingest, places, quotes, search

API_PREFIX = "/api"
ROUTERS = (articles, actors, events, quotes, places, graph, search, ingest, exports, health)


def create_app(
    store_or_url: Store | str,
    *,
    ingest_token: str | None = None,
    settings: Settings | None = None,
    pipeline=None,
    max_body_bytes: int | None = None,
) -> FastAPI:
    """The API under ``/api`` (OpenAPI at ``/api/openapi.json``, docs at ``/docs``) and the explorer at ``/``.

    ``ingest_token``: the bearer token ``POST /api/ingest`` requires (none: ingest is off).
    ``pipeline``: the extraction pipeline for ingest (default: built from ``settings`` on first use).
    ``max_body_bytes``: the largest request body accepted (default: ``settings.max_bytes``)."""
    from ..web import router as web_router, static_app

    settings = settings or load_settings()
    store = store_or_url if isinstance(store_or_url, Store) else Store(store_or_url)
    app = FastAPI(
        title="newsgraph", version=__version__, openapi_url=f"{API_PREFIX}/openapi.json", docs_url="/docs", redoc_url=None,
        description="Sourced records of conflict news: articles, actors, places, times, quotes, events and relations.",
    )
    app.state.store = store
    app.state.settings = settings
    app.state.ingest_token = ingest_token
    app.state.pipeline = _pipeline_factory(settings, pipeline)
    errors.install(app)
    for module in ROUTERS:
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(web_router)
    app.mount("/static", static_app(), name="static")
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes or settings.max_bytes)
    return app


def _pipeline_factory(settings: Settings, pipeline):
    """Loading spaCy takes seconds: only the first ingest request pays for it."""

    @lru_cache(maxsize=1)
    def get():
        if pipeline is not None:
            return pipeline
        from ..pipeline import Pipeline

        return Pipeline(settings)

    return get
