"""Normalization: a time expression's TIMEX3 ``type`` and ``value``, and the dates that bound it.

Relative expressions are resolved against the publication date (the *anchor*); where the text
leaves a direction open ("Friday", "in August") the tense of the clause decides: past looks back,
future looks ahead, and without either the nearest candidate wins. Without an anchor a relative
value stays unresolved ("XXXX-08", "XXXX-WXX-5"): the year is never guessed.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .patterns import alternation, lexicon

log = logging.getLogger(__name__)

Tense = str  # "past", "present", "future" or "" when unknown


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str | None
    earliest: date | None = None
    latest: date | None = None
    mod: str | None = None


# -- calendar arithmetic -----------------------------------------------------------------------


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def shift(d: date, n: float, unit: str) -> date:
    """``d`` moved by ``n`` units (Y, M, W, D, Q, DE, CE, H, MIN, S), rounding to whole days."""
    if unit in ("Y", "DE", "CE", "ML"):
        years = n * {"Y": 1, "DE": 10, "CE": 100, "ML": 1000}[unit]
        return add_months(d, round(years * 12))
    if unit in ("M", "Q"):
        return add_months(d, round(n * (3 if unit == "Q" else 1)))
    if unit in ("W", "WE", "W2"):
        return d + timedelta(days=round(n * (14 if unit == "W2" else 7)))
    if unit == "D":
        return d + timedelta(days=round(n))
    return d + timedelta(days=round(n / {"H": 24, "MIN": 1440, "S": 86400}[unit]))


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def bounds(value: str | None) -> tuple[date | None, date | None]:
    """First and last day a DATE/TIME value covers; (None, None) when it names no calendar span."""
    if not value or "X" in value[:4]:
        return None, None
    v = value.split("T")[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = date.fromisoformat(v)
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return (monday + timedelta(days=5), monday + timedelta(days=6)) if m[3] else (monday, monday + timedelta(days=6))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            start = date(y, 3 * q - 2, 1)
            return start, add_months(start, 3) - timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            start = {"SP": (3, 1), "SU": (6, 1), "FA": (9, 1), "WI": (12, 1)}[m[2]]
            first = date(y, *start)
            return first, add_months(first, 3) - timedelta(days=1)
        if re.fullmatch(r"\d{4}", v):
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if re.fullmatch(r"\d{3}", v):
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            return date(int(v) * 100, 1, 1), date(int(v) * 100 + 99, 12, 31)
    except ValueError:
        return None, None
    return None, None


def _dated(type_: str, value: str | None, mod: str | None = None) -> Resolved:
    earliest, latest = bounds(value)
    return Resolved(type_, value, earliest, latest, mod)


# -- reading the expression ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _words() -> dict:
    lx = lexicon()
    units = {}
    for word, (letter, is_time) in lx["units"].items():
        units[word] = ("MIN" if letter == "M" and is_time else letter, bool(is_time))
    return {
        "months": lx["months"],
        "weekdays": lx["weekdays"],
        "numbers": lx["number_words"],
        "fuzzy": set(lx["fuzzy_numbers"]),
        "units": units,
        "anchors": lx["anchors"],
        "approx": lx["approximators"],
        "seasons": lx["seasons"],
        "parts": lx["parts_of_day"],
        "deictic": lx["deictic_days"],
        "freq": lx["frequencies"],
        "holidays": lx["holidays"],
        "floating": lx["floating_holidays"],
        "position": lx["position_modifiers"],
        "ordinals": lx["ordinals"],
        "present": set(lx["present_ref"]),
        "past": set(lx["past_ref"]),
        "future": set(lx["future_ref"]),
        "month_re": re.compile(rf"\b({alternation(lx['months'])})\b\.?"),
        "weekday_re": re.compile(rf"\b({alternation(lx['weekdays'])})s?\b"),
    }


def unit_of(word: str) -> tuple[str, bool] | None:
    w = _words()["units"]
    word = word.lower()
    if word in w:
        return w[word]
    if word == "centuries":
        return w["century"]
    if word in ("period", "periods"):
        return ("Q", False)
    if word.endswith("s") and word[:-1] in w:
        return w[word[:-1]]
    return None


def number(text: str) -> float | None:
    """A count written in digits or words ("24", "twenty four", "2 1/2", "a"); None when fuzzy."""
    t = text.lower().replace(",", "").replace("-", " ").strip()
    if m := re.fullmatch(r"(\d+)\s+1/2", t):
        return int(m[1]) + 0.5
    try:
        return float(t)
    except ValueError:
        pass
    nums = _words()["numbers"]
    if t in nums:
        return float(nums[t])
    total, ok = 0.0, False
    for word in t.split():
        if word == "hundred":
            total = (total or 1) * 100
        elif word == "thousand":
            total = (total or 1) * 1000
        elif word in nums and word not in ("a", "an"):
            total += nums[word]
        elif word in ("and", "of"):
            continue
        else:
            return None
        ok = True
    return total if ok else None


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str, is_time: bool) -> str:
    """TIMEX3 duration: P3D, PT24H, P2Y6M, PXY (unknown count)."""
    if n is None:
        letter = {"MIN": "M", "W2": "W", "WE": "WE"}.get(unit, unit)
        return f"PTX{letter}" if is_time else f"PX{letter}"
    if unit == "Q":
        n, unit = n * 3, "M"
    if unit == "W2":
        n, unit = n * 2, "W"
    if unit == "DE":
        n, unit = n * 10, "Y"
    if unit == "WE":
        n, unit = n * 2, "D"
    if not float(n).is_integer():
        whole, frac = int(n), n - int(n)
        lower = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60), "MIN": ("S", 60), "W": ("D", 7)}.get(unit)
        if lower:
            sub = _fmt(round(frac * lower[1], 3))
            head = f"{whole}{'M' if unit == 'MIN' else unit}" if whole else ""
            if is_time or lower[0] == "H":
                return f"PT{head}{sub}{lower[0]}" if is_time else f"P{head}T{sub}{lower[0]}"
            return f"P{head}{sub}{lower[0]}"
    letter = "M" if unit == "MIN" else unit
    return f"PT{_fmt(n)}{letter}" if is_time else f"P{_fmt(n)}{letter}"


# -- choosing a year or a day from the tense -------------------------------------------------------


def _pick(options: list[date], anchor: date, tense: Tense) -> date:
    """A month or day named without a year: in a past-tense clause the last occurrence up to the
    anchor, in a future one the next from it, otherwise the nearest."""
    if tense == "past" and (past := [d for d in options if d <= anchor]):
        return max(past)
    if tense == "future" and (future := [d for d in options if d >= anchor]):
        return min(future)
    return min(options, key=lambda d: abs((d - anchor).days))


def month_day_date(month: int, day: int, anchor: date, tense: Tense) -> date | None:
    if month == anchor.month:  # "Nov. 20" in a story of Nov. 2 is this November's, whatever the tense
        try:
            return date(anchor.year, month, day)
        except ValueError:
            return None
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return _pick(options, anchor, tense) if options else None


def month_year(month: int, anchor: date, tense: Tense) -> int:
    options = [date(y, month, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if month == anchor.month:
        return anchor.year
    return _pick(options, anchor, tense).year


def weekday_date(weekday: int, anchor: date, tense: Tense, relation: int | None = None) -> date:
    """The weekday (1 = Monday) the text means: "last"/"next" step away from the anchor, "this"
    stays in its week; otherwise the tense looks back or ahead (news mostly reports the past)."""
    before = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)  # on or before the anchor
    after = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)  # on or after
    if relation == -1:
        return before if before != anchor else anchor - timedelta(days=7)
    if relation == 1:
        return after if after != anchor else anchor + timedelta(days=7)
    if relation == 0:
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    return after if tense == "future" else before


# -- the normalizer ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    t = text.lower().replace("’", "'")
    t = re.sub(r"\s+", " ", t).strip(" .,")
    return t


def _strip_mod(t: str) -> tuple[str, str | None]:
    approx = _words()["approx"]
    for word in sorted(approx, key=len, reverse=True):
        if t.startswith(word + " "):
            return t[len(word) + 1 :], approx[word]
    return t, None


def _position(t: str) -> tuple[str, str | None]:
    """Strip "early", "the end of the" ... from the front: the rest, and the TIMEX3 mod."""
    positions = _words()["position"]
    m = re.match(rf"(?:the )?({alternation(positions)})(?:[\s-]+|$)(?:the )?", t)
    if not m:
        return t, None
    return t[m.end() :], positions[re.sub(r"\s+", " ", m[1])]


def _year4(t: str) -> int | None:
    m = re.search(r"(?<![\d'])((?:1[6-9]|20)\d\d)(?!\d|s)", t)
    return int(m[1]) if m else None


def _two_digit_year(y: int) -> int:
    return 1900 + y if y >= 30 else 2000 + y


_YEAR_BACK = re.compile(r"(?:a|one) year (?:ago|earlier)|year-(?:ago|earlier)")


def normalize(text: str, anchor: date | None, tense: Tense = "", *, since: bool = False, quarterly: bool = False) -> Resolved | None:
    """TIMEX3 type, value and bounds of one expression, or None when it is not a time expression.
    ``since``: the expression follows "since", so what it names lasts until the anchor.
    ``quarterly``: the article reports by quarters, where "a year ago" means the same quarter a
    year before the last one reported (TimeML's reading of earnings reports)."""
    try:
        if quarterly and anchor and _YEAR_BACK.fullmatch(_clean(text)):
            year, quarter = _latest_quarter(anchor)
            return _dated("DATE", f"{year - 1:04d}-Q{quarter}")
        res = _normalize(text, anchor, tense)
    except (OverflowError, ValueError) as exc:  # "5000 years ago": off the calendar datetime knows
        log.debug("cannot place %r against %s: %s", text, anchor, exc)
        return None
    if res is not None and since and res.type in ("DATE", "TIME") and res.earliest and anchor:
        res = Resolved(res.type, res.value, res.earliest, anchor, res.mod)
    return res


def _normalize(text: str, anchor: date | None, tense: Tense) -> Resolved | None:
    w = _words()
    t = _clean(text)
    t, approx = _strip_mod(t)
    for step in (_set, _reference, _clock, _iso, _holiday, _week_of, _month_rel_year, _month_day, _decade, _century, _quarter, _season,
                 _word_year, _deictic, _weekday, _counted, _relative_unit, _compound, _year, _month, _plural):
        res = step(t, anchor, tense, w)
        if res is not None:
            if approx and res.mod is None:
                res = Resolved(res.type, res.value, res.earliest, res.latest, approx)
            return res
    return None


def _set(t, anchor, tense, w):
    if t in w["freq"]:
        return Resolved("SET", w["freq"][t])
    m = re.match(r"(?:every|each|per) (?:other )?(?:(\S+) )?(\S+)$", t)
    if m:
        if (u := unit_of(m[2])) is not None:
            n = number(m[1]) if m[1] else 1.0
            return Resolved("SET", duration_value(n or 1.0, *u))
        if (wd := w["weekday_re"].fullmatch(m[2])) is not None:
            return Resolved("SET", f"XXXX-WXX-{w['weekdays'][wd[1]]}")
        if (mo := w["month_re"].fullmatch(m[2])) is not None:
            return Resolved("SET", f"XXXX-{w['months'][mo[1]]:02d}")
    m = re.match(r"(once|twice|three times) (?:a|an|per) (\S+)$", t)
    if m and (u := unit_of(m[2])) is not None:
        return Resolved("SET", duration_value(1.0, *u))
    m = re.fullmatch(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?: (morning|afternoon|evening|night)s?)?", t)
    if m:
        part = w["parts"].get(m[2]) if m[2] else None
        return Resolved("SET", f"XXXX-WXX-{w['weekdays'][m[1]]}" + (f"T{part}" if part else ""))
    return None


def _reference(t, anchor, tense, w):
    if t in w["present"]:
        return Resolved("DATE", "PRESENT_REF", anchor, anchor)
    if t in w["past"]:
        return Resolved("DATE", "PAST_REF", None, anchor)
    if t in w["future"]:
        return Resolved("DATE", "FUTURE_REF", anchor, None)
    return None


def _day_of(t: str, anchor: date | None, tense: Tense, w) -> tuple[date | None, str] | None:
    """The day a clock time or part of day hangs on: a weekday, today/yesterday/..., else the anchor."""
    if m := re.search(r"\b(today|tonight|yesterday|tomorrow)\b", t):
        offset = w["deictic"][m[1]][0]
        return (anchor + timedelta(days=offset), "") if anchor else (None, "XXXX-XX-XX")
    if m := w["weekday_re"].search(t):
        if anchor is None:
            return None, f"XXXX-WXX-{w['weekdays'][m[1]]}"
        return weekday_date(w["weekdays"][m[1]], anchor, tense), ""
    if anchor is None:
        return None, "XXXX-XX-XX"
    return anchor, ""


def _clock(t, anchor, tense, w):
    m = re.search(r"\b(\d{1,2})(?:[:.](\d\d))?\s*(a\.m\.?|p\.m\.?|am|pm|o'clock)", t)
    named = re.search(r"\b(noon|midnight|midday|mid-?afternoon|mid-?morning)\b", t)
    if not m and not named:
        return None
    if m:
        hour, minute = int(m[1]), int(m[2] or 0)
        if hour > 12 and m[3] != "o'clock" or hour > 24:
            return None
        if m[3].startswith("p") and hour < 12:
            hour += 12
        if m[3].startswith("a") and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    else:
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}.get(named[1], "AF" if "afternoon" in named[1] else "MO")
    day, unresolved = _day_of(t, anchor, tense, w)
    if (md := _month_day(t, anchor, tense, w)) is not None and md.value and len(md.value) == 10:
        day = md.earliest
        unresolved = md.value
    value = f"{day.isoformat() if day else unresolved}T{clock}"
    mod = "APPROX" if re.match(r"(about|around|approximately)\b", t) else None
    return Resolved("TIME", value, day, day, mod)


