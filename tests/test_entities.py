"""Entities from the document: definite descriptions and surnames resolved against earlier
sentences (extract/aliases.py), seen through ``extract``."""

from __future__ import annotations

import pytest

from extract import extract


def entity_of(text: str, context: list[str], reg) -> str:
    att, = extract(text, reg, context=context)
    return att.entity


@pytest.mark.parametrize(
    ("context", "text", "entity"),
    [
        # The head noun is the head of one of the entity's names; the other words occur in
        # its names.
        (["Denmark's Defence Intelligence Service published its annual threat assessment."],
         "The intelligence service said the risk had grown.", "Danish intelligence"),
        (["Ukraine's Foreign Ministry summoned the Hungarian envoy on Tuesday."],
         "The ministry said the meeting was tense.", "Ukrainian Foreign Ministry"),
        # The last words of a registered name used before stand for it.
        (["Ukraine's General Staff publishes a daily tally of Russian losses."],
         "The General Staff said the enemy had lost 1,500 men.", "Ukrainian military"),
        (["Russia's Defence Ministry issued a statement on Monday."],
         "The Defence Ministry said the troops were rotated.", "Russian Defense Ministry"),
        # The head noun is the entity's kind.
        (["Oryx published a new tally of destroyed tanks."],
         "The think tank said losses had slowed.", "Oryx"),
    ],
)
def test_definite_description_names_the_one_entity_that_fits(reg, context, text, entity):
    assert entity_of(text, context, reg) == entity


@pytest.mark.parametrize(
    ("context", "text"),
    [
        # Two ministries named: "the ministry" could be either.
        (["Ukraine's Foreign Ministry and Russia's Defence Ministry traded accusations."],
         "The ministry said the meeting was tense."),
        # A ministry the registry does not know is a rival too.
        (["Ukraine's Foreign Ministry and the Ministry of Culture met on Monday."],
         "The ministry said the meeting was tense."),
        # A plural is a group of people, not one named entity.
        (["Ukrainian officials met their Polish counterparts."],
         "The officials said the talks went well."),
        # Nothing fits "the embassy".
        (["Ukraine's Foreign Ministry summoned the Hungarian envoy on Tuesday."],
         "The embassy said the meeting was tense."),
    ],
)
def test_definite_description_stays_when_it_does_not_tell(reg, context, text):
    source = text.split(" said")[0]
    assert entity_of(text, context, reg) == source


@pytest.mark.parametrize(
    ("context", "text", "entity"),
    [
        # Korean names put the surname first; the nearest full name beats the registry's "Kim".
        (["Unification Minister Kim Yung-ho visited the border on Tuesday."],
         "Kim said the talks would resume.", "Kim Yung-ho"),
        (["Defence Minister Shin Won Sik spoke to reporters."],
         "Shin said the drills would continue.", "Shin Won Sik"),
        # A title before the name is not part of it.
        (["French President Emmanuel Macron met the Ukrainian delegation."],
         "Macron said Europe would help.", "Emmanuel Macron"),
        # A title-case headline: only the word before the surname is a given name.
        (["Kremlin Rebukes Envoy Ivan Petrov Over Remarks"],
         "Petrov said he had been misquoted.", "Ivan Petrov"),
    ],
)
def test_surname_takes_the_full_name_named_before(reg, context, text, entity):
    assert entity_of(text, context, reg) == entity


def test_a_full_name_is_not_replaced_by_a_relative(reg):
    context = ["Oleksandr Kovalenko, a veteran, spoke at the rally."]
    assert entity_of("Maria Kovalenko said the rally was peaceful.", context, reg) == \
        "Maria Kovalenko"


@pytest.mark.parametrize(
    ("text", "source", "entity"),
    [
        ("The deployment has alarmed Seoul, whose spy agency said on Friday that 300 North "
         "Koreans had been killed.", "spy agency", "NIS"),
        ("Budapest was rebuked by Ukraine, whose foreign ministry called the remarks a lie.",
         "foreign ministry", "Ukrainian Foreign Ministry"),
        # An antecedent the registry does not know leaves the words as they stand.
        ("He met a farmer whose son said the war was lost.", "son", "son"),
    ],
)
def test_whose_source_belongs_to_its_antecedent(reg, text, source, entity):
    att, = extract(text, reg)
    assert (att.source, att.entity) == (source, entity)
