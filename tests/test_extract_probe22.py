"""Extractor: cue verbs in their other senses, and look-alikes a twenty-second held-out probe
found, each fixed as a general rule and tested with sentences of our own beside uses of the
same verb that report something.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_acts_in_a_relative_clause_before_the_statement(reg: Registry) -> None:
    """"The Kremlin, which has denied entry to journalists, said …": a refusal, an
    admission to hospital, a count of ballots or goals conceded say nothing; the clause's
    body still speaks."""
    check_cases(reg, {
        "The Kremlin, which has denied entry to dozens of journalists, said the report was "
        "fake.": [("The Kremlin", "said")],
        "The hospital, which admitted six people with burns, said all were stable.":
            [("The hospital", "said")],
        "Election officials, who counted ballots through the night, said turnout was 71%.":
            [("Election officials", "said")],
        "Arsenal, who conceded twice in the first half, said their captain was injured.":
            [("Arsenal", "said")],
        "Rain denied England victory on the final day.": [],
        "The home side conceded a penalty just before half-time.": [],
        # The same verbs reporting something.
        "The Kremlin denied that its troops had crossed the border.":
            [("The Kremlin", "denied")],
        "He admitted to investigators that he had lied.": [("He", "admitted")],
        "Weiner admitted to the newspaper that they had been friends.":
            [("Weiner", "admitted")],
        "Mediazona has counted at least 90,000 dead.": [("Mediazona", "counted")],
        "The senator conceded twice that the bill was flawed.": [("The senator", "conceded")],
    })


def test_particles_and_deeds_that_report_nothing(reg: Registry) -> None:
    """"warned off the burglars", "called up 30,000 reservists", "responded … by raising its
    alert level", "replied with two goals", "pointed out across the valley", "showed the
    senators around a hospital", "argued loudly in the car park", "learned quickly from its
    losses", a bill "rejected by the Senate 52-48"."""
    check_cases(reg, {
        "A barking dog warned off the burglars.": [],
        "Ukraine called up another 30,000 reservists in December.": [],
        "Seoul's military responded to the launch by raising its alert level.": [],
        "The visitors replied with two goals in the second half.": [],
        "The guide pointed out across the valley to the ridge.": [],
        "Zelenskyy showed visiting senators around a children's hospital.": [],
        "The brothers argued loudly in the car park.": [],
        "The troops learned quickly from their early losses.": [],
        "The bill was rejected by the Senate 52-48.": [],
        "Divers found a hoard of Roman coins beneath the old pier.": [],
        # The same verbs saying something.
        "Kyiv warned that the strikes would continue.": [("Kyiv", "warned")],
        "He responded by saying the plan was dead.": [("He", "responded")],
        "He pointed out to reporters that the plan was dead.": [("He", "pointed out")],
        "The data showed around 3,000 troops had died.": [("The data", "showed")],
        "He argued in court that the law was void.": [("He", "argued")],
        "The plan was rejected by Kyiv on Friday.": [("Kyiv", "rejected")],
    })


def test_spans_and_cues_the_probe_found_wrong(reg: Registry) -> None:
    """"US officials" is the country's officials ("us" is no pronoun here); "had ignored
    repeated complaints" has no speaker called "ignored"; a cue word inside a name does not
    end the speaker of a gerund ("a Network Rail spokesperson said, adding"); "held, in a
    2-1 ruling, that", "maintained his innocence" and "recognised that" report."""
    check_cases(reg, {
        "According to US officials, the troops left.": [("US officials", "According to")],
        "US officials said the troops left.": [("US officials", "said")],
        "The Journal reported, citing US officials, that the systems had arrived.":
            [("The Journal", "reported"), ("US officials", "citing")],
        "Tenants claimed that the landlord had ignored repeated complaints.":
            [("Tenants", "claimed")],
        "“The line will reopen,” a Network Rail spokesperson said, adding that buses would "
        "run.": [("a Network Rail spokesperson", "said")],
        "The appeals court held, in a 2-1 ruling, that the agency had exceeded its power.":
            [("The appeals court", "held")],
        "The defendant has maintained his innocence throughout the trial.":
            [("The defendant", "maintained")],
        "The minister recognised that mistakes had been made.":
            [("The minister", "recognised")],
        "Kyiv recognised the new government.": [],
    })


def test_a_cue_at_the_end_of_the_text(reg: Registry) -> None:
    """The quarrel test looks past "argued" and its adverb: at the text's end there is
    nothing to look at (a fuzzed "ARGUE" once ran off the end)."""
    check_cases(reg, {
        "ARGUE": [],
        "They argued loudly": [("They", "argued")],
        "The brothers argued": [("The brothers", "argued")],
    })


def test_stances_in_the_passive(reg: Registry) -> None:
    """"was welcomed by the Security Council", "have been applauded by critics", "was
    endorsed by the union": a stance in the passive, as "was praised by" already was; guests
    welcomed are greeted, and "questioned by police" is an interrogation."""
    check_cases(reg, {
        "The ceasefire was welcomed by the Security Council in a statement.":
            [("the Security Council", "welcomed")],
        "The proposals have been applauded by Wall Street critics.":
            [("Wall Street critics", "applauded")],
        "The deal was endorsed by the union.": [("the union", "endorsed")],
        "The guests were welcomed by the mayor.": [],
        "He was questioned by police for hours.": [],
    })
