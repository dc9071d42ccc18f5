#!/usr/bin/env bash
# Create .venv (Python 3.11) and install newsgraph with its pinned dependencies. Idempotent:
# a second run only checks. Everything comes from PyPI; nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' \
  || { echo "newsgraph needs Python 3.11; set PYTHON=/path/to/python3.11" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.newsgraph-installed
want="$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first, pinned: pip takes the local CPU wheel; an unpinned torch would pull a CUDA build.
  .venv/bin/python -m pip install -q torch==2.13.0
  .venv/bin/python -m pip install -q -e ".[ml,test]"
  echo "$want" > "$stamp"
fi

# The explorer's front-end packages, from npm at install time (package-lock.json pins them), copied
# into newsgraph/web/static/vendor/ (git-ignored). Without npm the API still works and the page says
# what is missing.
web=newsgraph/web
vendor=$web/static/vendor
web_want="$(cat $web/package-lock.json scripts/install.sh | sha256sum | cut -c1-16)"
if [ "$(cat "$vendor/.installed" 2>/dev/null)" != "$web_want" ]; then
  if command -v npm >/dev/null 2>&1; then
    (cd $web && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    rm -rf "$vendor" && mkdir -p "$vendor/leaflet" "$vendor/d3"
    cp -R $web/node_modules/leaflet/dist/leaflet.js $web/node_modules/leaflet/dist/leaflet.css \
      $web/node_modules/leaflet/dist/images "$vendor/leaflet/"
    for pkg in d3-dispatch d3-quadtree d3-timer d3-force; do
      cp $web/node_modules/$pkg/dist/$pkg.js "$vendor/d3/"
    done
    node $web/node_modules/topojson-client/bin/topo2geo countries="$vendor/countries-110m.geojson" \
      < $web/node_modules/world-atlas/countries-110m.json
    cp $web/node_modules/world-atlas/LICENSE "$vendor/world-atlas-LICENSE"
    echo "$web_want" > "$vendor/.installed"
  else
    echo "npm not found: the explorer page (newsgraph serve) will say its front-end files are missing" >&2
  fi
fi
