"""Extractor: faults found by the fiftieth and later held-out probes and by the misses the
forty-first to forty-ninth left, each fixed as a general rule and tested with sentences of
our own."""

from __future__ import annotations

from extract_helpers import Cases, check_cases, date_of, sources

from extract.registry import Registry


def test_averred_is_said(reg: Registry) -> None:
    """"aver" doubles its "r" in the past ("averred"), as news copy in several house styles
    writes it, before its clause and after a quotation alike."""
    cases: Cases = {
        "The official averred that the troops had withdrawn from the village.":
            [("The official", "averred")],
        "The troops had withdrawn, averred a spokesman for the brigade.":
            [("a spokesman for the brigade", "averred")],
        "“We are ready,” the commander avers.": [("the commander", "avers")],
    }
    check_cases(reg, cases)


def test_pictures_made_public_by_their_maker(reg: Registry) -> None:
    """"Satellite images released by Maxar Technologies show …": pictures are a document
    whose maker is named after "by", as "a report released by the ministry" is, also when
    the maker is a bare name."""
    cases: Cases = {
        "Satellite images released by Maxar Technologies show North Korean troops at a base "
        "near Kursk.": [("Maxar Technologies", "show")],
        "Photos published by Yonhap show the launch pad.": [("Yonhap", "show")],
        "Video released by the Ukrainian military on Friday shows the launch.":
            [("the Ukrainian military", "shows")],
    }
    check_cases(reg, cases)


def test_a_maker_set_off_by_commas_with_when_and_to_whom(reg: Registry) -> None:
    """"The figures, shared with reporters in Kyiv on Friday by Ukraine's General Staff,
    put …": the maker of a document in the aside after it is its source, also past the
    phrases of whom it went to and when; the date after a maker's name still closes the
    aside. A maker without a capital is the source too, as it is without the commas ("A
    report published by the think tank said")."""
    cases: Cases = {
        "The casualty figures, shared with reporters in Kyiv on Friday by Ukraine's General "
        "Staff, put North Korean losses at 3,000.": [("Ukraine's General Staff", "put")],
        "The report, published by ISW on Saturday, said Russia had lost 1,500 men a day.":
            [("ISW", "said")],
        "The report, published by the think tank on Monday, said the front had held.":
            [("the think tank", "said")],
    }
    check_cases(reg, cases)
    assert date_of("The casualty figures, shared with reporters in Kyiv on Friday by "
                   "Ukraine's General Staff, put North Korean losses at 3,000.",
                   "Ukraine's General Staff") == "2025-01-17"


def test_dates_in_an_opening_occasion_and_in_an_aside(reg: Registry) -> None:
    """A date dates the statement when it stands in the occasion the sentence opens with,
    after the phrases of its audience, however long ("In a speech to the General Assembly
    on Wednesday setting out …, X said"); in an aside of where the words were said, however
    far the cue ("X, in a post on X on Friday, called … and said"); and in the document's
    phrase before a clause on it ("X's briefing on Monday, which lasted three hours,
    concluded"). A date in a clause on the speaker, or after an event, is the event's."""
    assert date_of("In a speech to the General Assembly on Wednesday setting out his "
                   "priorities for the year, the secretary-general said the war risked "
                   "spreading.", "the secretary-general") == "2025-01-15"
    assert date_of("Ukraine's Foreign Ministry, in a post on X on Friday, condemned the "
                   "treaty between Russia and Iran and said that Tehran would bear "
                   "responsibility.", "Ukraine's Foreign Ministry") == "2025-01-17"
    assert date_of("The National Intelligence Service's briefing to lawmakers on Monday, "
                   "which lasted nearly three hours, concluded that losses had risen.",
                   "The National Intelligence Service") == "2025-01-13"
    assert date_of("The men, who were captured on Jan. 9, told reporters they were North "
                   "Korean.", "The men") is None
    assert date_of("In an interview with reporters on Thursday near the border, the "
                   "governor said the shelters had held.", "the governor") == "2025-01-16"
    assert date_of("In an interview with reporters after the drone strike on Thursday near "
                   "the border, the governor said the shelters had held.",
                   "the governor") is None


