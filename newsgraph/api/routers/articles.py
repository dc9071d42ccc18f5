from __future__ import annotations

from fastapi import APIRouter, Path

from ...model import Extraction
from ...store import queries
from ..deps import PageDep, StoreDep
from ..errors import ApiError
from ..schemas import AnnotatedArticle, ArticleSummary, Page

router = APIRouter(prefix="/articles", tags=["articles"])

ArticleId = Path(min_length=1, max_length=64)


def _get(store, article_id: str) -> Extraction:
    ex = store.get(article_id)
    if ex is None:
        raise ApiError(404, f"no stored article with id {article_id!r}; list them at /api/articles")
    return ex


@router.get("", response_model=Page[ArticleSummary], summary="Stored articles, newest first")
def list_articles(store: StoreDep, page: PageDep):
    total, items = queries.articles(store, limit=page.limit, offset=page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


@router.get("/{article_id}", response_model=Extraction, summary="One article's full record")
def get_article(store: StoreDep, article_id: str = ArticleId):
    return _get(store, article_id)


@router.get("/{article_id}/annotated", response_model=AnnotatedArticle, summary="The text and the spans to highlight")
def annotated_article(store: StoreDep, article_id: str = ArticleId):
    ex = _get(store, article_id)
    a = ex.article
    return {"id": a.id, "title": a.title, "published": a.published, "source": a.source, "url": a.url,
            "text": a.text, "annotations": queries.annotations(ex)}
