"""Extraction stages: actors, places, times, quotes, events, relations; one module each, same shape."""

from __future__ import annotations

from .base import Facts, Stage, setup_extensions
from .registry import StageSpec, check_order, get, register, registered, unregister


def register_builtin_stages() -> None:
    """Register the stages that ship with newsgraph. Each extractor issue adds its line here."""
    from .actors import ActorStage
    from .category import CategoryStage
    from .events import EventStage
    from .places import PlaceStage, make_place_stage
    from .quotes import QuoteStage
    from .times import TimeStage

    register("newsgraph.actors.v1", lambda nlp, settings: ActorStage(nlp, settings), assigns=("actors",))
    register(PlaceStage.name, make_place_stage, assigns=PlaceStage.assigns)
    register("newsgraph.times.v1", lambda nlp, settings: TimeStage(), assigns=("times",))
    register("newsgraph.quotes.v1", lambda nlp, settings: QuoteStage(), assigns=("quotes",))
    register(
        EventStage.name, lambda nlp, settings: EventStage(data_dir=settings.eval_data_dir, classifier=settings.event_classifier),
        assigns=EventStage.assigns, requires=EventStage.requires)
    register(
        CategoryStage.name, lambda nlp, settings: CategoryStage(data_dir=settings.eval_data_dir), assigns=CategoryStage.assigns
    )


__all__ = [
    "Facts", "Stage", "StageSpec", "setup_extensions", "check_order", "get", "register", "registered",
    "register_builtin_stages", "unregister",
]
