"""newsgraph's errors: a small hierarchy with stable codes and a next step in every message.

A command prints ``error[CODE]: message`` on one line and exits non-zero; the API (later)
returns the same code and message as JSON. Codes never change meaning.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    code = "E000"
    exit_code = 2

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(NewsgraphError):
    """A setting is missing or invalid."""

    code = "E100"


class ModelNotInstalled(ConfigError):
    """The configured spaCy pipeline is not installed (nothing is downloaded at run time)."""

    code = "E101"


class InputError(NewsgraphError):
    """An input cannot become an article. ``reason`` is a short machine code."""

    code = "E200"

    def __init__(self, message: str, *, reason: str, origin: str | None = None):
        super().__init__(message)
        self.reason = reason
        self.origin = origin


class StoreError(NewsgraphError):
    """The database cannot be opened, migrated or written."""

    code = "E300"


class EvalError(NewsgraphError):
    """A gold set, split or scorer is missing."""

    code = "E400"


# Reasons an input is rejected (``InputError.reason``), stable for scripts and the rejections table.
EMPTY = "empty"
BINARY = "binary"
TOO_LARGE = "too_large"
UNREADABLE = "unreadable"
MALFORMED = "malformed"
NO_TEXT = "no_text"

__all__ = [
    "NewsgraphError", "ConfigError", "ModelNotInstalled", "InputError", "StoreError", "EvalError",
    "EMPTY", "BINARY", "TOO_LARGE", "UNREADABLE", "MALFORMED", "NO_TEXT",
]
