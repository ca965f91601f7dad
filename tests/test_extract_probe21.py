"""Extractor: constructions a twenty-first held-out probe found wrong, each fixed as a general
rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry


def test_counting_as_a_method_is_no_figure(reg: Registry) -> None:
    """"The monitor, which counts war dead by name, estimated …": what a counter does is no
    claim; a count with its figure ("has counted 90,000 dead") is one."""
    check_cases(reg, {
        "The monitor, which counts Russian war dead by name, estimated that 88,000 had died.":
            [("The monitor", "estimated")],
        "The group counts losses from open sources only.": [],
        "Mediazona has counted at least 90,000 dead.": [("Mediazona", "counted")],
    })


def test_things_agreed_agree_with_nobody(reg: Registry) -> None:
    """"a timetable agreed in Pyongyang", "the ceasefire agreed in Doha held": a deal is
    agreed, it agrees nothing; people who agree still do."""
    check_cases(reg, {
        "The units moved according to a timetable agreed in Pyongyang.": [],
        "The ceasefire agreed in Doha held for a week.": [],
        "The deal agreed last week collapsed on Friday.": [],
        "The ministers agreed in Brussels that the sanctions would stay.":
            [("The ministers", "agreed")],
    })


def test_a_passive_between_dashes_and_a_figure_after_its_agent(reg: Registry) -> None:
    """"casualties — estimated by the NIS at around 3,000 — have …": between dashes as
    between commas, the agent speaks, and "at around 3,000" is the figure, not part of the
    agent."""
    check_cases(reg, {
        "The losses — estimated by the NIS at around 3,000 — shocked Seoul.":
            [("the NIS", "estimated")],
        "The losses, estimated by the ministry at 4,000, shocked Kyiv.":
            [("the ministry", "estimated")],
        "The damage was put by insurers at $2 billion.": [],
        "The plan was criticized by analysts at the Kiel Institute.":
            [("analysts at the Kiel Institute", "criticized")],
    })


def test_british_spellings_read_as_their_american_verbs(reg: Registry) -> None:
    """"was criticised by", "criticising the unions": a British spelling is the same verb,
    in the passive and as a gerund too."""
    check_cases(reg, {
        "The plan was criticised by analysts at the Kiel Institute.":
            [("analysts at the Kiel Institute", "criticised")],
        "The union walked out, criticising the government's offer.":
            [("The union", "criticising")],
    })


def test_a_known_body_with_where_it_sits(reg: Registry) -> None:
    """"The Joint Chiefs of Staff in Seoul stated …": the place after a known body is no part
    of its name; an unknown name with a place stays itself."""
    assert reg.resolve("The Joint Chiefs of Staff in Seoul") == "South Korean military"
    assert reg.resolve("the North Korean leader") == "Kim Jong Un"
    assert reg.resolve("Kim Kardashian in Paris") is None
    assert reg.resolve("the embassy in Seoul") is None


def test_the_spokesman_named_before(reg: Registry) -> None:
    """"The spokesman said …" after "Kremlin spokesman Dmitry Peskov": the one spokesman the
    document named (a lower-case title), not when two were named or one went unnamed."""
    one = ["Kremlin spokesman Dmitry Peskov spoke to reporters on Tuesday."]
    two = ["Kremlin spokesman Dmitry Peskov and Pentagon spokesman Pat Ryder spoke."]
    unnamed = ["A spokesman for the mayor and Kremlin spokesman Dmitry Peskov met."]
    text = "The spokesman said the ties were a bilateral matter."
    assert sources(text, reg, context=one) == [("The spokesman", "Kremlin", "said")]
    assert sources(text, reg, context=two) == [("The spokesman", "The spokesman", "said")]
    assert sources(text, reg, context=unnamed) == [("The spokesman", "The spokesman", "said")]
