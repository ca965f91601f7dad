"""Extractor: faults found by the forty-first to forty-third held-out probes (mid-sentence
reporting clauses and quotations; the registry and pronouns; words of attribution beyond
"said"), each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases, source_cues, sources

from extract.registry import Registry


def test_a_speaker_noun_after_a_comma_ends_the_sentence(reg: Registry) -> None:
    """", officials estimate.", ", the ministry states.": a lowercase speaker noun heading
    the short phrase a comma opens, with its verb last, is a trailing speaker as a name is.
    The plural takes the base form, the singular its determiner; ", official estimates." is
    a noun phrase."""
    cases: Cases = {
        "About 1,200 soldiers have been killed, South Korean intelligence officials "
        "estimate.": [("South Korean intelligence officials", "estimate")],
        "The bridge will reopen in March, the ministry states.": [("the ministry", "states")],
        "Losses are far higher, Western analysts claim.": [("Western analysts", "claim")],
        "Losses were about 1,200, official estimates.": [],
        "Losses were about 1,200, according to official estimates.":
            [("official estimates", "according to")],
    }
    check_cases(reg, cases)


def test_a_pronoun_after_a_description_takes_what_the_description_named(
        reg: Registry) -> None:
    """"The think tank said …. It also noted …": the pronoun's antecedent is a description
    the document resolved ("the think tank" after the Institute for the Study of War), so
    the pronoun names the same entity, not the description's words or a demonym nearby."""
    assert sources("It also noted that Russian forces had gained ground near Toretsk.", reg,
                   context=["The Institute for the Study of War published its assessment.",
                            "The think tank said North Korean units would be moved."]) \
        == [("It", "ISW", "noted")]
    assert sources("It also said a second deployment was being prepared.", reg,
                   context=["South Korea's National Intelligence Service briefed lawmakers.",
                            "The withdrawal, the agency said, followed heavy losses."]) \
        == [("It", "NIS", "said")]


def test_a_document_is_an_it_never_a_they(reg: Registry) -> None:
    """"The statement said …" is an antecedent for "it", not for "they", and not for "he"
    (which goes on to the person named before it)."""
    assert sources("They said the council would meet again.", reg,
                   context=["The UN Security Council condemned the launch.",
                            "The statement said the test broke several resolutions."]) \
        == [("They", "UN Security Council", "said")]
    assert sources("It also accused the ministry of hiding the losses.", reg,
                   context=["Exxon Mobil wrote to the editors on Monday.",
                            "The letter said the reporting had been one-sided."]) \
        == [("It", "The letter", "accused")]


def test_unnamed_sources_and_what_they_know_of(reg: Registry) -> None:
    """News's formulas for a source kept unnamed ("who asked not to be named", "who was not
    authorized to speak publicly") run on to the verb: the people before "who" speak, not
    the participle at the end. A document they know of is not its author's statement:
    "a person familiar with the U.S. intelligence assessment" is the source, not the U.S.
    Asking that a name be withheld is a request, no claim."""
    cases: Cases = {
        "A soldier who asked not to be named said the unit had withdrawn.":
            [("A soldier", "said")],
        "A medic who declined to be identified said the hospital was full.":
            [("A medic", "said")],
        "An official who was not authorized to speak publicly said the talks had stalled.":
            [("An official", "said")],
        "An aide who asked that his name not be used said the talks had stalled.":
            [("An aide", "said")],
        "The soldiers carried forged papers, according to a person familiar with the U.S. "
        "intelligence assessment.":
            [("a person familiar with the U.S. intelligence assessment", "according to")],
        "The soldiers carried forged papers, according to a Pentagon assessment.":
            [("Pentagon", "according to")],
        "The ministry asked that journalists not publish the names of the dead.": [],
    }
    check_cases(reg, cases)


def test_whom_a_report_cites_and_who_cited_figures(reg: Registry) -> None:
    """"citing a Ukrainian officer", "citing a drone operator": people cited are sources as
    officials are (a reason cited is not). "according to figures cited by Zelenskyy": the
    one who cited the figures is the source, not the figures."""
    cases: Cases = {
        "CNN reported, citing a Ukrainian officer, that the troops had been pulled back.":
            [("CNN", "reported"), ("a Ukrainian officer", "citing")],
        "The units used their own phones, the newspaper reported, citing a drone operator.":
            [("the newspaper", "reported"), ("a drone operator", "citing")],
        "The ministry closed the border, citing a threat to public health.":
            [("The ministry", "citing")],
        "Russia has lost 38,000 soldiers in Kursk, according to figures cited by Zelenskyy.":
            [("Zelenskyy", "according to")],
        "Russia has lost 38,000 soldiers, according to an official quoted by Yonhap.":
            [("an official", "according to"), ("Yonhap", "quoted")],
    }
    check_cases(reg, cases)


