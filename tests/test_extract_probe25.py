"""Extractor: long sentences of analysis where several sources meet, from a twenty-fifth
held-out probe; each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry


def test_the_anonymity_formula_keeps_its_speaker(reg: Registry) -> None:
    """"Two diplomats who spoke on condition of anonymity because they were not authorized
    to discuss the talks said": the reason given is no part of the subject; the people
    before "who" speak."""
    check_cases(reg, {
        "Two diplomats who spoke on condition of anonymity because they were not authorized "
        "to discuss the talks said Seoul had asked for the files.": [("Two diplomats", "said")],
        "Officials who spoke on condition of anonymity to describe the plan said it was dead.":
            [("Officials", "said")],
        "A senior official, who spoke on condition of anonymity, said the plan was dead.":
            [("A senior official", "said")],
    })


def test_nothing_cited_and_no_agent_in_a_deadline(reg: Registry) -> None:
    """"said, without citing any figures, that" cites nobody; "expected to rule by the end
    of June" has a deadline, no agent; "an idea once dismissed as a prank" is a participle."""
    check_cases(reg, {
        "State media said, without citing any figures, that the soldiers had done their duty.":
            [("State media", "said")],
        "The court is expected to rule by the end of June.": [],
        "An idea once dismissed as a prank moved to the center of policy.": [],
        "The plan was criticized by the end users.": [("the end users", "criticized")],
        "The Kremlin dismissed as fake the report on the troops.": [("The Kremlin", "dismissed")],
    })


def test_as_someone_put_it_with_an_appositive(reg: Registry) -> None:
    """"as the plaintiffs' lawyer, Dana Whitford, put it outside the courthouse": the
    appositive's commas come in a pair; "As expected, the firm put it up for sale" says
    nothing."""
    check_cases(reg, {
        "The ruling was “a victory for every voter,” as the plaintiffs' lawyer, Dana Whitford, "
        "put it outside the courthouse.": [("Dana Whitford", "put it")],
        "As expected, the firm put it up for sale.": [],
    })


def test_a_view_shared_by_others(reg: Registry) -> None:
    """"The Pentagon's assessment, shared by Seoul's spy agency, is that …": the owner of the
    assessment (past the aside, before "is that") and those who share it; a lowercase head
    after a name owns it too ("British intelligence's view")."""
    check_cases(reg, {
        "The Pentagon's assessment, shared by South Korea's spy agency, is that the troops "
        "have left.": [("The Pentagon", "assessment"), ("South Korea's spy agency", "shared")],
        "British intelligence's view, shared by most Western analysts, is that the incursion "
        "failed.": [("British intelligence", "view"), ("most Western analysts", "shared")],
        "Video contradicts Tulsa police's earlier claim that the man had refused to comply.":
            [("Tulsa police", "claim")],
    })


def test_a_name_before_which_and_a_body_named_earlier_in_the_sentence(reg: Registry) -> None:
    """"The Institute for the Study of War, which said": the known name runs back through
    "for the", so "which" is ISW, not "War" (but "Ivanka Trump, who" is no Donald Trump);
    "The NIS figure (the agency told lawmakers …)": the agency named earlier in the same
    sentence; "Unlike Cruz, …" and "Without Bloomberg, …" give no first names."""
    assert sources("The Institute for the Study of War, which said in its update that units "
                   "had moved, has tracked the deployment.", reg) == [("which", "ISW", "said")]
    assert sources("The introduction came from his daughter Ivanka Trump, who praised him as a "
                   "fighter.", reg) == [("who", "Ivanka Trump", "praised")]
    assert sources("The NIS figure (the agency told lawmakers that 300 had died) is low.",
                   reg) == [("the agency", "NIS", "told")]
    assert sources("Unlike Cruz, Rubio will live in New Hampshire, while Cruz has said he "
                   "will not.", reg) == [("Cruz", "Cruz", "said")]
