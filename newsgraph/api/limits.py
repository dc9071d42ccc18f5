"""Request body size limit, enforced on the bytes received (a lying or absent Content-Length
does not get past it): an ASGI middleware answering 413 in the API's error shape."""

from __future__ import annotations

from .errors import error_response


class BodyLimit:
    def __init__(self, app, *, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        too_large = error_response(413, f"the request body is larger than {self.max_bytes:,} bytes")
        length = dict(scope.get("headers", ())).get(b"content-length")
        if length is not None:
            try:
                if int(length) > self.max_bytes:
                    return await too_large(scope, receive, send)
            except ValueError:
                return await error_response(400, "Content-Length is not a number")(scope, receive, send)
            return await self.app(scope, receive, send)
        # No length given (chunked): read the body first, up to the limit, then hand it on.
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                return await too_large(scope, receive, send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
