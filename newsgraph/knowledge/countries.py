"""Countries and territories from ``countries.v1.yml``: codes, names, aliases, demonyms, GeoNames point.

``lookup("U.S.")``, ``lookup("Iraqis")``, ``lookup("Britain")`` all return a ``Country``. Matching is
case-insensitive and ignores a leading "the", accents and the kind of apostrophe, except that short
all-capital aliases ("US", "UK", "DRC", "UAE") match only when written in capitals, so that the word
"us" is not the United States.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import read_data

DATA_FILE = "countries.v1.yml"


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    geonameid: int
    lat: float
    lon: float
    continent: str
    historical: bool = False


def fold(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe and space, no leading "the"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"\s+", " ", text.strip()).lower()
    return text[4:] if text.startswith("the ") else text


def _case_sensitive(alias: str) -> bool:
    """Short abbreviations in capitals (US, UK, DRC, CAR) must be written in capitals to match."""
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4 and "." not in alias


@lru_cache(maxsize=1)
def countries() -> list[Country]:
    """Every entry of the data file, current countries first (historical ones, e.g. Serbia and
    Montenegro, last)."""
    rows = read_data(DATA_FILE)["countries"]
    out = [
        Country(
            iso2=r["iso2"], iso3=r["iso3"], name=r["name"], aliases=tuple(r.get("aliases") or ()),
            demonyms=tuple(r.get("demonyms") or ()), capital=r.get("capital"), geonameid=int(r["geonameid"]),
            lat=float(r["lat"]), lon=float(r["lon"]), continent=r["continent"], historical=bool(r.get("historical", False)),
        )
        for r in rows
    ]
    return sorted(out, key=lambda c: c.historical)


@lru_cache(maxsize=1)
def _indexes():
    by2, by3, folded, exact = {}, {}, {}, {}
    for c in countries():
        by2.setdefault(c.iso2, c)
        by3.setdefault(c.iso3, c)
        for name in (c.name, *c.aliases, *c.demonyms):
            if _case_sensitive(name):
                exact.setdefault(name, c)
            else:
                folded.setdefault(fold(name), c)
    return by2, by3, folded, exact


def by_iso2(code: str) -> Country | None:
    return _indexes()[0].get(code.upper()) if code else None


def by_iso3(code: str) -> Country | None:
    return _indexes()[1].get(code.upper()) if code else None


@lru_cache(maxsize=50_000)
def lookup(name: str) -> Country | None:
    """The country a name, alias or demonym refers to ("Iraqi", "U.S.", "the Netherlands"), or None."""
    if not name or not name.strip():
        return None
    _, _, folded, exact = _indexes()
    text = name.strip()
    if text.lower().startswith("the "):
        text = text[4:].strip()
    return exact.get(text) or folded.get(fold(text))


@lru_cache(maxsize=50_000)
def is_demonym(name: str) -> bool:
    """True when ``name`` is one of a country's demonyms or adjectives rather than its name."""
    country = lookup(name)
    return country is not None and fold(name) in {fold(d) for d in country.demonyms}


__all__ = ["Country", "countries", "by_iso2", "by_iso3", "lookup", "is_demonym", "fold"]
