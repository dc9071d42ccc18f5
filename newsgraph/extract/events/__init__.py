"""Events (PLOVER type, mode, CAMEO root, ACLED type, modality, attribution, counts) and relations."""

from .component import EventStage

__all__ = ["EventStage"]
