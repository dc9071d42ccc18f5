"""What the API sends and accepts. Kept apart from the tables (``store.schema``) and built on the
public records of ``model.py``: a ``...Public`` model is a record plus where it lives."""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ..model import Event, Place, Quote

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    total: int = Field(description="How many items match, over all pages.")
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    events: int = 0


class SearchHit(BaseModel):
    id: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None
    snippet: str | None = None


class Annotation(BaseModel):
    kind: Literal["actor", "place", "time", "quote", "event", "trigger", "object"]
    start: int
    end: int
    ref: str | None = Field(None, description="The id of the record (actor, place, event; a quote's speaker).")
    label: str | None = None


class AnnotatedArticle(BaseModel):
    """The text as plain characters and the spans to highlight: clients must render it as text."""

    id: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    text: str
    annotations: list[Annotation]


class PlaceRef(BaseModel):
    id: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None


class EventPublic(Event):
    model_config = ConfigDict(extra="ignore")

    article_id: str
    article_title: str | None = None
    effective_date: str | None = Field(None, description="The event's date, else its article's publication date.")
    place_record: PlaceRef | None = None


class QuotePublic(Quote):
    model_config = ConfigDict(extra="ignore")

    article_id: str
    speaker_name: str | None = Field(None, description="The speaker actor's name, else how the text names the speaker.")


class ActorSummary(BaseModel):
    id: str
    name: str
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    articles: int = Field(0, description="In how many articles the actor is mentioned.")
    confidence: float | None = None


class RelationPublic(BaseModel):
    article_id: str
    subject: str
    predicate: str
    object: str
    start: int
    end: int
    attributed_to: str | None = Field(None, description="The actor whose view the relation is, where the text says.")
    stage: str
    confidence: float


class ActorDetail(ActorSummary):
    events: list[EventPublic]
    quotes: list[QuotePublic]
    relations: list[RelationPublic]


class PlacePublic(Place):
    model_config = ConfigDict(extra="ignore")

    article_id: str
    events: int = 0


class PlaceDetail(PlacePublic):
    events: list[EventPublic]  # type: ignore[assignment]


class Facet(BaseModel):
    value: str
    count: int


class EventFacets(BaseModel):
    types: list[Facet]
    modalities: list[Facet]
    modes: list[Facet]


class GraphEdge(BaseModel):
    source: str
    target: str
    kind: Literal["event", "relation", "quote"] = Field(description="quote: the speaker names the target in a quote.")
    label: str
    weight: int
    events: list[str] = Field(description="Up to 20 ids of the events behind this edge.")


class Graph(BaseModel):
    nodes: list[ActorSummary]
    edges: list[GraphEdge]
    truncated: bool


class ArticleCreate(BaseModel):
    """One article to extract and store, as a JSONL line would give it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body (plain text or HTML).")
    id: str | None = Field(None, max_length=255, description="Your own id for it, kept as input_id.")
    title: str | None = Field(None, max_length=2000)
    published: date | None = None
    url: str | None = Field(None, max_length=4000)
    source: str | None = Field(None, max_length=255)
    authors: list[str] = Field(default_factory=list, max_length=100)


class IngestResult(BaseModel):
    id: str
    stored: bool = Field(description="False when the article was stored already (same text).")
    counts: dict[str, int]
    warnings: list[dict]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    database: str
    articles: int
    explorer_assets: bool
