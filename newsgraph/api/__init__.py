"""The HTTP API (FastAPI) over a store, and the explorer page it serves.

    from newsgraph.api import create_app
    app = create_app("sqlite:///newsgraph.db", ingest_token="s3cret")
"""

from .app import create_app
from .errors import ApiError, error_body, error_response

__all__ = ["create_app", "ApiError", "error_body", "error_response"]