def _iso(t, anchor, tense, w):
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
        try:
            return _dated("DATE", date(int(m[1]), int(m[2]), int(m[3])).isoformat())
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", t):
        year = int(m[3]) if len(m[3]) == 4 else _two_digit_year(int(m[3]))
        try:
            return _dated("DATE", date(year, int(m[1]), int(m[2])).isoformat())
        except ValueError:
            return None
    return None


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (1 = Monday) of a month; ``nth`` -1 is the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday_date(name: str, year: int, w) -> date:
    if name in w["holidays"]:
        month, day = (int(x) for x in w["holidays"][name].split("-"))
        return date(year, month, day)
    return nth_weekday(year, *w["floating"][name])


def _holiday(t, anchor, tense, w):
    names = [*w["holidays"], *w["floating"]]
    name = next((n for n in sorted(names, key=len, reverse=True) if t.startswith(n)), None)
    if name is None:
        return None
    year = _year4(t)
    if year:
        return _dated("DATE", _holiday_date(name, year, w).isoformat())
    if anchor is None:
        fixed = w["holidays"].get(name)
        return Resolved("DATE", f"XXXX-{fixed}" if fixed else "XXXX-XX-XX")
    options = [_holiday_date(name, y, w) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return _dated("DATE", _pick(options, anchor, tense).isoformat())


def _month_day(t, anchor, tense, w):
    mm = w["month_re"].search(t)
    if not mm:
        return None
    month = w["months"][mm[1]]
    rest = t[mm.end() :]
    before = t[: mm.start()]
    dm = re.match(r"\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!:)", rest) or re.search(r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?$", before)
    year = _year4(rest)
    if not dm:
        if year:  # August 1988
            mod = _position(t)[1]
            return _dated("DATE", f"{year:04d}-{month:02d}", mod)
        return None
    day = int(dm[1])
    if not 1 <= day <= 31:
        return None
    if year:
        try:
            return _dated("DATE", date(year, month, day).isoformat())
        except ValueError:
            return None
    if anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    d = month_day_date(month, day, anchor, tense)
    return _dated("DATE", d.isoformat()) if d else None


def _week_of(t, anchor, tense, w):
    """"the week of March 6": the ISO week of that day."""
    if not t.startswith("the week of "):
        return None
    day = _month_day(t[len("the week of ") :], anchor, tense, w)
    if day is None or day.earliest is None:
        return Resolved("DATE", "XXXX-WXX") if day is not None else None
    return _dated("DATE", week_value(day.earliest))


def _month_rel_year(t, anchor, tense, w):
    """"February this year", "June last year"."""
    m = re.search(r"(\S+?)\.? (?:of )?(this|last|next) year$", t)
    if not m or not (mo := w["month_re"].fullmatch(m[1])):
        return None
    month = w["months"][mo[1]]
    mod = _position(t)[1]
    if anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}", None, None, mod)
    year = anchor.year + {"this": 0, "last": -1, "next": 1}[m[2]]
    return _dated("DATE", f"{year:04d}-{month:02d}", mod)


def _decade(t, anchor, tense, w):
    t2, mod = _position(t.removeprefix("the "))
    t2 = t2.removeprefix("the ")
    t2, mod2 = _position(t2)
    mod = mod or mod2
    if m := re.fullmatch(r"((?:1[6-9]|20)\d)0s", t2):
        return _dated("DATE", m[1], mod)
    if m := re.fullmatch(r"'(\d)0s", t2):
        return _dated("DATE", f"19{m[1]}", mod)
    words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
    if t2 in words:
        return _dated("DATE", f"19{words[t2]}", mod)
    return None


def _century(t, anchor, tense, w):
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)[\s-]century|([a-z-]+)[\s-]century", t)
    if not m:
        return None
    n = int(m[1]) if m[1] else w["ordinals"].get(m[2])
    if not n:
        if m[2] in ("this", "current") and anchor:
            return _dated("DATE", f"{anchor.year // 100:02d}")
        if m[2] in ("last", "previous") and anchor:
            return _dated("DATE", f"{anchor.year // 100 - 1:02d}")
        return None
    return _dated("DATE", f"{n - 1:02d}", _position(t.removeprefix("the "))[1])


