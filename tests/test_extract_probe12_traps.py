"""Extractor: constructions with a cue word in which nobody is reported as saying anything,
found by a twelfth held-out probe, each fixed by a general rule. Sentences of our own,
several phrasings per pattern, each beside look-alikes that must keep their attribution.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_according_to_a_criterion_is_no_source(reg: Registry) -> None:
    """Right after a verb, "according to" a criterion or a pattern, or to a trait that a
    possessive hangs on someone ("paid according to their skills"), means "in line with":
    nothing is said. A person, a document or data after the same words, or the phrase set
    off by a comma or opening the sentence, still states the claim."""
    cases: Cases = {
        "The militia struck according to a pattern seen in earlier raids.": [],
        "Bonuses are awarded according to their rank and tenure.": [],
        "The nurses were assigned according to their skills.": [],
        "The villages were rebuilt according to its own priorities.": [],
        "Officers were promoted according to seniority and merit.": [],
        # who or what could have said it keeps "according to"
        "The unit was disbanded according to his lawyer.": [("his lawyer", "according to")],
        "Prices rose according to their own count.": [("their own count", "according to")],
        "The vote was delayed according to its website.": [("its website", "according to")],
        "The town fell, according to its mayor.": [("its mayor", "according to")],
        "The brigade withdrew according to Ukrainian officials.":
            [("Ukrainian officials", "according to")],
    }
    check_cases(reg, cases)


def test_a_cue_opening_a_quoted_title_is_no_speech(reg: Registry) -> None:
    """A quotation right after a noun for a work, set off by a comma or not ("his memoir,
    “Said the General: …”"), is its title, whatever its words: the capitalised cue word
    opening it says nothing, and whatever follows it is no speaker. Quoted speech after a
    verb keeps its speaker, even when the work is its subject."""
    cases: Cases = {
        'His memoir, "Said the General: Forty Years in the Army," sold well.': [],
        'The song "Says the Man in the Moon" topped the charts in May.': [],
        'Her first novel, "Asked the Widow," was set in Odesa.': [],
        'The report, "Warned the Minister: How the Dam Failed," was published in May.': [],
        # speech after a verb keeps its speaker
        'The author said, "Tell them the truth about the war."': [("The author", "said")],
        'The memoir ends with a warning: "Say nothing," the general told his son.':
            [("the general", "told")],
        'The film warns, "Say nothing and you will live."': [("The film", "warns")],
    }
    check_cases(reg, cases)


def test_reporting_to_a_superior_is_no_report(reg: Registry) -> None:
    """"reported (directly) to" someone, with nothing reported after the recipient, is a
    chain of command or showing up for duty; reported words ("that …", a quotation, a
    colon), what the report was about ("on the talks") or an object after the recipient
    keep the report."""
    cases: Cases = {
        "The special forces unit reported directly to the president's chief of staff.": [],
        "The inspectors report to the Interior Ministry rather than to parliament.": [],
        "The new recruits reported to the barracks on Monday.": [],
        "The two colonels reported to a Russian general in Kursk.": [],
        # a report after all
        "The nurse reported to police that the drugs were missing.":
            [("The nurse", "reported")],
        "The auditors reported to the board on Tuesday that costs had tripled.":
            [("The auditors", "reported")],
        "The envoy reported back to Washington on the ceasefire talks.":
            [("The envoy", "reported")],
        "Health officials reported to the WHO a sharp rise in cholera cases.":
            [("Health officials", "reported")],
        'The captain reported to headquarters: "We have lost the bridge."':
            [("The captain", "reported")],
    }
    check_cases(reg, cases)


def test_expected_after_a_preposition_has_no_expecter(reg: Registry) -> None:
    """"expected to" + verb after the object of a preposition ("for a summit expected to
    focus on …", "with the Fed expected to cut rates") is a reduced passive: whoever expects
    it is nobody in the sentence. A clause's own subject expects, with or without an object
    before "to"."""
    cases: Cases = {
        "Leaders will gather in Vilnius for a summit expected to focus on air defence.": [],
        "With the central bank expected to cut rates, the lira fell.": [],
        "Turnout rose in a runoff expected to draw record crowds.": [],
        "The vote is set for May, with Tusk and Nawrocki expected to advance.": [],
        # the expecter is the subject
        "Analysts expected the central bank to cut rates.": [("Analysts", "expected")],
        "Economists expect inflation to slow next year.": [("Economists", "expect")],
        "The company expected to report a loss.": [("The company", "expected")],
        "Officials in Kyiv had expected to hold the town.": [("Officials in Kyiv", "expected")],
        "Residents of the town expected to return by May.":
            [("Residents of the town", "expected")],
        "Officials in Kyiv expected to hold the town.": [("Officials in Kyiv", "expected")],
    }
    check_cases(reg, cases)


def test_confirming_an_appointee_is_a_vote(reg: Registry) -> None:
    """Active "confirm" with a person for its object and a post, a seat or a tally after it
    (past a time phrase) is an appointment, as the passive "was confirmed by the Senate"
    already was; a fact confirmed (a clause, a common noun) or an identity (no post) stays
    a statement."""
    cases: Cases = {
        "The Senate confirmed Maria Lopez as secretary of labor late Tuesday by a vote of 52 to 48.":
            [],
        "Parliament confirmed Ruiz as the next finance minister.": [],
        "The Senate confirmed him to the Supreme Court on Thursday.": [],
        "Lawmakers confirmed former Gov. Tim Walz by a vote of 60-40.": [],
        # a fact or an identity confirmed
        "The Pentagon confirmed that two soldiers had died.": [("The Pentagon", "confirmed")],
        "Officials confirmed the deaths of two soldiers.": [("Officials", "confirmed")],
        "Police confirmed Smith as the gunman.": [("Police", "confirmed")],
        "The ministry confirmed Kim Jong Un attended the parade.":
            [("The ministry", "confirmed")],
    }
    check_cases(reg, cases)


def test_a_thing_of_something_found_is_no_finding(reg: Registry) -> None:
    """A thing found may carry an "of"-phrase ("the wreckage of the small plane") before
    its place; a measured quantity ("the rate of infection in the city fell") or a clause
    after it ("the accounts of the charity were falsified") is still a finding."""
    cases: Cases = {
        "Searchers found the wreckage of the light aircraft in a forest near Lviv.": [],
        "Police found the body of a missing teenager in a river on Monday.": [],
        "Rescuers found the crew of the fishing boat alive on Sunday.": [],
        "Soldiers found a cache of old Soviet rifles under the floor.": [],
        # a finding
        "Auditors found the accounts of the charity were falsified.": [("Auditors", "found")],
        "Scientists found the rate of infection in the city fell.": [("Scientists", "found")],
        "Researchers found the number of cases in Ohio doubled.": [("Researchers", "found")],
    }
    check_cases(reg, cases)


def test_arguing_over_or_with_is_a_quarrel(reg: Registry) -> None:
    """"argued over" something or "with" someone, with no reported words in the clause (no
    "that", quotation or colon, no question argued "on how …"), is a quarrel: nobody
    claims anything. An argument made keeps its arguer."""
    cases: Cases = {
        "The neighbours argued over a parking space for months.": [],
        "She argued with her landlord at the door before police arrived.": [],
        "The sisters argued with each other all evening.": [],
        "Ivanov, who argued with the coach at training, left the club in May.": [],
        # an argument made
        "The senator argued with the chairman that the bill was unconstitutional.":
            [("The senator", "argued")],
        'He argued with reporters, "This is a witch hunt."': [("He", "argued")],
        "The lawyers argued in a filing that the ban was illegal.":
            [("The lawyers", "argued")],
        "The minister argued over whether the army should retreat.":
            [("The minister", "argued")],
    }
    check_cases(reg, cases)
