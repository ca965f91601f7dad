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
