"""Extractor: subjects interrupted by asides, quotations and relative clauses, found among
PolNeAR's missed "said" sources and fixed as general rules. Sentences of our own, each beside
a look-alike that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases, sources

from extract.registry import Registry


def test_a_quotation_inside_dashes_does_not_hide_the_subject(reg: Registry) -> None:
    """"Mayor Ruth Ann Fell — who once promised to "pave every road" — said …": a whole
    quotation between the dashes is part of the aside, so the subject before it speaks."""
    cases: Cases = {
        'Mayor Ruth Ann Fell - who once promised to "pave every road in town" - said on '
        "Monday that the budget was tight.":
            [("Mayor Ruth Ann Fell", "said"), ("who", "promised")],
        "The coach \u2014 who called the season \u201ca disaster\u201d in March \u2014 said "
        "the team had improved.": [("The coach", "said"), ("who", "called")],
        # a lone quote mark still ends the search: the quotation is the speaker's own words
        '"We will rebuild - and soon," the mayor said - and she meant it.':
            [("the mayor", "said")],
    }
    check_cases(reg, cases)


def test_who_after_a_dash_names_the_phrase_before_it(reg: Registry) -> None:
    """"Sen. Tom Cotton — who has said …": the relative pronoun's entity is the name before
    the dash, as it is before a comma."""
    for text in ("Sen. Tom Cotton \u2014 who has said the plan is flawed \u2014 voted no.",
                 "Sen. Tom Cotton -- who has said the plan is flawed -- voted no.",
                 "Sen. Tom Cotton, who has said the plan is flawed, voted no."):
        assert sources(text, reg) == [("who", "Tom Cotton", "said")], text


def test_a_source_keeps_the_quote_that_closes_its_title(reg: Registry) -> None:
    """"Jane Doe, the author of "Hard Times," said": the span ends with the title's closing
    quote (as PolNeAR marks it), never half inside a quotation."""
    cases: Cases = {
        'Jane Doe, the author of "Hard Times," said the plan would fail.':
            [('Jane Doe, the author of "Hard Times,"', "said")],
        "Al Roker, host of NBC\u2019s \u201cMorning Show,\u201d suggested the storm would "
        "weaken.": [("Al Roker, host of NBC\u2019s \u201cMorning Show,\u201d", "suggested")],
        # the quotation after the verb is still no part of the source
        '"We will win," the mayor said.': [("the mayor", "said")],
        'The mayor said: "We will win."': [("The mayor", "said")],
    }
    check_cases(reg, cases)


def test_people_nouns_head_a_clause_that_goes_on_with_and_said(reg: Registry) -> None:
    """"Other officers chafed at the order and said …": officers, nurses, firefighters and
    other people in the news head the clause whose subject the second verb shares."""
    cases: Cases = {
        "Other officers chafed at the order and said it was unsafe.":
            [("Other officers", "said")],
        "Several firefighters stayed on and said the blaze was under control.":
            [("Several firefighters", "said")],
        "The two nurses quit last year and said the ward was understaffed.":
            [("The two nurses", "said")],
        # a thing that "chafed" says nothing
        "Other rules chafed at the edges and said little.": [],
    }
    check_cases(reg, cases)


def test_a_plural_body_after_that_is_the_clauses_own_subject(reg: Registry) -> None:
    """"laws that appeals courts said discriminated": "appeals courts" is the subject of the
    relative clause, not the end of a phrase about the laws."""
    cases: Cases = {
        "He cited the laws that appeals courts said were unfair.":
            [("He", "cited"), ("appeals courts", "said")],
        "He cited the rules that federal agencies said were outdated.":
            [("He", "cited"), ("federal agencies", "said")],
        # the relative clause's verb still reads on to the head noun
        "Voters that attended the rally said they were excited.":
            [("Voters that attended the rally", "said")],
    }
    check_cases(reg, cases)


def test_a_name_after_an_object_role_is_no_subject(reg: Registry) -> None:
    """"Obama warned the Chinese leader, Xi Jinping, …, said an official": the name in commas
    describes the verb's object, so the speaker is the one after "said", not the name."""
    cases: Cases = {
        "The mayor warned the police chief, Tom Ruiz, during a meeting not to cut patrols, "
        "said an aide who was present.":
            [("The mayor", "warned"), ("an aide", "said")],
        "The council thanked the fire chief, Ana Lopez, after the storm, said a city "
        "official.": [("a city official", "said")],
        # a role that opens the clause still makes one subject with the name
        "The city's police chief, Tom Ruiz, said patrols would continue.":
            [("The city's police chief, Tom Ruiz", "said")],
    }
    check_cases(reg, cases)


def test_will_opening_a_name_is_no_question(reg: Registry) -> None:
    """"Will Estrada, the chairman, said": before a past cue "Will" is a first name (a
    modal takes the bare verb), so the sentence is no question and the name is whole; so
    is a surname right before one ("…,” Will wrote", "Theresa May said")."""
    cases: Cases = {
        "Will Estrada, the county chairman, said the vote was fair.":
            [("Will Estrada, the county chairman", "said")],
        "Will Ortega said the vote was fair.": [("Will Ortega", "said")],
        # a surname alone, too: a modal takes no inflected verb ("Will wrote", "Will calls")
        "\u201cThe vote was fair,\u201d Will wrote.": [("Will", "wrote")],
        "In particular, Will wrote, the vote was fair.": [("Will", "wrote")],
        "British Prime Minister Theresa May said the vote was fair.":
            [("British Prime Minister Theresa May", "said")],
        "The county will say the vote was fair.": [],
        # the question still asks and claims nothing
        "Will Ortega say the vote was fair?": [],
        "Did the county chairman say the vote was fair?": [],
    }
    check_cases(reg, cases)