def test_figures_put_past_their_phrase_and_a_named_body_trailing(reg: Registry) -> None:
    """"put the death toll from the overnight strike at seven", "puts the number of deaths
    above 88,000": a figure noun with its phrase, then the figure, is a figure given; a
    thing put somewhere is not. ", British intelligence estimates.": a body named by its
    country after the comma speaks, as ", the ministry estimates." does."""
    cases: Cases = {
        "The governor put the death toll from the overnight strike at seven.":
            [("The governor", "put the death toll")],
        "A tally by Mediazona puts the number of confirmed Russian military deaths above "
        "88,000.": [("Mediazona", "puts the number")],
        "They put the children at three schools in the city.": [],
        "She put the box above 10 others on the shelf.": [],
        "Russia suffered 427,000 casualties in 2024, British intelligence estimates.":
            [("British intelligence", "estimates")],
        "Losses were about 1,200, official estimates.": [],
    }
    check_cases(reg, cases)


def test_a_pact_or_a_decision_in_a_report_shows_without_saying(reg: Registry) -> None:
    """Inside what a speaker said, "the treaty between Moscow and Tehran showed …" and
    "North Korea's decision to send troops to fight in Europe showed …" are the speaker's
    inference: the head before "between" or the infinitive is a pact or a course of action,
    which states nothing. A body's intelligence still shows what it found."""
    cases: Cases = {
        "The ministry said the treaty between Moscow and Tehran showed that Russia was "
        "building an alliance of pariahs.": [("The ministry", "said")],
        "Blinken said that North Korea's decision to send troops to fight in Europe showed "
        "how closely the two theatres were linked.": [("Blinken", "said")],
        "A lawmaker said Seoul's intelligence showed that 300 soldiers had died.":
            [("A lawmaker", "said"), ("Seoul's intelligence", "showed")],
    }
    check_cases(reg, cases)


def test_a_ministry_spokesman_and_the_informed(reg: Registry) -> None:
    """"South Korea's defense ministry spokesman" speaks for the ministry the registry
    knows by that whole possessive name, not for the country that owns it; "was informed by
    X that" names X as the passive of "X informed it that" does (an agent that is no
    speaker, "by email", names nobody)."""
    assert sources("South Korea's defense ministry spokesman said engineers were also being "
                   "sent.", reg) == [("South Korea's defense ministry spokesman",
                                      "South Korean military", "said")]
    assert sources("Russia's ambassador to the UN said the report was a fabrication.", reg) \
        == [("Russia's ambassador to the UN", "Russian government", "said")]
    # (a bare "Department of Defence" is also Australia's or Ireland's: no alias for it)
    assert sources("A spokeswoman for the Department of Defence said no personnel were "
                   "deployed.", reg) == [("A spokeswoman for the Department of Defence",
                                          "A spokeswoman for the Department of Defence",
                                          "said")]
    cases: Cases = {
        "The agency was informed by Ukrainian officials that the two prisoners were in stable "
        "condition.": [("Ukrainian officials", "informed")],
        "The agency was informed by email that the meeting had been cancelled.": [],
    }
    check_cases(reg, cases)


def test_a_speaker_and_the_manner_of_the_words_before_a_colon(reg: Registry) -> None:
    """"Zelenskyy was blunt: “…”", "The Kremlin was more cautious: “…”": a name, how the
    words came out, a colon, then the quotation is a speaker's label; without a quotation
    after it, or without a name before it, it is a plain sentence."""
    cases: Cases = {
        'Zelenskyy was blunt: "Kim is sending his soldiers to die in a war that is not '
        'theirs."': [("Zelenskyy", "was blunt:")],
        "The Kremlin was more cautious: \u201cWe will study the report.\u201d":
            [("The Kremlin", "was more cautious:")],
        "The forecast was clear: the storm would reach the coast by night.": [],
        'The message was clear: "Go home."': [],
    }
    check_cases(reg, cases)


