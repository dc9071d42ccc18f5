"""The typed records of newsgraph's public contract (``shared/OUTPUT.md``).

Every stage reads a spaCy ``Doc``; these records are what a ``Doc`` becomes when it is
printed, stored or served. Field names are public: add freely, rename only with a
``SCHEMA_VERSION`` bump.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Modality = Literal[
    "asserted", "negated", "planned", "urged", "threatened", "feared", "hypothetical", "claimed"
]


class Record(BaseModel):
    """Base of every record: fixed fields, no silent extras."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A stretch of ``article.text``: Python ``str`` offsets, end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Extracted(Record):
    """An extracted fact: which stage made it and how sure it is."""

    stage: str
    confidence: float = Field(ge=0.0, le=1.0)

    def provenance(self, article_id: str) -> "Provenance":
        """Where this fact comes from: its own offsets, its evidence, or its first mention."""
        if getattr(self, "evidence", None) is not None:
            start, end = self.evidence.start, self.evidence.end
        elif getattr(self, "mentions", None):
            start, end = self.mentions[0].start, self.mentions[0].end
        else:
            start, end = getattr(self, "start", 0), getattr(self, "end", 0)
        return Provenance(article_id=article_id, start=start, end=end, stage=self.stage, confidence=self.confidence)


class Provenance(Record):
    """Where a fact comes from, in one place, for storage and for the API."""

    article_id: str
    start: int
    end: int
    stage: str
    confidence: float


class Article(Record):
    id: str
    input_id: str | None = None
    title: str | None = None
    published: date | None = None
    authors: list[str] = Field(default_factory=list)
    source: str | None = None
    url: str | None = None
    language: str | None = None
    text: str
    boilerplate: list[str] = Field(default_factory=list)
    origin: str | None = None  # the path, feed or stream the article was read from
    format: str | None = None  # text, html, jsonl, rss


class Actor(Extracted):
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(Extracted):
    id: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class TimeExpr(Extracted):
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    earliest: date | None = None
    latest: date | None = None


class Quote(Extracted):
    text: str
    start: int
    end: int
    content_spans: list[tuple[int, int]] = Field(default_factory=list)
    kind: Literal["direct", "indirect", "mixed"]
    speaker: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    said_on: str | None = None
    said_on_confidence: float | None = None  # 0.9 stated in the clause, 0.6 from the paragraph, 0.3 the publication date
    said_at: str | None = None
    channel: str | None = None  # "an audio recording", "a news conference", where stated

    def spans(self) -> list[tuple[int, int]]:
        """The content's spans: ``content_spans``, or the whole quote where its producer gave none."""
        return [(s, e) for s, e in self.content_spans] or [(self.start, self.end)]

    def holds(self, offset: int) -> bool:
        """Is the character at ``offset`` inside what was said (not its cue or speaker)?"""
        return any(s <= offset < e for s, e in self.spans())

    def named(self, actors) -> list[str]:
        """The ids of the actors, other than the speaker, that the speaker names in what was said."""
        spans = self.spans()
        return [a.id for a in actors if a.id != self.speaker and any(s <= m.start and m.end <= e for m in a.mentions for s, e in spans)]


class AcledType(Record):
    event_type: str
    sub_event_type: str


class Event(Extracted):
    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    place: str | None = None
    date: str | None = None
    modality: Modality = "asserted"
    attributed_to: str | None = None
    acled: AcledType | None = None
    fatalities: int | None = None
    injured: int | None = None
    evidence: Span
    trigger: Span | None = None  # the word(s) that coded the event: "shelled", "hunger strike"
    object: Span | None = None  # what the act fell on where no actor did: "electricity pylons", "into Goma" (Goma)


class Category(Extracted):
    label: str


class Relation(Extracted):
    subject: str
    predicate: str
    object: str
    evidence: Span
    attributed_to: str | None = None  # whose view it is: "Turkey views the YPG as allies of the PKK"


class Notice(Record):
    """Something a user should know about this record: a skipped stage, a repaired input."""

    code: str
    message: str


class Extraction(Record):
    """One article and everything newsgraph found in it: the unit that is printed and stored."""

    schema_version: str = SCHEMA_VERSION
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    category: Category | None = None
    relations: list[Relation] = Field(default_factory=list)
    warnings: list[Notice] = Field(default_factory=list)

    def as_dict(self) -> dict:
        return self.model_dump(mode="json")


#: The extraction lists, in the order stages fill them; ``category`` is a single record.
FACT_KEYS = ("actors", "places", "times", "quotes", "events", "category", "relations")

__all__ = [
    "SCHEMA_VERSION", "FACT_KEYS", "Record", "Span", "Extracted", "Provenance", "Article", "Actor",
    "Place", "TimeExpr", "Quote", "AcledType", "Event", "Category", "Relation", "Notice",
    "Extraction",
]
