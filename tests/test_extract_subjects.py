"""The subject of a reporting verb when something long sits between it and the verb (an
appositive, a relative clause, a parenthetical in dashes), or when the subject carries a
relative clause of its own. Sentences of our own, one per construction."""

from __future__ import annotations

import pytest
from extract_helpers import Cases, check_cases, source_cues

from extract.registry import Registry


def test_straight_quote_after_comma_opens_a_quotation(reg: Registry) -> None:
    # A straight quote with a space before it and none after opens the quotation; the verb
    # before it is outside, and the cue inside the quotation is the speaker's words.
    text = ('Oleksiy Honcharenko, a lawmaker who sat on the committee, recalled, "Then he '
            'said we had a week."')
    assert source_cues(text, reg) == [
        ("Oleksiy Honcharenko, a lawmaker who sat on the committee", "recalled")]


def test_nyt_double_apostrophe_quote_after_comma(reg: Registry) -> None:
    text = "The governor added, ''I think the convoy will reach Kherson by Friday.''"
    assert source_cues(text, reg) == [("The governor", "added")]


def test_dateline_double_hyphen_before_subject_and_participial(reg: Registry) -> None:
    # "KYIV -- X, <participial phrase>, said": the dateline ends at the dash, and the
    # participial phrase between subject and verb is left out.
    text = ("KYIV -- President Volodymyr Zelenskyy, opening a new air-defense center in Lviv on "
            "Friday, said the shield would hold through the winter.")
    assert source_cues(text, reg) == [("President Volodymyr Zelenskyy", "said")]


@pytest.mark.parametrize("dash", ["--", "\u2014"])
def test_appositive_with_dash_parenthetical_before_verb(reg: Registry, dash: str) -> None:
    # A name, its appositive, then a parenthetical in dashes with a comma of its own: the
    # subject is the name; the descriptive parenthetical stays in the span like the appositive.
    text = (f"Taras Melnyk, the deputy director of Ukrenergo {dash} the grid operator that runs "
            f"the eastern network, which Russia shelled again on Monday {dash} told reporters "
            "the repairs would take weeks.")
    source = text[:text.index(" told")].rstrip(f" {dash}")
    assert source_cues(text, reg) == [(source, "told")]


@pytest.mark.parametrize("dash", ["--", "-", "\u2014", "\u2015"])
def test_relative_clause_in_dashes_is_left_out(reg: Registry, dash: str) -> None:
    text = (f"The agency {dash} which also monitors the Zaporizhzhia plant {dash} said the "
            "reactor was stable.")
    assert source_cues(text, reg) == [("The agency", "said")]


def test_dash_pair_inside_a_comma_piece(reg: Registry) -> None:
    # The pair of dashes sits inside the participial piece; the subject is still the name.
    text = ("Lavrov, later claiming - again without evidence - that Kyiv had staged the strike, "
            "said Moscow would respond.")
    assert ("Lavrov", "said") in source_cues(text, reg)


def test_hyphen_with_no_space_after_is_no_dash(reg: Registry) -> None:
    # "R -S.C." leaves a hyphen on its own, but it separates no phrases.
    text = ("The complaint filed by a former aide, a reserve officer whom Gowdy, R -S.C., "
            "dismissed in June, alleges a long list of violations.")
    assert ("S.C.", "alleges") not in source_cues(text, reg)