def test_an_inverted_speaker_joined_by_and(reg: Registry) -> None:
    """"…, said author and historian Jane Doe", "…, said Jane Doe and John Roe": a second
    description or speaker that ends the clause belongs to the inverted speaker, as it does
    to a subject before the verb; a second verb after "and" does not."""
    cases: Cases = {
        "The plan will fail, said author and historian Jane Doe.":
            [("author and historian Jane Doe", "said")],
        "The plan will fail, said Jane Doe and John Roe.": [("Jane Doe and John Roe", "said")],
        "\u201cIt will fail,\u201d said the mayor and her deputy.":
            [("the mayor and her deputy", "said")],
        '"It will fail," said Smith and walked away.': [("Smith", "said")],
        "The plan will fail, said Smith and he left.": [("Smith", "said")],
    }
    check_cases(reg, cases)


def test_a_title_in_commas_inside_an_appositive(reg: Registry) -> None:
    """'Sam Lee, a contestant on the show, "The Big Prize," said': a short quoted title set
    off by commas names the show; it interrupts the subject like any appositive, while a
    quoted sentence in the same place is someone's words."""
    cases: Cases = {
        'Sam Lee, a contestant on the show, "The Big Prize," said the host was kind.':
            [('Sam Lee, a contestant on the show, "The Big Prize,"', "said")],
        "Ana Ruiz, a star of the film, \u201cNight of Ice,\u201d said the shoot was hard.":
            [("Ana Ruiz, a star of the film, \u201cNight of Ice,\u201d", "said")],
        'Sam Lee, a contestant, "It was a long night," said his brother.':
            [("his brother", "said")],
    }
    check_cases(reg, cases)


def test_a_contrast_clause_has_its_own_subject(reg: Registry) -> None:
    """"Jindal signed an order, while Huckabee proposed … and said": after ", while" or ",
    although" the clause has a subject of its own, which the verb after "and" shares; the
    sentence's first subject said nothing."""
    cases: Cases = {
        'Gov. Ann Ross signed an order, while Sen. Tom Hale, a Republican, called it "a stunt" '
        "and said he would sue.":
            [("Sen. Tom Hale, a Republican", "said")],
        "The mayor left early, whereas the governor stayed and said the plan was sound.":
            [("the governor", "said")],
        # without the clause the sentence's subject still does both
        "The mayor signed an order and said the plan was sound.": [("The mayor", "said")],
    }
    check_cases(reg, cases)


def test_names_ending_a_long_relative_clause_are_its_object(reg: Registry) -> None:
    """"Leaders who'd rather be campaigning for Cruz or Rubio or Ben Carson said": the names
    joined by "or" end the relative clause on the subject, however many words it has; a
    list of names with no relative clause before it is still the subject."""
    cases: Cases = {
        "Many of the county leaders who'd rather be working on a campaign for Ames or Diaz "
        "said they would vote.":
            [("Many of the county leaders who'd rather be working on a campaign for Ames or "
              "Diaz", "said")],
        "At a rally that night in Macon, Ames and Diaz said they would vote.":
            [("Ames and Diaz", "said")],
    }
    check_cases(reg, cases)


def test_a_reporting_clause_inside_the_sentence_ends_at_its_comma(reg: Registry) -> None:
    """"The strike, said a Ukrainian official, cut power to 20,000 homes": the words after the
    speaker's comma are the rest of the interrupted sentence, not a description of them. A
    piece that names a role or a home town still describes the speaker."""
    cases: Cases = {
        "The strike, said a Ukrainian official, cut power to 20,000 homes.":
            [("a Ukrainian official", "said")],
        "The convoy, said a spokesman for the army, hit a mine near Kupiansk.":
            [("a spokesman for the army", "said")],
        '"We are not leaving," said Olena Shevchuk, with her two sons in tow.':
            [("Olena Shevchuk", "said")],
        '"Nobody told us," said Ivan Petrenko, half joking.': [("Ivan Petrenko", "said")],
        # descriptions stay part of the source
        '"We are ready," said Mark Lyall, publisher of the Kyiv Post.':
            [("Mark Lyall, publisher of the Kyiv Post", "said")],
        '"We are ready," said Mark Lyall, senior fellow at the Atlantic Council.':
            [("Mark Lyall, senior fellow at the Atlantic Council", "said")],
        '"We pray every night," said the Rev. Peter Holt, of St. Andrew\'s Church.':
            [("the Rev. Peter Holt, of St. Andrew's Church", "said")],
    }
    check_cases(reg, cases)


def test_an_aside_after_a_common_noun_subject_keeps_it_for_the_second_verb(
        reg: Registry) -> None:
    """"The ministry, citing security concerns, closed the border and said …": the aside
    between commas interrupts the subject as it does after a name, so "said" is the
    ministry's."""
    cases: Cases = {
        "The ministry, citing security concerns, closed the border on Friday and said it "
        "would stay shut.": [("The ministry", "said")],
        "The regional governor, speaking on local television, praised the crews and said "
        "power would return by evening.": [("The regional governor", "said")],
    }
    check_cases(reg, cases)
