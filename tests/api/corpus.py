"""A small hand-made corpus with every kind of fact, for the API and browser tests: three articles,
one of them hostile (markup and script in its title and text)."""

from __future__ import annotations

from datetime import date

from newsgraph.model import (
    AcledType, Actor, Article, Event, Extraction, Place, Quote, Relation, Span, TimeExpr,
)

XSS_TITLE = '<img src=x onerror="window.__xss=1">Convoy attacked'
XSS_SCRIPT = "<script>window.__xss=2</script>"
XSS_IMG = '<img src=x onerror="window.__xss=3">'


def _span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part), text=part)


def _actor(text, id, name, type, country, sector, *mentions) -> Actor:
    return Actor(id=id, name=name, type=type, country=country, sector=sector, kb_id=None,
                 mentions=[_span(text, m) for m in mentions], stage="test.actors", confidence=0.9)


def _place(text, id, name, lat, lon, cc, *mentions) -> Place:
    return Place(id=id, name=name, lat=lat, lon=lon, country_code=cc, geonameid=None, admin1=None, feature="P",
                 mentions=[_span(text, m) for m in mentions], stage="test.places", confidence=0.8)


def _event(text, id, type, sentence, *, source, target, place, when, modality="asserted", confidence=0.9, **kw) -> Event:
    return Event(id=id, type=type, source=source, target=target, place=place, date=when, modality=modality,
                 evidence=_span(text, sentence), stage="test.events", confidence=confidence, **kw)


def kharkiv() -> Extraction:
    s1 = "Russian forces struck Kharkiv on Monday, killing three people."
    s2 = "\u201cWe will rebuild every school the Russian army destroyed,\u201d said Mayor Ihor Terekhov."
    s3 = "Ukraine's military said it shot down two drones over Kharkiv."
    text = f"{s1} {s2} {s3}"
    quote = _span(text, "We will rebuild every school the Russian army destroyed,")
    return Extraction(
        article=Article(id="a" * 64, title="Strikes on Kharkiv", published=date(2024, 3, 5), text=text,
                        source="Example Wire", url="https://example.org/kharkiv", language="en"),
        actors=[
            _actor(text, "mil:RUS", "Russian Armed Forces", "military", "RUS", "MIL", "Russian forces", "Russian army"),
            _actor(text, "person:ihor-terekhov", "Ihor Terekhov", "person", "UKR", "GOV", "Ihor Terekhov"),
            _actor(text, "mil:UKR", "Armed Forces of Ukraine", "military", "UKR", "MIL", "Ukraine's military"),
        ],
        places=[_place(text, "aaaa:place:0", "Kharkiv", 49.9935, 36.2304, "UA", "Kharkiv")],
        times=[TimeExpr(text="Monday", start=text.index("Monday"), end=text.index("Monday") + 6, type="DATE",
                        value="2024-03-04", stage="test.times", confidence=0.9)],
        quotes=[Quote(text=quote.text, start=quote.start, end=quote.end, kind="direct", speaker="person:ihor-terekhov",
                      speaker_text="Ihor Terekhov", cue="said", stage="test.quotes", confidence=0.85)],
        events=[
            _event(text, "e1", "ASSAULT", s1, source=["mil:RUS"], target=["mil:UKR"], place="aaaa:place:0",
                   when="2024-03-04", mode="aerial", fatalities=3, trigger=_span(text, "struck"),
                   acled=AcledType(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")),
            _event(text, "e2", "ASSAULT", s3, source=["mil:UKR"], target=["mil:RUS"], place="aaaa:place:0",
                   when="2024-03-04", confidence=0.55, modality="claimed", attributed_to="mil:UKR"),
        ],
    )


def khartoum() -> Extraction:
    s1 = "The Sudanese army and the Rapid Support Forces agreed to a seven-day ceasefire in Jeddah on Saturday."
    s2 = "The RSF threatened to storm Khartoum airport."
    text = f"{s1} {s2}"
    return Extraction(
        article=Article(id="b" * 64, title="Ceasefire agreed in Jeddah", published=date(2023, 5, 21), text=text,
                        source="Example Wire", language="en"),
        actors=[
            _actor(text, "mil:SDN", "Sudanese Armed Forces", "military", "SDN", "MIL", "Sudanese army"),
            _actor(text, "reb:rsf", "Rapid Support Forces", "armed_group", "SDN", "REB", "Rapid Support Forces", "RSF"),
        ],
        places=[
            _place(text, "bbbb:place:0", "Jeddah", 21.5433, 39.1728, "SA", "Jeddah"),
            _place(text, "bbbb:place:1", "Khartoum", 15.5007, 32.5599, "SD", "Khartoum"),
        ],
        times=[TimeExpr(text="Saturday", start=text.index("Saturday"), end=text.index("Saturday") + 8, type="DATE",
                        value="2023-05-20", stage="test.times", confidence=0.9)],
        events=[
            _event(text, "e1", "AGREE", s1, source=["mil:SDN"], target=["reb:rsf"], place="bbbb:place:0", when="2023-05-20"),
            _event(text, "e2", "ASSAULT", s2, source=["reb:rsf"], target=["mil:SDN"], place="bbbb:place:1", when=None,
                   modality="threatened", confidence=0.6),
        ],
        relations=[Relation(subject="reb:rsf", predicate="opposes", object="mil:SDN", evidence=_span(text, s2),
                            attributed_to="mil:SDN", stage="test.relations", confidence=0.7)],
    )


def hostile() -> Extraction:
    s1 = f"Gunmen {XSS_SCRIPT} ambushed a convoy near Gao."
    s2 = f"A witness wrote {XSS_IMG} in a message."
    text = f"{s1} {s2}"
    return Extraction(
        article=Article(id="c" * 64, title=XSS_TITLE, published=date(2024, 1, 10), text=text, language="en"),
        actors=[_actor(text, "grp:gunmen", "Unidentified gunmen", "armed_group", "MLI", "INS", f"Gunmen {XSS_SCRIPT}")],
        places=[_place(text, "cccc:place:0", "Gao", 16.2666, -0.0400, "ML", "Gao")],
        quotes=[Quote(text=XSS_IMG, start=text.index(XSS_IMG), end=text.index(XSS_IMG) + len(XSS_IMG), kind="direct",
                      speaker=None, speaker_text="A witness", stage="test.quotes", confidence=0.5)],
        events=[_event(text, "e1", "ASSAULT", s1, source=["grp:gunmen"], target=[], place="cccc:place:0",
                       when="2024-01-09", confidence=0.8)],
    )


def corpus() -> list[Extraction]:
    return [kharkiv(), khartoum(), hostile()]


def load(store) -> None:
    for ex in corpus():
        store.save(ex)