@pytest.mark.parametrize("text, source, cue", [
    # A relative clause on the subject whose verb the walk used to stop at ("signed" read as
    # a noun before "the", "have" and "had" as clause boundaries).
    ("Two of the deputies who sent the appeal said the ministry had ignored it.",
     "Two of the deputies who sent the appeal", "said"),
    ("Diplomats who have followed the talks in Istanbul say a deal is unlikely.",
     "Diplomats who have followed the talks in Istanbul", "say"),
    ("Analysts who had tracked the convoy near Kursk argued that it was a feint.",
     "Analysts who had tracked the convoy near Kursk", "argued"),
    # A long one: the relative clause lets the subject run past the usual length limit.
    ("The retired colonel who commanded the last brigade of the eastern group near the city "
     "of Pokrovsk in the winter says the brigades are short of shells.",
     "The retired colonel who commanded the last brigade of the eastern group near the city "
     "of Pokrovsk in the winter", "says"),
])
def test_subject_with_relative_clause(reg: Registry, text: str, source: str, cue: str) -> None:
    assert (source, cue) in source_cues(text, reg)


def test_complementizer_that_is_no_relative_clause(reg: Registry) -> None:
    # "found that 60 percent of voters backed …": "that" opens the reported clause; the
    # poll does not swallow the second subject.
    text = ("A Kyiv International Institute of Sociology poll released on Monday found that "
            "60 percent of respondents backed the talks.")
    got = source_cues(text, reg)
    assert all(not source.endswith("respondents") or not source.startswith("A Kyiv")
               for source, _cue in got), got


def test_as_after_that_is_not_part_of_the_subject(reg: Registry) -> None:
    text = "The ministry has argued that as voters learned more, support would fall."
    assert ("as voters", "learned") not in source_cues(text, reg)


def test_called_name_a_noun_is_a_verdict_not_a_name(reg: Registry) -> None:
    # "called Lavrov a liar" judges the one named; "a fund called Hope" only names the fund.
    text = "One of the envoys who drafted the statement called Lavrov a liar."
    assert source_cues(text, reg) == [("One of the envoys who drafted the statement", "called")]
    assert source_cues("Kyiv set up a fund called Hope.", reg) == []


@pytest.mark.parametrize("text, source, cue", [
    # a name's thing before the verdict: not a group called "AP"
    ("The campaign called AP\u2019s report a \u201crush to judgment.\u201d", "The campaign",
     "called"),
    # "calls" with an object and what it is called is the verb, after an appositive too
    ("Oleh Marchenko, director of the institute, calls the corridor \u201ca mistake.\u201d",
     "Oleh Marchenko, director of the institute", "calls"),
    ("The former first lady calls it her \u201cresponsibility gene.\u201d",
     "The former first lady", "calls"),
    # what one calls oneself is a claim; what one finds oneself in is not
    ("Budanov calls himself a realist.", "Budanov", "calls"),
    ("The governor described herself as a moderate.", "The governor", "described"),
])
def test_calling_someone_something(reg: Registry, text: str, source: str, cue: str) -> None:
    assert source_cues(text, reg) == [(source, cue)]


@pytest.mark.parametrize("text", [
    "Kyiv set up a fund called \u201cHope.\u201d",
    "The phone calls it received overnight stopped at dawn.",
    "The ministry found itself at the center of the row.",
    "The movement, which called itself Students Say No, grew quickly.",
])
def test_calls_that_say_nothing(reg: Registry, text: str) -> None:
    assert source_cues(text, reg) == []


@pytest.mark.parametrize("text, source, cue", [
    ("After the briefing in Brussels, all agreed that the air-defense deliveries must speed up.",
     "all", "agreed"),
    ("Both have warned that the grain corridor cannot reopen before spring.", "Both", "warned"),
])
def test_quantifier_opening_the_clause_is_the_subject(reg: Registry, text: str, source: str,
                                                      cue: str) -> None:
    assert source_cues(text, reg) == [(source, cue)]


def test_all_told_is_an_idiom(reg: Registry) -> None:
    assert source_cues("All told, the shelling has cost Kharkiv a third of its power.", reg) == []


def test_floating_quantifier_after_an_appositive(reg: Registry) -> None:
    # "both" floats after the subject and its appositive: the subject is still the name.
    text = "The two ministers, Kuleba and Sikorski, both said the grain deal had to be saved."
    assert ("both", "said") not in source_cues(text, reg)


