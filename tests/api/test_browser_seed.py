"""The example article in the explorer, in real headless Chromium: stored by the real pipeline with
the repo's example articles, its places on the map, Baghdadi and Townsend in the actor network,
their quotes under their names, its events on the timeline. Screenshot:
test-artifacts/explorer-seed-article.png.

Skips where ``shared/examples/seed-article.txt`` is absent (it is not copied into the repo)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from datetime import date

import pytest

from ..conftest import EXAMPLES, SHARED
from .test_browser import ARTIFACTS, CHROMIUM, FLAGS, _free_port, _unavailable

pytestmark = pytest.mark.slow

SEED = SHARED / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def page(pipeline, tmp_path_factory):
    if not SEED.is_file():
        pytest.skip("shared/examples/seed-article.txt is not here")
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    from newsgraph.ingest import Rejection, read_articles
    from newsgraph.store import Store
    from newsgraph.web import missing_assets

    if missing_assets():
        _unavailable(f"the explorer's front-end files are missing ({', '.join(missing_assets())}): run bash scripts/install.sh")
    url = f"sqlite:///{tmp_path_factory.mktemp('browser-seed') / 'newsgraph.db'}"
    with Store(url) as store:
        for path, published in ((EXAMPLES, None), (SEED, date(2016, 11, 10))):
            for item in read_articles(path, pipeline.settings, published=published):
                if not isinstance(item, Rejection):
                    store.save(pipeline(*item))
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph", "serve", "--db", url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/api/health", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"newsgraph serve exited: {proc.stderr.read()}")
                time.sleep(0.1)
        ARTIFACTS.mkdir(exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
            context = browser.new_context(viewport={"width": 1600, "height": 1000})
            context.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url.split("/")[2] else r.abort())
            pg = context.new_page()
            errors: list[str] = []
            pg.on("pageerror", lambda exc: errors.append(str(exc)))
            pg.goto(base + "/")
            pg.wait_for_selector("body[data-ready='1']", timeout=15000)
            pg.errors = errors
            yield pg
            context.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_example_article_in_the_explorer(page):
    from playwright.sync_api import expect

    assert page.errors == []
    # its places and events on the map, its events on the timeline
    assert page.locator("path.ng-place-marker").count() >= 20
    assert page.locator("path.ng-event-marker").count() >= 10
    assert page.locator("#timeline rect.bar").count() >= 3
    # Baghdadi and Townsend in the network, their quotes under their names
    for actor in ("person:abu-bakr-al-baghdadi", "person:stephen-townsend"):
        assert page.locator(f"g.node[data-actor='{actor}']").count() == 1, actor
    quotes = page.locator("#quotes")
    assert "Abu Bakr al-Baghdadi" in quotes.inner_text() and "Stephen Townsend" in quotes.inner_text()
    page.wait_for_timeout(1500)  # let the network layout settle for the picture
    page.screenshot(path=str(ARTIFACTS / "explorer-seed-article.png"))
    # clicking Townsend filters the quotes to his
    page.locator("g.node[data-actor='person:stephen-townsend'] circle").click()
    expect(page.locator("#f-actor")).to_be_visible()
    expect(page.locator("#quotes .speaker")).to_have_count(1)
    assert "sense of urgency" in page.locator("#quotes").inner_text()
