"""The example article in the explorer, in real headless Chromium: stored by the real pipeline with
the repo's example articles, its places on the map, Baghdadi and Townsend in the actor network,
their quotes under their names, its events on the timeline. Screenshot:
test-artifacts/explorer-seed-article.png.

Skips where ``shared/examples/seed-article.txt`` is absent (it is not copied into the repo)."""

from __future__ import annotations

import pytest

from .seed import SEED, store_examples_and_seed
from .test_browser import ARTIFACTS, browsing, require_browser, serving

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def page(pipeline, tmp_path_factory):
    if not SEED.is_file():
        pytest.skip("shared/examples/seed-article.txt is not here")
    require_browser()
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('browser-seed') / 'newsgraph.db'}"
    with Store(url) as store:
        store_examples_and_seed(pipeline, store)
    with serving(url) as base, browsing(base) as pg:
        yield pg


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
