"""HTML, RSS, JSONL and text readers on the example articles shipped in examples/."""

import json

import pytest

from newsgraph.errors import MALFORMED, NO_TEXT, TOO_LARGE, UNREADABLE
from newsgraph.ingest import Rejection, read_articles

from ..conftest import EXAMPLES

ARTICLES = EXAMPLES / "articles"


def articles(path, settings, **kw):
    return [item for item in read_articles(path, settings, **kw)]


def test_html_page_gives_title_byline_date_url_and_source(settings):
    [(article, warnings)] = articles(ARTICLES / "khartoum-ceasefire.html", settings)
    assert article.title.startswith("Sudan’s warring sides resume ceasefire talks")
    assert article.authors == ["Samira El-Tayeb"]
    assert str(article.published) == "2025-05-20"
    assert article.url.startswith("https://example.org/")
    assert article.source == "The Meridian Dispatch"
    assert article.format == "html"
    assert "Rapid Support Forces" in article.text


def test_html_clutter_is_out_of_the_text_and_kept_as_boilerplate(settings):
    [(article, _)] = articles(ARTICLES / "khartoum-ceasefire.html", settings)
    for clutter in ("Sign up for our daily briefing", "Share on Facebook", "All rights reserved", "relies on readers like you"):
        assert clutter not in article.text
        assert any(clutter in block for block in article.boilerplate), clutter
    assert "Accept all" not in article.text


def test_json_ld_page_gives_author_and_date(settings):
    [(article, _)] = articles(ARTICLES / "gaza-aid-convoy.html", settings)
    assert article.authors == ["Daniel Hartmann-Reyes"]
    assert str(article.published) == "2024-11-26"
    assert "Kerem Shalom" in article.text
    assert "download our app" not in article.text


def test_text_file_headline_byline_bio_and_appeal(settings):
    [(article, _)] = articles(ARTICLES / "sahel-convoy-ambush.txt", settings)
    assert article.title.startswith("Ambush on army convoy in central Mali")
    assert article.authors == ["Fatoumata Sangaré"]
    assert "Subscribe today" not in article.text
    assert "is a correspondent based in Dakar" not in article.text
    assert any("Subscribe today" in b for b in article.boilerplate)
    assert not article.text.startswith("By ")


def test_text_file_share_and_read_more_lines_removed(settings):
    [(article, _)] = articles(ARTICLES / "kharkiv-strikes.txt", settings)
    assert "Share this article" not in article.text
    assert "Read more:" not in article.text
    assert "This is terror" in article.text


def test_rss_items_are_articles_with_their_own_dates_and_authors(settings):
    items = articles(ARTICLES / "wire-feed.xml", settings)
    assert len(items) == 3
    first, _ = items[0]
    assert first.title == "Kenyan police fire tear gas at protesters in Nairobi"
    assert first.authors == ["Wanjiru Kamau-Odhiambo"]
    assert [str(a.published) for a, _ in items] == ["2025-09-08", "2025-09-09", "2025-09-10"]
    assert all(a.format == "rss" and a.url.startswith("https://example.org/") for a, _ in items)
    assert "<p>" not in first.text and "\n\n" in first.text


def test_atom_feed(settings, tmp_path):
    feed = tmp_path / "feed.atom"
    feed.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        "<entry><title>Clashes in Goma</title><id>urn:1</id><updated>2024-02-03T10:00:00Z</updated>"
        "<author><name>Jean Mbala</name></author><content type='html'>&lt;p&gt;M23 rebels clashed with the Congolese army "
        "near Goma on Friday, residents said.&lt;/p&gt;&lt;p&gt;Thousands fled toward the city.&lt;/p&gt;</content></entry></feed>",
        encoding="utf-8",
    )
    [(article, _)] = articles(feed, settings)
    assert article.title == "Clashes in Goma" and article.authors == ["Jean Mbala"]
    assert str(article.published) == "2024-02-03" and article.input_id == "urn:1"


def test_jsonl_fields_and_order(settings):
    items = articles(EXAMPLES / "batch.jsonl", settings)
    lines = [json.loads(line) for line in (EXAMPLES / "batch.jsonl").read_text().splitlines()]
    assert [a.input_id for a, _ in items] == [line["id"] for line in lines]
    assert [str(a.published) for a, _ in items] == [line["published"] for line in lines]
    assert all(a.source == "Continental Wire Service" for a, _ in items)


