"""Quotes and attributions on sentences written for these tests (varied conflicts, wire style)."""

import pytest

from newsgraph.extract.quotes.patterns import cues, quoted_spans
from newsgraph.model import Article
from newsgraph.pipeline import Pipeline

STAGES = ("newsgraph.actors.v1", "newsgraph.places.v1", "newsgraph.times.v1", "newsgraph.quotes.v1")


@pytest.fixture(scope="module")
def quotes_pipeline(pipeline, settings):
    return Pipeline(settings.replace(stages=STAGES), nlp=pipeline.nlp)


def quotes(p, text, published=None):
    from datetime import date

    ex = p(Article(id="t", text=text, published=date.fromisoformat(published) if published else None))
    return ex, ex.quotes


def contents(text, q):
    return [text[s:e] for s, e in q.content_spans]


def test_direct_quote_with_speaker_after(quotes_pipeline):
    text = "“We will not negotiate with those who kill civilians,” the interior minister said on Tuesday."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.kind == "direct" and q.cue == "said" and q.speaker_text == "the interior minister"
    assert contents(text, q) == ["“We will not negotiate with those who kill civilians,”"]


def test_direct_quote_after_a_colon(quotes_pipeline):
    text = "A spokesman for the Sudanese army said: “Our forces repelled the attack on El Fasher and inflicted heavy losses.”"
    _, [q] = quotes(quotes_pipeline, text)
    assert q.kind == "direct" and q.speaker_text.endswith("spokesman for the Sudanese army")
    assert contents(text, q)[0].startswith("“Our forces repelled")


def test_a_quote_split_around_he_said_is_one_quote(quotes_pipeline):
    text = '"This is terror," he said. "They strike at night, when families are asleep."'
    _, found = quotes(quotes_pipeline, text)
    [q] = found
    assert contents(text, q) == ['"This is terror,"', '"They strike at night, when families are asleep."']
    assert q.speaker_text == "he"


def test_quote_over_two_paragraphs(quotes_pipeline):
    text = ("The commander described the assault. “We advanced at dawn and took the ridge by noon.\n\n"
            "“By evening the enemy had withdrawn to the river,” he told reporters.")
    _, found = quotes(quotes_pipeline, text)
    q = next(q for q in found if q.kind == "direct")
    assert "\n\n" in q.text and q.text.startswith("“We advanced") and q.speaker_text == "he"


def test_indirect_speech_with_that(quotes_pipeline):
    text = "Military officials said that at least 27 assailants were killed in the counterattack near Sévaré."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.kind == "indirect" and q.speaker_text == "Military officials"
    assert contents(text, q) == ["that at least 27 assailants were killed in the counterattack near Sévaré"]


def test_clause_closed_by_the_cue(quotes_pipeline):
    text = "Rebels shelled the airport in Goma overnight, the army said."
    _, [q] = quotes(quotes_pipeline, text)
    assert contents(text, q) == ["Rebels shelled the airport in Goma overnight"] and q.speaker_text == "the army"


def test_according_to(quotes_pipeline):
    text = "At least 14 soldiers were killed in the ambush, according to a military source in Mopti."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "according to" and q.speaker_text.startswith("a military source")
    assert contents(text, q) == ["At least 14 soldiers were killed in the ambush"]


def test_mixed_quote(quotes_pipeline):
    text = "The group's leader instructed supporters to launch “attack after attack” on the capital."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.kind == "mixed" and q.cue == "instructed"
    assert contents(text, q)[0].startswith("supporters to launch “attack after attack”")


def test_urged_takes_object_and_complement(quotes_pipeline):
    text = "The cleric urged his followers to take up arms against the government in Sanaa."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "urged" and contents(text, q)[0].startswith("his followers to take up arms")


def test_fear_is_an_attributed_attitude(quotes_pipeline):
    text = "Pentagon officials fear that the militants will regroup in the desert east of Deir ez-Zor."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "fear" and q.speaker_text == "Pentagon officials" and q.kind == "indirect"


def test_parenthetical_cue_splits_the_content(quotes_pipeline):
    text = "The attack on the market, the governor said, was the deadliest in the region this year."
    _, found = quotes(quotes_pipeline, text)
    q = next(q for q in found if q.cue == "said")
    assert q.speaker_text == "the governor"
    assert contents(text, q) == ["The attack on the market", "was the deadliest in the region this year"]


