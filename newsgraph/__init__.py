"""newsgraph: news about armed conflict -> a sourced, geocoded record of who did what to whom."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsgraph")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

from .model import SCHEMA_VERSION, Article, Extraction  # noqa: E402

__all__ = ["__version__", "SCHEMA_VERSION", "Article", "Extraction"]
