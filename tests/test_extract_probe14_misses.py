"""Extractor: constructions a fourteenth held-out probe found missing, each fixed as a general
rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_a_participle_after_later_or_first_is_passive_with_its_by_phrase(reg: Registry) -> None:
    """"…, a claim later confirmed by South Korea's spy agency": the agency confirmed it; the
    claim confirms nothing. A name before "later confirmed by" may be an active subject."""
    cases: Cases = {
        "Kyiv said two soldiers were captured, a figure later confirmed by the NIS.":
            [("Kyiv", "said"), ("the NIS", "confirmed")],
        "The losses, an estimate first reported by Yonhap, were revised.":
            [("Yonhap", "reported")],
        "Kim later confirmed by phone that he would attend.": [("Kim", "confirmed")],
        "The claim was later confirmed by the Pentagon.": [("the Pentagon", "confirmed")],
    }
    check_cases(reg, cases)

