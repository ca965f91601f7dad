"""Extractor: text as feeds and scrapers deliver it (rubrics, transcript labels, bullets,
invisible spaces, datelines), from a twenty-fourth held-out probe; each fixed as a general
rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry
from extract.tokens import tokenize


def test_labels_rubrics_and_transcripts(reg: Registry) -> None:
    """A desk's rubric ("URGENT:", "ICYMI:", "Pictured:", "Trending:", "Weather:") names no
    speaker; a transcript's titled speaker in capitals ("SEN. COTTON:"), after a timestamp
    or a square bullet, does; a label over a question asks, it claims nothing."""
    check_cases(reg, {
        "URGENT: North Korea fired a missile, the Joint Chiefs of Staff said":
            [("the Joint Chiefs of Staff", "said")],
        "ICYMI: Budanov told The War Zone that the units had been pulled back.":
            [("Budanov", "told")],
        "Pictured: Zelenskyy and Starmer at the palace.": [],
        "Trending: #KimJongUn #Kursk": [],
        "SEN. COTTON: North Korea is now a co-belligerent in this war.":
            [("SEN. COTTON", ":")],
        "[00:14:32] PESKOV: Contacts with Pyongyang continue at all levels.":
            [("PESKOV", ":")],
        "▪ Budanov: North Korean units are being merged with Russian brigades":
            [("Budanov", ":")],
        "REPORTER: Can you say how many soldiers are in Kursk?": [],
        "STAT OF THE WEEK: 300 soldiers.": [],
    })


def test_invisible_spaces_between_words() -> None:
    """A zero-width space or an "&nbsp;" entity between words is a space to the rules; the
    offsets still slice the text as it stands."""
    for text in ("Zelenskyy&nbsp;said the soldiers were held in Kyiv.",
                 "Zelenskyy\u200b said the soldiers were held in Kyiv."):
        assert [(s, c) for s, _e, c in sources(text)] == [("Zelenskyy", "said")]
    sent = tokenize("Zelenskyy&nbsp;said two\u200b soldiers.")
    assert sent.words == ("Zelenskyy", "said", "two", "soldiers", ".")
    assert [sent.text[a:b] for a, b in zip(sent.starts, sent.ends, strict=True)] == \
        list(sent.words)


def test_the_agency_is_not_the_wire_that_carries_the_story(reg: Registry) -> None:
    """"The agency said" after "SEOUL, Jan 17 (Reuters) - South Korea's spy agency …": the
    agency the story is about; "the news agency" is the wire."""
    context = ["SEOUL, Jan 17 (Reuters) - South Korea's spy agency briefed lawmakers on Friday."]
    assert sources("The agency said 300 soldiers had been killed.", reg, context=context) == [
        ("The agency", "NIS", "said")]
    assert sources("The news agency said 300 soldiers had been killed.", reg,
                   context=context) == [("The news agency", "Reuters", "said")]


def test_a_headline_passive(reg: Registry) -> None:
    """"Man charged in Friday's stabbing, police say": a bare noun and "charged in" open a
    headline's passive; "Prosecutors charged in court papers that …" still charges."""
    check_cases(reg, {
        "Man charged in Friday's stabbing at Union Station, police say": [("police", "say")],
        "Prosecutors charged in court papers that he lied.": [("Prosecutors", "charged")],
    })
