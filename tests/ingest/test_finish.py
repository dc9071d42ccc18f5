from newsgraph.errors import NO_TEXT
from newsgraph.ingest import Rejection, article_id
from newsgraph.ingest.draft import Draft
from newsgraph.ingest.finish import finish

BODY = (
    "Somali forces repelled an al-Shabaab attack on a military base near Mogadishu on Thursday, the army said.\n\n"
    "At least nine militants were killed in the fighting, a commander told reporters."
)


def test_same_body_with_other_spacing_and_case_is_one_article():
    assert article_id(BODY) == article_id("  " + BODY.replace(" ", "  ").upper() + "\n")
    assert article_id(BODY) != article_id(BODY.replace("nine", "ten"))


def test_english_article_has_language_and_no_language_warning(settings):
    article, warnings = finish(Draft(text=BODY, origin="x", format="text"), settings)
    assert article.language == "en"
    assert "unsupported_language" not in {w.code for w in warnings}
    assert "no_published_date" in {w.code for w in warnings}


def test_non_english_article_is_stored_with_a_warning(settings):
    text = (
        "Las fuerzas armadas colombianas se enfrentaron el martes con guerrilleros del ELN en Arauca, "
        "cerca de la frontera con Venezuela, y dejaron siete muertos, informó el ejército."
    )
    article, warnings = finish(Draft(text=text, origin="x", format="text"), settings)
    assert article.language == "es"
    assert "unsupported_language" in {w.code for w in warnings}


def test_too_short_text_is_rejected(settings):
    result = finish(Draft(text="Share this article\n\nRead more", origin="x", format="text"), settings)
    assert isinstance(result, Rejection) and result.reason == NO_TEXT


def test_overlong_text_is_cut_at_a_paragraph_with_a_warning(settings):
    small = settings.replace(max_chars=300)
    full = "\n\n".join([BODY] * 5)
    article, warnings = finish(Draft(text=full, origin="x", format="text"), small)
    assert len(article.text) <= 300
    assert full.startswith(article.text + "\n\n")
    assert "truncated" in {w.code for w in warnings}
