"""Every authored data file parses with PyYAML's pure-Python loader too (the C one is optional), and
no word in a list of words has turned into a YAML 1.1 boolean: an unquoted on / off / yes / no is
True or False, and the word is silently lost ("fire on", "break off", "on Monday")."""

from pathlib import Path

import pytest
import yaml

from newsgraph.knowledge import data_path

FILES = sorted(p.name for p in Path(data_path("countries.v1.yml")).parent.glob("*.yml"))


def _lists_of_words(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _lists_of_words(v, (*path, str(k)))
    elif isinstance(node, list):
        if any(isinstance(x, str) for x in node):
            yield path, node
        for i, x in enumerate(node):
            yield from _lists_of_words(x, (*path, str(i)))


def _boolean_keys(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, bool):
                yield (*path, str(k))
            yield from _boolean_keys(v, (*path, str(k)))
    elif isinstance(node, list):
        for x in node:
            yield from _boolean_keys(x, path)


@pytest.mark.parametrize("name", FILES)
def test_parses_with_the_pure_python_loader(name):
    with open(data_path(name), encoding="utf-8") as fh:
        assert yaml.load(fh, Loader=yaml.SafeLoader) is not None


@pytest.mark.parametrize("name", FILES)
def test_no_word_became_a_boolean(name):
    with open(data_path(name), encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    for path, words in _lists_of_words(data):
        if len(words) > 2 and all(isinstance(x, (str, bool)) for x in words):  # a list of words, not a (code, flag) pair
            assert not any(isinstance(x, bool) for x in words), f"{name}: {'/'.join(path)} holds {words}"
    assert list(_boolean_keys(data)) == []


def test_particles_are_words():
    from newsgraph.extract.events.patterns import lexicon

    lex = lexicon()
    for table in (lex.verbs, lex.nouns):
        for readings in table.values():
            for r in readings:
                assert r.particle is None or isinstance(r.particle, str)
