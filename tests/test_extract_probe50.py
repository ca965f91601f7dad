"""Extractor: faults found by the fiftieth and later held-out probes and by the misses the
forty-first to forty-ninth left, each fixed as a general rule and tested with sentences of
our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_averred_is_said(reg: Registry) -> None:
    """"aver" doubles its "r" in the past ("averred"), as news copy in several house styles
    writes it, before its clause and after a quotation alike."""
    cases: Cases = {
        "The official averred that the troops had withdrawn from the village.":
            [("The official", "averred")],
        "The troops had withdrawn, averred a spokesman for the brigade.":
            [("a spokesman for the brigade", "averred")],
        "“We are ready,” the commander avers.": [("the commander", "avers")],
    }
    check_cases(reg, cases)


def test_pictures_made_public_by_their_maker(reg: Registry) -> None:
    """"Satellite images released by Maxar Technologies show …": pictures are a document
    whose maker is named after "by", as "a report released by the ministry" is, also when
    the maker is a bare name."""
    cases: Cases = {
        "Satellite images released by Maxar Technologies show North Korean troops at a base "
        "near Kursk.": [("Maxar Technologies", "show")],
        "Photos published by Yonhap show the launch pad.": [("Yonhap", "show")],
        "Video released by the Ukrainian military on Friday shows the launch.":
            [("the Ukrainian military", "shows")],
    }
    check_cases(reg, cases)
