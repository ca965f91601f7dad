"""Extractor: faults found by the sixty-fourth and later held-out probes (speech acts named
by nouns, and the documents and pieces that carry them; the tense, aspect and mood of the
cue), each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases, sources

from extract.registry import Registry


def test_a_speech_noun_with_its_agent_and_claim(reg: Registry) -> None:
    """"A claim by North Korean state media that …", "a warning from Rutte that …": the agent
    after "by" or "from" holds the claim, as a possessor does ("Trump's boast that …"), also
    when the noun's time or recipient comes before the "that" clause. Without a "that"
    clause, or with a time for the agent, nothing is claimed."""
    cases: Cases = {
        "A warning from the harbour master that the pier was unsafe went unheeded.":
            [("the harbour master", "warning")],
        "The admission by the city council that the budget was short came too late.":
            [("the city council", "admission")],
        "The mayor's boast that crime had halved was repeated on every poster.":
            [("The mayor", "boast")],
        "Lindqvist's remark in March that the fund was empty surprised the board.":
            [("Lindqvist", "remark")],
        "The ministry's warning to farmers that the river would flood came on Monday.":
            [("The ministry", "warning")],
        # no claim after it, or a time where an agent would stand
        "A warning from the harbour master was posted on the gate.": [],
        "A false report from the 2019 season that the coach had resigned resurfaced.": [],
        "The mayor's boast about crime was repeated on every poster.": [],
    }
    check_cases(reg, cases)


def test_a_possessor_keeps_its_article(reg: Registry) -> None:
    """"The Kremlin's denial that …": the name with its article, as any source is given."""
    cases: Cases = {
        "The Kremlin's denial that the talks had failed convinced nobody.":
            [("The Kremlin", "denial")],
        "Analysts doubted the Pentagon's assessment that the strike had worked.":
            [("Analysts", "doubted"), ("the Pentagon", "assessment")],
    }
    check_cases(reg, cases)


def test_the_author_of_a_piece_not_its_recipient_platform_or_outlet(reg: Registry) -> None:
    """"A letter from Guterres to the Security Council warned": who a document went to is no
    source, nor where a piece appeared ("a post by Zelenskyy on X", "an op-ed by Sybiha in
    Foreign Affairs"); its author is. So too for remarks, comments and testimony, and for a
    piece that opens the sentence ("Remarks from X suggested"). A "from" names the author
    only when it names someone ("a letter from the union" stays whole)."""
    cases: Cases = {
        "A letter from Unison to the board of governors warned that a strike was near.":
            [("Unison", "warned")],
        "A letter from the union to the board of governors warned that a strike was near.":
            [("A letter from the union", "warned")],
        "Comments by Lindqvist to reporters in Oslo made clear that the deal was off.":
            [("Lindqvist", "made clear")],
        "A post by the mayor on Telegram claimed the water was safe.":
            [("the mayor", "claimed")],
        "An op-ed by Marta Lindqvist in The Atlantic argued that the treaty had failed.":
            [("Marta Lindqvist", "argued")],
        "Remarks from Fire Chief Ana Ruiz on Monday suggested the blaze had been set.":
            [("Fire Chief Ana Ruiz", "suggested")],
    }
    check_cases(reg, cases)


def test_a_document_with_its_author_opening_joined_verbs(reg: Registry) -> None:
    """"A joint statement by the G7 foreign ministers condemned … and said …": the second verb
    shares the document's subject, whose author speaks; not "A joint"."""
    found = sources("A joint statement by the Nordic foreign ministers condemned the strike "
                    "and said it breached the ceasefire.", reg)
    assert [source for source, _entity, _cue in found] == ["the Nordic foreign ministers"]


def test_a_document_finding_at_least_a_number(reg: Registry) -> None:
    """"found at least 400 officers among the dead": "at least" counts, it names no place, so
    the plural before "found" is no noun the participle describes."""
    cases: Cases = {
        "The Times's analysis of hospital records found at least 90 deaths in the ward.":
            [("The Times", "found")],
        # a place after it still makes a participle
        "The bodies found at the site were buried on Monday.": [],
    }
    check_cases(reg, cases)


def test_a_noun_in_the_speakers_own_cue_phrase_is_no_second_claim(reg: Registry) -> None:
    """"…, stressing in his remarks that …": the remarks are the gerund's occasion, as
    "said in its assessment that" is; the speaker is proposed once."""
    cases: Cases = {
        "Lindqvist backed the plan, stressing in her remarks that the money was there.":
            [("Lindqvist", "stressing")],
    }
    check_cases(reg, cases)


def test_habits_of_speech_in_the_past(reg: Registry) -> None:
    """"used to say", "would often tell", "would say only that": said, again and again or
    and only that, in the past (not "was used to tell", nor "a term X has used to describe",
    nor a bare "would say" after a condition)."""
    cases: Cases = {
        "The coach used to say that defence wins titles.": [("The coach", "say")],
        "Lindqvist would often tell new recruits that the sea forgives nothing.":
            [("Lindqvist", "tell")],
        "The harbour office would say only that the ferry was delayed.":
            [("The harbour office", "say")],
        "The device was used to tell the time.": [],
        "If asked, the coach would say that defence wins titles.": [],
    }
    check_cases(reg, cases)


def test_holding_ground_is_no_stance(reg: Registry) -> None:
    """"troops defending the city of Pokrovsk", "defended their positions": ground held by
    force; "defended the budget", "defended the border policy" take a stance."""
    cases: Cases = {
        "The brigade defended its positions near the river for weeks.": [],
        "Marines are defending the city of Hue street by street.": [],
        "The minister defended the border policy in parliament.":
            [("The minister", "defended")],
        "The minister defended his position on the budget.": [("The minister", "defended")],
    }
    check_cases(reg, cases)


def test_a_claim_to_land_is_no_claim_that(reg: Registry) -> None:
    """"its claim to the occupied territories": a title to something, nothing said; "his
    claim to be the heir" claims."""
    cases: Cases = {
        "Denmark will not give up its claim to the disputed islands.": [],
        "His claim to Greenland is disputed.": [],
    }
    check_cases(reg, cases)


def test_the_author_in_a_contact_clause_without_its_auxiliary(reg: Registry) -> None:
    """"According to estimates the Pentagon has shared with Congress": the author, not
    "the Pentagon has"."""
    assert [s for s, _e, _c in sources("According to figures the ministry has shared with "
                                       "lawmakers, the deficit doubled.", reg)] == ["the ministry"]


def test_a_possessor_with_its_article_and_adjective(reg: Registry) -> None:
    """"A senior South Korean official's remark that …": the possessor from its article, not
    only its capitalised words."""
    cases: Cases = {
        "A senior Danish official's remark that the talks had failed caused a stir.":
            [("A senior Danish official", "remark")],
        "Reporters questioned a Lisbon official's claim that the bridge was safe.":
            [("Reporters", "questioned"), ("a Lisbon official", "claim")],
    }
    check_cases(reg, cases)


def test_a_reckoning_of_a_number_is_its_owners_figure(reg: Registry) -> None:
    """"ISW's estimate of 11,000 troops", "Mediazona's count of confirmed deaths passed
    90,000": the owner of the count says the figure; a count with no number says nothing."""
    cases: Cases = {
        "The Coast Guard's estimate of 400 migrants at sea was revised.":
            [("The Coast Guard", "estimate")],
        "Airwars' tally of civilian deaths in the city passed 1,200 in May.":
            [("Airwars", "tally")],
        "The union's count of the ballots took three days.": [],
    }
    check_cases(reg, cases)