def test_a_byline_is_no_statement(reg: Registry) -> None:
    """"who writes under the name Two Majors": a pen name, like a career ("has written for
    Foreign Affairs"), claims nothing."""
    assert sources("One war blogger, who writes under the name Two Majors, said the line "
                   "held.", reg) == [("One war blogger", "One war blogger", "said")]
    assert sources("She writes under a pseudonym for a Moscow weekly.", reg) == []


def test_accents_do_not_decide_a_name(reg: Registry) -> None:
    """"UN Secretary-General António Guterres" is the registry's "Antonio Guterres": the
    registry ignores accents as it ignores case."""
    assert sources("UN Secretary-General Ant\u00f3nio Guterres said the attacks must stop.",
                   reg) == [("UN Secretary-General Ant\u00f3nio Guterres", "United Nations",
                             "said")]
    assert reg.resolve("Ant\u00f3nio Guterres") == reg.resolve("Antonio Guterres") \
        == "United Nations"


def test_a_document_shared_with_others_by_its_author(reg: Registry) -> None:
    """"An intelligence assessment shared with allies by South Korea's spy agency says":
    whom it was shared with comes before its author, who is the source. Ties between states
    threaten nobody the way a speaker does."""
    cases: Cases = {
        "An intelligence assessment shared with allies by South Korea's spy agency says "
        "the troops are rotated every four months.": [("South Korea's spy agency", "says")],
        "Russia has said repeatedly that its ties with North Korea threaten no one.":
            [("Russia", "said")],
        "North Korea threatened to retaliate, KCNA said.":
            [("North Korea", "threatened"), ("KCNA", "said")],
    }
    check_cases(reg, cases)


def test_pictures_document_without_a_claim(reg: Registry) -> None:
    """"Reuters photographers documented the damage": a camera records; a monitoring group
    that "has documented 40 strikes" reports a finding."""
    cases: Cases = {
        "Reuters photographers documented the destruction in Pokrovsk over three days.": [],
        "Drones have documented the column's advance since Monday.": [],
        "Airwars, a monitoring group, has documented 40 strikes on schools.":
            [("Airwars, a monitoring group", "documented")],
    }
    check_cases(reg, cases)


def test_pictures_and_intercepts_speak_for_their_named_maker(reg: Registry) -> None:
    """"Satellite images taken by Planet Labs show …", "according to intercepted
    communications published by the SBU", "an indictment unsealed by the Justice
    Department": who made or released the pictures or the document, named after "by", is the
    source, as for "data compiled by X"; pictures by people nobody names stay as they were."""
    cases: Cases = {
        "Commercial satellite images taken by Planet Labs show new barracks near "
        "Vladivostok.": [("Planet Labs", "show")],
        "According to intercepted communications published by the SBU, commanders kept the "
        "troops back.": [("the SBU", "According to")],
        "According to an indictment unsealed by the Justice Department, the men laundered "
        "money.": [("the Justice Department", "According to")],
        "The troops moved in December, according to satellite images provided by Maxar "
        "Technologies.": [("Maxar Technologies", "according to")],
    }
    check_cases(reg, cases)


def test_a_subject_keeps_what_describes_it(reg: Registry) -> None:
    """The words after a speaker noun that describe them belong to the source, not the noun
    phrase they end with: "A Russian military blogger with close ties to the army wrote"
    (not "the army"), "prisoners of war released in the latest exchange told" (not "the
    latest exchange"), "five current and former European officials" (not "five current")."""
    cases: Cases = {
        "A Russian military blogger with close ties to the army wrote on Telegram that the "
        "village had fallen.":
            [("A Russian military blogger with close ties to the army", "wrote")],
        "Several prisoners of war released in the latest exchange told reporters they had "
        "been beaten.":
            [("Several prisoners of war released in the latest exchange", "told")],
        "A report released in March said the troops had arrived.":
            [("A report released in March", "said")],
        "The talks stalled, according to five current and former European officials.":
            [("five current and former European officials", "according to")],
    }
    check_cases(reg, cases)


def test_a_document_named_in_a_speakers_own_clause_is_no_subject(reg: Registry) -> None:
    """"cautioned in their Wednesday report that …": the report (dated) is where they
    cautioned, no verb with a subject of its own; "said after a briefing on Monday that
    Seoul's spy agency had concluded": the agency concludes, not the briefing phrase."""
    cases: Cases = {
        "Researchers at ISW cautioned in their Wednesday report that the Kremlin would "
        "exaggerate.": [("Researchers at ISW", "cautioned")],
        "Analysts at ISW wrote in their January 10 report that the line had held.":
            [("Analysts at ISW", "wrote")],
        "Lee Seong-kweon said after a briefing on Monday that Seoul's spy agency had "
        "concluded that more troops were coming.":
            [("Lee Seong-kweon", "said"), ("Seoul's spy agency", "concluded")],
    }
    check_cases(reg, cases)


