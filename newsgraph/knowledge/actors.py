"""The actor knowledge base: named actors (``actors.v1.yml``), generic agents (``agents.v1.yml``), and
the user's own additions imported from Phoenix/PETRARCH dictionaries (``import_phoenix``).

An actor entry is a dict with ``id``, ``name``, ``type``, ``country`` (ISO alpha-3 or None), ``sector``
(CAMEO-style role: GOV, MIL, REB ... or None), optional ``wikidata``, ``aliases`` and ``roles``: a list
of ``{country, sector, start, end}`` that hold between two dates (a president is GOV only while in
office). ``role_on(entry, day)`` picks the role that holds on a day, else the entry's own values.

The user's KB lives in ``user_data_dir()/actors.user.json`` (``NEWSGRAPH_DATA_DIR`` overrides the
folder) and is loaded on top of the packaged one: an entry with the same id replaces the packaged one.
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date
from pathlib import Path

from . import read_data

ACTORS_FILE = "actors.v1.yml"
AGENTS_FILE = "agents.v1.yml"
PEOPLES_FILE = "peoples.v1.yml"
USER_FILE = "actors.user.json"

#: CAMEO sector (role) codes this project knows, with what they mean.
SECTORS = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "INS": "insurgents", "SEP": "separatists",
    "COP": "police", "JUD": "judiciary", "LEG": "legislature", "OPP": "political opposition",
    "CVL": "civilians", "MED": "media", "IGO": "intergovernmental organization",
    "NGO": "non-governmental organization", "NGM": "non-governmental movement", "BUS": "business",
    "REL": "religious", "ELI": "elites (former officials, notables)", "REF": "refugees", "LAB": "labour",
    "EDU": "education", "HLH": "health", "AGR": "agriculture", "SPY": "intelligence",
    "UAF": "unaligned armed forces", "CRM": "criminals", "PTY": "political party", "DEV": "development",
    "ENV": "environment", "HRI": "human rights", "MOD": "moderate", "RAD": "radical", "IMG": "international militarized group",
    "MNC": "multinational corporation", "PPL": "people",
}

#: Actor codes in CAMEO that are not a country (their first three letters).
NON_COUNTRY_CODES = {"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UNO", "---"}


# -- where the user's KB lives ------------------------------------------------------------------

def user_data_dir() -> Path:
    """``NEWSGRAPH_DATA_DIR``, else platformdirs' user data dir for "newsgraph" (or its usual place)."""
    env = os.environ.get("NEWSGRAPH_DATA_DIR")
    if env:
        return Path(env)
    try:
        from platformdirs import user_data_dir as _udd

        return Path(_udd("newsgraph"))
    except ImportError:  # the same places platformdirs would choose
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Application Support" / "newsgraph"
        if os.name == "nt":
            return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "newsgraph"
        return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "newsgraph"


def user_kb_path() -> Path:
    return user_data_dir() / USER_FILE


# -- loading ------------------------------------------------------------------------------------

def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _clean_entry(entry: dict) -> dict:
    entry = dict(entry)
    entry.setdefault("aliases", [])
    entry.setdefault("country", None)
    entry.setdefault("sector", None)
    entry["roles"] = [
        {**role, "start": _as_date(role.get("start")), "end": _as_date(role.get("end"))} for role in entry.get("roles") or ()
    ]
    return entry


def packaged_actors() -> list[dict]:
    """Every entry of ``actors.v1.yml``: named actors, then seats of power (metonyms)."""
    data = read_data(ACTORS_FILE)
    return [_clean_entry(e) for e in data["actors"]] + [_clean_entry({**e, "metonym": True}) for e in data.get("metonyms", [])]


def user_actors(path: Path | None = None) -> list[dict]:
    path = Path(path) if path else user_kb_path()
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as fh:
        return [_clean_entry(e) for e in json.load(fh).get("actors", [])]


def load_actors(*, user: bool | Path = True) -> list[dict]:
    """Packaged entries with the user's KB on top (same id: the user's wins)."""
    by_id = {e["id"]: e for e in packaged_actors()}
    if user:
        for entry in user_actors(None if user is True else user):
            by_id[entry["id"]] = entry
    return list(by_id.values())


def load_agents(*, user: bool | Path = True) -> list[dict]:
    """Generic agents ``{"phrase", "sector", "kind"}``: kind ``group`` (army, police), ``person`` (a
    member: soldier, judge), ``title`` (before a name: President, Lt. Gen.) or ``weak`` (officials,
    leaders: any other sector in the phrase wins); the user's imported agents after the packaged ones."""
    agents = []
    for sector, kinds in read_data(AGENTS_FILE)["sectors"].items():
        for kind, phrases in kinds.items():
            agents += [{"phrase": p, "sector": sector, "kind": kind} for p in phrases]
    if user:
        path = user_kb_path() if user is True else Path(user)
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                agents += json.load(fh).get("agents", [])
    return agents