def test_passive_report_names_its_source(quotes_pipeline):
    text = "The withdrawal of the brigade from Kupiansk was first reported by Ukrainian military bloggers."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.speaker_text == "Ukrainian military bloggers" and contents(text, q)[0].startswith("The withdrawal of the brigade")


def test_channel_time_and_speaker_actor(quotes_pipeline):
    text = ("Lt. Gen. Maria Okafor said at a news conference in Kyiv on Oct. 26 that the offensive would "
            "resume within weeks.")
    ex, [q] = quotes(quotes_pipeline, text, published="2016-11-10")
    assert q.channel == "a news conference"
    assert q.said_on == "2016-10-26"
    speaker = next(a for a in ex.actors if a.id == q.speaker)
    assert "Okafor" in speaker.name


def test_pronoun_speaker_resolves_to_the_named_actor(quotes_pipeline):
    text = ("Abdirahman Warsame, a Somali army colonel, visited the base on Friday. "
            "“The militants fled toward the river,” he said.")
    ex, found = quotes(quotes_pipeline, text)
    q = next(q for q in found if q.kind == "direct")
    assert q.speaker_text == "he"
    actor = next((a for a in ex.actors if a.id == q.speaker), None)
    assert actor is not None and "Warsame" in actor.name


@pytest.mark.parametrize("text", [
    "Troops entered the town of Bakhmut on Monday after heavy fighting.",
    "The so-called “caliphate” collapsed in 2019 after the fall of Baghouz.",
    "Residents think of the river as a border.",
])
def test_no_attribution_where_there_is_none(quotes_pipeline, text):
    _, found = quotes(quotes_pipeline, text)
    assert found == []


def test_every_quote_points_into_the_text(quotes_pipeline):
    text = ("“We are ready,” the general said in a televised address. Officials said the talks in Jeddah "
            "would resume, according to two diplomats.")
    ex, found = quotes(quotes_pipeline, text)
    assert found
    for q in found:
        assert all(0 <= s < e <= len(text) for s, e in q.content_spans)
        assert text[q.cue_start : q.cue_end] == q.cue and text[q.speaker_start : q.speaker_end] == q.speaker_text
        assert q.stage == "newsgraph.quotes.v1" and 0 < q.confidence <= 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we will win." Then he left.', ['"we will win."']),
        ("“One,” he said. “Two.”", ["“One,”", "“Two.”"]),
        ('"First paragraph.\n\n"Second paragraph," she said.', ['"First paragraph.\n\n"Second paragraph,"']),
        ('An unclosed "quote\n\nThen a "real one" here.', ['"real one"']),
    ],
)
def test_quotation_marks(text, expected):
    assert [text[s:e] for s, e in quoted_spans(text)] == expected


def test_cue_lexicon_is_consistent():
    c = cues()
    assert {"say", "tell", "urge", "warn", "claim", "deny", "fear", "hope", "insist", "declare", "instruct"} <= c.verbs
    assert c.object_complement <= c.verbs | {"command", "implore", "encourage", "direct", "beg", "invite"}
    assert "according to" in c.source_phrases and "audio recording" in c.channels


def test_a_quote_without_its_own_date_takes_the_paragraphs_then_the_publication_date(quotes_pipeline):
    text = ("Fighting resumed near Bakhmut on March 3, 2023, officials said. “We held the line,” the commander said.\n\n"
            "“Reinforcements are coming,” he added.")
    _, found = quotes(quotes_pipeline, text, published="2023-03-05")
    by_text = {q.text: q for q in found}
    held = by_text["“We held the line,”"]
    assert (held.said_on, held.said_on_confidence) == ("2023-03-03", 0.6)
    later = by_text["“Reinforcements are coming,”"]
    assert (later.said_on, later.said_on_confidence) == ("2023-03-05", 0.3)


def test_without_a_publication_date_no_date_is_guessed(quotes_pipeline):
    _, [q] = quotes(quotes_pipeline, "“We held the line,” the commander said.")
    assert q.said_on is None and q.said_on_confidence is None


def test_a_possessed_noun_attributes_its_content(quotes_pipeline):
    text = "The ministry's claim that the drone hit an arms depot was disputed by residents of Hodeidah."
    _, found = quotes(quotes_pipeline, text)
    q = next(q for q in found if q.cue == "claim")
    assert q.speaker_text == "The ministry" and contents(text, q) == ["that the drone hit an arms depot"]