def test_jsonl_bad_lines_are_rejected_alone(settings, tmp_path):
    good = {"id": "ok-1", "text": "Police in Tbilisi detained 52 protesters overnight, the Interior Ministry said on Sunday."}
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"id": "no-text"}), json.dumps({**good, "id": "ok-2", "published": "yesterday"})]))
    items = articles(path, settings)
    assert isinstance(items[0], tuple) and items[0][0].input_id == "ok-1"
    assert [(r.origin.rsplit(":", 1)[1], r.reason) for r in items[1:]] == [("2", MALFORMED), ("3", NO_TEXT), ("4", MALFORMED)]


def test_published_option_wins_over_the_page_date(settings):
    from datetime import date

    [(article, _)] = articles(ARTICLES / "khartoum-ceasefire.html", settings, published=date(2025, 5, 21))
    assert article.published == date(2025, 5, 21)


def test_stdin_is_sniffed(settings):
    import io

    html = (ARTICLES / "gaza-aid-convoy.html").read_bytes()
    [(article, _)] = articles("-", settings, stdin=io.BytesIO(html))
    assert article.format == "html" and article.origin == "<stdin>"


def test_missing_path_is_a_rejection(settings, tmp_path):
    [missing] = articles(tmp_path / "nope.txt", settings)
    assert isinstance(missing, Rejection) and missing.reason == UNREADABLE


def test_unreadable_file_in_a_directory_is_rejected_and_the_rest_read(settings, tmp_path):
    (tmp_path / "a.txt").write_text("Troops entered the town of Bakhmut on Monday after heavy fighting, officials said.")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")  # unreadable even for root
    (tmp_path / "c.txt").write_text("Rebels shelled the airport in Goma overnight, the army said on Tuesday morning.")
    items = articles(tmp_path, settings)
    assert [type(i).__name__ for i in items] == ["tuple", "Rejection", "tuple"]
    assert items[1].reason == UNREADABLE


def test_huge_file_is_rejected_before_it_is_read(settings, tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    [rej] = articles(big, settings)
    assert rej.reason == TOO_LARGE and "52,428,800 bytes" in rej.message


def test_malformed_html_still_gives_its_text(settings, tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><head><title>Shelling in Donetsk</title><body><div><p>Artillery shelling hit a market in Donetsk on Sunday, "
        "killing six people, local officials said.<p>Both sides blamed each other for the attack, which came hours after "
        "a ceasefire was announced.</div></span></table>",
        encoding="utf-8",
    )
    [(article, _)] = articles(page, settings)
    assert "killing six people" in article.text


def test_xml_that_is_not_a_feed_is_rejected(settings, tmp_path):
    path = tmp_path / "catalog.xml"
    path.write_text('<?xml version="1.0"?>\n<catalog><entry name="a">Troops advanced on the town of Bakhmut.</entry></catalog>')
    [rej] = articles(path, settings)
    assert isinstance(rej, Rejection) and rej.reason == MALFORMED


def test_jsonl_limit_is_per_line_not_per_file(settings, tmp_path):
    small = settings.replace(max_bytes=400)
    line = {"id": "x", "text": "Police dispersed a protest in Tbilisi with water cannon on Sunday, the ministry said."}
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join([json.dumps({**line, "id": str(i)}) for i in range(20)] + [json.dumps({**line, "text": line["text"] * 10})]) + "\n")
    items = articles(path, small)
    assert len(items) == 21 and path.stat().st_size > 400
    assert all(isinstance(i, tuple) for i in items[:20])
    assert items[20].reason == TOO_LARGE and items[20].origin.endswith(":21")


def test_text_file_publication_date_from_its_dateline(settings):
    [(kharkiv, _)] = articles(ARTICLES / "kharkiv-strikes.txt", settings)
    [(mali, _)] = articles(ARTICLES / "sahel-convoy-ambush.txt", settings)
    assert str(kharkiv.published) == "2025-03-15" and str(mali.published) == "2025-03-06"


@pytest.mark.parametrize("text, expected", [
    ("GENEVA, 3 Sept. 2024 (Reuters) - The UN said ...", "2024-09-03"),
    ("KYIV, Ukraine, Jan. 5, 2023 — Air raid sirens ...", "2023-01-05"),
    ("BAMAKO, Mali — Suspected jihadist fighters ...", None),
    ("The minister said on March 15, 2025 - in a speech - that ...", None),
])
def test_dateline_dates(text, expected):
    from newsgraph.ingest.text import dateline_date

    found = dateline_date(text)
    assert (str(found) if found else None) == expected