def load_peoples() -> list[dict]:
    """Peoples ``{"name", "forms", "country"}`` (``peoples.v1.yml``): ethnic and regional groups ("Chechen",
    "Hutu") with the one country that is their home, or None where they live in several. ``forms`` are
    the name and its plural as written in text."""
    out = []
    for row in read_data(PEOPLES_FILE)["peoples"]:
        name = row["name"]
        plural = row.get("plural", name + "s")
        out.append({"name": name, "forms": [name] + ([plural] if plural else []), "country": row.get("country")})
    return out


def load_homes_named_last() -> frozenset[str]:
    """Countries whose demonym, written after another ("Greek Cypriot", "Irish American"), is where a group
    lives; after any other country's, the first demonym is ("Bosnian Croat", "Croatian Serb")."""
    return frozenset(read_data(PEOPLES_FILE).get("homes_named_last") or ())


def role_on(entry: dict, day: date | None) -> dict:
    """``{"country", "sector", "type"}`` for ``entry`` on ``day``: the role whose dates hold, else the
    entry's own values (with no day, the entry's own values too)."""
    base = {"country": entry.get("country"), "sector": entry.get("sector"), "type": entry.get("type")}
    if day is None:
        return base
    for role in entry.get("roles") or ():
        start, end = role.get("start"), role.get("end")
        if (start is None or start <= day) and (end is None or day < end):
            return {**base, **{k: role[k] for k in ("country", "sector", "type") if k in role}}
    return base


# -- the Phoenix / PETRARCH dictionary format ----------------------------------------------------

_CODE = re.compile(r"\[([^\]]*)\]")
_DATE_RANGE = re.compile(r"^(?P<code>[A-Z~\-]*)\s*(?:(?P<op>[<>])\s*(?P<one>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?\s*$")


def phoenix_date(text: str) -> date | None:
    """``011222`` (YYMMDD; 00-39 is 20xx) or ``20011222``; None for anything else."""
    try:
        if len(text) == 6:
            yy = int(text[:2])
            return date(2000 + yy if yy < 40 else 1900 + yy, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def split_code(code: str) -> tuple[str | None, str | None, str | None]:
    """A CAMEO actor code -> (country ISO3 or None, sector or None, the non-country head: IGO ...)."""
    code = code.strip().strip("~").upper()
    if not code or code.startswith("---"):
        return None, None, None
    head, rest = code[:3], code[3:]
    sector = rest[:3] or None
    if head in SECTORS and head not in ("IGO", "NGO", "NGM", "IMG", "MNC"):  # a bare role such as [ELI]
        return None, head, None
    if head in NON_COUNTRY_CODES:
        return None, sector, head
    from .countries import by_iso3

    country = cameo_country(head)
    if by_iso3(country) is None:
        return None, sector, head
    return country, sector, None


#: CAMEO country codes that are not the ISO 3166 alpha-3 code of the same country (authored from the
#: CAMEO manual's country list and the older codes its example sentences use).
CAMEO_TO_ISO = {
    "JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX",
    "GZS": "PSE", "WSB": "PSE", "YUG": "SRB", "USR": "RUS", "BRM": "MMR", "DDR": "DEU", "FRG": "DEU",
}


def cameo_country(code: str) -> str:
    """The ISO alpha-3 code of a CAMEO country code (the same code where CAMEO follows ISO)."""
    code = (code or "").upper()
    return CAMEO_TO_ISO.get(code, code)


def _phrase(token: str) -> str:
    """Phoenix phrase -> text: underscores are spaces; a trailing underscore only stops stemming."""
    return re.sub(r"\s+", " ", token.replace("_", " ")).strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _parse_codes(text: str) -> list[dict]:
    """``[AFGGOV >011222] [AFGELI]`` -> roles; an undated code is the default (no start or end)."""
    roles = []
    for raw in _CODE.findall(text):
        m = _DATE_RANGE.match(raw.strip())
        if not m:
            continue
        country, sector, head = split_code(m["code"] or "")
        if sector not in SECTORS:
            sector = None  # e.g. OCC (occupied): not a role this project codes
        role = {"country": country, "sector": sector, "code": (m["code"] or None)}
        if head in ("IGO", "NGO", "IMG", "MNC", "NGM"):
            # IGOUNOREFHCR: after the head come the organization (UNO) and perhaps a sector (REF)
            rest = (m["code"] or "").upper()[3:]
            chunks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
            role["type"] = head.lower()
            role["sector"] = next((c for c in chunks if c in SECTORS and c not in NON_COUNTRY_CODES), head)
        start = end = None
        if m["op"] == ">":
            start = phoenix_date(m["one"])
        elif m["op"] == "<":
            end = phoenix_date(m["one"])
        elif m["a"]:
            start, end = phoenix_date(m["a"]), phoenix_date(m["b"])
        if (m["op"] or m["a"]) and start is None and end is None:
            continue  # a date we cannot read: drop the role rather than make it hold forever
        role["start"], role["end"] = start, end
        roles.append(role)
    return roles


def parse_phoenix_actors(text: str, *, source: str = "phoenix") -> list[dict]:
    """Entries of a Phoenix/PETRARCH ``.actors`` file: a name line (optionally with codes), ``+``
    synonym lines, and indented code lines ``[CODE]``, ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]``,
    ``[CODE YYMMDD-YYMMDD]``."""
    entries: list[dict] = []
    current: dict | None = None

    def close():
        if current is not None and current["_roles"]:
            entries.append(_finish_phoenix(current, source))

    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body.startswith("+"):
            if current is not None:
                alias = _phrase(body[1:].split("[", 1)[0])
                if alias:
                    current["aliases"].append(alias)
                current["_roles"] += _parse_codes(body)
            continue
        if body[0].isspace() or body.lstrip().startswith("["):
            if current is not None:
                current["_roles"] += _parse_codes(body)
            continue
        close()
        name = _phrase(body.split("[", 1)[0])
        current = {"name": name, "aliases": [], "_roles": _parse_codes(body)} if name else None
    close()
    return entries


def _finish_phoenix(raw: dict, source: str) -> dict:
    dated = [r for r in raw["_roles"] if r["start"] or r["end"]]
    default = next((r for r in raw["_roles"] if not (r["start"] or r["end"])), None)
    base = default or dated[-1]
    type_ = base.get("type") or ("person" if dated else "organization")
    if base.get("country") and not any(r.get("sector") for r in raw["_roles"]) and not base.get("type"):
        type_ = "country"  # IRAQ_ [IRQ] +BAGHDAD_ +MOSUL_: names that stand for the country itself
    entry = {
        "id": f"{source}:{_slug(raw['name'])}",
        "name": raw["name"].title() if raw["name"].isupper() else raw["name"],
        "type": type_,
        "country": base["country"] or next((r["country"] for r in dated if r["country"]), None),
        "sector": base["sector"] if default else None,
        "aliases": sorted({a.title() if a.isupper() else a for a in [raw["name"], *raw["aliases"]]}),
        "roles": [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items() if k != "code"} for r in dated],
        "source": source,
    }
    return entry


