"""Extractor: a speaker who takes a stage to say something ("took to Telegram to denounce",
"used his speech to warn", "held a news conference to announce"). The infinitive is what
the subject said there, so the subject of the stage verb is its source; so is the one who
"was the first to confirm" it, and the one a cause "prompted" to say it. Sentences of our
own, each beside a look-alike that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_the_subject_of_a_stage_verb_says_its_purpose_infinitive(reg: Registry) -> None:
    cases: Cases = {
        "Zelenskyy took to Telegram overnight to denounce the strike on Odesa.":
            [("Zelenskyy", "denounce")],
        "Kim used a speech on Friday to warn Seoul against new drills.": [("Kim", "warn")],
        "The Pentagon held a news conference to announce the new aid package.":
            [("The Pentagon", "announce")],
        "Peskov took the opportunity to deny that troops had crossed the border.":
            [("Peskov", "deny")],
        "The defense minister went on state television to defend the mobilization.":
            [("The defense minister", "defend")],
        "Two lawmakers appeared on KBS radio to accuse the NIS of hiding casualties.":
            [("Two lawmakers", "accuse")],
        "The mayor on Tuesday seized on the report to argue for more shelters.":
            [("The mayor", "argue")],
    }
    check_cases(reg, cases)


def test_a_stage_not_yet_taken_or_a_trip_says_nothing(reg: Registry) -> None:
    """A modal, an infinitive or a negation before the stage verb: nothing said yet, or at
    all. A journey or a tool is no stage: "went to Moscow to", "used drones to attack"."""
    cases: Cases = {
        "Zelenskyy will take to Telegram to respond.": [],
        "Kim plans to hold a news conference to announce the test.": [],
        "The ministry did not go on television to deny the report.": [],
        "Russia used drones to attack Kyiv overnight.": [],
        "Kim went to Moscow to say goodbye to the troops.": [],
        "Volunteers took the train to Kharkiv to deliver generators.": [],
    }
    check_cases(reg, cases)


def test_who_was_first_to_say_it_said_it(reg: Registry) -> None:
    """"X was the first (leader) to confirm …": the one ranked first among those who said it
    is its source. A rank not yet reached, or a subject after it, is not read here."""
    cases: Cases = {
        "Zelenskyy was the first to confirm the attack on the dam.":
            [("Zelenskyy", "confirm")],
        "Kirby was the only official to predict the offensive.": [("Kirby", "predict")],
        "Lee, who was one of the earliest lawmakers to warn of the deployment, resigned.":
            [("who", "warn")],
        "Kim will be the first to announce it.": [],
    }
    check_cases(reg, cases)


def test_who_a_cause_made_speak_said_it(reg: Registry) -> None:
    """"The strike prompted the Kremlin to warn …": the one the cause moved to speak is the
    source. A cause that may still come, a passive's agent or a journey says nothing."""
    cases: Cases = {
        "The strike on the dam prompted the Kremlin to warn of retaliation.":
            [("the Kremlin", "warn")],
        "The leaked memo led Defense Minister Shin Won-sik to deny the report.":
            [("Defense Minister Shin Won-sik", "deny")],
        "New satellite images forced the ministry to acknowledge the losses.":
            [("the ministry", "acknowledge")],
        "The strike could prompt Seoul to protest.": [],
        "Kyiv was spurred by Moscow's failure to deny the report.": [],
        "Lee drove from Seoul to ask the minister about the troops.": [],
    }
    check_cases(reg, cases)
