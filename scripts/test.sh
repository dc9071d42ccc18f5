#!/usr/bin/env bash
# README command (2): install, then run the whole test suite. PostgreSQL tests run when
# NEWSGRAPH_TEST_POSTGRES_URL is set (.ci/run starts a server and sets it) and skip otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
