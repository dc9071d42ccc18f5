"""The explorer in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright): the
example articles and the hand-made corpus served by ``newsgraph serve``; click an event on the map
and its sentence lights up in the reader; a hostile article renders its markup as text. No request
may leave 127.0.0.1. Screenshots go to test-artifacts/ (git-ignored).

Skips when Chromium, Playwright or the front-end assets are absent, unless
NEWSGRAPH_REQUIRE_BROWSER=1 (``.ci/run`` sets it), where that is a failure."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from ..conftest import EXAMPLES, ROOT
from . import corpus
from .corpus import XSS_IMG, XSS_SCRIPT, XSS_TITLE

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]

pytestmark = pytest.mark.slow


def _unavailable(reason: str):
    if os.environ.get("NEWSGRAPH_REQUIRE_BROWSER") == "1":
        pytest.fail(f"NEWSGRAPH_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require_browser() -> None:
    """Skip (or, under NEWSGRAPH_REQUIRE_BROWSER=1, fail) unless Chromium, Playwright and the front end are here."""
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is not installed (apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    from newsgraph.web import missing_assets

    if missing_assets():
        _unavailable(f"the explorer's front-end files are missing ({', '.join(missing_assets())}): run bash scripts/install.sh")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_browser()
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'newsgraph.db'}"
    with Store(url) as store:
        corpus.load(store)
    cli = [sys.executable, "-m", "newsgraph"]
    # the examples are ingested without the events stage: the hand-made corpus is the only source of events
    config = tmp_path_factory.mktemp("browser-config") / "no-events.toml"
    config.write_text('stages = ["newsgraph.actors.v1", "newsgraph.places.v1", "newsgraph.times.v1", "newsgraph.quotes.v1"]\n')
    done = subprocess.run([*cli, "ingest", str(EXAMPLES / "articles"), "--db", url, "--no-progress", "--config", str(config)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    with serving(url) as base:
        yield base


@contextmanager
def serving(url: str):
    """``newsgraph serve`` over the database at ``url`` on a free loopback port; yields its base URL."""
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
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    with browsing(server) as pg:
        yield pg


@contextmanager
def browsing(base: str):
    """A headless Chromium page on the explorer at ``base``, loaded; it records page errors in
    ``page.errors``, and no request may leave 127.0.0.1."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    blocked, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        context = browser.new_context(viewport={"width": 1600, "height": 1000})

        def route(r):
            if urlparse(r.request.url).hostname == "127.0.0.1":
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        pg = context.new_page()
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
        pg.goto(base + "/")
        pg.wait_for_selector("body[data-ready='1']", timeout=15000)
        pg.blocked, pg.errors = blocked, errors
        yield pg
        context.close()
        browser.close()
    assert blocked == [], f"requests left 127.0.0.1: {blocked}"


def test_page_loads_everything_from_this_server(page):
    assert page.errors == []
    assert page.locator("path.ng-event-marker").count() == 4  # Kharkiv, Jeddah, Khartoum, Gao
    assert page.locator("#articles li").count() >= 8  # the 3 hand-made articles and the examples
    assert page.locator("g.node[data-actor='reb:rsf']").count() == 1
    assert "Ihor Terekhov" in page.locator("#quotes").inner_text()
    assert page.locator("#timeline rect.bar").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "explorer-overview.png"))


def test_clicking_an_event_on_the_map_highlights_its_sentence(page):
    page.locator(f"path.ng-event-marker[data-article='{'a' * 64}']").click()
    page.wait_for_selector("#reader .ng-selected")
    selected = "".join(page.locator("#reader .ng-selected").all_text_contents())
    assert selected == "Russian forces struck Kharkiv on Monday, killing three people."
    assert page.locator("#reader-title").inner_text() == "Strikes on Kharkiv"
    assert page.locator("#reader .ann-actor", has_text="Ihor Terekhov").count() == 1
    assert page.locator("#here li").count() == 2
    page.screenshot(path=str(ARTIFACTS / "explorer-event-selected.png"))


def test_a_hostile_article_renders_its_markup_as_text(page):
    from playwright.sync_api import expect

    page.locator(f"path.ng-event-marker[data-article='{'c' * 64}']").click()
    expect(page.locator("#reader-title")).to_contain_text("Convoy")
    assert page.locator("#reader-title").inner_text() == XSS_TITLE
    text = page.locator("#reader").text_content()
    assert XSS_SCRIPT in text and XSS_IMG in text
    assert page.locator("#reader script, #reader img, #reader-title img, #quotes img").count() == 0
    assert page.evaluate("window.__xss") is None
    assert page.errors == []
    page.screenshot(path=str(ARTIFACTS / "explorer-hostile-article.png"))


def test_clicking_an_actor_filters_and_the_timeline_brush_filters(page):
    from playwright.sync_api import expect

    page.locator("g.node[data-actor='reb:rsf'] circle").click()
    expect(page.locator("#status")).to_have_text(re.compile(r"^2 event"))
    assert not page.locator("#f-actor").is_hidden()
    assert page.locator("path.ng-event-marker").count() == 2
    page.locator("#f-actor").click()
    expect(page.locator("#status")).to_have_text(re.compile(r"^5 event"))
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.6, y)  # from mid-2023 on: only the 2024 events
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=5)
    page.mouse.up()
    page.wait_for_selector("#f-dates:not([hidden])")
    assert page.locator("path.ng-event-marker").count() == 2  # Kharkiv and Gao
    page.screenshot(path=str(ARTIFACTS / "explorer-brushed.png"))
    page.locator("#timeline").dblclick()
    assert page.locator("path.ng-event-marker").count() == 4
