"""Extractor: faults found by the fifty-eighth and later held-out probes and by the PolNeAR
misses left after the fiftieth to fifty-seventh, each fixed as a general rule and tested with
sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract import extract
from extract.registry import Registry


def test_messages_sent_saying_give_their_sender(reg: Registry) -> None:
    """"X posted a series of messages on Telegram saying …": whoever sends the messages,
    tweets or speech says what the gerund reports, whatever verb sends them ("shared",
    "delivered", "fired off"). Inside a clause of time the sender is that clause's subject,
    not the sentence's."""
    cases: Cases = {
        "Zelenskyy posted a series of messages on Telegram saying the attack had been "
        "repelled.": [("Zelenskyy", "saying")],
        "Trump fired off a tweet saying Clinton had lied.": [("Trump", "saying")],
        "The general shared a video on Telegram saying the troops held the line.":
            [("The general", "saying")],
        "Kim delivered a speech on Friday saying the army must be ready.": [("Kim", "saying")],
        "The aide spoke to reporters after Trump posted a tweet saying Machado had lied.":
            [("Trump", "saying")],
        "Reporters gathered outside when the ministry issued a statement saying the talks had "
        "failed.": [("the ministry", "saying")],
    }
    check_cases(reg, cases)


def test_an_as_clause_with_an_aside_after_a_clause(reg: Registry) -> None:
    """"…, as Eric Garner, gasping on a sidewalk, said before he died": "as" opens a clause
    of its own after the main one, also after a closing quotation, and its subject speaks.
    "Trump, as president, said" is one speaker, whose role the aside names."""
    cases: Cases = {
        "The war is far from over, as Zelenskyy, speaking in Kyiv, said before leaving for "
        "Davos.": [("Zelenskyy", "said")],
        'He wore a shirt with the words "I can\'t breathe," as Eric Garner, gasping on a '
        "sidewalk, said before he died.": [("Eric Garner", "said")],
        "Trump, as President, said the wall would be built.": [("Trump", "said")],
    }
    check_cases(reg, cases)


def test_an_occasion_between_subject_and_verb_is_not_the_subject(reg: Registry) -> None:
    """"Zelenskyy in an interview with the BBC said …": the occasion and what follows it
    (a recipient, a platform, a place) sit between the subject and its verb, as "on Friday"
    does; the source ends before them. A pronoun after the phrase is the subject itself."""
    cases: Cases = {
        "Zelenskyy in an interview with the BBC said the front was holding.":
            [("Zelenskyy", "said")],
        "The NIS in a closed-door briefing to lawmakers on Friday said the troops had arrived.":
            [("The NIS", "said")],
        "Kim Jong Un in a speech at a party plenum warned of war.": [("Kim Jong Un", "warned")],
        "A few days ago in an interview with the state broadcaster he blasted the sanctions.":
            [("he", "blasted")],
    }
    check_cases(reg, cases)


def test_as_stated_in_a_text_gives_its_author(reg: Registry) -> None:
    """"As stated in the NIS report, …", "as reported in The New York Times": the text in
    the phrase is the source, as after "according to", its maker when it names one. What a
    picture shows, or a date after "as reported in", gives no source."""
    cases: Cases = {
        "As stated in the NIS report, the troops arrived in October.": [("NIS", "stated")],
        "As reported in the New York Times, the troops arrived in October.":
            [("the New York Times", "reported")],
        "The troops arrived in October, as noted in the ISW's latest assessment.":
            [("the ISW", "noted")],
        "As shown in the video, the troops arrived.": [],
        "As reported in October, the troops arrived.": [],
        "Nothing changed, as stated in the past.": [],
    }
    check_cases(reg, cases)


def test_a_request_inside_what_was_told_is_no_request(reg: Registry) -> None:
    """"told reporters that Moscow had received no request for an exchange": a request
    for comment is read before what was told; inside the "that" clause it is news."""
    cases: Cases = {
        "Kremlin spokesman Dmitry Peskov told reporters on Thursday that Moscow had not "
        "received any request for a prisoner exchange.":
            [("Kremlin spokesman Dmitry Peskov", "told")],
        "The NIS told lawmakers that Pyongyang had reached out to Moscow.": [("The NIS", "told")],
        "Reporters asked the ministry for comment.": [],
    }
    check_cases(reg, cases)