def test_pictures_and_maps_of_a_named_maker_and_a_message_put_up(reg: Registry) -> None:
    """"ISW's maps show", "Maxar's satellite images show": pictures a named maker owns show
    what the maker found (a picture without one only shows what is in it); "photos
    published by the think tank Beyond Parallel show" names the maker after its
    description; "posted a statement on Telegram saying …" is the sender's, as "issued a
    statement saying" is."""
    cases: Cases = {
        "ISW's maps show Russian forces within two kilometers of Pokrovsk.": [("ISW", "show")],
        "Maxar's satellite images show new trenches near the border.":
            [("Maxar", "show")],
        "The map shows Russian forces near Pokrovsk.": [],
        "Satellite photos published by the Washington-based think tank Beyond Parallel show "
        "new construction at the launch site.":
            [("the Washington-based think tank Beyond Parallel", "show")],
        "The Russian Defense Ministry later posted a statement on Telegram saying the video "
        "had been staged.": [("The Russian Defense Ministry", "saying")],
        "The ministry posted a video on its website of the strike.": [],
    }
    check_cases(reg, cases)


def test_a_cited_document_names_its_author(reg: Registry) -> None:
    """"which cited a statement from the Ukrainian General Staff", "citing an earlier report
    by Izvestia": a cited document is evidence, but one that names its author gives that
    author as a source of its own; "earlier" between an article and a noun is an adjective;
    a phrase after "by" or "from" ends before "showing". Evidence with no author named
    ("cited intercepted calls", "cited data showing …") stays unproposed."""
    cases: Cases = {
        "According to the Kyiv Independent, which cited a statement from the Ukrainian "
        "General Staff, Russia lost 1,600 troops over the past day.":
            [("the Kyiv Independent", "According to"), ("the Ukrainian General Staff", "cited")],
        "Kommersant, citing an earlier report by Izvestia, said construction workers were "
        "being sent to Russia.": [("Kommersant", "said"), ("Izvestia", "citing")],
        "The think tank cited data from the Pentagon showing heavier losses.":
            [("The think tank", "cited"), ("the Pentagon", "cited")],
        "The think tank cited intercepted calls.": [("The think tank", "cited")],
        "The think tank cited data showing heavier losses.": [("The think tank", "cited")],
    }
    check_cases(reg, cases)


def test_whom_a_body_speaks_through_and_what_a_passive_hands_over(reg: Registry) -> None:
    """A role after a whole known name speaks for it ("A Joint Chiefs of Staff official",
    "a South Korean defense ministry official", "a spokesperson for the UN
    secretary-general"). "was relayed to journalists by X" names X; a means after "by"
    ("by truck", "by radio") names nobody, a name that starts with one ("Radio Free Asia")
    does; and a thing handed over or done by someone is no statement ("The weapons were
    provided by North Korea"), unlike figures, reasons or views."""
    assert sources("A Joint Chiefs of Staff official said the launch had been detected at "
                   "about 9:30 a.m.", reg) \
        == [("A Joint Chiefs of Staff official", "South Korean military", "said")]
    assert sources("The missiles were tested in combat, a South Korean defense ministry "
                   "official said.", reg) \
        == [("a South Korean defense ministry official", "South Korean military", "said")]
    assert sources("A spokesperson for the UN secretary-general said the organization was "
                   "alarmed.", reg) \
        == [("A spokesperson for the UN secretary-general", "United Nations", "said")]
    cases: Cases = {
        "The estimate was relayed to journalists by a spokesperson for the Ukrainian Foreign "
        "Ministry.": [("a spokesperson for the Ukrainian Foreign Ministry", "relayed")],
        "The message was relayed by radio to the base.": [],
        "The report was provided by Radio Free Asia.": [("Radio Free Asia", "provided")],
        "The weapons were provided by North Korea.": [],
        "The figures were provided by the ministry.": [("the ministry", "provided")],
        "No reason has been given by the Trump campaign.": [("the Trump campaign", "given")],
    }
    check_cases(reg, cases)


