"""Entities that depend on who a source's words are about: a person's aide is not the person,
an independent analyst is not the body their title mentions, and a pronoun or a definite
description takes the entity of what it refers back to (extract/registry.py,
extract/pronouns.py, extract/aliases.py), seen through ``extract``."""

from __future__ import annotations

import re

import pytest
from extract_helpers import one
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.aliases import given_names_before


@pytest.mark.parametrize(
    ("aide", "body", "body_entity"),
    [
        # A person's spokesman, aide or adviser speaks for themselves; a body's speaks for it.
        ("The drills will go ahead, said Yoon's chief spokesman, Lee Do-woon.",
         "The drills will go ahead, said the Pentagon's chief spokesman, John Doe.", "Pentagon"),
        ("Putin's spokesman said the talks had stalled.",
         "The Kremlin's spokesman said the talks had stalled.", "Kremlin"),
        ("An aide to Kim said the launch had failed.",
         "A spokesman for the Pentagon said the launch had failed.", "Pentagon"),
        ("A senior Biden adviser told reporters the sanctions would stay.",
         "A senior Pentagon adviser told reporters the sanctions would stay.", "Pentagon"),
    ],
)
def test_a_persons_aide_is_not_the_person(reg, aide, body, body_entity):
    att = one(aide, reg)
    assert att.entity == att.source
    assert one(body, reg).entity == body_entity


def test_an_owner_named_by_its_own_alias_still_speaks(reg):
    """The registry's own descriptions keep working beside the aide rule."""
    assert one("Yoon's national security adviser said the drills would go ahead.",
               reg).entity == "Yoon's national security adviser"
    assert one("Ukraine's president told reporters the talks would resume.", reg).entity == \
        "Zelenskyy"
    assert one("South Korea's spy agency told lawmakers the troops had moved.", reg).entity == \
        "NIS"


@pytest.mark.parametrize(
    ("analyst", "official", "official_entity"),
    [
        # "military analyst": an analyst of military affairs, not of the Ukrainian military.
        ("Ukrainian military analyst Oleksandr Kovalenko wrote that the front had held.",
         "Ukrainian military spokesman Oleksandr Shtupun said the front had held.",
         "Ukrainian military"),
        ("The front has held, said South Korean intelligence analyst Kim Min-ho.",
         "The front has held, said senior NIS official Kim Byung-kee.", "NIS"),
        ("Ukrainian military analysts said the front had held.",
         "Ukrainian military officials said the front had held.", "Ukrainian military"),
    ],
)
def test_an_analyst_described_by_a_field_is_not_the_body(reg, analyst, official,
                                                         official_entity):
    att = one(analyst, reg)
    assert att.entity == att.source
    assert one(official, reg).entity == official_entity


def test_an_analyst_of_a_named_body_is_that_body(reg):
    assert one("ISW military analyst George Barros said the front had held.", reg).entity == \
        "ISW"


@pytest.mark.parametrize(
    ("antecedent", "rest", "entity"),
    [
        ("Analysts at the Institute for the Study of War", "have mapped the new positions.",
         "ISW"),
        ("Officials at the Pentagon", "briefed reporters on Monday.", "Pentagon"),
        ("Researchers from ISW", "published new maps.", "ISW"),
        # A body the registry does not know: the whole phrase, as the source would be.
        ("Analysts at the Carnegie Endowment", "have tracked the talks.",
         "Analysts at the Carnegie Endowment"),
    ],
)
def test_they_after_people_at_a_body_is_what_the_phrase_names(reg, antecedent, rest, entity):
    context = [f"{antecedent} {rest}"]
    assert one("They said the talks had stalled.", reg, context=context).entity == entity
    # The same entity the antecedent gets as a source of its own.
    assert one(f"{antecedent} said the talks had stalled.", reg).entity == entity


@pytest.mark.parametrize(
    ("context", "text", "entity"),
    [
        (["The Wall Street Journal reported the talks on Monday."],
         "The newspaper said the troops had arrived.", "Wall Street Journal"),
        (["The New York Times obtained the memo."],
         "The paper said the memo was genuine.", "New York Times"),
        (["The Associated Press counted the ballots."],
         "The news agency said the count was complete.", "AP"),
        (["Reuters reported the talks."],
         "The wire service said the talks had stalled.", "Reuters"),
        (["The BBC aired footage of the strike."],
         "The broadcaster said the footage was verified.", "BBC"),
        (["Mediazona counted the dead."],
         "The outlet said the count was incomplete.", "Mediazona"),
        (["The Institute for the Study of War published a map."],
         "The group said the map was provisional.", "ISW"),
    ],
)
def test_a_description_of_a_kind_names_the_one_entity_of_that_kind(reg, context, text,
                                                                    entity):
    assert one(text, reg, context=context).entity == entity