def parse_phoenix_agents(text: str) -> list[dict]:
    """Entries of a Phoenix/PETRARCH agents file: ``PHRASE [~SEC]``, ``PHRASE {PLURAL} [~SEC]`` and
    ``!MACRO! = A, B`` substitutions (``CATTLE!PERSON!`` -> cattleman, cattlewoman ...)."""
    macros: dict[str, list[str]] = {}
    agents = []
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", body)
        if m:
            macros[m[1]] = [w.strip() for w in m[2].split(",") if w.strip()]
            continue
        codes = _CODE.findall(body)
        if not codes:
            continue
        code = codes[0].strip()
        sector = code.replace("~", "")[:3] or None
        if sector not in SECTORS:
            continue
        phrase = body.split("[", 1)[0]
        plural = None
        pm = re.search(r"\{([^}]*)\}", phrase)
        if pm:
            plural = _phrase(pm[1]) or ""
            phrase = phrase[: pm.start()]
        for expanded in _expand_macros(phrase.strip(), macros):
            text_ = _phrase(expanded).lower()
            if text_:
                agent = {"phrase": text_, "sector": sector, "kind": "person"}
                if plural is not None:
                    agent["plural"] = plural.lower()
                agents.append(agent)
    return agents


def _expand_macros(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"![A-Z]+!", phrase)
    if not m or m[0] not in macros:
        return [phrase]
    out = []
    for word in macros[m[0]]:
        out += _expand_macros(phrase[: m.start()] + word + phrase[m.end():], macros)
    return out


def import_phoenix(directory: str | Path, out_path: str | Path | None = None) -> dict:
    """Read every ``*.actors.txt`` (or ``*actors*``) and ``*agents*`` file of a Phoenix/PETRARCH
    dictionary folder into the user's KB (JSON) and return counts. Entries keep their date-bounded
    roles; later files win on the same id."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not a folder of Phoenix/PETRARCH dictionaries")
    out_path = Path(out_path) if out_path else user_kb_path()
    actors: dict[str, dict] = {}
    agents: list[dict] = []
    files = sorted(p for p in directory.iterdir() if p.is_file())
    for path in files:
        lower = path.name.lower()
        text = path.read_text(encoding="utf-8", errors="replace")
        if "agent" in lower:
            agents += parse_phoenix_agents(text)
        elif "actor" in lower:
            for entry in parse_phoenix_actors(text, source="phoenix"):
                actors[entry["id"]] = entry
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(out_path.suffix + ".tmp")
    tmp.write_text(json.dumps({"version": 1, "source": str(directory), "actors": list(actors.values()), "agents": agents}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out_path)
    return {"actors": len(actors), "agents": len(agents), "path": str(out_path)}


__all__ = [
    "SECTORS", "CAMEO_TO_ISO", "cameo_country", "split_code", "user_data_dir", "user_kb_path", "packaged_actors",
    "user_actors", "load_actors", "load_agents", "load_peoples", "load_homes_named_last", "role_on", "phoenix_date", "parse_phoenix_actors",
    "parse_phoenix_agents", "import_phoenix",
]
