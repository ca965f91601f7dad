"""Extractor: the noun phrase after "by" (and "according to"), read rightwards, ends where
its author ends. Sentences of our own, several phrasings per pattern, with near misses that
must stay as they were.

- "Figures released by the league show attendance rose": the phrase stops before the main
  clause's verb, also when that verb is a cue that is also a noun ("show", "shows"), and a
  document opening the sentence ("Data compiled by X show …") gives its author X, as "a
  report by X shows" does.
- "condemned by a senior rail union official": a verb cue in its bare form ("rail", "think")
  between a modifier and the speaker noun it modifies is a noun, read over from either side;
  after an auxiliary, a pronoun or a plural it stays a verb ("will make people think").
- "A survey by the organization in March found …": the document's author ends before the
  date that ends the subject.
- "criticized by some of his rivals for failing to act", "accused by the government of
  plotting a coup": "for" or "of" before a gerund opens the charge, which belongs to the verb.
- "Ukrainska Pravda reported the strike. He said …": a name ending in a news outlet's word
  ("Pravda", "Press", "Independent") is no "he" or "she", but it is an "it"; a registered
  body named as itself is no person either.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract import extract
from extract.registry import Registry, Source


def test_by_phrase_stops_before_the_main_verb(reg: Registry) -> None:
    check_cases(reg, {
        "Figures released by the league show attendance rose.": [
            ("the league", "released")],
        "Numbers published by the federation show ticket sales fell sharply.": [
            ("the federation", "published")],
        "Data compiled by the health ministry show that cases fell.": [
            ("the health ministry", "show")],
        # near misses: a noun "show" inside the phrase, a plural "reports" after "news"
        "The claim was reported by a talk show host.": [("a talk show host", "reported")],
        "According to news reports that surfaced Monday, the deal is off.": [
            ("news reports", "According to")],
    })


def test_verb_cue_modifying_a_speaker_noun_stays_in_the_phrase(reg: Registry) -> None:
    check_cases(reg, {
        "The strike was condemned by a senior rail union official.": [
            ("a senior rail union official", "condemned")],
        "According to a rail industry spokesman, the strike is over.": [
            ("a rail industry spokesman", "According to")],
        "A senior rail union official said the strike was over.": [
            ("A senior rail union official", "said")],
        # near misses: the verbs stay verbs
        "She said leaders had agreed to a reform plan.": [("She", "said")],
        "That will make people think, the senator said.": [
            ("people", "think"), ("the senator", "said")],
        "Unions rail against the plan.": [("Unions", "rail against")],
    })


def test_document_author_ends_before_a_trailing_date(reg: Registry) -> None:
    check_cases(reg, {
        "A survey by the organization in March found most voters undecided.": [
            ("the organization", "found")],
        "A poll by Gallup in March found most voters undecided.": [("Gallup", "found")],
        # near miss: already right
        "A survey by the Pew Research Center last week found most voters undecided.": [
            ("the Pew Research Center", "found")],
    })


def test_charge_after_the_by_phrase_is_not_the_source(reg: Registry) -> None:
    check_cases(reg, {
        "The mayor was criticized by some of his rivals for failing to act.": [
            ("some of his rivals", "criticized")],
        "The group has been accused by the government of plotting a coup.": [
            ("the government", "accused")],
        "The policy was criticized by the Institute for Taxation and Economic Policy for "
        "ignoring the poor.": [
            ("the Institute for Taxation and Economic Policy", "criticized")],
        # near miss: "for" in a role or a name goes on
        "According to a spokesman for the ministry, the talks failed.": [
            ("a spokesman for the ministry", "According to")],
    })


def _entities(reg: Registry, context: list[str], text: str) -> list[tuple[str, str]]:
    return [(a.source, a.entity) for a in extract(text, reg, context=context)]


def test_outlet_name_is_no_he_but_an_it(reg: Registry) -> None:
    rally = "Union leader Ivan Petrenko spoke at the rally."
    assert _entities(reg, [rally, "Ukrainska Pravda reported the strike."],
                     "He said it was over.") == [("He", "Ivan Petrenko")]
    assert _entities(reg, [rally, "The Associated Press reported the strike."],
                     "He said it was over.") == [("He", "Ivan Petrenko")]
    assert _entities(reg, ["Ukrainska Pravda reported the strike."],
                     "It said the strike was over.") == [("It", "Ukrainska Pravda")]
    # a registered newspaper whose name ends in no outlet word, named as itself
    own = Registry([Source(entity="Novaya Svoboda", kind="newspaper")])
    assert _entities(own, ["Novaya Svoboda reported the strike."],
                     "He said it was over.") == [("He", "He")]
    # near miss: a person who reports is still "she"
    assert _entities(reg, ["Maria Kowalska reported the strike."],
                     "She said it was over.") == [("She", "Maria Kowalska")]