def test_a_description_stays_when_the_context_does_not_tell(reg):
    text = "The newspaper said the troops had arrived."
    assert one(text, reg, context=["The Wall Street Journal reported the talks."]).entity == \
        "Wall Street Journal"
    # Two newspapers; a news agency is no newspaper; "a white paper" may be the paper meant.
    both = ["The Wall Street Journal and The New York Times reported the talks."]
    assert one(text, reg, context=both).entity == "The newspaper"
    assert one(text, reg, context=["Yonhap reported the talks."]).entity == "The newspaper"
    paper = "The paper said the troops had arrived."
    white = ["The Wall Street Journal obtained a white paper on the talks."]
    assert one(paper, reg, context=white).entity == "The paper"
    # A bare "the agency" is the spy agency, not the news agency that quotes it.
    ap = ["The Associated Press reported that South Korea's spy agency had briefed lawmakers."]
    assert one("The agency said the troops had arrived.", reg, context=ap).entity == "NIS"
    assert one("The news agency said the troops had arrived.", reg, context=ap).entity == "AP"


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("South Korea's spy agency has identified two of the soldiers, it said on Tuesday.",
         "NIS"),
        ("The Pentagon has not verified the footage, it said.", "Pentagon"),
        ("Lloyd Austin met his counterpart in Seoul, and he said the alliance was strong.",
         "Lloyd Austin"),
    ],
)
def test_a_pronoun_refers_to_the_subject_of_its_own_sentence(reg, text, entity):
    att = one(text, reg)
    assert (att.source, att.entity) in (("it", entity), ("he", entity))


def test_an_earlier_sentence_still_comes_before_the_own_subject(reg):
    """"North Korea has sent more troops, it said": a body named before is who speaks."""
    text = "North Korea has sent more troops, it said."
    assert one(text, reg, context=["The NIS briefed lawmakers on Tuesday."]).entity == "NIS"
    assert one(text, reg).entity == "North Korean government"
    # A capitalised first word is no name: nothing to refer to.
    assert one("Campaigning in Ohio, he said the plant would reopen.", reg).entity == "he"


def test_a_pronoun_after_a_surname_takes_the_full_name(reg):
    """"Marta Lindqvist …. Lindqvist said …. She added": the "she" names whom the surname
    does, as the surname's own proposal does, not the surname alone."""
    context = ["Marta Lindqvist, a lawyer for the families, spoke outside the court.",
               "Lindqvist said the hearing had been postponed."]
    assert one(context[1], reg, context=context[:1]).entity == "Marta Lindqvist"
    assert one("She added that the families would appeal.", reg,
               context=context).entity == "Marta Lindqvist"


@pytest.mark.parametrize(
    "before",
    [
        "Yet Lindqvist has said nothing since the verdict.",  # a conjunction opening it
        "Although Lindqvist won the first round, the case goes on.",
        "Correspondent Marta Lindqvist filed the report from Kyiv.",  # a title before the name
        "The Review's Marta Lindqvist filed the report from Kyiv.",  # an outlet's possessive
    ],
)
def test_a_word_before_a_surname_is_no_given_name(reg, before):
    text = "Lindqvist said the report had been verified."
    assert one(text, reg, context=[before]).entity in ("Lindqvist", "Marta Lindqvist")


NAME_PIECES = st.sampled_from([
    "Smith", "John ", "Mary Ann ", "Mr. ", "smith", " ", "Smith ", "O'Neil ", "é", "-",
    "Jo-Ann ", "Zoë ", "a", "X", "Smiths", "_", "1", "Smith.", ",", "Neil", "\u2019",
])


@settings(max_examples=2000)
@given(st.lists(NAME_PIECES, max_size=9).map("".join),
       st.sampled_from(["Smith", "Neil", "Ann", "Smith."]))
def test_given_names_are_found_as_the_name_pattern_finds_them(sentence, surname):
    """"Smith said" after "John Smith" earlier: the full name comes from one or two
    capitalised words before the surname, read without compiling a pattern per surname."""
    pattern = re.compile(r"\b((?:[A-Z][a-z\u00c0-\u024f'\u2019-]+ ){1,2})" + re.escape(surname)
                         + r"\b")
    assert given_names_before(surname, sentence) == [
        (m.start(), m.end(), m.group(1)) for m in pattern.finditer(sentence)]
