"""Run a scorer over a gold split and shape the result as ``{"set", "split", "n", <metrics>}``.

Each extractor issue registers its scorer in ``register_builtin_scorers``; a set whose scorer is
not built yet exits with a message that says which component it waits for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..config import Settings
from ..errors import EvalError
from .datasets import load_split

#: (items, settings) -> {metric: value}; must not read anything but the items it is given.
Scorer = Callable[[list[dict], Settings], dict[str, float]]


@dataclass(frozen=True)
class ScorerSpec:
    set_name: str
    scorer: Scorer
    metrics: tuple[str, ...]


_SCORERS: dict[str, ScorerSpec] = {}

#: Which component each family of gold sets measures, for the "not built yet" message.
_WAITS_FOR = {"geo-": "places", "time-": "times", "quotes-": "quotes", "events-": "events"}


def register_scorer(set_name: str, scorer: Scorer, *, metrics: tuple[str, ...]) -> None:
    _SCORERS[set_name] = ScorerSpec(set_name, scorer, tuple(metrics))


def registered_scorers() -> dict[str, ScorerSpec]:
    register_builtin_scorers()
    return dict(_SCORERS)


def register_builtin_scorers() -> None:
    """Scorers that ship with newsgraph; each extractor issue adds its line here."""
    from .tempeval import METRICS as TEMPEVAL_METRICS
    from .tempeval import score as score_tempeval

    from .plover_events import METRICS as PLOVER_EVENT_METRICS
    from .plover_events import score as score_plover_events

    from .case2021 import METRICS as CASE2021_METRICS
    from .case2021 import score as score_case2021

    from .conflibert import METRICS as CONFLIBERT_METRICS
    from .conflibert import score as score_conflibert

    from .polnear import METRICS as POLNEAR_METRICS
    from .polnear import score as score_polnear

    from .geo import METRICS as GEO_METRICS
    from .geo import score as score_geo

    for geo_set in ("geo-trnews", "geo-geowebnews", "geo-lgl"):
        register_scorer(geo_set, score_geo, metrics=GEO_METRICS)
    register_scorer("time-tempeval3", score_tempeval, metrics=TEMPEVAL_METRICS)
    register_scorer("quotes-polnear", score_polnear, metrics=POLNEAR_METRICS)
    register_scorer("events-plover", score_plover_events, metrics=PLOVER_EVENT_METRICS)
    register_scorer("events-case2021", score_case2021, metrics=CASE2021_METRICS)
    register_scorer("events-conflibert", score_conflibert, metrics=CONFLIBERT_METRICS)


def evaluate(set_name: str, split: str, settings: Settings, *, data_dir: str | None = None, limit: int | None = None) -> dict:
    register_builtin_scorers()
    data_dir = data_dir or settings.eval_data_dir
    items = load_split(data_dir, set_name, split)
    spec = _SCORERS.get(set_name)
    if spec is None:
        component = next((c for prefix, c in _WAITS_FOR.items() if set_name.startswith(prefix)), "its")
        raise EvalError(f"no scorer for {set_name!r} yet: it comes with the {component} extractor")
    if limit:
        items = items[:limit]
    metrics = spec.scorer(items, settings)
    missing = [m for m in spec.metrics if m not in metrics]
    if missing:
        raise EvalError(f"scorer for {set_name} did not report {', '.join(missing)}")
    return {"set": set_name, "split": split, "n": len(items), **{k: metrics[k] for k in metrics}}
