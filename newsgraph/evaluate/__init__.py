"""Scorers for the gold sets in ``shared/eval``, and the runner behind ``newsgraph eval``."""

from .datasets import available_sets, load_split
from .metrics import PRF, mean, median
from .runner import ScorerSpec, evaluate, register_scorer, registered_scorers

__all__ = ["available_sets", "load_split", "PRF", "mean", "median", "ScorerSpec", "evaluate", "register_scorer", "registered_scorers"]
