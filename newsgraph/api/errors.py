"""The API's one error shape, ``{"error": {"code": ..., "message": ...}}``, built by ``error_response``
for every failure: a missing record, a bad parameter, a body too large, a wrong token, a bug."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import NewsgraphError, StoreError

log = logging.getLogger("newsgraph.api")

#: HTTP status -> the stable code a client can switch on.
CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid_request",
    500: "internal", 503: "unavailable",
}


class ApiError(Exception):
    """Raised by a route for a designed failure: the status, a stable code and what to do next."""

    def __init__(self, status: int, message: str, *, code: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_body(status: int, message: str, code: str | None = None) -> dict:
    return {"error": {"code": code or CODES.get(status, "error"), "message": message}}


def error_response(status: int, message: str, *, code: str | None = None, headers: dict | None = None) -> JSONResponse:
    """The only way the API answers an error."""
    return JSONResponse(error_body(status, message, code), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    """Route every exception the app can meet through ``error_response``."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError):
        return error_response(exc.status, exc.message, code=exc.code, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such resource; the API is described at /docs"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError):
        return error_response(422, _validation_message(exc))

    @app.exception_handler(StoreError)
    async def _store(_: Request, exc: StoreError):
        log.error("store error: %s", exc.message)
        return error_response(503, exc.message, code=exc.code)

    @app.exception_handler(NewsgraphError)
    async def _newsgraph(_: Request, exc: NewsgraphError):
        return error_response(400, exc.message, code=exc.code)

    @app.exception_handler(Exception)
    async def _bug(_: Request, exc: Exception):
        log.exception("internal error")
        return error_response(500, f"internal error: {exc.__class__.__name__}; the server log has the details")
