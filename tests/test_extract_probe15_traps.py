"""Extractor: constructions with a cue word in which nobody is reported as saying anything,
found by a fifteenth held-out probe, each fixed by a general rule. Sentences of our own,
several phrasings per pattern, each beside look-alikes that must keep their attribution.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_claiming_money_is_applying_for_it(reg: Registry) -> None:
    """Claiming a refund, benefits, damages, a tax credit or expenses applies for money;
    nothing is asserted. Credit for a deed, responsibility, victory and a reported clause
    ("claimed the refund was never paid") stay claims."""
    cases: Cases = {
        "Residents who claim the heating allowance must apply before March.": [],
        "She claimed unemployment benefits for six months after the plant closed.": [],
        "Thousands of families are claiming the child tax credit for the first time.": [],
        "The farmers claimed compensation for the flooded fields.": [],
        "Several lawmakers claimed travel expenses for trips they never took.": [],
        "The couple claimed back the deductions at the end of the year.": [],
        # a claim of fact keeps its claimant
        "The landlord claimed the refund was never owed.": [("The landlord", "claimed")],
        "The hackers claimed credit for the outage.": [("The hackers", "claimed")],
        "The militia claimed responsibility for the ambush.": [("The militia", "claimed")],
        "The governor claimed victory in the budget fight.": [("The governor", "claimed")],
        "He claimed that pensions had been cut.": [("He", "claimed")],
    }
    check_cases(reg, cases)


def test_a_participle_after_a_plural_thing_describes_it(reg: Registry) -> None:
    """A cue's participle right after a lowercase plural noun that names no people, body or
    document, a preposition after it, describes the noun ("cases reported in Ohio"): nobody
    before it said anything. Speakers, documents, bodies before a reported clause, verbs
    without an object and a by-agent keep their source."""
    cases: Cases = {
        "The number of flu cases reported in Ohio has doubled since March.": [],
        "The tracker, which counts only strikes documented with satellite images, estimates "
        "that 300 bridges were hit.": [("The tracker", "estimates")],
        "The attacks confirmed at the border were smaller than feared.": [],
        "Most of the outages announced during the storm were brief.": [],
        "Many of the abuses described in the lawsuit happened years ago.": [],
        # speakers, documents, bodies, verbs without an object, a by-agent
        "Officials reported in a statement that the dam had held.":
            [("Officials", "reported in a statement")],
        "Researchers found in 2021 that the vaccine cut deaths.": [("Researchers", "found")],
        "The audits documented in detail how the funds were spent.":
            [("The audits", "documented")],
        "Many hospitals reported in a survey that beds were scarce.":
            [("Many hospitals", "reported")],
        "Local regulators disclosed in a filing that the bank had failed.":
            [("Local regulators", "disclosed")],
        "Voters at both rallies agreed with the mayor.": [("Voters at both rallies", "agreed")],
        "Losses reported by Kyiv have been lower.": [("Kyiv", "reported")],
    }
    check_cases(reg, cases)


def test_responding_to_a_call_out_is_a_dispatch(reg: Registry) -> None:
    """Police, firefighters or medics who respond to a call, a scene, a fire or a report
    of something are sent there; nobody replies. A reply stays one: to a report or to
    criticism, "calls for" a resignation, and any call-out the clause shows answered ("by
    denying it", ", saying …", "with a statement")."""
    cases: Cases = {
        "Firefighters responded to a 911 call about smoke in the basement.": [],
        "Two deputies responded to the scene shortly after 2:15 a.m.": [],
        "Troopers responded to reports of a car driving the wrong way on the highway.": [],
        "An off-duty nurse responded to the crash on Route 9 and helped the driver.": [],
        # replies keep their speaker
        "The ministry responded to the report by denying it.": [("The ministry", "responded")],
        "The mayor responded to the criticism, saying the budget was fair.":
            [("The mayor", "responded")],
        "The senator responded to calls for his resignation.": [("The senator", "responded")],
        "The utility responded to the fire with a statement blaming the heat.":
            [("The utility", "responded")],
    }
    check_cases(reg, cases)


def test_threatening_with_a_weapon_is_an_act(reg: Registry) -> None:
    """Threatening someone with a knife, a gun, a bat or a hammer is a gesture with a
    weapon; nothing is stated. A threat in words keeps its speaker: retaliation, sanctions,
    a state's nuclear weapons, and an infinitive that says what will be done."""
    cases: Cases = {
        "The man threatened the cashier with a handgun and took the cash.": [],
        "The passenger reportedly threatened the driver with a broken bottle.": [],
        "He allegedly threatened them with a baseball bat.": [],
        "She threatened two classmates with a pocket knife.": [],
        # threats in words
        "Beijing threatened Manila with unspecified countermeasures.":
            [("Beijing", "threatened")],
        "The president threatened the bloc with new tariffs.": [("The president", "threatened")],
        "Pyongyang threatened its neighbours with nuclear weapons.":
            [("Pyongyang", "threatened")],
        "The gunman threatened to shoot the hostages with his rifle.":
            [("The gunman", "threatened")],
    }
    check_cases(reg, cases)


def test_found_in_a_state_is_discovering(reg: Registry) -> None:
    """"found" with a state right after it (abandoned, dead, alive, missing, intact) is a
    passive of discovering someone or something; whoever found it states nothing. A state
    word before a noun modifies what was found, a finding, and a verdict by a jury is left
    as it was."""
    cases: Cases = {
        "The stolen van was found abandoned by a farmer near the river.": [],
        "The missing climber was found alive by a rescue team on Sunday.": [],
        "Two of the paintings were later found intact by investigators.": [],
        "The shop was found burned out by the owner the next morning.": [],
        # a finding keeps its source
        "The audit found missing funds in three accounts.": [("The audit", "found")],
        "He was found guilty by a jury.": [("a jury", "found")],
        "The fire was found by investigators to have been set deliberately.":
            [("investigators", "found")],
    }
    check_cases(reg, cases)


def test_a_quoted_according_to_phrase_is_mentioned(reg: Registry) -> None:
    """An "according to X" that is the whole of a quotation the sentence talks about (the
    phrase, the caveat, a sentence that opens with it) cites nobody. A quotation that goes
    on after the source, and a writer's scare quotes inside a clause, keep the source."""
    cases: Cases = {
        'The caveat "according to the ministry" now opens every bulletin.': [],
        '"According to state media" has become a running joke among exiles.': [],
        'Viewers mocked the "according to the Pentagon," disclaimer for weeks.':
            [("Viewers", "mocked")],
        # someone's words, or the writer's scare quotes
        '"According to the ministry, the dam held," the mayor said.': [("the mayor", "said")],
        'The losses were, "according to the Kremlin," negligible.':
            [("the Kremlin", "according to")],
        "The phrase is common, according to the Kremlin.": [("the Kremlin", "according to")],
    }
    check_cases(reg, cases)


def test_press_release_headings_are_no_speakers(reg: Registry) -> None:
    """A press release's headings ("About X:", "Media Contact:", "Contact:", "Investor
    Relations:", "Forward-Looking Statements:") label its boilerplate; nobody speaks. A
    speaker's or an agency's label stays."""
    cases: Cases = {
        "About Nordvik Shipping: Nordvik Shipping is a Norwegian ferry operator based in "
        "Bergen.": [],
        "Press Contact: Maria Lopez, Head of Communications, +1 415 555 0199": [],
        "Contact: Anna Berg, anna.berg@example.org": [],
        "Investor Relations: Kenji Sato, ir@example.com": [],
        "Forward-Looking Statements: This release contains projections that involve "
        "risks.": [],
        "Media Enquiries: Tom Reed, press office": [],
        # speakers' labels
        "WALLACE: Governor, you have thirty seconds.": [("WALLACE", ":")],
        "Zelenskyy: Ukraine will not cede territory.": [("Zelenskyy", ":")],
    }
    check_cases(reg, cases)


def test_a_cue_opening_a_named_title_is_part_of_it(reg: Registry) -> None:
    """An inverted cue that opens a quoted title right after "named", "called", "dubbed",
    "titled" or "entitled" is the title's first word. Speech quoted after a comma, or
    after its speaker, stays speech."""
    cases: Cases = {
        'A novel named "Said the Liar" topped the charts in Oslo.': [],
        'Her band released an album called "Say the Word" last spring.': [],
        'The exercise, dubbed "Warn the Villages," ran for three days.': [],
        'A new podcast entitled "Says the Soldier" is popular in Kyiv.': [],
        # speech after a comma or its speaker
        '"Say it again," said the coach, laughing.': [("the coach", "said")],
        'The sergeant shouted, "Tell the men to move."': [("The sergeant", "shouted")],
    }
    check_cases(reg, cases)