@pytest.mark.parametrize("text, source, cue", [
    ("On Tuesday, several Ukrainian grain traders suspended shipments to Odesa, saying the "
     "insurers had walked away.", "several Ukrainian grain traders", "saying"),
    ("Some opposition lawmakers walked out of the Rada and said the vote was rigged.",
     "Some opposition lawmakers", "said"),
])
def test_quantified_subject_of_a_coordinated_verb(reg: Registry, text: str, source: str,
                                                  cue: str) -> None:
    assert source_cues(text, reg) == [(source, cue)]


def test_quantifier_before_a_verb_is_no_phrase(reg: Registry) -> None:
    # "Some seek …": "some" alone is the subject; "Some seek" is not a noun phrase.
    text = "Some seek asylum in Poland, fearing the draft, and argue that the law is unfair."
    assert all(source != "Some seek" for source, _cue in source_cues(text, reg))


@pytest.mark.parametrize("text, source", [
    ("Ukraine's defense minister, of course, said the shelling had stopped.",
     "Ukraine's defense minister"),
    ("Kharkiv Regional Council Chairman Will Kovalenko, for example, said the shelling had "
     "stopped.", "Kharkiv Regional Council Chairman Will Kovalenko"),
])
def test_two_word_interjection_between_commas(reg: Registry, text: str, source: str) -> None:
    # ", of course," interrupts like ", however,": it is no appositive; and a capitalised
    # "Will" between name words is a first name, not a modal.
    assert source_cues(text, reg) == [(source, "said")]


def test_name_inside_a_second_appositive(reg: Registry) -> None:
    # The second piece names the office of the first; the speaker is the man who opens it.
    text = ("Andrii Yermak, the head of the presidential office, Ukraine's most powerful "
            "bureau, said the plan was ready.")
    assert source_cues(text, reg) == [
        ("Andrii Yermak, the head of the presidential office, Ukraine's most powerful bureau",
         "said")]


def test_role_before_name_after_a_clause_is_still_the_name(reg: Registry) -> None:
    # Guard: "but the region's governor, Oleh Syniehubov," follows a clause, not a name.
    text = ("The drones hit Kharkiv overnight, but the region's governor, Oleh Syniehubov, "
            "said no one was hurt.")
    assert ("Oleh Syniehubov", "said") in source_cues(text, reg)


@pytest.mark.parametrize("text, source", [
    # A relative clause in brackets is left out, as after a comma.
    ("Shmyhal (who has led the government since 2020) said the budget was approved.",
     "Shmyhal"),
    # A long descriptive one stays in the span, as an appositive does.
    ("Denys Shmyhal (Ukraine's prime minister since March 2020) said the budget was approved.",
     "Denys Shmyhal (Ukraine's prime minister since March 2020)"),
])
def test_long_parenthesis_between_subject_and_verb(reg: Registry, text: str,
                                                   source: str) -> None:
    assert source_cues(text, reg) == [(source, "said")]


@pytest.mark.parametrize("text, source", [
    ("It was only two weeks ago that Dmitry Peskov, who's the Kremlin spokesman, said the "
     "talks were dead.", "Dmitry Peskov"),
    ("The strikes resumed after Dmitry Peskov, the Kremlin spokesman, said the talks were "
     "dead.", "Dmitry Peskov, the Kremlin spokesman"),
])
def test_interrupted_subject_after_that_or_a_subordinator(reg: Registry, text: str,
                                                          source: str) -> None:
    # The subject opens a clause of its own after "that" or "after", as it would a sentence.
    assert source_cues(text, reg) == [(source, "said")]


def test_one_after_another_is_no_subject(reg: Registry) -> None:
    text = "One after another, Ukrainian grain traders, including Kernel, announced losses."
    assert ("another", "announced") not in source_cues(text, reg)


