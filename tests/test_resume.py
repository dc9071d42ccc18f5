"""Kill an ingest with SIGKILL half-way, run it again: every article is stored exactly once."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from .conftest import EXAMPLES

N = 30


def _corpus(folder):
    """N distinct, article-sized texts built from the shipped examples' paragraphs."""
    paragraphs = []
    for path in sorted((EXAMPLES / "articles").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 25]
    folder.mkdir()
    for i in range(N):
        body = "\n\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(12))
        (folder / f"report-{i:03}.txt").write_text(f"Field report {i}\n\nDispatch number {i} from the desk.\n\n{body}", encoding="utf-8")


def _count(db_path) -> int:
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(db_path, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def _ingest(src, db_path):
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": "2"}
    return subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "ingest", str(src), "--db", f"sqlite:///{db_path}", "--no-progress"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.slow
def test_sigkill_then_rerun_stores_each_article_once(tmp_path):
    src, db_path = tmp_path / "in", tmp_path / "ng.db"
    _corpus(src)
    proc = _ingest(src, db_path)
    deadline = time.time() + 120
    while _count(db_path) < 4 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored_at_kill = _count(db_path)
    assert 0 < stored_at_kill < N, "the kill must land mid-run for this test to mean anything"

    rerun = _ingest(src, db_path)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out.startswith(f"stored {N - stored_at_kill}, already stored {stored_at_kill}, rejected 0")
    with sqlite3.connect(db_path) as conn:
        origins = [row[0] for row in conn.execute("SELECT origin FROM articles")]
        orphans = conn.execute("SELECT count(*) FROM actors WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    assert sorted(origins) == sorted(str(p) for p in src.iterdir())
    assert orphans == 0