def test_people_placed_in_a_capital_are_not_its_government(reg: Registry) -> None:
    """"Officials in Seoul" serve South Korea's government; "analysts in Moscow", "military
    experts in Seoul" and "sources inside North Korea" only work or live there, and keep
    their own words as entity. A national body is not the UN one its name ends in."""
    assert reg.resolve("Officials in Seoul") == "South Korean government"
    assert reg.resolve("Military experts in Seoul") is None
    assert reg.resolve("Analysts in Moscow") is None
    assert reg.resolve("sources inside North Korea") is None
    assert reg.resolve("officials inside the Kremlin") == "Kremlin"
    assert reg.resolve("Russian Security Council Secretary Sergei Shoigu") \
        == "Russian Security Council"
    assert reg.resolve("the Security Council") == "UN Security Council"


def test_relative_clauses_and_places_stay_in_the_subject(reg: Registry) -> None:
    """"Those who remain said", "Crew members aboard the cargo ship told": a relative clause
    whose verb is one plain word, and a phrase of place after "aboard", belong to the
    subject, whose head is not the last word before the verb."""
    cases: Cases = {
        "Those who remain said the shelling had grown heavier.":
            [("Those who remain", "said")],
        "Residents who stay say the shelling is worse.": [("Residents who stay", "say")],
        "Crew members aboard the cargo ship told investigators that the containers had been "
        "loaded at Rajin.": [("Crew members aboard the cargo ship", "told")],
    }
    check_cases(reg, cases)


def test_he_skips_a_plural_group_named_with_its_place(reg: Registry) -> None:
    """"Analysts at 38 North said …" between Kim and "He said …": the analysts are many,
    so "he" goes back to Kim, and "they" stays with the analysts."""
    doc = [
        "Kim Jong Un said the country must build attack drones.",
        "Analysts at 38 North said the drones appeared to be modeled on Russian designs.",
    ]
    assert [a.entity for a in extract("He said the drones would be delivered soon.", reg,
                                      context=doc)] == ["Kim Jong Un"]
    assert [a.entity for a in extract("They said the drones would be delivered soon.", reg,
                                      context=doc)] == ["Analysts at 38 North"]


def test_phrasal_cues_with_their_particles(reg: Registry) -> None:
    """"spelled out", "summed up", "chimed in" report words; "made clear" and "laid out"
    do unless their object is a thing ("made clear gains", "laid out a new line of
    defenses"), and "claimed … lives" counts deaths whatever follows the lives."""
    cases: Cases = {
        "Blinken spelled out the administration's position in a speech: no deal without "
        "Ukraine.": [("Blinken", "spelled out")],
        "Kirby spelled it out plainly: the United States would not send troops.":
            [("Kirby", "spelled it out")],
        '"We have seen no pullback," Kirby chimed in.': [("Kirby", "chimed in")],
        "The costs sum up to $5 billion.": [],
        "Ukrainian troops made clear gains near Toretsk.": [],
        "Zelenskyy made clear that Ukraine would not cede territory.":
            [("Zelenskyy", "made clear")],
        "Ukrainian engineers laid out a new line of anti-tank defenses west of Pokrovsk.": [],
        "The memo lays out a host of actions the government has taken.":
            [("The memo", "lays out")],
        "Russia's war has claimed hundreds of thousands of lives since February 2022.": [],
    }
    check_cases(reg, cases)