def test_he_is_never_a_country(reg: Registry) -> None:
    """"the United States" with its article is a place as "United States" is: no "he"."""
    assert sources("He said the commanders had treated the soldiers as expendable.", reg,
                   context=["John Kirby told reporters that the United States believed the "
                            "losses were high."]) \
        == [("He", "White House", "said")]


def test_an_infinitive_belongs_to_the_subject_before_it(reg: Registry) -> None:
    """A verb after "to" opens no subject: "Democrats trying to regain control of the Senate
    say" (not "regain control of the Senate"), "Organizers of the push to boycott the speech
    said"; a plural noun after "to" stays a noun ("an appeal to voters")."""
    cases: Cases = {
        "Democrats trying to regain control of the Senate say they have a new weapon.":
            [("Democrats trying to regain control of the Senate", "say")],
        "Organizers of the push to boycott the speech said they were worried.":
            [("Organizers of the push to boycott the speech", "said")],
        "Volunteers who came to Kyiv to help the wounded say the hospitals are full.":
            [("Volunteers who came to Kyiv to help the wounded", "say")],
    }
    check_cases(reg, cases)


def test_a_titled_name_after_an_opening_occasion(reg: Registry) -> None:
    """"In a lengthy post on his Telegram channel on Sunday, former Russian President Dmitry
    Medvedev, now deputy chairman of the Security Council, wrote": a lowercase "former"
    opens the titled name as a capital does."""
    assert source_cues(
        "In a post on Sunday, former Russian President Dmitry Medvedev, now deputy chairman "
        "of the Security Council, wrote that Europe would pay.", reg) == [
        ("former Russian President Dmitry Medvedev, now deputy chairman of the Security "
         "Council", "wrote")]


def test_long_sentences_keep_their_phrases_whole(reg: Registry) -> None:
    """Wrong words as source in long sentences: "a Ukrainian special forces officer" is one
    phrase (a plural modifier before a person noun), "while pushing back repeated
    counterattacks" has an adjective, "an identity card found on one of the soldiers" and
    "a video posted on Telegram" are participles on things, "citing joint military drills"
    cites a reason, and "the treaty between Russia and Iran" is one phrase, whose head (a
    pact, as a decision is a course of action) shows without saying."""
    cases: Cases = {
        "\u201cThey were thrown into open fields,\u201d a Ukrainian special forces officer "
        "told reporters in Sumy, describing assaults in which infantry advanced.":
            [("a Ukrainian special forces officer", "told")],
        "The ministry said its forces had destroyed several vehicles, while pushing back "
        "repeated Ukrainian counterattacks.": [("The ministry", "said")],
        "It released photographs of a military identity card found on one of the soldiers.":
            [],
        "Khinshtein acknowledged in a video posted on Telegram that residents had fled.":
            [("Khinshtein", "acknowledged in a video")],
        "The ministry vowed to strengthen its defenses, citing joint military drills.":
            [("The ministry", "citing")],
        "The newspaper reported the move, citing military sources.":
            [("The newspaper", "reported"), ("military sources", "citing")],
        "Kallas said the treaty between Russia and Iran showed that the regimes were closing "
        "ranks.": [("Kallas", "said")],
    }
    check_cases(reg, cases)


def test_who_speakers_are_stays_with_them(reg: Registry) -> None:
    """"a paratrooper involved in the capture", "the defense ministers of South Korea and
    the United States": what places the speakers or whose they are belongs to the source."""
    cases: Cases = {
        "The soldiers had no idea where they were, said a paratrooper involved in the "
        "capture.": [("a paratrooper involved in the capture", "said")],
        "The account was confirmed by two officers involved in the operation.":
            [("two officers involved in the operation", "confirmed")],
        "The defense ministers of South Korea and the United States said the two countries "
        "would share more intelligence.":
            [("The defense ministers of South Korea and the United States", "said")],
    }
    check_cases(reg, cases)


def test_a_pronoun_is_never_a_month_and_it_never_a_person_noun(reg: Registry) -> None:
    """"he" after "wounded in August" is the man named, not August; "It" after "citing a
    senior military official" is the news agency, not the official."""
    assert sources("\u201cThey just keep walking,\u201d he said.", reg,
                   context=["Oleksandr, a paratrooper, was wounded in August near Kupiansk."]) \
        == [("he", "Oleksandr", "said")]
    assert sources("It said the North had shipped 20 rocket launchers to Russia.", reg,
                   context=["Yonhap reported the shipment on Monday, citing a senior military "
                            "official."]) \
        == [("It", "Yonhap", "said")]


