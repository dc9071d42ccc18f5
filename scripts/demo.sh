#!/usr/bin/env bash
# README command (1): install, ingest the example articles shipped in examples/, show what was
# stored, then serve the explorer over them (Ctrl-C stops it). NEWSGRAPH_DEMO_SERVE=0 skips serving.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
DB="${NEWSGRAPH_DEMO_DB:-sqlite:///newsgraph-demo.db}"
.venv/bin/newsgraph ingest examples --db "$DB" --no-progress
.venv/bin/newsgraph show --db "$DB"
if [ "${NEWSGRAPH_DEMO_SERVE:-1}" != "0" ]; then
  exec .venv/bin/newsgraph serve --db "$DB" --port "${NEWSGRAPH_PORT:-8000}"
fi