def _latest_quarter(anchor: date) -> tuple[int, int]:
    q = (anchor.month - 1) // 3 + 1
    return (anchor.year, q - 1) if q > 1 else (anchor.year - 1, 4)


def _quarter(t, anchor, tense, w):
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:(?:fiscal|calendar)[\s-]+)?(quarter|half)\b", t)
    if not m or re.search(r"\b(?:quarters|halves)\b", t):
        return None
    part = "Q" if m[2] == "quarter" else "H"
    n = w["ordinals"].get(m[1]) or (4 if part == "Q" else 2)  # "the final quarter", "the last half"
    if part == "H" and n > 2:
        return None
    year = _year4(t)
    if year is None and (ym := re.search(r"'(\d\d)\b", t)):
        year = _two_digit_year(int(ym[1]))
    if year is None:
        if anchor is None:
            return Resolved("DATE", f"XXXX-{part}{n}")
        year = anchor.year
        if re.search(r"year-ago|year-earlier|prior-year|last year's", t):
            year -= 1
        elif part == "Q" and ((n - 1) * 3 + 1 > anchor.month) and tense != "future":
            year -= 1  # "the fourth quarter" in a past-tense report in March is last year's
    return _dated("DATE", f"{year:04d}-{part}{n}")


def _season(t, anchor, tense, w):
    m = re.search(rf"\b({alternation(w['seasons'])})\b", t)
    if not m:
        return None
    s = w["seasons"][m[1]]
    year = _year4(t)
    t2, mod = _position(t)
    if year:
        return _dated("DATE", f"{year:04d}-{s}", mod)
    if re.search(r"\bsummers|winters|springs|falls\b", t):
        return None
    if anchor is None:
        return Resolved("DATE", f"XXXX-{s}", None, None, mod)
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
    rel = re.search(r"\b(last|next|this|past|coming|previous)\b", t)
    this_start = date(anchor.year, start_month, 1)
    if rel and rel[1] in ("last", "past", "previous"):
        year = anchor.year if this_start < anchor.replace(day=1) and add_months(this_start, 3) <= anchor else anchor.year - 1
    elif rel and rel[1] in ("next", "coming"):
        year = anchor.year if this_start > anchor else anchor.year + 1
    else:
        year = anchor.year
        if tense == "past" and this_start > anchor:
            year -= 1
        elif tense == "future" and add_months(this_start, 3) <= anchor:
            year += 1
    return _dated("DATE", f"{year:04d}-{s}", mod)


