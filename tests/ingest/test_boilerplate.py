import pytest

from newsgraph.ingest.boilerplate import bio_author, byline_authors, clean, is_boilerplate

NEWS = [
    "Kenyan police fired tear gas on Monday to disperse hundreds of protesters in central Nairobi.",
    "Readers of the local paper said the subscription to the militia's radio channel was compulsory in the villages it controls, according to residents.",
    "By the time the convoy reached the checkpoint, the gunmen had fled into the hills.",
    "Share prices in Kyiv fell after the strike, traders said.",
    "Read the full statement, the spokesman told reporters, and you will see we never targeted civilians.",
]

APPEALS = [
    "By subscribing, you can help us get the story right.",
    "Subscribe today to support our journalism.",
    "Independent reporting from conflict zones is expensive. Please donate now.",
    "Sign up for our daily briefing, delivered to your inbox every morning.",
    "Read more: Kharkiv residents return to a city under fire",
    "Share this article",
    "Follow us on Twitter for the latest updates.",
    "© 2025 The Daily Example. All rights reserved.",
    "Advertisement",
    "Download our app for breaking news alerts.",
    "We use cookies to improve your experience.",
    "Our newsroom relies on readers like you. Subscribe from just $1 a week.",
]


@pytest.mark.parametrize("paragraph", APPEALS)
def test_appeals_prompts_and_clutter_are_boilerplate(paragraph):
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize("paragraph", NEWS)
def test_news_paragraphs_are_kept(paragraph):
    assert not is_boilerplate(paragraph)


def test_long_paragraph_mentioning_subscribers_is_news():
    para = ("The militia's newsletter, which it asks villagers to subscribe today to under threat of fines, "
            "was read aloud at the market, " * 4).strip()
    assert not is_boilerplate(para)


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe, Reuters", ["Jane Roe", "John Doe"]),
        ("BY AMINA YUSUF", ["AMINA YUSUF"]),
    ],
)
def test_bylines(line, names):
    assert byline_authors(line) == names


@pytest.mark.parametrize("line", ["By subscribing, you can help us.", "By the time the troops arrived, the town was empty."])
def test_sentences_starting_with_by_are_not_bylines(line):
    assert byline_authors(line) is None


@pytest.mark.parametrize(
    "line, name",
    [
        ("Jane Roe is a correspondent based in Dakar.", "Jane Roe"),
        ("Karim El-Masri is a senior fellow at the Middle East Institute.", "Karim El-Masri"),
        ("Ana María Ortiz is a freelance journalist covering the Andes.", "Ana María Ortiz"),
    ],
)
def test_trailing_bio_names_the_author(line, name):
    assert bio_author(line) == name


def test_a_sentence_about_a_commander_is_not_a_bio():
    assert bio_author("Hassan Nasrallah is the leader of the group.") is None


def test_clean_moves_byline_bio_and_appeal_out_of_the_text():
    text = "\n\n".join([
        "Ceasefire talks resume in Jeddah",
        "By Samira Haddad",
        "Negotiators met in Jeddah on Monday for the first direct talks in months, diplomats said.",
        "Sign up for our newsletter to get the news in your inbox.",
        "The talks are expected to last a week, according to two mediators.",
        "Samira Haddad is a correspondent based in Cairo.",
        "Quality journalism is more crucial than ever. By subscribing, you help us get the story right.",
    ])
    cleaned = clean(text, title="Ceasefire talks resume in Jeddah")
    assert cleaned.text == (
        "Negotiators met in Jeddah on Monday for the first direct talks in months, diplomats said.\n\n"
        "The talks are expected to last a week, according to two mediators."
    )
    assert cleaned.authors == ["Samira Haddad"]
    assert len(cleaned.removed) == 4
