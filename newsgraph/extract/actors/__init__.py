"""Actors: who is who in an article, resolved to canonical entities with country and sector.

``ActorStage`` (``newsgraph.actors.v1``) is registered by ``register()``, which
``extract.register_builtin_stages`` calls; nothing happens at import time.
"""

from __future__ import annotations

from .component import ActorStage

STAGE_NAME = ActorStage.name


def register() -> None:
    """Register ``newsgraph.actors.v1`` (idempotent)."""
    from ..registry import register as register_stage

    register_stage(STAGE_NAME, lambda nlp, settings: ActorStage(nlp, settings), assigns=ActorStage.assigns)


__all__ = ["ActorStage", "STAGE_NAME", "register"]
