"""The times stage on the real spaCy parse: recognition extents, TIMEX3 type and value, date bounds.

Every case is a sentence published on Wednesday 9 November 2016 (ISO week 45) unless it says
otherwise; each expression is looked up by its exact text, so a wrong extent fails too.
"""

from datetime import date

import pytest

from newsgraph.extract.times.normalize import bounds, duration_value, normalize
from newsgraph.model import Article
from newsgraph.pipeline import Pipeline

PUB = date(2016, 11, 9)
D = date.fromisoformat

# (sentence, expression, type, value, earliest, latest)
CASES = [
    # weekdays: the tense of the clause decides the direction
    ("The ceasefire collapsed on Monday.", "Monday", "DATE", "2016-11-07", D("2016-11-07"), D("2016-11-07")),
    ("Rebels attacked the town on Sunday.", "Sunday", "DATE", "2016-11-06", D("2016-11-06"), D("2016-11-06")),
    ("Talks will resume on Friday.", "Friday", "DATE", "2016-11-11", D("2016-11-11"), D("2016-11-11")),
    ("The envoy will arrive on Monday.", "Monday", "DATE", "2016-11-14", D("2016-11-14"), D("2016-11-14")),
    ("Troops withdrew last Friday.", "last Friday", "DATE", "2016-11-04", D("2016-11-04"), D("2016-11-04")),
    ("Elections are due next Tuesday.", "next Tuesday", "DATE", "2016-11-15", D("2016-11-15"), D("2016-11-15")),
    ("The minister spoke on Wednesday.", "Wednesday", "DATE", "2016-11-09", D("2016-11-09"), D("2016-11-09")),
    # days named from the publication date, and parts of days
    ("Shelling killed five people yesterday.", "yesterday", "DATE", "2016-11-08", D("2016-11-08"), D("2016-11-08")),
    ("The government imposed a curfew today.", "today", "DATE", "2016-11-09", D("2016-11-09"), D("2016-11-09")),
    ("The delegation leaves tomorrow.", "tomorrow", "DATE", "2016-11-10", D("2016-11-10"), D("2016-11-10")),
    ("Officials will meet tonight.", "tonight", "TIME", "2016-11-09TNI", D("2016-11-09"), D("2016-11-09")),
    ("A car bomb exploded yesterday morning.", "yesterday morning", "TIME", "2016-11-08TMO", D("2016-11-08"), D("2016-11-08")),
    ("Gunmen opened fire on Friday night.", "Friday night", "TIME", "2016-11-04TNI", D("2016-11-04"), D("2016-11-04")),
    ("Police dispersed the crowd this morning.", "this morning", "TIME", "2016-11-09TMO", D("2016-11-09"), D("2016-11-09")),
    # clock times
    ("The curfew starts at 5 p.m.", "5 p.m.", "TIME", "2016-11-09T17:00", D("2016-11-09"), D("2016-11-09")),
    ("The blast happened at 10:30 a.m. Tuesday.", "10:30 a.m. Tuesday", "TIME", "2016-11-08T10:30", D("2016-11-08"), D("2016-11-08")),
    ("The convoy left at noon.", "noon", "TIME", "2016-11-09T12:00", D("2016-11-09"), D("2016-11-09")),
    # months and days without a year
    ("Fighting broke out in August.", "August", "DATE", "2016-08", D("2016-08-01"), D("2016-08-31")),
    ("A new round of talks will open in August.", "August", "DATE", "2017-08", D("2017-08-01"), D("2017-08-31")),
    ("The rebels will hold elections in January.", "January", "DATE", "2017-01", D("2017-01-01"), D("2017-01-31")),
    ("The siege began in December.", "December", "DATE", "2015-12", D("2015-12-01"), D("2015-12-31")),
    ("The army retook the city on March 3.", "March 3", "DATE", "2016-03-03", D("2016-03-03"), D("2016-03-03")),
    ("The mandate expires on Dec. 15.", "Dec. 15", "DATE", "2016-12-15", D("2016-12-15"), D("2016-12-15")),
    ("The offer was extended to Nov. 20.", "Nov. 20", "DATE", "2016-11-20", D("2016-11-20"), D("2016-11-20")),
    ("Aid deliveries resume in mid-November.", "mid-November", "DATE", "2016-11", D("2016-11-01"), D("2016-11-30")),
    ("Gunmen stormed the village in the early hours of Nov. 3.", "the early hours of Nov. 3", "DATE", "2016-11-03", D("2016-11-03"), D("2016-11-03")),
    ("The offensive began in February this year.", "February this year", "DATE", "2016-02", D("2016-02-01"), D("2016-02-29")),
    ("A hearing is set for the week of March 6.", "the week of March 6", "DATE", "2017-W10", D("2017-03-06"), D("2017-03-12")),
    # absolute dates
    ("The embassy was bombed on August 7, 1998.", "August 7, 1998", "DATE", "1998-08-07", D("1998-08-07"), D("1998-08-07")),
    ("The accord was signed on 7 August 2016.", "7 August 2016", "DATE", "2016-08-07", D("2016-08-07"), D("2016-08-07")),
    ("The town fell in June 2014.", "June 2014", "DATE", "2014-06", D("2014-06-01"), D("2014-06-30")),
    ("In 2015, the group seized the city.", "2015", "DATE", "2015", D("2015-01-01"), D("2015-12-31")),
    ("The report is dated 2016-11-01.", "2016-11-01", "DATE", "2016-11-01", D("2016-11-01"), D("2016-11-01")),
    ("The budget for fiscal 1998 was cut.", "fiscal 1998", "DATE", "1998", D("1998-01-01"), D("1998-12-31")),
    ("He was born in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", D("1996-01-01"), D("1996-12-31")),
    ("Output rose in early 2015.", "early 2015", "DATE", "2015", D("2015-01-01"), D("2015-12-31")),
    # decades and centuries
    ("The insurgency has simmered since the 1980s.", "the 1980s", "DATE", "198", D("1980-01-01"), PUB),
    ("The border has been closed since 2014.", "2014", "DATE", "2014", D("2014-01-01"), PUB),
    ("The wars of the 1990s displaced millions.", "the 1990s", "DATE", "199", D("1990-01-01"), D("1999-12-31")),
    ("Relations soured in the '80s.", "the '80s", "DATE", "198", D("1980-01-01"), D("1989-12-31")),
    ("The border was drawn in the 20th century.", "the 20th century", "DATE", "19", D("1900-01-01"), D("1999-12-31")),
    # quarters, halves, seasons
    ("Exports fell in the first quarter.", "the first quarter", "DATE", "2016-Q1", D("2016-01-01"), D("2016-03-31")),
    ("Oil output peaked in the third quarter of 1998.", "the third quarter of 1998", "DATE", "1998-Q3", D("1998-07-01"), D("1998-09-30")),
    ("The company reported third-quarter losses.", "third-quarter", "DATE", "2016-Q3", D("2016-07-01"), D("2016-09-30")),
    ("Troops will leave in the first half of 2017.", "the first half of 2017", "DATE", "2017-H1", D("2017-01-01"), D("2017-06-30")),
    ("The offensive stalled last summer.", "last summer", "DATE", "2016-SU", D("2016-06-01"), D("2016-08-31")),
    ("A new offensive is expected next spring.", "next spring", "DATE", "2017-SP", D("2017-03-01"), D("2017-05-31")),
    ("The camp was emptied in the summer of 2014.", "the summer of 2014", "DATE", "2014-SU", D("2014-06-01"), D("2014-08-31")),
    # units relative to the publication date
    ("Clashes intensified this week.", "this week", "DATE", "2016-W45", D("2016-11-07"), D("2016-11-13")),
    ("The bridge was destroyed last week.", "last week", "DATE", "2016-W44", D("2016-10-31"), D("2016-11-06")),
    ("Inspectors will visit next month.", "next month", "DATE", "2016-12", D("2016-12-01"), D("2016-12-31")),
    ("The truce was agreed last month.", "last month", "DATE", "2016-10", D("2016-10-01"), D("2016-10-31")),
    ("The party won the vote last year.", "last year", "DATE", "2015", D("2015-01-01"), D("2015-12-31")),
    ("Elections are planned for next year.", "next year", "DATE", "2017", D("2017-01-01"), D("2017-12-31")),
    ("Casualties have doubled this year.", "this year", "DATE", "2016", D("2016-01-01"), D("2016-12-31")),
    ("Protests spread over the weekend.", "the weekend", "DATE", "2016-W44-WE", D("2016-11-05"), D("2016-11-06")),
    # counted units back from the publication date
    ("The army took the town two years ago.", "two years ago", "DATE", "2014", D("2014-01-01"), D("2014-12-31")),
    ("The bodies were found three days ago.", "three days ago", "DATE", "2016-11-06", D("2016-11-06"), D("2016-11-06")),
    ("The dam was built a decade ago.", "a decade ago", "DATE", "200", D("2000-01-01"), D("2009-12-31")),
    ("Prices had doubled a year earlier.", "a year earlier", "DATE", "2015", D("2015-01-01"), D("2015-12-31")),
    # durations, bounded when they end or start at publication
    ("Food prices rose over the past six months.", "the past six months", "DURATION", "P6M", D("2016-05-09"), PUB),
    ("The road will stay closed for the next two weeks.", "the next two weeks", "DURATION", "P2W", PUB, D("2016-11-23")),
    ("Attacks have dropped in the past year.", "the past year", "DURATION", "P1Y", D("2015-11-09"), PUB),
    ("The siege lasted nearly a year.", "nearly a year", "DURATION", "P1Y", None, None),
    ("He spent five years in prison.", "five years", "DURATION", "P5Y", None, None),
    ("The town was without power for 24 hours.", "24 hours", "DURATION", "PT24H", None, None),
    ("The fighting lasted three days.", "three days", "DURATION", "P3D", None, None),
    ("The hostages were held for two weeks.", "two weeks", "DURATION", "P2W", None, None),
    ("He received a ten-year sentence.", "ten-year", "DURATION", "P10Y", None, None),
    ("The conflict has lasted for decades.", "decades", "DURATION", "PXDE", None, None),
    ("Negotiations dragged on for several months.", "several months", "DURATION", "PXM", None, None),
    ("Kidnappings have multiplied in recent years.", "recent years", "DURATION", "PXY", None, PUB),
    ("The talks lasted two and a half hours.", "two and a half hours", "DURATION", "PT2H30M", None, None),
    # reference words
    ("The town is now under rebel control.", "now", "DATE", "PRESENT_REF", PUB, PUB),
    ("About 300 fighters are currently in the city.", "currently", "DATE", "PRESENT_REF", PUB, PUB),
    ("The militia recently seized two villages.", "recently", "DATE", "PAST_REF", None, PUB),
    ("Such raids were common in the past.", "the past", "DATE", "PAST_REF", None, PUB),
    ("More troops may be sent in the future.", "the future", "DATE", "FUTURE_REF", PUB, None),
    # frequencies
    ("Clashes occur daily along the border.", "daily", "SET", "P1D", None, None),
    ("Observers report every week.", "every week", "SET", "P1W", None, None),
    ("The council meets each Friday.", "each Friday", "SET", "XXXX-WXX-5", None, None),
    # holidays
    ("Troops will return home before Christmas.", "Christmas", "DATE", "2016-12-25", D("2016-12-25"), D("2016-12-25")),
    ("The truce should hold until Thanksgiving.", "Thanksgiving", "DATE", "2016-11-24", D("2016-11-24"), D("2016-11-24")),
    ("The plant reopened after Labor Day 2015.", "Labor Day 2015", "DATE", "2015-09-07", D("2015-09-07"), D("2015-09-07")),
]