def _word_year(t, anchor, tense, w):
    t2 = t.removeprefix("the year ")
    m = re.fullmatch(r"nineteen[\s-]+(.+)", t2)
    if m:
        if m[1] == "hundred":
            return _dated("DATE", "1900")
        n = number(m[1])
        return _dated("DATE", f"19{int(n):02d}") if n is not None and n < 100 else None
    m = re.fullmatch(r"two thousand(?: (?:and )?(.+))?", t2)
    if m:
        n = number(m[1]) if m[1] else 0
        return _dated("DATE", f"{2000 + int(n or 0):04d}") if n is not None else None
    return None


def _part(t: str, w) -> str | None:
    m = re.search(r"\b(morning|afternoon|evening|night|overnight|tonight)\b", t)
    return w["parts"][m[1]] if m else None


def _deictic(t, anchor, tense, w):
    m = re.search(r"\b(today|tonight|yesterday|tomorrow)\b", t)
    if not m or re.search(r"\d", t):
        return None
    offset, part = w["deictic"][m[1]]
    part = _part(t, w) or part
    mod = _position(t)[1]
    if anchor is None:
        return Resolved("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{part}" if part else ""), None, None, mod)
    d = anchor + timedelta(days=offset)
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{part}", d, d, mod)
    return Resolved("DATE", d.isoformat(), d, d, mod)


