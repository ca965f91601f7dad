"""Extractor: subjects the verb reader lost or misread, among them bodies that no word list
names, trailing speakers and sentences whose opening piece is a clause of its own. Sentences
of our own, each beside a look-alike that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases, date_of, sources

from extract.registry import Registry


def test_a_day_or_a_statement_after_an_evidence_verb_makes_its_subject_a_speaker(
        reg: Registry) -> None:
    """"The water board confirmed Monday that …": "confirmed" is also what an event does ("the
    deployment confirmed Russia's plans"), but an event confirms nothing on a day or in a
    statement; a body the head-noun lists lack speaks."""
    cases: Cases = {
        "The water board confirmed Monday that the reservoir had been closed.":
            [("The water board", "confirmed")],
        "The county confirmed on Friday that two roads would stay shut through the winter.":
            [("The county", "confirmed")],
        "The parish revealed in a statement that the bell tower needed repairs.":
            [("The parish", "revealed in a statement")],
        # look-alikes: an event, or a count after the verb, is still no speaker
        "The flooding confirmed how fragile the levees had become.": [],
        "The test confirmed 14 new cases in the region.": [],
    }
    check_cases(reg, cases)


def test_the_day_after_the_verb_is_the_statements_date() -> None:
    """The day that marks the statement is its date (the Tuesday before a Saturday)."""
    text = "The school district confirmed Tuesday that a pupil had fallen ill at recess."
    assert date_of(text, "The school district") == "2025-01-14"


def test_a_body_that_trails_the_clause_it_confirms_speaks(reg: Registry) -> None:
    """"The keeper was ruled fit, the club confirmed.": a subject and "confirmed" or
    "revealed" after the comma that closes the reported clause, with nothing of their own
    after them but where or when: the body announced it. "…, the primary showed." stays the
    writer's inference from an event, as does an event with a clause of its own."""
    cases: Cases = {
        "The keeper was ruled fit for Saturday, the club confirmed.":
            [("the club", "confirmed")],
        "The keeper was ruled fit for Saturday, the federation confirmed on its website.":
            [("the federation", "confirmed")],
        "Two wards will close next month, the hospital revealed late Monday.":
            [("the hospital", "revealed")],
        '"The keeper is fit," the club confirmed.': [("the club", "confirmed")],
        # look-alikes: an event's showing, trailing or not, is no statement
        "Support for the mayor was soft, the primary showed.": [],
        "After the storm, the flooding confirmed how fragile the levees were.": [],
    }
    check_cases(reg, cases)


def test_an_opening_clause_is_no_subject_of_the_pieces_after_it(reg: Registry) -> None:
    """"Mr. Okafor retired in June, his wife, Ada Okafor, said.": the piece that opens the
    sentence holds a finite verb (a past form after a name, or one with its object), so it
    is what was said and the role and name after it are the speaker. A participle that
    describes a noun ("A report released Friday", "Veterans interviewed at the rally", "a
    lawsuit filed by …") keeps its subject."""
    cases: Cases = {
        "Mr. Okafor retired in June after 30 years on the force, his wife, Ada Okafor, said.":
            [("his wife, Ada Okafor", "said")],
        "But Okafor retired in June, his wife, Ada Okafor, said.":
            [("his wife, Ada Okafor", "said")],
        "The council approved the budget in a late vote, its chairman, Tom Reed, said.":
            [("its chairman, Tom Reed", "said")],
        # look-alikes: subjects with a participle, and a name with its appositives
        "A report released Friday, seen by Reuters, said the plan had stalled.":
            [("A report released Friday", "said")],
        "Veterans interviewed at the rally, including Mr. Jebens, said they had no problem "
        "with it.": [("Veterans interviewed at the rally, including Mr. Jebens", "said")],
        "The lawsuit filed by a former aide, a veteran, alleges a long list of violations.":
            [("The lawsuit filed by a former aide, a veteran", "alleges")],
        "Ms. Reyes, a nurse who moved to Fresno, said the clinic was short of staff.":
            [("Ms. Reyes, a nurse who moved to Fresno", "said")],
        "Russia's foreign minister, Sergei Lavrov, said the talks had failed.":
            [("Russia's foreign minister, Sergei Lavrov", "said")],
    }
    check_cases(reg, cases)


def test_a_speaker_after_the_verb_follows_an_opening_clause(reg: Registry) -> None:
    """"The company lobbied on behalf of …, at both levels, said consultant Mary Hale, a
    former aide.": the pieces before the verb open with a past verb, and a speaker after
    "said" closes the sentence; read as its subject, the pieces would leave "said" nothing
    to report. A clause after the verb keeps the subject before it."""
    cases: Cases = {
        "The company lobbied on behalf of dairy farmers, at both the state and federal "
        "levels, said consultant Mary Hale, a former aide.":
            [("consultant Mary Hale, a former aide", "said")],
        "The union campaigned for the measure, in person and online, said Joe Park.":
            [("Joe Park", "said")],
        # look-alike: the verb reports a clause, so the pieces before it are its subject
        "A report released Friday, seen by Reuters, said Smith, the mayor, had lied.":
            [("A report released Friday", "said")],
    }
    check_cases(reg, cases)


def test_the_day_inside_the_reported_clause_is_not_the_statements() -> None:
    """"Ms. Reyes died on Thursday …, her son, Luis Reyes, said.": Thursday dates the death."""
    text = "Ms. Reyes died on Thursday at a hospital in Fresno, her son, Luis Reyes, said."
    assert date_of(text, "her son, Luis Reyes") is None


def test_a_company_suffix_keeps_its_dot_inside_the_sentence(reg: Registry) -> None:
    """"Acme Corp. said", "Birch Ltd., a maker of garden tools, said": "Inc.", "Corp.",
    "Co.", "Ltd." are one token with their dot, so the dot ends neither the subject nor the
    sentence's words; at the sentence's end the dot is its full stop."""
    cases: Cases = {
        "Acme Corp. said profits rose in the third quarter.": [("Acme Corp.", "said")],
        "Birch Ltd., a maker of garden tools, said sales had doubled.":
            [("Birch Ltd., a maker of garden tools", "said")],
        "Profits rose, said Delta Co., a maker of valves.":
            [("Delta Co., a maker of valves", "said")],
        # look-alike: the last dot of the sentence stays its full stop
        "Profits rose, said a spokesman for Delta Co.": [("a spokesman for Delta Co", "said")],
    }
    check_cases(reg, cases)


def test_a_company_is_not_the_person_its_first_word_names(reg: Registry) -> None:
    """"Cotton Inc." is a company; the registry's "Cotton" is Sen. Tom Cotton. The suffix
    makes the name another one, so the entity is the source's own words."""
    assert sources("Cotton Inc., a trade group for growers, said prices had fallen.", reg) \
        == [("Cotton Inc., a trade group for growers", "Cotton Inc., a trade group for growers",
             "said")]
    assert sources("Cotton Inc. said prices had fallen.", reg) \
        == [("Cotton Inc.", "Cotton Inc.", "said")]
    # look-alike: the senator keeps his entity
    assert sources("Sen. Cotton said the bill was flawed.", reg) \
        == [("Sen. Cotton", "Tom Cotton", "said")]


def test_a_role_that_names_whose_it_is_describes_a_trailing_speaker(reg: Registry) -> None:
    """"…, said Ann Roe, Facebook's director of policy.": a role after a possessive name that
    runs to the end of the sentence describes the speaker, as a bare role does ("…, said
    Mitchell Moss, urban policy professor at NYU."). A clause there is no role."""
    cases: Cases = {
        "The rules will change next year, said Ann Roe, Facebook's director of policy.":
            [("Ann Roe, Facebook's director of policy", "said")],
        "The firm hired more lobbyists, at both levels, said Tom Bell, Smith's former "
        "partner.": [("Tom Bell, Smith's former partner", "said")],
        # look-alike: a clause after the name is no appositive of it
        "The rules will change, said Ann Roe, Facebook's shares fell.": [("Ann Roe", "said")],
    }
    check_cases(reg, cases)


def test_a_possessive_opens_the_subject_that_a_later_verb_shares(reg: Registry) -> None:
    """"Seoul's spy agency released a statement saying …": the subject that a gerund or a
    verb after "and" goes back to runs past the possessive to its head noun and on over the
    name a role noun puts before the verb."""
    cases: Cases = {
        "Seoul's spy agency released a statement saying the casualties had doubled.":
            [("Seoul's spy agency", "saying")],
        "Kyiv's military governor toured the damaged plant and said repairs would take months.":
            [("Kyiv's military governor", "said")],
        "Kim's younger sister visited the border, calling the drills a provocation.":
            [("Kim's younger sister", "calling")],
        "Ukraine's military intelligence chief Kyrylo Budanov toured the front and said the "
        "line held.": [("Ukraine's military intelligence chief Kyrylo Budanov", "said")],
    }
    check_cases(reg, cases)


def test_a_capitalised_modifier_runs_on_to_its_people_noun(reg: Registry) -> None:
    """"Foreign policy analysts said …, citing": the subject a gerund or a verb after "and"
    goes back to runs over lowercase modifiers to its people or role noun, and over the name
    after a role noun; a verb or an adverb after the name stops it."""
    cases: Cases = {
        "Nuclear proliferation experts toured the site, saying the test had failed.":
            [("Nuclear proliferation experts", "saying")],
        "Ukrainian presidential adviser Mykhailo Podolyak joined the talks, calling them "
        "useless.": [("Ukrainian presidential adviser Mykhailo Podolyak", "calling")],
        "President Zelenskyy passionately rebuked critics, saying the aid had saved lives.":
            [("President Zelenskyy", "saying")],
    }
    check_cases(reg, cases)


def test_who_the_sources_are_stays_with_them_after_the_cue(reg: Registry) -> None:
    """"according to a source close to the campaign", "said three people briefed on the
    talks": what describes the sources after "according to" or an inverted verb is theirs,
    as it is before the verb ("Sources close to the Kremlin said")."""
    cases: Cases = {
        "The deal is off, according to a source close to the Kremlin.":
            [("a source close to the Kremlin", "according to")],
        "The deal is off, said three people briefed on the talks.":
            [("three people briefed on the talks", "said")],
        "The envoy briefed on Friday.": [],
    }
    check_cases(reg, cases)