@pytest.fixture(scope="module")
def times_pipeline(pipeline, settings):
    return Pipeline(settings.replace(stages=("newsgraph.times.v1",)), nlp=pipeline.nlp)


def extract(times_pipeline, texts, published=PUB):
    items = [(Article(id=f"t{i}", text=text, published=published), []) for i, text in enumerate(texts)]
    return [ex.times for ex in times_pipeline.pipe(items)]


@pytest.fixture(scope="module")
def found(times_pipeline):
    sentences = sorted({case[0] for case in CASES})
    return dict(zip(sentences, extract(times_pipeline, sentences)))


def test_there_are_enough_cases():
    assert len(CASES) >= 60
    assert {c[2] for c in CASES} == {"DATE", "TIME", "DURATION", "SET"}


@pytest.mark.parametrize("sentence, expression, type_, value, earliest, latest", CASES, ids=[f"{c[1]}|{c[0][:30]}" for c in CASES])
def test_expression(found, sentence, expression, type_, value, earliest, latest):
    matches = [t for t in found[sentence] if t.text == expression]
    assert matches, f"{expression!r} not found in {sentence!r}: got {[t.text for t in found[sentence]]}"
    t = matches[0]
    assert sentence[t.start : t.end] == expression
    assert (t.type, t.value, t.earliest, t.latest) == (type_, value, earliest, latest)
    assert t.stage == "newsgraph.times.v1" and 0 < t.confidence <= 1