def _weekday(t, anchor, tense, w):
    m = w["weekday_re"].search(t)
    if m is None:
        if re.fullmatch(r"(?:early |late |earlier |later )?(?:this|last) (morning|afternoon|evening|night)", t):
            part = w["parts"][t.split()[-1]]
            d = anchor - timedelta(days=1) if anchor and t.split()[-2] == "last" else anchor
            if d is None:
                return Resolved("TIME", f"XXXX-XX-XXT{part}")
            return Resolved("TIME", f"{d.isoformat()}T{part}", d, d)
        return None
    weekday = w["weekdays"][m[1]]
    rel_m = re.search(r"\b(last|next|this|past|coming)\b", t)
    relation = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[rel_m[1]] if rel_m else None
    part = _part(t[m.end() :], w)
    mod = _position(t)[1]
    if anchor is None:
        return Resolved("TIME" if part else "DATE", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""), None, None, mod)
    d = weekday_date(weekday, anchor, tense, relation)
    if part:
        return Resolved("TIME", f"{d.isoformat()}T{part}", d, d, mod)
    return Resolved("DATE", d.isoformat(), d, d, mod)


def _granular(d: date, unit: str) -> str:
    if unit in ("Y",):
        return f"{d.year:04d}"
    if unit in ("M",):
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit in ("W", "W2"):
        return week_value(d)
    if unit == "WE":
        return week_value(d) + "-WE"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return d.isoformat()


