from datetime import date

from newsgraph.extract.times.anchor import anchor_date
from newsgraph.model import TimeExpr

TEXT = "On Oct. 26 the general spoke in Baghdad. Troops advanced later.\n\nIn August the town fell."


def t(text, value, type_="DATE"):
    start = TEXT.index(text)
    return TimeExpr(text=text, start=start, end=start + len(text), type=type_, value=value, stage="times", confidence=0.9)


TIMES = [t("Oct. 26", "2016-10-26"), t("August", "2016-08")]


def test_a_date_in_the_clause_wins():
    a = anchor_date(TEXT, 14, [(0, 40)], TIMES, date(2016, 11, 10))
    assert (a.value, a.how, a.confidence) == ("2016-10-26", "clause", 0.9)


def test_else_the_nearest_earlier_day_in_the_paragraph():
    start = TEXT.index("Troops")
    a = anchor_date(TEXT, start, [(start, start + 22)], TIMES, date(2016, 11, 10))
    assert (a.value, a.how) == ("2016-10-26", "paragraph")


def test_a_month_is_not_an_explicit_day_so_the_publication_date_is_used():
    start = TEXT.index("the town")
    a = anchor_date(TEXT, start, [(start, len(TEXT))], TIMES, date(2016, 11, 10))
    assert (a.value, a.how, a.confidence) == ("2016-11-10", "published", 0.3)


def test_no_publication_date_no_guess():
    start = TEXT.index("the town")
    assert anchor_date(TEXT, start, [(start, len(TEXT))], TIMES, None) is None
