"""Quotes and attribution: direct, indirect and mixed, with cue, source and speaker."""

from .component import QuoteStage

__all__ = ["QuoteStage"]