def test_the_place_a_statement_was_made_hangs_from_the_cue(quotes_pipeline):
    text = ("Gen. Amina Diallo, the top army commander in Mali, said at a news conference from Bamako on Monday "
            "that the fighting in Mopti had ended.")
    ex, found = quotes(quotes_pipeline, text, published="2024-03-06")
    q = next(q for q in found if q.cue == "said")
    place = next(p for p in ex.places if p.id == q.said_at)
    assert place.name == "Bamako"  # not Mali (the speaker's description) nor Mopti (the content)


def test_as_clause_attributes_the_main_clause(quotes_pipeline):
    text = "As the monitoring group reported, government forces now control most of the city."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "reported" and q.speaker_text == "the monitoring group"
    assert contents(text, q) == ["government forces now control most of the city"]


# -- one attribution per stretch of text, as PolNeAR annotates -----------------------------------


def test_an_attribution_embedded_in_another_is_not_reported_again(quotes_pipeline):
    text = "The survey showed that 60 percent of farmers said they would plant less wheat next year."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "showed" and q.speaker_text == "The survey"
    assert contents(text, q) == ["that 60 percent of farmers said they would plant less wheat next year"]


def test_coordinated_statements_are_two_quotes_by_one_speaker(quotes_pipeline):
    text = "The minister said the border would stay closed and added that talks with Kigali would resume in May."
    _, found = quotes(quotes_pipeline, text)
    by_cue = {q.cue: q for q in found}
    assert contents(text, by_cue["said"]) == ["the border would stay closed"]
    assert contents(text, by_cue["added"]) == ["that talks with Kigali would resume in May"]
    assert by_cue["added"].speaker_text == "The minister"


def test_a_coordinated_cue_without_its_own_subject_takes_the_first_speaker(quotes_pipeline):
    text = "The spokesman said that the rebels had withdrawn from the town and promised that aid would arrive soon."
    _, found = quotes(quotes_pipeline, text)
    by_cue = {q.cue: q for q in found}
    assert contents(text, by_cue["said"]) == ["that the rebels had withdrawn from the town"]
    assert by_cue["promised"].speaker_text == "The spokesman"  # not "the rebels", the subject of "had withdrawn"


def test_a_poll_that_frames_the_sentence_yields_to_the_cue_inside(quotes_pipeline):
    text = "In a Gallup poll released Monday, 54 percent of Kenyans said the ceasefire should hold."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "said" and q.speaker_text == "54 percent of Kenyans"


def test_a_poll_with_no_cue_inside_is_the_source(quotes_pipeline):
    text = "In a Gallup poll released Monday, most Kenyans were against the ceasefire."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "In" and q.speaker_text == "a Gallup poll released Monday"
    assert contents(text, q) == ["most Kenyans were against the ceasefire."]


# -- contents -------------------------------------------------------------------------------------


def test_the_quotation_before_the_cue_is_its_content_not_the_whole_sentence(quotes_pipeline):
    text = "The mayor outlined the plan: “We will rebuild every school by March,” she said."
    _, found = quotes(quotes_pipeline, text)
    said = next(q for q in found if q.cue == "said")
    assert contents(text, said) == ["“We will rebuild every school by March,”"] and said.speaker_text == "she"


def test_words_quoted_inside_a_clause_do_not_stand_for_the_clause(quotes_pipeline):
    text = "Rebels had stored the shells in a “safe house,” the army reported."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "reported" and contents(text, q) == ["Rebels had stored the shells in a “safe house,”"]


def test_content_stays_in_the_cue_paragraph(quotes_pipeline):
    text = "Floods in the north\nThe governor said the dams would be inspected before the rains."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.speaker_text == "The governor" and contents(text, q) == ["the dams would be inspected before the rains"]


def test_a_that_clause_after_the_cue_phrase(quotes_pipeline):
    text = "The army said in a statement posted on its website that the convoy had been ambushed near Gao."
    _, found = quotes(quotes_pipeline, text)
    said = next(q for q in found if q.cue == "said")
    assert contents(text, said) == ["that the convoy had been ambushed near Gao"]


def test_a_stance_takes_what_it_is_about(quotes_pipeline):
    text = "The commander accused the militia on Sunday of shelling the market."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "accused" and contents(text, q) == ["the militia on Sunday of shelling the market"]


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("Many residents believe the dam will not hold through another rainy season.", "believe",
         "the dam will not hold through another rainy season"),
        ("Aid workers hoped the road to Goma would reopen before the rains.", "hoped",  # the lemmatizer says "hop"
         "the road to Goma would reopen before the rains"),
        ("The opposition leader talked about corruption in the ports during a rally in Mombasa.", "talked",
         "corruption in the ports"),
    ],
)
def test_attitudes_and_stances_are_attributions(quotes_pipeline, text, cue, content):
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == cue and contents(text, q) == [content]


