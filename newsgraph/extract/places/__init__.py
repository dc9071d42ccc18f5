"""Places: recognise place mentions, resolve them against an offline gazetteer, one record per place."""

from .component import PlaceStage, make_place_stage
from .patterns import Mention, recognize
from .resolve import Resolution, Resolver, haversine_km

__all__ = ["PlaceStage", "make_place_stage", "Mention", "recognize", "Resolution", "Resolver", "haversine_km"]
