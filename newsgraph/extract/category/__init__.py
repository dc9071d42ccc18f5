"""The CASE 2021 event category of a whole text (MiniLM embedding + logistic regression)."""

from .component import CategoryStage

__all__ = ["CategoryStage"]
