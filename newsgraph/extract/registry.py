"""The one place stages are registered, under versioned names (``newsgraph.actors.v1``).

A stage module registers itself by calling ``register`` from ``extract/__init__.py``'s
``register_builtin_stages``: nothing happens at import time. The snapshot of this registry
is tested (``tests/test_registry.py``), so adding or renaming a stage is a visible change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..errors import ConfigError


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Callable  # (nlp, settings) -> Stage
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


_REGISTRY: dict[str, StageSpec] = {}


def register(name: str, factory: Callable, *, assigns: tuple[str, ...], requires: tuple[str, ...] = ()) -> None:
    if not name.startswith("newsgraph.") or not name.rsplit(".", 1)[-1].startswith("v"):
        raise ValueError(f"stage names are versioned, e.g. newsgraph.actors.v1; got {name!r}")
    _REGISTRY[name] = StageSpec(name, factory, tuple(assigns), tuple(requires))


def unregister(name: str) -> None:
    _REGISTRY.pop(name, None)


def get(name: str) -> StageSpec:
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise ConfigError(f"unknown stage {name!r}; registered stages: {known}") from None


def registered() -> dict[str, StageSpec]:
    return dict(_REGISTRY)


def check_order(specs: list[StageSpec]) -> None:
    """Every stage's ``requires`` must be assigned by a stage before it."""
    assigned: set[str] = set()
    for spec in specs:
        missing = [key for key in spec.requires if key not in assigned]
        if missing:
            raise ConfigError(f"stage {spec.name} requires {', '.join(missing)}, which no earlier stage assigns")
        assigned.update(spec.assigns)
