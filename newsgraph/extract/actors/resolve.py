"""Resolution: from a recognized name to a canonical actor, by the knowledge base and the article's date.

A KB actor's country and sector are those of the role that holds on the article's published date
(``knowledge.actors.role_on``). A name that is not in the KB still becomes an actor, with an id made
from the name alone ("person:john-smith", "org:homeland-union"), so the same name in another article
is the same actor. A generic group ("Iraqi special forces") is identified by its country, sector and
ethnic or religious qualifier ("mil:IRQ", "reb:SYR:kurdish"), which is also the id of the KB entry for
that country's military or government where there is one ("mil:USA" is the Pentagon's actor too).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from ...knowledge import countries as countries_kb
from ...knowledge.actors import role_on

_TITLE_WORDS = {
    "mr", "mrs", "ms", "dr", "sir", "lt", "gen", "col", "maj", "capt", "sgt", "adm", "president", "prime", "minister",
    "king", "queen", "emir", "sheikh", "general", "colonel", "major", "captain", "lieutenant", "commander",
    "senator", "judge", "former", "brig", "rev", "father", "imam", "ayatollah", "archbishop", "bishop", "pope",
    "vice", "secretary", "foreign", "defence", "defense", "interior", "chancellor", "premier", "prince", "sultan",
}
_ARTICLE = re.compile(r"^(al|el|ad|ash|as|an|ar|at|az|ul|ud)[\s\-]", re.I)


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("\u2019", "'")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def person_key(name: str) -> str:
    """Normalized person name without titles; Arabic articles written one way (el-/ad- -> al-)."""
    words = [w for w in re.split(r"\s+", ascii_fold(name).replace("’", "'").strip()) if w]
    while words and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    text = " ".join(words)
    text = re.sub(r"(?i)\b(el|ad|ash|as|an|ar|at|az)-", "al-", text)
    text = re.sub(r"'s$", "", text)
    return slug(text)


def surname_key(name: str) -> str:
    """The last word of a person's name, without an Arabic article: "al-Baghdadi" -> "baghdadi"."""
    key = person_key(name)
    last = key.rsplit("-", 1)[-1] if key else ""
    return last


@dataclass
class Resolved:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    kb_id: str | None = None
    person: bool = False


class ActorKB:
    """The merged actor KB, indexed by id."""

    def __init__(self, entries: list[dict]):
        self.by_id = {e["id"]: e for e in entries}

    def resolve(self, kb_id: str, day: date | None) -> Resolved:
        entry = self.by_id[kb_id]
        target = self.by_id.get(entry.get("same_as") or "", entry) if entry.get("same_as") else entry
        role = role_on(target, day)
        type_ = role.get("type") or target.get("type") or "organization"
        actor_type = "person" if target.get("type") == "person" else type_
        country = role.get("country")
        if actor_type == "person" and role.get("type") in ("igo", "ngo"):
            # a person in an international office (a UN secretary-general) is coded as the organization
            # he acts for, as CAMEO does: no country, the office's type
            country, actor_type = None, role["type"]
        return Resolved(
            id=target["id"], name=target["name"], type=actor_type, country=country, sector=role.get("sector"),
            kb_id=(f"wikidata:{target['wikidata']}" if target.get("wikidata") else f"newsgraph:{target['id']}"),
            person=target.get("type") == "person",
        )

    def get(self, kb_id: str) -> dict | None:
        return self.by_id.get(kb_id)


def country_actor(iso3: str) -> Resolved:
    country = countries_kb.by_iso3(iso3)
    return Resolved(id=f"country:{iso3}", name=country.name if country else iso3, type="country", country=iso3, sector=None)


def group_actor(country: str | None, sector: str | None, qualifier: str | None, name: str, kb: ActorKB | None = None, day: date | None = None) -> Resolved:
    """A generic group: "Iraqi special forces" -> mil:IRQ; "Syrian Kurdish fighters" -> reb:SYR:kurdish."""
    parts = [(sector or "grp").lower(), country or "any"]
    if qualifier:
        parts.append(slug(qualifier))
    gid = ":".join(parts)
    if kb is not None and gid in kb.by_id:
        return kb.resolve(gid, day)
    type_ = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "armed_group", "UAF": "armed_group",
             "CRM": "criminal_group", "JUD": "judiciary", "LEG": "legislature", "OPP": "opposition", "CVL": "civilians",
             "MED": "media", "REF": "refugees", "IGO": "igo", "NGO": "ngo"}.get(sector or "", "group")
    return Resolved(id=gid, name=name, type=type_, country=country, sector=sector)


def person_actor(name: str, country: str | None, sector: str | None) -> Resolved:
    return Resolved(id=f"person:{person_key(name)}", name=name, type="person", country=country, sector=sector, person=True)


def org_actor(name: str, country: str | None, sector: str | None) -> Resolved:
    return Resolved(id=f"org:{slug(name)}", name=name, type="organization", country=country, sector=sector)


__all__ = ["ActorKB", "Resolved", "person_key", "surname_key", "slug", "country_actor", "group_actor", "person_actor", "org_actor"]