# -- sources --------------------------------------------------------------------------------------


def test_a_relative_pronoun_is_the_source_and_its_antecedent_the_speaker(quotes_pipeline):
    text = "Governor Aisha Bello, who said the curfew would end on Friday, left Kano on Sunday."
    ex, [q] = quotes(quotes_pipeline, text)
    assert q.speaker_text == "who" and contents(text, q) == ["the curfew would end on Friday"]
    actor = next(a for a in ex.actors if a.id == q.speaker)
    assert "Bello" in actor.name


def test_a_statement_speaks_for_whoever_issued_it(quotes_pipeline):
    text = "The ministry issued a statement saying the convoy had been attacked near Kidal."
    _, [q] = quotes(quotes_pipeline, text)
    assert q.cue == "saying" and q.speaker_text == "The ministry"


def test_the_name_after_an_inverted_cue_is_the_source(quotes_pipeline):
    text = '"The shelling never stopped," said Olena Kovalenko, half smiling.'
    _, [q] = quotes(quotes_pipeline, text)
    assert q.speaker_text == "Olena Kovalenko" and contents(text, q) == ['"The shelling never stopped,"']


def test_a_headline_name_and_colon(quotes_pipeline):
    text = "Kenyatta: We will not send troops to Haiti without a mandate"
    _, [q] = quotes(quotes_pipeline, text)
    assert (q.cue, q.speaker_text) == (":", "Kenyatta")
    assert contents(text, q) == ["We will not send troops to Haiti without a mandate"]


def test_a_quotation_signed_with_a_dash(quotes_pipeline):
    text = '"The river took everything we had."\n\n- Fatima Bello, a farmer in Maiduguri.'
    _, [q] = quotes(quotes_pipeline, text)
    assert (q.cue, q.speaker_text) == ("-", "Fatima Bello") and contents(text, q) == ['"The river took everything we had."']


def test_a_quotation_after_its_long_attribution_sentence_continues_the_quote(quotes_pipeline):
    text = ("“We will not leave the camp until the shelling stops,” Amina Yusuf, a teacher who fled El Fasher in May, "
            "told reporters by telephone from Tawila on Sunday. “Our children have nowhere else to go.”")
    _, qs = quotes(quotes_pipeline, text)
    assert len(qs) == 1
    assert [text[s:e] for s, e in qs[0].content_spans][-1].startswith("“Our children")


def test_example_article(quotes_pipeline, seed_article):
    """shared/examples/seed-article.txt: every direct quote with its speaker (Baghdadi or Townsend), the
    Oct. 26 news conference in Baghdad on 2016-10-26, and the officials' claims as indirect quotes."""
    import re

    text = seed_article.read_text(encoding="utf-8")
    ex, qs = quotes(quotes_pipeline, text, published="2016-11-10")
    names = {a.id: a.name for a in ex.actors}
    places = {p.id: p.name for p in ex.places}
    direct = [q for q in qs if q.kind == "direct"]
    # every quotation that opens a sentence of the article is someone's direct quote
    openings = [m.start() for m in re.finditer(r"(?:^|\n|[.!?]”?\s)\s*“", text)]
    for at in openings:
        start = text.index("“", at)
        q = next((q for q in direct if any(s <= start + 1 < e for s, e in q.content_spans) or q.start <= start <= q.end), None)
        assert q is not None, text[start:start + 60]
        assert names.get(q.speaker) in ("Abu Bakr al-Baghdadi", "Stephen Townsend"), (text[start:start + 60], q.speaker)
    assert {names.get(q.speaker) for q in direct} >= {"Abu Bakr al-Baghdadi", "Stephen Townsend"}
    conference = next(q for q in direct if q.channel and "news conference" in q.channel)
    assert names[conference.speaker] == "Stephen Townsend"
    assert conference.said_on == "2016-10-26" and places.get(conference.said_at) == "Baghdad"
    indirect = {q.speaker_text for q in qs if q.kind == "indirect"}
    assert {"U.S. military officials", "Pentagon officials", "U.S. officials"} <= indirect
