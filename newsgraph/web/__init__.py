"""The explorer: one page (map, timeline, actor network, reader, quotes) served by the API app.

Its front-end libraries come from npm at install time (``scripts/install.sh`` runs ``npm ci`` here
and copies them into ``static/vendor/``, which git ignores); nothing is fetched at run time. When
they are missing the page says so and how to install them."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).parent
STATIC_DIR = WEB_DIR / "static"
VENDOR_DIR = STATIC_DIR / "vendor"

#: What ``scripts/install.sh`` puts in ``static/vendor/``; the page needs every one.
VENDOR_FILES = (
    "leaflet/leaflet.js", "leaflet/leaflet.css",
    "d3/d3-dispatch.js", "d3/d3-quadtree.js", "d3/d3-timer.js", "d3/d3-force.js",
    "countries-110m.geojson",
)

#: The page runs only its own scripts and talks only to this server.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

router = APIRouter(include_in_schema=False)


def missing_assets() -> list[str]:
    return [name for name in VENDOR_FILES if not (VENDOR_DIR / name).is_file()]


def assets_ready() -> bool:
    return not missing_assets()


_MISSING_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph: explorer not installed</title></head>
<body style="font-family: sans-serif; max-width: 44em; margin: 3em auto">
<h1>The explorer's front-end files are not installed</h1>
<p>Missing from <code>newsgraph/web/static/vendor/</code>: {missing}.</p>
<p>Install them with <code>bash scripts/install.sh</code> (it needs <code>npm</code>; the packages come from
the npm registry at install time, never at run time), then reload this page.</p>
<p>The API works without them: <a href="/docs">/docs</a>, <a href="/api/health">/api/health</a>.</p>
</body></html>
"""


@router.get("/")
def index():
    missing = missing_assets()
    if missing:
        return HTMLResponse(_MISSING_PAGE.format(missing=", ".join(missing)), status_code=503,
                            headers={"Content-Security-Policy": CSP})
    return FileResponse(WEB_DIR / "index.html", media_type="text/html",
                        headers={"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"})


def static_app() -> StaticFiles:
    return StaticFiles(directory=STATIC_DIR, check_dir=False)


__all__ = ["router", "static_app", "assets_ready", "missing_assets", "VENDOR_FILES", "CSP"]