NOT_TIMES = [
    "A 35-year-old man was arrested.",
    "The suspect, aged 35, was detained.",
    "The former president fled the country.",
    "Rebels may attack the capital.",
    "Protesters will march to the square.",
    "Prices fall when supplies rise.",
    "The army deployed 2000 troops.",
    "Soldiers fired 1,990 rounds at the convoy.",
    "The six-year-old girl was rescued.",
]


def test_ages_verbs_and_numbers_are_not_time_expressions(times_pipeline):
    for text, times in zip(NOT_TIMES, extract(times_pipeline, NOT_TIMES)):
        assert times == [], f"{text!r}: {[t.text for t in times]}"


def test_coordinated_dates_are_split(times_pipeline):
    (times,) = extract(times_pipeline, ["The fighting raged between March 2014 and June 2015."])
    assert [(t.text, t.value) for t in times] == [("March 2014", "2014-03"), ("June 2015", "2015-06")]


def test_without_a_publication_date_relative_values_stay_unresolved(times_pipeline):
    texts = ["Fighting broke out in August.", "Talks resumed on Friday.", "Shelling killed five people yesterday.",
             "The party won the vote last year.", "The embassy was bombed on August 7, 1998.",
             "Food prices rose over the past six months.", "The town is now under rebel control."]
    got = [[(t.text, t.value, t.earliest, t.latest) for t in times] for times in extract(times_pipeline, texts, published=None)]
    assert got == [
        [("August", "XXXX-08", None, None)],
        [("Friday", "XXXX-WXX-5", None, None)],
        [("yesterday", "XXXX-XX-XX", None, None)],
        [("last year", "XXXX", None, None)],
        [("August 7, 1998", "1998-08-07", D("1998-08-07"), D("1998-08-07"))],
        [("the past six months", "P6M", None, None)],
        [("now", "PRESENT_REF", None, None)],
    ]


