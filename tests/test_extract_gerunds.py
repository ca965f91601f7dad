"""Speech gerunds ("saying", "adding", "asking" …) whose speaker is the subject of another
clause: after a preposition ("began by saying", "before asking"), in a clause that opens the
sentence ("After saying …, she …"), and after a quotation that opens the sentence. Sentences
of our own, one per construction, with their look-alikes."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_opening_quotation_is_no_subject_of_a_later_gerund(reg: Registry) -> None:
    # A quotation that opens the sentence and ends with its comma is a clause of its own: its
    # first words are nobody's name, so the gerund goes with the speaker after it (or with
    # nobody), never with "The grid" or "It".
    check_cases(reg, {
        "“The grid will hold through the winter,” said Olena Kovalenko, a spokeswoman for "
        "the operator, noting that repairs were under way.": [
            ("Olena Kovalenko, a spokeswoman for the operator", "said")],
        "“It is a good plan for the region,” said Pavel Orlov, a former governor, referring "
        "to the new rail line.": [("Pavel Orlov, a former governor", "said")],
    })


def test_contracted_pronoun_opening_is_no_subject(reg: Registry) -> None:
    # "That's why …", "What's more, …": a pronoun and "is", not a speaker of the gerund.
    check_cases(reg, {
        "That's why the minister resigned on Monday, complaining about the budget.": [],
        "What's more, the governor's decision to skip the briefing, complaining about the "
        "press, angered reporters.": [],
    })


def test_gerund_after_a_preposition_shares_the_clause_subject(reg: Registry) -> None:
    # "before asking", "after telling", "upon saying", "aside from saying": the subject of the
    # clause the phrase hangs on says it, as with "by saying". "without saying" says nothing.
    check_cases(reg, {
        "The singer waved to the crowd before asking them, “Are you ready?”": [
            ("The singer", "asking")],
        "He left the stage after telling the crowd that the fight was not over.": [
            ("He", "telling")],
        "The envoy drew boos upon saying that the talks had failed.": [("The envoy", "saying")],
        "The ministry has released few details aside from saying that the plant is safe.": [
            ("The ministry", "saying")],
        "The spokesman was fired after claiming that the dam had been mined.": [
            ("The spokesman", "claiming")],
        "The minister left the room without saying a word.": [],
    })


def test_gerund_after_a_preposition_is_no_phrase_after_with(reg: Registry) -> None:
    # "with farmers after questioning": "farmers" is no speaker ("…, with 50 percent saying"
    # is); the subject stops before its irregular past verb ("lost"), not after it.
    check_cases(reg, {
        "The governor lost ground with farmers after questioning the subsidy.": [
            ("The governor", "questioning")],
    })


def test_gerund_phrase_opening_the_sentence_goes_with_the_subject_after_it(reg: Registry) -> None:
    # "After saying …, the minister …": the subject of the clause after the phrase says it,
    # also after "But", "Now," or a short time phrase, and when the closing comma sits inside
    # a quotation ("“a disaster,” the senator"); "In defending …" too.
    check_cases(reg, {
        "After saying that the dam was safe, the minister left for Kyiv.": [
            ("the minister", "saying")],
        "While insisting that the talks would go on, the envoy packed his bags.": [
            ("the envoy", "insisting")],
        "But before announcing the sanctions, the president spoke with Macron.": [
            ("the president", "announcing")],
        "After calling the plan “a disaster,” the senator walked out of the hearing.": [
            ("the senator", "calling")],
        "Now, after arguing for months that the port was safe, the company has closed it.": [
            ("the company", "arguing")],
        "On Monday, after saying the dam was safe, the minister left for Kyiv.": [
            ("the minister", "saying")],
        "But while praising the mayor's plan, she hasn't offered one of her own.": [
            ("she", "praising")],
        "In defending the budget, the minister offered no new figures.": [
            ("the minister", "defending")],
    })


def test_gerund_phrase_between_commas_goes_with_the_name_before_it(reg: Registry) -> None:
    # "The mayor, after initially saying …, closed …": the name before the phrase (an adverb
    # may stand between the preposition and the gerund).
    check_cases(reg, {
        "The mayor, after initially saying the water was safe, closed the schools.": [
            ("The mayor", "saying")],
        "Voters were surprised when Novak, after railing against the tax for months, signed "
        "it into law.": [("Novak", "railing against")],
        "The envoy drew boos after bluntly saying that the talks had failed.": [
            ("The envoy", "saying")],
    })


def test_opening_phrase_without_a_statement_gives_nothing(reg: Registry) -> None:
    check_cases(reg, {
        "After speaking with engineers, the governor toured the dam.": [],
        "Without saying a word, the minister left the room.": [],
        "After calling the meeting to order, the chairman read the agenda.": [],
    })


def test_inverted_speaker_described_with_a_number(reg: Registry) -> None:
    # A description that opens with a number ("9/11 responder", "24-year-old farmer", "2014
    # candidate") before the name, after an inverted verb or as the subject; a year and a
    # title with nobody named is no speaker.
    check_cases(reg, {
        "“The levee will not hold,” said 9/11 responder Ann Keller.": [
            ("9/11 responder Ann Keller", "said")],
        "“We lost everything,” said 24-year-old farmer Petro Hnatiuk.": [
            ("24-year-old farmer Petro Hnatiuk", "said")],
        "“It is over,” said 2014 candidate Oleh Lyashko.": [
            ("2014 candidate Oleh Lyashko", "said")],
        "9/11 responder Ann Keller said the fund was empty.": [
            ("9/11 responder Ann Keller", "said")],
        "Declared 2024 Presidential Candidates.": [],
        "Officials said 2016 was the hottest year.": [("Officials", "said")],
    })


def test_name_and_appositive_before_an_adverb_and_the_verb(reg: Registry) -> None:
    # "X, a novelist, then spoke …": an adverb between the appositive and the first verb
    # does not hide the subject from a later "and said" or "by saying".
    check_cases(reg, {
        "Oksana Zabuzhko, a novelist, then spoke at the rally and ended by saying the war "
        "would be long.": [("Oksana Zabuzhko, a novelist", "saying")],
        "Petro Hnatiuk, a farmer, later toured the fields, saying the harvest was lost.": [
            ("Petro Hnatiuk, a farmer", "saying")],
        "Petro Hnatiuk, a farmer, also toured the fields and said the harvest was lost.": [
            ("Petro Hnatiuk, a farmer", "said")],
    })


def test_gerund_phrase_after_a_comma_goes_with_the_clause_before_it(reg: Registry) -> None:
    # ", aside from saying" reads like ", saying": the subject of the clause just before the
    # comma ("she refuses", a present verb after a pronoun), never the subject of an earlier
    # clause ("The port") when the ", but" clause has a subject of its own.
    check_cases(reg, {
        "The port reopened on Monday, but she refuses to discuss the damage, aside from "
        "saying that repairs will take weeks.": [("she", "saying")],
        "The port reopened on Monday, but the mayor refuses to discuss the damage, aside from "
        "saying that repairs will take weeks.": [],
    })


def test_gerund_after_began_or_kept_shares_its_subject(reg: Registry) -> None:
    # "began saying", "has kept insisting": the subject of the verb the gerund goes on from
    # speaks, as after "is"; "stopped saying" and "never began saying" say nothing.
    check_cases(reg, {
        "The governor began saying that the dam would hold.": [("The governor", "saying")],
        "Then he began dismissing the report as propaganda.": [("he", "dismissing")],
        "The mayor has kept insisting that the water is safe.": [("The mayor", "insisting")],
        "The mayor stopped saying that the water is safe.": [],
        "The mayor never began saying that the water is safe.": [],
    })


def test_second_of_two_gerunds_shares_the_first_ones_subject(reg: Registry) -> None:
    # "thanking the workers and calling the blockade a crime": whoever does the first -ing
    # (after a comma, "by" or "are") says the second, even when the first is no cue.
    check_cases(reg, {
        "The envoy toured the port, thanking the workers and calling the blockade a "
        "crime.": [("The envoy", "calling")],
        "The mayor opened the session by thanking the volunteers and urging residents to "
        "stay home.": [("The mayor", "urging")],
        "Residents are boarding up windows and saying they will not leave.": [
            ("Residents", "saying")],
        "There is no contradiction in helping the army and saying the war must end.": [],
        "His spending and saying one thing while doing another angered voters.": [],
    })


def test_opening_time_phrase_with_after_or_before_is_no_subject(reg: Registry) -> None:
    # "Two weeks after the dam burst, …", "Hours before the vote, …": a time phrase, skipped
    # like "In an interview, …"; the subject follows its comma.
    check_cases(reg, {
        "Two weeks after the dam burst, the governor toured the valley, promising new "
        "funds.": [("the governor", "promising")],
        "Hours before the vote, the speaker addressed the chamber and said the bill would "
        "pass.": [("the speaker", "said")],
        "Two weeks after the dam burst, the governor ended his silence by saying the state "
        "had failed.": [("the governor", "saying")],
    })


def test_possessive_of_a_dotted_abbreviation_is_one_token(reg: Registry) -> None:
    # "D.C.’s", "U.S.'s": the apostrophe is no quotation mark opening a clause, so the
    # subject before it still reads for a later gerund.
    check_cases(reg, {
        "The party is filing a complaint with the D.C.’s bar board, claiming that the aide "
        "broke the rules.": [("The party", "claiming")],
        "The ministry is suing the U.S.'s biggest bank, arguing that the fees were "
        "illegal.": [("The ministry", "arguing")],
    })


def test_gerund_with_an_adverb_before_its_particle(reg: Registry) -> None:
    # "speaking movingly of", "pointing angrily to": the particle may follow one -ly adverb,
    # as with the finite verb ("spoke emotionally of"); "speaking at a rally" says nothing.
    check_cases(reg, {
        "The mayor opened the memorial, speaking movingly of the victims.": [
            ("The mayor", "speaking movingly of")],
        "The minister closed the session, pointing repeatedly to falling inflation.": [
            ("The minister", "pointing repeatedly to")],
        "The mayor opened the memorial, speaking at length.": [],
    })


def test_name_with_a_long_appositive_before_its_verb(reg: Registry) -> None:
    # An appositive of up to twelve words ("a former deputy energy minister and adviser to
    # the operator") still leaves the name and appositive as the subject.
    check_cases(reg, {
        "Olena Kovalenko, a former deputy energy minister and adviser to the operator, toured "
        "the plant, saying repairs would take weeks.": [
            ("Olena Kovalenko, a former deputy energy minister and adviser to the operator",
             "saying")],
        "Olena Kovalenko, a former deputy energy minister and adviser to the operator, toured "
        "the plant and said repairs would take weeks.": [
            ("Olena Kovalenko, a former deputy energy minister and adviser to the operator",
             "said")],
    })


def test_opening_date_without_a_comma_is_no_part_of_the_subject(reg: Registry) -> None:
    # "On Monday morning the governor toured …": the date opens the sentence with no comma
    # after it; the subject starts after it.
    check_cases(reg, {
        "On Monday morning the governor toured the dam, saying repairs were under way.": [
            ("the governor", "saying")],
        "On Friday Zelenskyy visited the front and said the line would hold.": [
            ("Zelenskyy", "said")],
    })


def test_adverbial_between_name_and_verb_is_left_out(reg: Registry) -> None:
    # "Novak, in an interview on Friday, barely touched on …, saying": the name is the
    # subject; the adverbial between commas is no appositive and stays out of the span.
    check_cases(reg, {
        "Novak, in an interview on Friday, barely touched on the strike, saying the talks "
        "would go on.": [("Novak", "saying")],
        "Ukrenergo, at the same time, put its new hotline to use, urging residents to report "
        "damage.": [("Ukrenergo", "urging")],
        "Novak, speaking on local radio, toured the depot and said the roads would "
        "reopen.": [("Novak", "said")],
    })


def test_it_as_the_subject_before_a_trailing_gerund(reg: Registry) -> None:
    # "…, it declined, citing …": "it" (a body named before) is the clause's subject, as
    # "he" or "they" would be.
    check_cases(reg, {
        "When reporters asked the ministry for its figures, it declined, citing security "
        "concerns.": [("it", "citing")],
        "When the company was asked about the leak, it refused, arguing that the report was "
        "false.": [("it", "arguing")],
    })


def test_pronoun_after_a_closing_quote_and_conjunction_is_a_new_statement(reg: Registry) -> None:
    # '…,” but he said …': after the comma the quotation closes, then a clause of its own
    # begins; its "he" is a second statement, as after ', but he said'.
    check_cases(reg, {
        'The chief said the video did not show "a weapon in his hand," but he said the other '
        "evidence was strong.": [("The chief", "said"), ("he", "said")],
        "The minister called the strike “a grave error,” though she noted that talks would "
        "go on.": [("The minister", "called"), ("she", "noted")],
    })


def test_gerund_after_a_preposition_in_a_future_clause_says_nothing_yet(reg: Registry) -> None:
    # "will travel … before announcing": not said yet, as "will say" is not.
    check_cases(reg, {
        "The minister will travel to Kyiv before announcing the sanctions.": [],
        "The envoy may leave the talks early after saying he is unwell.": [],
        "The president, before announcing the sanctions, will travel to Kyiv.": [],
        "Before announcing the sanctions, the president will travel to Kyiv.": [],
        "The minister traveled to Kyiv before announcing the sanctions.": [
            ("The minister", "announcing")],
    })


def test_denying_confirming_rejecting_demanding_and_welcoming_report_too(reg: Registry) -> None:
    # A message's sender says its gerund, with adjectives before the message noun; the
    # progressive's subject says it. "demanding" and "welcoming" with nothing after them are
    # adjectives.
    check_cases(reg, {
        "The ministry issued a statement denying that troops had crossed the border.":
            [("The ministry", "denying")],
        "The spy agency released a brief statement confirming the casualties.":
            [("The spy agency", "confirming")],
        "The opposition published an open letter rejecting the ceasefire terms.":
            [("The opposition", "rejecting")],
        "The Rada is demanding that Moscow return the deported children.":
            [("The Rada", "demanding")],
        "Warsaw is welcoming the decision to send more air defense.":
            [("Warsaw", "welcoming")],
        "The work at the front is demanding and dangerous.": [],
        "The village was welcoming to the refugees.": [],
    })


def test_heard_or_seen_in_a_passive(reg: Registry) -> None:
    """"A reporter can be heard asking …", "the senator was seen telling …": the one heard
    or seen speaks; "could be heard calling friends" is a phone call, and a negated
    hearing reports nothing."""
    check_cases(reg, {
        "A reporter can be heard asking the mayor about the levy.":
            [("A reporter", "heard asking")],
        "The senator was seen telling donors that the bill would fail.":
            [("The senator", "seen telling")],
        "Others could be heard calling friends on their phones.": [],
        "He was not heard saying anything.": [],
    })


def test_heard_somewhere_telling(reg: Registry) -> None:
    """"Ortiz was heard on a microphone telling …": the one heard speaks, not the place."""
    check_cases(reg, {
        "Ortiz was heard on a hot microphone telling the clerk to go home.":
            [("Ortiz", "telling")],
        "I heard him say the mill would close.": [("him", "say")],
    })