_UNRESOLVED = {"Y": "XXXX", "M": "XXXX-XX", "Q": "XXXX-QX", "W": "XXXX-WXX", "W2": "XXXX-WXX", "WE": "XXXX-WXX-WE", "DE": "XXX", "CE": "XX"}


def _counted(t, anchor, tense, w):
    """A count of units: "two years", "the past six months", "10 days ago", "a year earlier", "two-year"."""
    m = re.search(r"(.*?)\b(seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))\b(.*)$", t)
    if not m:
        return None
    head, unit_word, tail = m[1].strip(" -"), m[2], m[3].strip()
    unit, is_time = unit_of(unit_word)
    head, mod = _strip_mod(head)
    head = re.sub(r"\b(?:more|additional|full|straight|consecutive|further|another)$", "", head).strip()
    rel = None
    hm = re.match(r"(?:the )?(last|past|previous|preceding|prior|next|coming|following|upcoming|first|final|latest|recent|early|additional|another)\b\s*(.*)$", head)
    if hm:
        rel, head = hm[1], hm[2]
    else:
        head = head.removeprefix("the ").strip()
    if head == "":
        plural = unit_word.endswith(("s", "ia")) or unit_word == "centuries"
        if not plural and rel not in ("first", "final", "early", "additional", "another"):
            return None  # "year", "last year", "the past year": a relative unit, resolved below
        n = None if plural else 1.0
    elif head in w["fuzzy"] or head in ("a few", "few", "a couple of", "couple of"):
        n = 2.0 if "couple" in head else None
    elif head.startswith("half"):
        n = 0.5
    else:
        half = re.search(r"\s+and\s+a\s+half$", head)
        head = head[: half.start()] if half else head
        n = number(head) if head not in ("a", "an") else 1.0
        if n is None:
            return None
        n += 0.5 if half else 0
    if "and a half" in tail:
        n = (n or 0) + 0.5
        tail = tail.replace("and a half", "").strip()
    tail = tail.replace("or so ", "").strip()
    direction = w["anchors"].get(tail) if tail else None
    if direction is not None and tail in ("later", "earlier") and unit in ("D", "H", "MIN", "S") and n is not None:
        direction = None  # "three days later": a stretch after some event, not a date
    if direction is not None:
        if n is None:
            return Resolved("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None if direction < 0 else anchor, anchor if direction < 0 else None, mod)
        if anchor is None:
            return Resolved("DATE", _UNRESOLVED.get(unit, "XXXX-XX-XX"), None, None, mod)
        d = shift(anchor, direction * n, unit)
        value = _granular(d, unit if not is_time else "D")
        if is_time:
            return Resolved("DATE", value, d, d, mod)
        return _dated("DATE", value, mod)
    value = duration_value(n, unit, is_time)
    if rel in ("last", "past", "previous", "preceding", "prior", "latest", "recent") and anchor:
        earliest = shift(anchor, -n, unit) if n is not None else None
        return Resolved("DURATION", value, earliest, anchor, mod)
    if rel in ("next", "coming", "following", "upcoming") and anchor:
        latest = shift(anchor, n, unit) if n is not None else None
        return Resolved("DURATION", value, anchor, latest, mod)
    return Resolved("DURATION", value, None, None, mod)


def _relative_unit(t, anchor, tense, w):
    """"last year", "this week", "next month", "the past year", "last Friday"(above), "the latest quarter"."""
    t2, mod = _position(t)
    m = re.fullmatch(r"(the )?(this|last|past|previous|preceding|prior|next|coming|following|upcoming|current|latest|recent|year-ago|year-earlier|prior-year)? ?(?:fiscal )?(week|weekend|month|quarter|year|decade|century|period|fiscal year|half|day|night)", t2)
    if m is None and (mm := re.fullmatch(r"(?:the )?(last|next|this|past|coming|previous) (\S+)", t2)) and (mo := w["month_re"].fullmatch(mm[2])):
        month = w["months"][mo[1]]
        if anchor is None:
            return Resolved("DATE", f"XXXX-{month:02d}", None, None, mod)
        if mm[1] in ("last", "past", "previous"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif mm[1] in ("next", "coming"):
            year = anchor.year if month > anchor.month else anchor.year + 1
        else:  # "this September": the publication year's
            year = anchor.year
        return _dated("DATE", f"{year:04d}-{month:02d}", mod)
    if m is None:
        return None
    the, rel, unit_word = m[1], m[2], m[3]
    unit_word = "year" if unit_word == "fiscal year" else unit_word
    if unit_word in ("day", "night"):
        return None
    unit = {"week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "period": "Q", "half": "H"}[unit_word]
    if unit == "H":
        return None
    if rel is None:  # "the year", "the quarter", "the weekend": the current one, or the last one in past tense
        if not the:
            return None
        if anchor is None:
            return Resolved("DURATION", "P1Y") if unit == "Y" else Resolved("DATE", _UNRESOLVED.get(unit))
        if unit == "Q":  # in news of results, "the quarter" is the last one reported
            y, q = _latest_quarter(anchor)
            return _dated("DATE", f"{y:04d}-Q{q}", mod)
        if unit == "Y":  # "during the year", "the fiscal year": TimeML calls these durations
            return Resolved("DURATION", "P1Y", None, None, mod)
        if unit == "WE":
            d = anchor - timedelta(days=(anchor.isoweekday() - 6) % 7) if tense != "future" else anchor + timedelta(days=(6 - anchor.isoweekday()) % 7)
            return _dated("DATE", week_value(d) + "-WE", mod)
        return _dated("DATE", _granular(anchor, unit), mod)
    if rel in ("past", "recent") or (the and rel in ("last", "previous", "preceding")) or (the and rel in ("next", "coming", "following", "upcoming") and unit != "WE"):
        value = duration_value(1.0, unit, False)
        if anchor is None:
            return Resolved("DURATION", value, None, None, mod)
        if rel in ("next", "coming", "following", "upcoming"):
            return Resolved("DURATION", value, anchor, shift(anchor, 1, unit), mod)
        return Resolved("DURATION", value, shift(anchor, -1, unit), anchor, mod)
    if anchor is None:
        return Resolved("DATE", _UNRESOLVED.get(unit), None, None, mod)
    if rel == "latest" and unit == "Q":
        y, q = _latest_quarter(anchor)
        return _dated("DATE", f"{y:04d}-Q{q}", mod)
    if rel in ("year-ago", "year-earlier", "prior-year"):
        if unit == "Q":
            y, q = _latest_quarter(anchor)
            return _dated("DATE", f"{y - 1:04d}-Q{q}", mod)
        return _dated("DATE", _granular(shift(anchor, -1, "Y"), unit), mod)
    step = {"this": 0, "current": 0, "last": -1, "previous": -1, "preceding": -1, "prior": -1, "latest": 0,
            "next": 1, "coming": 1, "following": 1, "upcoming": 1}[rel]
    if unit == "WE":
        saturday = anchor + timedelta(days=6 - anchor.isoweekday())
        d = saturday + timedelta(days=7 * step)
        return _dated("DATE", week_value(d) + "-WE", mod)
    return _dated("DATE", _granular(shift(anchor, step, unit), unit), mod)


def _compound(t, anchor, tense, w):
    if t in ("year-earlier", "year-ago", "prior-year"):
        return _dated("DATE", f"{anchor.year - 1:04d}") if anchor else Resolved("DATE", "XXXX")
    if t == "year-end":
        return _dated("DATE", f"{anchor.year:04d}-12-31") if anchor else Resolved("DATE", "XXXX-12-31")
    if t == "year-to-date":
        return Resolved("DURATION", "P1Y", date(anchor.year, 1, 1) if anchor else None, anchor)
    if t == "month-end" and anchor:
        last = calendar.monthrange(anchor.year, anchor.month)[1]
        return _dated("DATE", anchor.replace(day=last).isoformat())
    return None


def _year(t, anchor, tense, w):
    t2, mod = _position(t)
    m = re.fullmatch(r"(?:the )?(?:(?:fiscal|calendar|financial) )?(?:year )?((?:1[6-9]|20)\d\d)(?: (?:period|year))?", t2)
    if m:
        return _dated("DATE", m[1], mod)
    m = re.fullmatch(r"(?:fiscal|calendar) '(\d\d)", t2)
    if m:
        return _dated("DATE", f"{_two_digit_year(int(m[1])):04d}", mod)
    return None


def _month(t, anchor, tense, w):
    t2, mod = _position(t)
    m = re.fullmatch(r"(?:the )?(?:(each|every) )?(\S+?)\.?", t2)
    if not m or not (mo := w["month_re"].fullmatch(m[2])):
        return None
    month = w["months"][mo[1]]
    if m[1]:
        return Resolved("SET", f"XXXX-{month:02d}")
    if anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}", None, None, mod)
    return _dated("DATE", f"{month_year(month, anchor, tense):04d}-{month:02d}", mod)


def _plural(t, anchor, tense, w):
    """Bare plural units ("for years", "recent weeks", "decades") are durations of unknown length."""
    m = re.fullmatch(r"(?:the )?(recent|coming|past|last|next|early|first|final)? ?(seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades|centuries)", t)
    if not m:
        return None
    unit, is_time = unit_of(m[2])
    value = duration_value(None, unit, is_time)
    if m[1] in ("recent", "past", "last") and anchor:
        return Resolved("DURATION", value, None, anchor)
    if m[1] in ("coming", "next") and anchor:
        return Resolved("DURATION", value, anchor, None)
    return Resolved("DURATION", value)


__all__ = ["Resolved", "normalize", "bounds", "number", "duration_value", "shift", "add_months", "week_value",
           "weekday_date", "month_day_date"]