def test_a_maker_in_commas_and_the_present_quotes(reg: Registry) -> None:
    """"The video, released by the SBU, shows": the maker set off by commas with its
    participle, as "A second report, from the Washington Post, said"; "TASS quotes Peskov as
    saying" gives the one quoted as "quoted … as saying" does."""
    cases: Cases = {
        "The video, released by the Ukrainian Special Operations Forces, shows soldiers "
        "crossing a field.": [("the Ukrainian Special Operations Forces", "shows")],
        "TASS quotes Peskov as saying the talks were useful.":
            [("TASS", "quotes"), ("Peskov", "saying")],
    }
    check_cases(reg, cases)


def test_a_bulleted_figure_and_an_assessment(reg: Registry) -> None:
    """"- Casualties: about 3,000, per South Korean intelligence": the heading over a figure
    is no speaker (a name over a figure still is); "The CIA assesses that Pyongyang seeks
    technology": a stance inside what was assessed is its content, as after "estimates"."""
    cases: Cases = {
        "- Casualties: about 3,000, per South Korean intelligence":
            [("South Korean intelligence", "per")],
        "Reuters: about 300 killed in the strike": [("Reuters", ":")],
        "The CIA assesses that Pyongyang seeks missile technology in return.":
            [("The CIA", "assesses")],
    }
    check_cases(reg, cases)


def test_reporting_chains_and_house_styles(reg: Registry) -> None:
    """Probes 47 and 49: "citing a source in the border city of Sinuiju" and "a lawmaker on
    the intelligence committee" keep where the unnamed speaker sits (not "in the statement",
    an occasion); "As per the MEA" is "per"; "opined that", "clarified that" and "informed
    that" (without an object) report a claim; "TASS quoted him as saying" gives the pronoun."""
    cases: Cases = {
        "NK News reported, citing a source in the border city of Sinuiju, that families had "
        "been warned.":
            [("NK News", "reported"), ("a source in the border city of Sinuiju", "citing")],
        "According to a person briefed on the talks, Seoul has offered to send monitors.":
            [("a person briefed on the talks", "According to")],
        "The troops withdrew, said a source in the statement.": [("a source", "said")],
        "As per the MEA, 12 Indian nationals have been killed so far.":
            [("the MEA", "As per")],
        "Retired Lt Gen R K Sharma opined that Pyongyang was testing its weapons.":
            [("Retired Lt Gen R K Sharma", "opined")],
        "The embassy clarified that no Indian was being recruited.":
            [("The embassy", "clarified")],
        "The ministry clarified the rules on Monday.": [],
        "The family informed that they had not been contacted.": [("The family", "informed")],
    }
    check_cases(reg, cases)
    assert sources("TASS quoted him as saying the talks were useful.", reg,
                   context=["Peskov spoke to reporters on Friday."]) \
        == [("TASS", "TASS", "quoted"), ("him", "Kremlin", "saying")]


def test_plural_people_are_they_and_one_of_them_is_he(reg: Registry) -> None:
    """"U.S. and South Korean officials" are a "they", never the "It" that goes on with the
    newspaper; "one of the men" is a "he", so his own "he" repeats him."""
    assert sources("It said the rotation had begun in late December.", reg,
                   context=["The Wall Street Journal reported the rotation, citing U.S. and "
                            "South Korean officials."]) \
        == [("It", "Wall Street Journal", "said")]
    assert sources("In the video, one of the men says he had thought he was going to train.",
                   reg, context=["Zelenskyy released a video of two captured soldiers."]) \
        == [("one of the men", "one of the men", "says")]


def test_envoys_for_places_ministries_by_their_full_name_and_what_is_not_yet_out(
        reg: Registry) -> None:
    """"The president-elect's envoy for Ukraine" does not speak for Ukraine (as "the
    ambassador to Moscow" does not for Moscow); "The Ministry of Foreign Affairs of Ukraine"
    is the registry's Ukrainian Foreign Ministry; "will be published by Yonhap on Monday"
    has nothing out yet."""
    assert sources("The president-elect's envoy for Ukraine told Fox News he wanted a deal.",
                   reg) == [("The president-elect's envoy for Ukraine",
                             "The president-elect's envoy for Ukraine", "told")]
    assert sources("The Ministry of Foreign Affairs of Ukraine stated that Pyongyang was now a "
                   "party to the war.", reg) == [
        ("The Ministry of Foreign Affairs of Ukraine", "Ukrainian Foreign Ministry", "stated")]
    assert sources("The full interview will be published by Yonhap on Monday.", reg) == []
    assert sources("The figures were published by Yonhap on Monday.", reg) == [
        ("Yonhap", "Yonhap", "published")]
