"""The places stage: recognise place mentions, resolve each to a gazetteer entry, group by place."""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from spacy.tokens import Doc

from ...knowledge import countries as country_kb
from ...knowledge.gazetteer import Gazetteer, gazetteer
from ...model import Place, Span
from ..base import Stage
from .patterns import Mention, recognize
from .resolve import Resolution, Resolver, place_county
from .unknown import place_unknown


class PlaceStage(Stage):
    """``newsgraph.places.v1``: every place an article names, geocoded, with the mentions that name it."""

    name = "newsgraph.places.v1"
    assigns = ("places",)

    def __init__(self, gaz: Gazetteer | None = None):
        self.gaz = gaz or gazetteer()
        self.resolver = Resolver(self.gaz)
        country_kb.lookup("Iraq")  # parse the country table now, not on the first article

    def resolve_doc(self, doc: Doc, *, forced: list[tuple[int, int]] | None = None) -> list[Resolution]:
        """Recognised mentions (plus ``forced`` spans, used when scoring resolution on gold spans),
        each with the place chosen for it (``entry`` None when the gazetteer has no such name)."""
        text = doc.text  # joins every token: read once
        mentions = recognize(doc, self.gaz, forced=forced, text=text)
        resolutions = self.resolver.resolve(mentions)
        place_county(resolutions)
        place_unknown(resolutions, text, self.gaz)
        return resolutions

    def predict(self, doc: Doc) -> dict:
        article = self.article(doc)
        article_id = article.id if article is not None else hashlib.sha1(doc.text.encode()).hexdigest()[:16]
        groups: "OrderedDict[tuple, list[Resolution]]" = OrderedDict()
        for r in self.resolve_doc(doc):
            if not reported(r):
                continue
            groups.setdefault((r.entry.id, round(r.entry.lat, 3), round(r.entry.lon, 3)), []).append(r)
        places = []
        for (entry_id, _, _), rs in groups.items():
            e = rs[0].entry
            places.append(Place(
                id=f"{article_id[:12]}:place:{len(places)}",
                name=e.name,
                geonameid=e.id if e.id > 0 else None,  # authored entries and approximations have none
                lat=round(e.lat, 5), lon=round(e.lon, 5),
                country_code=e.country_code,
                admin1=e.admin1,
                feature=e.feature or None,
                mentions=[Span(start=r.mention.start, end=r.mention.end, text=r.mention.text) for r in rs],
                stage=self.name,
                confidence=max(r.confidence for r in rs),
            ))
        return {"places": places}


#: Last words that make an unknown name a place even when the gazetteer has never heard of it.
PLACE_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway", "square",
               "river", "creek", "lake", "bay", "island", "mountain", "mountains", "valley", "park", "county", "parish",
               "township", "twp", "village", "district", "province", "governorate", "camp", "bridge", "airport", "canal",
               "neighborhood", "neighbourhood", "quarter", "market", "crossing", "checkpoint", "base", "port", "harbor"}


def reported(r: Resolution) -> bool:
    """Whether a resolved mention is reported as a place: when the gazetteer knew the name (unless it
    is only a hamlet far from the article's countries, named by a guess of the NER); a name written
    with its state or country ("Holliday, Mo.") placed there for want of a namesake inside it;
    a name placed only at the article's focus when it looks like a place ("Royal Street", "Neches
    River") or the NER called it a location or facility, not merely a GPE (often a person's name)."""
    if r.entry is None or r.confidence <= 0.2 and r.entry.kind == "city":
        return False
    if r.entry.kind != "approximate":
        return True
    if r.mention.container is not None and r.via == "container":
        return True  # "Holliday, Mo.": a town too small for the gazetteer, in the state written after it
    last = r.mention.text.split()[-1].lower().rstrip(".")
    return last in PLACE_WORDS or r.mention.label in ("LOC", "FAC")


def make_place_stage(nlp, settings) -> PlaceStage:
    """Registry factory: ``(nlp, settings) -> PlaceStage``."""
    return PlaceStage()


__all__ = ["PlaceStage", "make_place_stage", "reported", "Mention", "PLACE_WORDS"]