@pytest.mark.parametrize("text, source", [
    ('Of Shoigu, Kuleba, who has met him twice, said, "He is a soldier."', "Kuleba"),
    ("Of Shoigu, Ukraine's foreign minister, Dmytro Kuleba, said, \"He is a soldier.\"",
     "Ukraine's foreign minister, Dmytro Kuleba"),
])
def test_of_topic_opener_is_adverbial(reg: Registry, text: str, source: str) -> None:
    # "Of Shoigu," sets the topic before the clause; the subject follows it.
    assert source_cues(text, reg) == [(source, "said")]


@pytest.mark.parametrize("text, source", [
    ("Zelenskyy and others who want to join NATO said the summit will decide.",
     "Zelenskyy and others who want to join NATO"),
    ("Lawmakers who voted to extend martial law said the vote was close.",
     "Lawmakers who voted to extend martial law"),
])
def test_infinitive_inside_a_relative_clause_on_the_subject(reg: Registry, text: str,
                                                            source: str) -> None:
    # "to" inside "who want to join NATO" does not end the subject.
    assert source_cues(text, reg) == [(source, "said")]


@pytest.mark.parametrize("text, source", [
    ("Just over a third, 36 percent, say they trust the government.",
     "Just over a third, 36 percent"),
    ("Among Kyiv residents, nearly two-thirds, 64 percent, say the war will end this year.",
     "nearly two-thirds, 64 percent"),
    ("About three-quarters say the grain corridor must stay open.", "About three-quarters"),
])
def test_hedged_share_with_its_number_as_appositive(reg: Registry, text: str,
                                                    source: str) -> None:
    # "about half", "just over a third" open with a hedge, yet they are the subject.
    assert source_cues(text, reg) == [(source, "say")]


@pytest.mark.parametrize("text, source", [
    ('Mr. Kuleba, citing "the unusual strength of Ukraine\'s army," said the front would hold.',
     "Mr. Kuleba"),
    ('Kim, the author of "The Long War," about the Korean conflict, said the talks are over.',
     'Kim, the author of "The Long War," about the Korean conflict'),
    ("Ms. Oh, who has called the drills ''reckless,'' said the ministry had been warned.",
     "Ms. Oh"),
])
def test_quotation_inside_the_piece_before_the_verb(reg: Registry, text: str,
                                                    source: str) -> None:
    # A quoted title or phrase inside an appositive or participial piece does not end it.
    assert (source, "said") in source_cues(text, reg)


def test_quotation_followed_by_its_speaker_is_not_stepped_over(reg: Registry) -> None:
    # Guard: the quotation is what the name after it said.
    text = ('The new sanctions "will not stop the war, but they will slow it," Olena Kovalenko, '
            "an adviser to the central bank, said on Monday.")
    assert source_cues(text, reg) == [
        ("Olena Kovalenko, an adviser to the central bank", "said")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # A body named by its owner's possessive may open a list of three.
        ("Ukraine's military, South Korea's NIS and the Pentagon have all said North Korean "
         "troops are fighting in Kursk.", ["Ukraine's military", "South Korea's NIS",
                                          "the Pentagon"]),
        ("Seoul's spy agency, the Pentagon and Ukraine's military intelligence agree that the "
         "troops are in Kursk.", ["Seoul's spy agency", "the Pentagon",
                                  "Ukraine's military intelligence"]),
        # A common noun before the list is not one of its names.
        ("After the talks, the officials, the NIS and the Pentagon said so.",
         ["the NIS", "the Pentagon"]),
    ],
)
def test_list_of_named_bodies_gives_each(reg: Registry, text: str, sources: list[str]) -> None:
    assert [s for s, _ in source_cues(text, reg)] == sources


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ('As Rosenthal, a tax lawyer, put it, "Did Trump lower his taxes?"',
         "Rosenthal, a tax lawyer", "put it"),
        ("As the ISW, a think tank, noted, the troops are in Kursk.",
         "the ISW, a think tank", "noted"),
        ("As many analysts, including Mr. Kofman, have pointed out, the front is static.",
         "many analysts, including Mr. Kofman", "pointed out"),
    ],
)
def test_as_before_a_subject_with_an_appositive(reg: Registry, text: str, source: str,
                                                 cue: str) -> None:
    assert source_cues(text, reg) == [(source, cue)]


