#!/usr/bin/env bash
# README command (1): install, then ingest the example articles shipped in examples/ and show what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
DB="${NEWSGRAPH_DEMO_DB:-sqlite:///newsgraph-demo.db}"
.venv/bin/newsgraph ingest examples --db "$DB" --no-progress
.venv/bin/newsgraph show --db "$DB"