def test_unresolved_values_are_less_confident(times_pipeline):
    (dated,) = extract(times_pipeline, ["Fighting broke out in August."])
    (undated,) = extract(times_pipeline, ["Fighting broke out in August."], published=None)
    assert undated[0].confidence < dated[0].confidence


def test_times_come_in_text_order_and_do_not_overlap(times_pipeline):
    (times,) = extract(times_pipeline, ["On Monday, two days after the attack, officials said the curfew imposed in 2014 would end next month."])
    assert [t.text for t in times] == ["Monday", "two days", "2014", "next month"]
    assert all(a.end <= b.start for a, b in zip(times, times[1:]))


def test_a_year_ago_in_an_earnings_report_is_the_same_quarter(times_pipeline):
    report, story = extract(times_pipeline, [
        "Net income rose 12% in the third quarter from a year earlier.",
        "The town fell to the rebels a year earlier.",
    ])
    assert [(t.text, t.value) for t in report] == [("the third quarter", "2016-Q3"), ("a year earlier", "2015-Q3")]
    assert [(t.text, t.value) for t in story] == [("a year earlier", "2015")]


def test_dates_off_the_calendar_are_dropped_not_raised():
    assert normalize("5000 years ago", PUB) is None


def test_normalize_without_the_parse():
    assert normalize("the past six months", PUB).value == "P6M"
    assert normalize("last Friday", PUB, "future").value == "2016-11-04"  # "last" beats the tense
    assert normalize("the morning after", PUB) is None


@pytest.mark.parametrize("value, earliest, latest", [
    ("2016-W45", "2016-11-07", "2016-11-13"),
    ("2016-W52-WE", "2016-12-31", "2017-01-01"),
    ("2016-Q4", "2016-10-01", "2016-12-31"),
    ("2016-WI", "2016-12-01", "2017-02-28"),
    ("2016-11-09T17:00", "2016-11-09", "2016-11-09"),
    ("20", "2000-01-01", "2099-12-31"),
])
def test_bounds_of_values(value, earliest, latest):
    assert bounds(value) == (D(earliest), D(latest))


def test_bounds_of_values_without_a_calendar_span():
    assert bounds("PRESENT_REF") == bounds("XXXX-08") == bounds("P1Y") == bounds(None) == (None, None)


@pytest.mark.parametrize("n, unit, is_time, value", [
    (3, "D", False, "P3D"), (24, "H", True, "PT24H"), (None, "Y", False, "PXY"), (2, "Q", False, "P6M"),
    (2, "DE", False, "P20Y"), (2.5, "Y", False, "P2Y6M"), (1.5, "MIN", True, "PT1M30S"), (None, "MIN", True, "PTXM"),
])
def test_duration_values(n, unit, is_time, value):
    assert duration_value(n, unit, is_time) == value