def test_how_a_verb_is_reached_does_not_hide_its_subject(reg: Registry) -> None:
    """"would go on to acknowledge", "was quick to point out", "has been keen to stress",
    "would only say", "is being described by": each is a statement made, whose subject (or
    agent) speaks; "was repeated by X" names X as "was echoed by X" does. "would go on to
    win" says nothing, and "is ready to reject" is no statement yet."""
    cases: Cases = {
        "Syrskyi would go on to acknowledge that the situation near Pokrovsk was difficult.":
            [("Syrskyi", "acknowledge")],
        "Zelenskyy was quick to point out that Ukraine had taken prisoners alive.":
            [("Zelenskyy", "point out")],
        "The Kremlin has been keen to stress that the treaty is not aimed at anyone.":
            [("The Kremlin", "stress")],
        "The Joint Chiefs of Staff would only say that they were monitoring the situation.":
            [("The Joint Chiefs of Staff", "say")],
        "The deployment is being described by Ukrainian officials as a test.":
            [("Ukrainian officials", "described")],
        "The claim was repeated by Russia's Defense Ministry on Thursday.":
            [("Russia's Defense Ministry", "repeated")],
        "Trump would go on to win the election.": [],
        "Voters are ready to reject politicians who push such measures.": [],
    }
    check_cases(reg, cases)


def test_or_so_a_speaker_claims(reg: Registry) -> None:
    """"…, or so the Kremlin claims.": the speaker after "or so" at the end of the sentence
    makes the claim before it, as after "as"."""
    cases: Cases = {
        "The North Koreans are not there at all, or so the Kremlin claims.":
            [("the Kremlin", "claims")],
        "The losses are small, or so Pyongyang says.": [("Pyongyang", "says")],
    }
    check_cases(reg, cases)


def test_a_name_with_of_ends_before_the_participle_after_it(reg: Registry) -> None:
    """"an assessment by the Institute for the Study of War published Tuesday": the author
    runs through "of War" and stops at the participle that dates the document."""
    cases: Cases = {
        "North Korean soldiers have adapted, according to an assessment by the Institute for "
        "the Study of War published Tuesday.":
            [("the Institute for the Study of War", "according to")],
        "An analysis by the ISW of Russian losses found the troops adapted.":
            [("the ISW", "found")],
    }
    check_cases(reg, cases)


def test_markup_tags_left_in_scraped_text_are_space(reg: Registry) -> None:
    """HTML or forum tags around words ("<i>The Wall Street Journal</i> reported",
    "[b]South Korea's spy agency[/b] said") stand between words as a non-breaking space
    does: the source is the words inside, its offsets still slice the text, and an entity
    spelled with "&nbsp;" still resolves."""
    cases: Cases = {
        "<i>The Wall Street Journal</i> reported that Russian commanders had taken charge.":
            [("The Wall Street Journal", "reported")],
        "[b]South Korea's spy agency[/b] said on Tuesday that Pyongyang had rotated units.":
            [("South Korea's spy agency", "said")],
        "<p>In his nightly video address, <b>Zelenskyy</b> said the group was destroyed.</p>":
            [("Zelenskyy", "said")],
    }
    check_cases(reg, cases)
    found = extract("Dmitry&nbsp;Peskov told reporters that the treaty was defensive.", reg)
    assert [(a.source, a.entity) for a in found] == [("Dmitry&nbsp;Peskov", "Kremlin")]


def test_the_one_who_cites_is_not_the_one_cited(reg: Registry) -> None:
    """"Citing a government source, it said …": "it" is whoever was named before (Yonhap),
    never the source it cites; a "he" inside the cited words may still be the one cited."""
    doc = ["South Korea's Yonhap news agency reported on Monday that more troops were sent."]
    found = extract("Citing a government source, it said the troops arrived by train.", reg,
                    context=doc)
    assert [(a.source, a.entity) for a in found] == [
        ("a government source", "a government source"), ("it", "Yonhap")]


def test_a_role_in_events_threatens_nobody(reg: Registry) -> None:
    """"Pyongyang's role in the war threatened Asia's security": a role, like a deployment,
    endangers; it makes no threat, so only the one who said it is a source."""
    cases: Cases = {
        "Sybiha said that Pyongyang's role in the war threatened Asia's security.":
            [("Sybiha", "said")],
    }
    check_cases(reg, cases)
