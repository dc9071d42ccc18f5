"""Shared fixtures. Real text, the real spaCy pipeline (loaded once), real databases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def settings():
    from newsgraph.config import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def pipeline(settings):
    from newsgraph.pipeline import Pipeline

    return Pipeline(settings)


@pytest.fixture
def seed_article() -> Path:
    path = SHARED / "examples" / "seed-article.txt"
    if not path.is_file():
        pytest.skip("shared/examples/seed-article.txt is not here")
    return path


def _reset_postgres(url: str) -> None:
    from sqlalchemy import text

    from newsgraph.store import create

    engine = create(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def postgres_url() -> str:
    url = os.environ.get("NEWSGRAPH_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("NEWSGRAPH_REQUIRE_POSTGRES"):
            pytest.fail("NEWSGRAPH_REQUIRE_POSTGRES is set but NEWSGRAPH_TEST_POSTGRES_URL is not")
        pytest.skip("set NEWSGRAPH_TEST_POSTGRES_URL to run the PostgreSQL tests (.ci/run does)")
    _reset_postgres(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'newsgraph.db'}"
    return postgres_url()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'newsgraph.db'}"
