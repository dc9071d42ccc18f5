"""Run ``python -m newsgraph``."""

from .cli import main

main()
