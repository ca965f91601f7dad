"""Sentence splitting for prose imports."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extract.split import sentence_spans, split_sentences


def test_abbreviations_do_not_end_sentences():
    text = ("Sen. Ann Lee met Gen. Park at 9 a.m. on Jan. 5 with Dr. Cho of Acme Inc. and "
            "Mr. Ruiz. The talks ended.")
    assert split_sentences(text) == [
        "Sen. Ann Lee met Gen. Park at 9 a.m. on Jan. 5 with Dr. Cho of Acme Inc. and Mr. Ruiz.",
        "The talks ended.",
    ]


def test_del_before_a_name_and_at_a_dateline():
    """"Del." is a delegate's title before a name and Delaware at the end of a sentence."""
    assert split_sentences('"It is a waste," said Del. Ann Lee of Guam. The hearing ended.') == [
        '"It is a waste," said Del. Ann Lee of Guam.', "The hearing ended."]
    assert split_sentences("The plant is in Dover, Del. The company said it would close.") == [
        "The plant is in Dover, Del.", "The company said it would close."]


def test_us_mid_sentence_and_at_end():
    assert split_sentences("The U.S. Army said so. It left.") == [
        "The U.S. Army said so.", "It left."]
    assert split_sentences("Troops left the U.S. The base closed.") == [
        "Troops left the U.S.", "The base closed."]


def test_missing_space_after_period():
    assert split_sentences("Deliveries start in 2026.About 900 drones were sent.") == [
        "Deliveries start in 2026.", "About 900 drones were sent."]


def test_quotes_and_questions():
    assert split_sentences("“Is it over?” she asked. “No.” He left!") == [
        "“Is it over?” she asked.", "“No.”", "He left!"]


def test_initials_and_paragraphs():
    assert split_sentences("John F. Kennedy spoke.\n\nHeadline without period\n\nNext one.") \
        == ["John F. Kennedy spoke.", "Headline without period", "Next one."]


def test_decimal_and_empty():
    assert split_sentences("Growth was 2.5 percent. Prices rose.") == [
        "Growth was 2.5 percent.", "Prices rose."]
    assert split_sentences("") == []
    assert split_sentences("   \n ") == []


@given(st.text(max_size=400))
def test_spans_are_ordered_trimmed_and_cover_the_words(text):
    spans = sentence_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
