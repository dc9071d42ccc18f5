from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Request

from ...ingest import Rejection
from ...ingest.finish import finish
from ...ingest.jsonl import read_line
from ...model import FACT_KEYS
from ..deps import StoreDep, require_ingest_token
from ..errors import ApiError
from ..schemas import ArticleCreate, IngestResult

router = APIRouter(prefix="/ingest", tags=["ingest"])


@router.post("", response_model=IngestResult, status_code=201, dependencies=[Depends(require_ingest_token)],
             summary="Extract and store one article (needs the bearer token)")
def ingest_article(body: ArticleCreate, request: Request, store: StoreDep):
    settings = request.app.state.settings
    item = read_line(json.dumps(body.model_dump(mode="json")), 1, "api")
    if not isinstance(item, Rejection):
        item = finish(item, settings)
    if isinstance(item, Rejection):
        raise ApiError(422, f"the article cannot be stored: {item.message}", code=item.reason)
    article, warnings = item
    extraction = request.app.state.pipeline()(article, warnings)
    stored = store.save(extraction)
    counts = {k: len(getattr(extraction, k)) for k in FACT_KEYS if k != "category"}
    return {"id": article.id, "stored": stored, "counts": counts, "warnings": [w.model_dump() for w in extraction.warnings]}