def test_a_titled_document_speaks_for_its_owner(reg: Registry) -> None:
    """"The Kiel Institute's Ukraine Support Tracker shows …", "ISW's Campaign Assessment
    said …": a document whose title is capitalised after a possessive name is the owner's,
    as "X's report" is; a capitalised word of the title ("Campaign") is no body."""
    cases: Cases = {
        "The Kiel Institute's Ukraine Support Tracker shows that European aid to Kyiv has "
        "overtaken U.S. assistance.": [("The Kiel Institute", "shows")],
        "ISW's Campaign Assessment said Russian forces had advanced near Pokrovsk.":
            [("ISW", "said")],
        "Ukraine's military intelligence report said the troops had left.":
            [("Ukraine's military intelligence", "said")],
    }
    check_cases(reg, cases)


def test_a_place_opening_a_sentence_as_a_modifier_is_nobody(reg: Registry) -> None:
    """"The Kursk region's landscape …": a place that opens a sentence after "The" and
    before a lowercase noun modifies it, so a "he" after it goes on to the speaker named
    before."""
    assert sources("He added that the experience would be valuable.", reg, context=[
        "Yang Uk, a defense analyst in Seoul, said the soldiers were tough.",
        "The Kursk region's landscape of frozen fields offers almost no cover.",
    ]) == [("He", "Yang Uk", "added")]


def test_no_place_and_no_group_of_people_is_a_he_or_an_it(reg: Registry) -> None:
    """A "he" skips a place named in several words after "in" ("arrived in Russia's Far
    East") and a lone name the document calls a place ("the town of Lgov" … "Lgov lies …");
    an "it" skips people a name qualifies ("Ukrainian troops"), who are a "they"."""
    assert sources("He added that Pyongyang was also supplying guns.", reg, context=[
        "Budanov said on Sunday that North Korea had sent a second contingent.",
        "North Korea's first contingent arrived in Russia's Far East in October.",
    ]) == [("He", "GUR", "added")]
    assert sources("He said evacuation buses had been sent to the town.", reg, context=[
        "Alexander Khinshtein said 15 people had been wounded in a strike on the town of Lgov.",
        "Lgov lies about 70 kilometers from the front line.",
    ]) == [("He", "Alexander Khinshtein", "said")]
    assert sources("It said Pyongyang had also stepped up production of shells.", reg,
                   context=["The NIS said North Korea was preparing another deployment.",
                            "Zelenskyy said Ukrainian troops had killed dozens of soldiers."]) \
        == [("It", "NIS", "said")]


def test_a_joined_subject_with_a_known_speaker_is_one_proposal_each(reg: Registry) -> None:
    """"Lavrov and Chinese Foreign Minister Wang Yi said", "Austin, along with Japan's
    defense minister, said", "according to Seoul and Washington": when a part of a joined
    subject is a speaker the registry knows, each part said it and gets its own proposal
    (an appositive stays with the part it follows). Modifiers sharing one head, a part that
    is someone's ("her aides"), and parts none of which is known stay one source."""
    cases: Cases = {
        "Lavrov and Chinese Foreign Minister Wang Yi said the West bore responsibility.":
            [("Lavrov", "said"), ("Chinese Foreign Minister Wang Yi", "said")],
        "Trump and Rep. Mike Waltz, his pick for national security adviser, have both said "
        "the war must end.":
            [("Trump", "said"), ("Rep. Mike Waltz, his pick for national security adviser",
                                 "said")],
        "Austin, along with Japanese Defense Minister Gen Nakatani, said the allies would "
        "hold more drills.":
            [("Austin", "said"), ("Japanese Defense Minister Gen Nakatani", "said")],
        "North Korea has shipped millions of shells, according to Seoul and Washington.":
            [("Seoul", "according to"), ("Washington", "according to")],
        "Clinton and her aides said the emails were never classified.":
            [("Clinton and her aides", "said")],
        "White House and Pentagon spokesmen said the talks had stalled.":
            [("White House and Pentagon spokesmen", "said")],
        "Procter and Gamble said sales rose.": [("Procter and Gamble", "said")],
        "Mediazona, a news site that has worked with the BBC's Russian service, estimates "
        "that 90,000 soldiers have died.":
            [("Mediazona, a news site that has worked with the BBC's Russian service",
              "estimates")],
        "The NIS, the Pentagon and Ukraine's military intelligence have all said that more "
        "troops are coming.": [("The NIS", "said"), ("the Pentagon", "said"),
                               ("Ukraine's military intelligence", "said")],
    }
    check_cases(reg, cases)