def test_as_clause_with_an_appositive_is_no_subject(reg: Registry) -> None:
    text = "As Kyiv, the capital, braced for attacks, officials said the defenses held."
    assert source_cues(text, reg) == [("officials", "said")]


def test_a_parent_of_a_number_is_a_subject(reg: Registry) -> None:
    """"the 34-year-old mother of three replied": a phrase may end in a number after "of"
    when it counts the children of its head; a bare number is still no speaker."""
    cases: Cases = {
        'The mother of three replied, "It is meant to help."':
            [("The mother of three", "replied")],
        "A father of two said the school had closed.": [("A father of two", "said")],
        "Asked about the plan, the 34-year-old mother of three said it was fair.":
            [("the 34-year-old mother of three", "said")],
    }
    check_cases(reg, cases)


def test_person_nouns_are_no_events(reg: Registry) -> None:
    """"A Clinton ally suggested …": a person who suggests speaks, where "the rally suggested"
    is the writer's inference from an event. People nouns outside the speaker lists (ally,
    surgeon, pastor, commissioner) count as people."""
    check_cases(reg, {
        "A council ally suggested she would drop the plan.": [("A council ally", "suggested")],
        "The surgeon suggested that the drug was unsafe.": [("The surgeon", "suggested")],
        "The county commissioner indicated that the road would reopen.":
            [("The county commissioner", "indicated")],
        # An event or a gathering still only shows.
        "The rally suggested that the mayor was gaining.": [],
        "The flooding showed that the levee was weak.": [],
    })


def test_verbs_joined_inside_a_subordinate_clause(reg: Registry) -> None:
    """"Donors were upset after the mayor toured the mill and proposed a tax": the verbs
    joined by "and" share the subordinate clause's subject, not the sentence's."""
    check_cases(reg, {
        "Donors were upset after the mayor toured the mill and proposed a new tax.":
            [("the mayor", "proposed")],
        "The crowd cheered when Ortiz spotted a sign and said the mill would reopen.":
            [("Ortiz", "said")],
        "Workers never trusted him, in part because he favors tolls and opposes raises.":
            [("he", "opposes")],
        # "as" before an article is a preposition: the sentence's subject goes on.
        "Ortiz described the plan as a gift and said the council would regret it.":
            [("Ortiz", "said")],
    })


def test_coordinated_verb_after_an_interrupting_phrase(reg: Registry) -> None:
    """"Ana Ruiz, like the mayor, has backed the levy but has said …": the subject and its
    set-off phrase before an auxiliary still share the second verb; "particularly in the
    final days" is when, not who."""
    check_cases(reg, {
        "Council member Ana Ruiz, like the mayor, has backed the levy but has said she will "
        "vote against it.": [("Council member Ana Ruiz", "said")],
        "Ruiz, particularly in the final days of the race, has toured the county, claiming "
        "she alone can unite it.": [("Ruiz", "claiming")],
    })


def test_coordinated_verb_after_a_relative_clause_on_the_subject(reg: Registry) -> None:
    """"Ruiz, who has been in daily contact with the campaign, arrived … and acknowledged
    that …": the subject is the name before its relative clause; an "and" inside another
    relative clause ("planks that support X and oppose Y") is that clause's own."""
    check_cases(reg, {
        "Ruiz, who has been in daily contact with the campaign, arrived late and "
        "acknowledged that she had not read the plan.": [("Ruiz", "acknowledged")],
        "Ruiz, who is openly gay, lives in contrast to the planks that support the ban and "
        "oppose the bill.": [],
    })
