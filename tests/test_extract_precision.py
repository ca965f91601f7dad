"""Extractor precision: words that only look like a source (a reason after "citing", the
object of a verb, a noun read as a verb), and reported clauses that end where a new statement
begins. One sentence of our own per pattern."""

from __future__ import annotations

import pytest
from extract_helpers import check_cases, source_cues

from extract.registry import Registry


@pytest.mark.parametrize(("text", "expected"), [
    # A reason after "citing" is not a source: the one who cites it speaks.
    ("In 2019, the Constitutional Court barred a Kyiv firm from closing its plants, citing a "
     "threat to public health.", [("the Constitutional Court", "citing")]),
    ("The ministry suspended the flights to Seoul, citing security reasons.",
     [("The ministry", "citing")]),
    ("The ministry suspended the flights to Seoul, citing concerns about the weather.",
     [("The ministry", "citing")]),
    # A person, a body or a document after "citing" stays the source.
    ("Yonhap said the drills were delayed, citing South Korean military officials.",
     [("Yonhap", "said"), ("South Korean military officials", "citing")]),
    ("The BBC, citing a diary found on a soldier, said the unit was told to advance.",
     [("The BBC", "said"), ("a diary", "citing")]),
])
def test_citing_a_reason_or_a_source(reg: Registry, text: str,
                                     expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # After "and" the verb shares the clause's subject; its object never speaks.
    ("A correspondent for Yonhap spotted Kim and his aide and reported their arrival on "
     "Telegram.", [("A correspondent for Yonhap", "reported")]),
    ("A Yonhap correspondent spotted Kim and reported his arrival.",
     [("A Yonhap correspondent", "reported")]),
    ("The mayor of Kharkiv visited the site and reported damage to homes.",
     [("The mayor of Kharkiv", "reported")]),
])
def test_object_after_and_is_not_a_source(reg: Registry, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


def test_object_after_and_without_a_subject_gives_nothing() -> None:
    """No subject found is better than the object: "their arrival" is what was reported."""
    text = "Officials at the site spotted Kim and reported their arrival in Pyongyang."
    assert not any(source.startswith("their") for source, _cue in source_cues(text))


@pytest.mark.parametrize(("text", "expected"), [
    # "bring it back": a bare verb after "it" is no stance ("back" = support) of "it"; the
    # trailing gerund goes with the subject, a count and its nouns included.
    ("two Ukrainian speechwriters implored her to bring it back, arguing that it irritated "
     "Putin.", [("two Ukrainian speechwriters", "arguing")]),
    ("Three Korean diplomats pressed Seoul on the deal, arguing that it angered Moscow.",
     [("Three Korean diplomats", "arguing")]),
    ("Officials begged him to take it back, saying it hurt Kyiv.",
     [("Officials", "saying")]),
])
def test_bare_verb_after_it_and_counted_subject(reg: Registry, text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The reported words end where the writer opens a clause of his own: ", though",
    # ", although", "— and", "-- and". The second verb is a statement of its own.
    ("Peskov said the Kremlin planned to move in reserves, though he acknowledged it was "
     "unlikely to help.", [("Peskov", "said"), ("he", "acknowledged")]),
    ("Peskov said the Kremlin planned to move in reserves, although he admitted it was "
     "unlikely to help.", [("Peskov", "said"), ("he", "admitted")]),
    ("Kuleba said the talks would be tougher \u2014 and he noted that any deal would come "
     "later.", [("Kuleba", "said"), ("he", "noted")]),
    ("Kuleba said the talks would be tougher -- and he noted that any deal would come later.",
     [("Kuleba", "said"), ("he", "noted")]),
    # Without such a break "he" repeats the speaker inside the reported words.
    ("Kuleba said he believed the talks would be tougher.", [("Kuleba", "said")]),
])
def test_new_clause_ends_the_reported_words(reg: Registry, text: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Adverbs without "-ly" between subject and verb are stepped over, never the source.
    ("The ministry has twice complained to Seoul about the drills.",
     [("The ministry", "complained")]),
    ("The NIS has in fact reported the move.", [("The NIS", "reported")]),
    ("Zelenskyy has nevertheless called the vote a mistake.", [("Zelenskyy", "called")]),
    ("Kim most recently defended the missile tests.", [("Kim", "defended")]),
    # A modal or a negation before the adverb still rules the statement out.
    ("Seoul may well endorse the plan.", []),
    ("Officials in Kyiv can't quite say why the talks stalled.", []),
])
def test_plain_adverbs_before_the_verb(reg: Registry, text: str,
                                       expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name before "state(s)" or "the … attacks" modifies the noun; no one speaks.
    ("The Western states, which vote in June, matter to Kyiv.", []),
    ("She was elected to the New York state Senate in 2004.", []),
    ("Before the Kherson attacks, Kyiv had hoped for more aid.", [("Kyiv", "hoped")]),
    # The verbs themselves still count.
    ("It states that the deal is void.", [("It", "states")]),
    ("Zelenskyy attacks Putin over the deal.", [("Zelenskyy", "attacks")]),
    # A singular name before "show" and a title after it: the name's show, no one showing.
    ("On the Fox show Hannity, Trump said he would win.", [("Trump", "said")]),
    ("Stephens said on the MSNBC show ''Morning Joe'' that Trump was wrong.",
     [("Stephens", "said")]),
    ("In a clip for Blige's upcoming Apple Music show The 411, Blige sings a ballad.", []),
])
def test_state_and_attacks_as_nouns(reg: Registry, text: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize("text", [
    "Data released by the Pentagon show Russia lost ground.",
    "New figures from the ONS show Britain grew.",
])
def test_a_name_closing_a_plural_subject_leaves_show_a_verb(reg: Registry, text: str) -> None:
    # After "by the Pentagon" or "from the ONS" the name ends a longer subject, and what that
    # subject shows is still proposed.
    assert [cue for _source, cue in source_cues(text, reg)] == ["show"]


@pytest.mark.parametrize(("text", "expected"), [
    # "adding to" increases something; precincts "reporting" are results, not statements.
    ("Zelenskyy's party won the vote in Kyiv, adding to its lead over rivals.", []),
    ("The ruling party led by 20 points with 95 percent of precincts reporting.", []),
    ("Kim added to reporters that the test went well.", [("Kim", "added")]),
    # Welcoming people greets them; welcoming what someone did is a stance.
    ("Putin welcomed Kim at the airport.", []),
    ("Zelenskyy welcomed Biden to Kyiv on Monday.", []),
    ("As he welcomed several hundred guests, the mayor launched his bid.", []),
    ("The hotel welcomed 500 visitors last year.", []),
    ("Kyiv welcomed Washington's decision.", [("Kyiv", "welcomed")]),
    ("Seoul welcomed the news that the troops had left.", [("Seoul", "welcomed")]),
    # Showing people a thing displays it.
    ("Mike Pence showed the crowd a clip of the governor.", []),
    ("Zelenskyy showed reporters a map of the front.", []),
    ("The data showed reporters were wrong.", [("The data", "showed")]),
    # Ways found are means, not findings; clapping with no object is no stance.
    ("The senator found ways to press his agenda.", []),
    ("She found a way to win the vote.", []),
    ("The study found the time to recovery was longer.", [("The study", "found")]),
    ("The crowd applauded.", []),
    ("The delegates applauded loudly as he left.", []),
    ("It is a plan that many economists applaud.", [("many economists", "applaud")]),
    ("Kyiv applauded the decision.", [("Kyiv", "applauded")]),
    # "get" makes a passive: nobody answers or calls.
    ("Which questionnaires get answered says something about the candidates.", []),
    ("She used to vote and get called to jury duty.", []),
    ("He says something about the party every day.", [("He", "says")]),
])
def test_events_that_look_like_statements(reg: Registry, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "called" after an indefinite noun inside the sentence names the thing; no one speaks.
    ("Hundreds of volunteers joined a battalion called the Free Russia Legion.", []),
    ("The army deployed a drone called the Lancet near Kherson.", []),
    ("Kyiv opened an exhibit at Podil Gallery called 'Sky' in May.", []),
    ("Lawmakers in Kyiv closed the tax loophole called an \"exemption\" in May.", []),
    ("The ministry called off the talks with Seoul.", []),
    ("Zelenskyy called into a talk show in Kyiv.", []),
    # A subject's name after "called" runs into the clause's own verb.
    ("A Kyiv-based NGO called Razom is raising money for generators.", []),
    ("A new unit called the Free Legion has taken the village.", []),
    # A speaker who calls still speaks.
    ("Zelenskyy called the decision a mistake.", [("Zelenskyy", "called")]),
    ("A Kremlin spokesman called the report false.", [("A Kremlin spokesman", "called")]),
    ("After the vote, a group of Kyiv lawmakers called the decision a mistake.",
     [("a group of Kyiv lawmakers", "called")]),
    ("When an aide to Kim called the test a success, Seoul objected.",
     [("an aide to Kim", "called")]),
    ("She called Peskov's claim absurd.", [("She", "called"), ("Peskov", "claim")]),
    ("Kirby called Peskov's remarks a new low.", [("Kirby", "called")]),
])
def test_called_names_a_thing(reg: Registry, text: str,
                              expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "say" and "note" after an article and a modifier are nouns.
    ("Kyiv wants a larger say in the talks with Moscow.", []),
    ("The Rada will have the final say on the deal.", []),
    ("The NIS sounded a cautious note about the launch.", []),
    ("Bush offered a Trump-style retort on the mogul's favourite medium.", []),
    # A quantifier or a plural before the base form is its subject.
    ("Nearly a third say the talks will fail.", [("Nearly a third", "say")]),
    ("Officials on the island believe the test failed.",
     [("Officials on the island", "believe")]),
    ("Analysts at the ministry note that exports fell.",
     [("Analysts at the ministry", "note")]),
])
def test_say_and_note_as_nouns(reg: Registry, text: str,
                               expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Set phrases of cue verbs that report nothing.
    ("Zelenskyy leads his rival by 40 pledged delegates.", []),
    ("Facing protests, Seoul backed down, and the tax was dropped.", []),
    ("Kim helped found the party in 2012.", []),
    ("Kovalenko reported from Kyiv.", []),
    # Bylines name a place with commas: "Washington, D.C.", "…, and Kim from Seoul."
    ("Olena Kovalenko reported from Kharkiv, Ukraine.", []),
    ("Kovalenko reported from Kyiv, and Kim Min-ji from Seoul.", []),
    ("He has reported from every front line since 2022, and from Seoul.", []),
    # The verbs still speak elsewhere.
    ("Kim pledged to continue the tests.", [("Kim", "pledged")]),
    ("Seoul backed off its plan to raise taxes.", [("Seoul", "backed")]),
    ("Kovalenko reported from Kyiv that the shelling had stopped.",
     [("Kovalenko", "reported")]),
    ("Kovalenko reported from Kyiv, saying the shelling had stopped.",
     [("Kovalenko", "reported")]),
    ("Kovalenko reported from Kyiv, \u201cThe shelling has stopped.\u201d",
     [("Kovalenko", "reported")]),
])
def test_set_phrases_that_report_nothing(reg: Registry, text: str,
                                         expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it felt" is seeming and "felt the need" a motive: no view is reported.
    ("The shelling stopped, but it felt so unreal.", []),
    ("The ministry felt the need to close the border.", []),
    # Feelings of people and bodies still are.
    ("After the vote it felt betrayed by its allies.", [("it", "felt")]),
    ("Voters in Kharkiv felt the talks were a mistake.",
     [("Voters in Kharkiv", "felt")]),
])
def test_felt_as_seeming(reg: Registry, text: str,
                         expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A trailing gerund goes on with the subject of the clause before it, never with an
    # auxiliary, an object, or an opening participle or time phrase.
    ("Oleksiy Danilov, the council's secretary, has rejected the plan, noting that Kyiv "
     "was not consulted.",
     [("Oleksiy Danilov, the council's secretary", "rejected")]),
    ("The NIS, which rarely comments on defectors, denied the report, saying the man was "
     "never detained.", [("The NIS", "denied")]),
    ("Continuing his visit to Seoul, Blinken met Yoon, saying the alliance was strong.",
     [("Blinken", "saying")]),
    ("The day before, at a rally in Lviv, Zelenskyy was blunt, claiming the front was "
     "holding.", [("Zelenskyy", "claiming")]),
    ("On Friday, the agency said it would delay the launch of its first military spy "
     "satellite until next spring, warning that the weather was poor.",
     [("the agency", "said")]),
    # The speaker of the clause just before still carries the gerund.
    ("The strikes went on, Ukraine's air force said, adding that 12 drones were downed.",
     [("Ukraine's air force", "said")]),
])
def test_trailing_gerund_subject(reg: Registry, text: str,
                                 expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Rubrics, credits and rosters before a colon are no speakers.
    ("Contributing: Olena Kravets.", []),
    ("Editor\u2019s Note: This story was updated with a statement from Seoul.", []),
    ("Revealed: The Drone Factory Behind The Front Line.", []),
    ("Kherson: Ivan Petrenko, Olha Bondar, Taras Melnyk, Iryna Koval, Andriy Shevchenko.", []),
    # A speaker's label still counts.
    ("Zelenskyy: Ukraine will not cede territory.", [("Zelenskyy", ":")]),
])
def test_colon_rubrics(reg: Registry, text: str, expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Causes, idioms and events that only look like statements.
    ("The sanctions helped add pressure on Moscow.", []),
    ("The embargo helps explain why exports fell.", []),
    ("Ending the war is easier said than done.", []),
    ("It is the least talked about front of the war.", []),
    ("Seoul would let firms write off the losses.", []),
    ("After the truce collapsed, the shelling continued.", []),
    ("Last year, grain exports shot back up.", []),
    ("Kyiv shot back that the claim was false.", [("Kyiv", "shot back")]),
    # A text or a speaker still goes on.
    ("\"We will rebuild,\" the statement continued.", [("the statement", "continued")]),
    ("\"We will rebuild,\" Zelenskyy continued.", [("Zelenskyy", "continued")]),
])
def test_causes_idioms_and_events(reg: Registry, text: str,
                                  expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cue's participle with a date, then the main verb: the noun was announced, by nobody
    # the sentence names.
    ("The sanctions announced on Friday were the toughest yet.", []),
    ("A $160 billion merger announced Monday would create the largest drugmaker.", []),
    ("The plan rejected last week is back before the Rada.", []),
    # Speakers with a date, and reported words that open with a day, still speak.
    ("The ministry announced on Friday that the border would close.",
     [("The ministry", "announced")]),
    ("Officials said Friday would be calm.", [("Officials", "said")]),
    ("The figures the ministry cited on Friday were lower.",
     [("the ministry", "cited")]),
])
def test_dated_participles(reg: Registry, text: str,
                           expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quantifier and a noun cue before a colon head what follows; nobody speaks.
    ("Another challenge: most of the shells are duds.", []),
    ("One claim: the troops had already left.", []),
    # A quantifier standing alone before a verb is still the subject.
    ("Most say the war will end this year.", [("Most", "say")]),
])
def test_a_quantified_noun_before_a_colon_is_a_heading(reg: Registry, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    assert source_cues(text, reg) == expected


def test_back_as_an_adverb_backs_nothing(reg: Registry) -> None:
    """"would bring jobs back," and "looking back at" back nothing; "Unions back the plan"
    still takes a stance."""
    check_cases(reg, {
        "Asked how he would bring jobs back, the mayor said he would cut taxes.":
            [("the mayor", "said")],
        "Two summers back, the mill closed.": [],
        "Unions back the plan.": [("Unions", "back")],
    })


def test_a_way_of_thinking_is_no_view(reg: Registry) -> None:
    """"someone who thinks like me", "voters should think twice": how one thinks, not what;
    "the mayor thinks the levy will pass" is a view."""
    check_cases(reg, {
        "We need a mayor who thinks like the rest of us.": [],
        "Voters should think twice before signing.": [],
        "The mayor thinks the levy will pass.": [("The mayor", "thinks")],
    })


def test_noun_and_participle_readings(reg: Registry) -> None:
    """"entrance poll estimates show …": a noun before its own verb; "a ruling expected in
    coming weeks", "30,000 visitors expected this year": a participle describing a noun.
    With a subject and an object the verbs still report."""
    check_cases(reg, {
        "Entrance poll estimates show the mayor ahead.":
            [("Entrance poll estimates", "show")],
        "The summit is held ahead of a ruling expected in coming weeks.": [],
        "Tourism keeps rising, with 30,000 visitors expected this year.": [],
        "Officials expected the dam to hold.": [("Officials", "expected")],
    })


def test_accused_of_right_after_a_noun_is_a_participle(reg: Registry) -> None:
    """"represented people accused of fraud", "a soldier now charged with desertion": an active
    verb has its object before "of"/"with", so nobody here accuses; "was accused of lying by
    the mayor" names its accuser, and "whom she has accused of …" has its object first."""
    check_cases(reg, {
        "The lawyer represented people accused of fraud.": [],
        "The court freed a soldier now charged with desertion.": [],
        "He was accused of lying by the mayor.": [("the mayor", "accused")],
        "She faces a rival whom she has accused of selling pipe dreams.":
            [("she", "accused")],
        "The teacher accused the principal of lying.": [("The teacher", "accused")],
    })