def test_quotations_continued_and_reporting_clauses_set_off(reg: Registry) -> None:
    """'“…,” he went on, “…”' speaks on, as "continued" does (not "went on to work");
    "concluded in its assessment: “…”" reports a finding; a reporting clause between commas
    after a subject ("The North Korean leader, KCNA reported, told …") leaves the subject
    its own verb; "overnight" after an agent is when, not part of the name."""
    cases: Cases = {
        "\u201cBut they die in enormous numbers,\u201d he went on, \u201cbecause no one "
        "taught them.\u201d": [("he", "went on")],
        "Sam Solovey, a contestant on \u201cThe Apprentice,\u201d who went on to work "
        "alongside Trump, said his boss was kind.":
            [("Sam Solovey, a contestant on \u201cThe Apprentice,\u201d who went on to work "
              "alongside Trump", "said")],
        "The war went on for years.": [],
        "The Institute for the Study of War concluded in its assessment: \u201cRussian "
        "commanders continue to use North Korean forces.\u201d":
            [("The Institute for the Study of War", "concluded")],
        "The talks concluded in Geneva.": [],
        "The North Korean leader, KCNA reported, told a party meeting that the army must be "
        "ready.": [("The North Korean leader", "told"), ("KCNA", "reported")],
        "Bringing the show back three years later, he said, feels particularly "
        "appropriate.": [("he", "said")],
        "\u201cHeavy losses\u201d were reported by the Ukrainian General Staff overnight.":
            [("the Ukrainian General Staff", "reported")],
    }
    check_cases(reg, cases)


def test_wire_copy_dates_and_datelines(reg: Registry) -> None:
    """"told allied defense chiefs on Thursday that": an adjective in "-ed" on the audience
    keeps the date the statement's; "said in a video address on Sunday that" reads the
    whole occasion; a dateline's month ("KYIV, Jan 13 (Reuters) -") is nobody a "he" can
    stand for (a first name "Jan" still is)."""
    assert date_of("Austin told allied defense chiefs on Thursday that the coalition must not "
                   "waver.", "Austin") == "2025-01-16"
    assert date_of("Ukraine's president said in a video address on Sunday that Russian forces "
                   "had lost a battalion.", "Ukraine's president") == "2025-01-12"
    assert sources("He said Pyongyang had already delivered 120 artillery systems.", reg,
                   context=["KYIV, Jan 13 (Reuters) - Kyrylo Budanov said on Monday that "
                            "North Korea was preparing to send artillery."]) \
        == [("He", "GUR", "said")]
    assert sources("He said the needs were vast.", reg,
                   context=["Jan Egeland, the aid chief, visited Kyiv."]) \
        == [("He", "Jan Egeland", "said")]


def test_a_speaker_added_in_an_as_well_as_aside(reg: Registry) -> None:
    """"Peskov, as well as Lavrov, said …": the speaker in the aside between a subject and
    its verb says it too, with its own entity; a thing in such an aside is nobody."""
    cases: Cases = {
        "Peskov, as well as Lavrov, said the cooperation was a matter for the two states.":
            [("Peskov", "said"), ("Lavrov", "said")],
        "The Ukrainian military, as well as Western officials, said the troops were attacking "
        "in smaller groups.":
            [("The Ukrainian military", "said"), ("Western officials", "said")],
        "The plan, as well as the budget, was rejected.": [],
    }
    check_cases(reg, cases)
