"""Extractor: senses of a cue word in which nobody states anything (a display, showing up
for duty, a gesture toward an audience, writing works, an event that requires something, a
noun after a quantifier), each next to a look-alike whose statement must still be found.

Sentences of our own, several phrasings per sense, so a rule aimed at one sentence fails.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_show_off_is_a_display(reg: Registry) -> None:
    check_cases(reg, {
        # "show off" puts something on display; no claim is made.
        "The coast guard showed off two captured speedboats at a ceremony in Odesa.": [],
        "The Air Force shows off its newest bomber.": [],
        "Ms. Alvarez showed off the trophy to reporters on Tuesday.": [],
        # What a showing makes plain is a finding, and a display may come with words.
        "The audit showed that the agency had overspent.": [("The audit", "showed")],
        "The general showed off the new drones and said they would change the war.":
            [("The general", "said")],
    })


def test_reporting_for_duty_is_showing_up(reg: Registry) -> None:
    check_cases(reg, {
        # Reporting for (or to) duty, work or training is arriving; nothing is reported.
        "Two firefighters reported for duty at dawn.": [],
        "The nurse reported for the night shift at seven.": [],
        "Mr. Okafor reported for jury duty in March.": [],
        "The recruits reported for basic training in Georgia.": [],
        "The guards reported to work despite the strike.": [],
        # Reported words, and a reporter writing for an outlet, stay reports.
        "The inspectors reported that the dam was safe.": [("The inspectors", "reported")],
        "Ana Ruiz reported for the Tribune that the mill would close.":
            [("Ana Ruiz", "reported")],
        "The warden reported to the jury that the cells were full.":
            [("The warden", "reported")],
    })


def test_acknowledging_an_audience_is_a_gesture(reg: Registry) -> None:
    check_cases(reg, {
        # Acknowledging applause, cheers or a crowd is a wave or a bow; nothing is admitted.
        "The pianist acknowledged the applause with a nod.": [],
        "Ms. Brandt acknowledged the cheers of her supporters.": [],
        "The striker acknowledged the away fans after the final whistle.": [],
        "The governor acknowledged the crowd's standing ovation and left the stage.": [],
        # A fault, a fact or a clause acknowledged is an admission, about a crowd too.
        "The pianist acknowledged the error.": [("The pianist", "acknowledged")],
        "The organizers acknowledged that the hall was too small.":
            [("The organizers", "acknowledged")],
        "The mayor acknowledged the crowd was smaller than expected.":
            [("The mayor", "acknowledged")],
        "The club acknowledged the fans' anger over prices.":
            [("The club", "acknowledged")],
    })


def test_writing_works_by_the_count_is_no_claim(reg: Registry) -> None:
    check_cases(reg, {
        # Works counted are a writer's output, not something stated.
        "Ms. Okoye wrote four novels before she turned 40.": [],
        "The playwright wrote two comedies, three plays and an opera.": [],
        "Hansen wrote dozens of songs for other singers.": [],
        "She wrote more than 20 children's books.": [],
        # Where the writing states something, the writer is the source.
        "Sen. Ortiz wrote in a letter to the governor that the budget was short.":
            [("Sen. Ortiz", "wrote in a letter")],
        "The mayor wrote on Telegram that the bridge had reopened.":
            [("The mayor", "wrote")],
        "Ms. Okoye wrote that the novel was finished.": [("Ms. Okoye", "wrote")],
        "The senator wrote three letters to the agency urging a review.":
            [("The senator", "wrote")],
    })


def test_an_event_that_demands_is_no_speaker(reg: Registry) -> None:
    check_cases(reg, {
        # An event or a circumstance demands (requires) something; it says nothing.
        "The mayor wrote in a memo that the flooding crisis demanded a quick response.":
            [("The mayor", "wrote in a memo")],
        "The escalation demanded a tougher answer, the minister said.":
            [("the minister", "said")],
        "The scale of the attacks demanded a new plan.": [],
        "The situation called for calm heads.": [],
        # People, groups and documents demand by saying so.
        "Striking nurses demanded safer staffing.": [("Striking nurses", "demanded")],
        "The union demanded a new contract.": [("The union", "demanded")],
        "The families of the victims demanded an inquiry.":
            [("The families of the victims", "demanded")],
        "The International Crisis Group demanded access to the camps.":
            [("The International Crisis Group", "demanded")],
        "The lawsuit demanded his reinstatement.": [("The lawsuit", "demanded")],
    })


def test_a_plural_count_before_an_s_form_counts_a_noun(reg: Registry) -> None:
    check_cases(reg, {
        # A plural count ("enough", "more", "many", "both") takes "play", "claim"; before the
        # "-s" form it is the noun's count, not a subject.
        '"We never made enough plays down the stretch."': [],
        "The visitors made more plays down the stretch.": [],
        "Many claims about the count were false.": [],
        "Both plays down the sideline were reviewed.": [],
        # The same words as a subject with its verb, and "both" after a subject.
        "More say they will vote early.": [("More", "say")],
        "The senator plays down the risk.": [("The senator", "plays down")],
        "Each says the other side lied.": [("Each", "says")],
        "She both documents the boom and mocks it.": [("She", "documents")],
    })
