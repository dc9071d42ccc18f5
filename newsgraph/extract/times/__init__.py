"""Times: time expressions recognized (``patterns``) and normalized to TIMEX3 (``normalize``)."""

from .component import TimeStage
from .normalize import Resolved
from .patterns import Candidate, find

__all__ = ["TimeStage", "Resolved", "Candidate", "find"]
