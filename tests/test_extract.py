"""Extractor behaviour, one sentence of our own per pattern and per trap."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import check_offsets, one, source_cues, sources

from extract import extract


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The Pentagon said the drills would continue through March.", "The Pentagon", "said"),
        ("Researchers at the institute estimate that 40 tanks were lost.",
         "Researchers at the institute", "estimate"),
        ("Seoul's spy agency told lawmakers the troops lacked drones.", "Seoul's spy agency", "told"),
        ("The mayor warned that the bridge could collapse.", "The mayor", "warned"),
        ("The governor wrote on Telegram that power was restored.", "The governor", "wrote"),
        ("The ceasefire is holding, said the envoy.", "the envoy", "said"),
        ("Casualties are rising fast, the regional governor said.", "the regional governor",
         "said"),
        ("Turnout was low, according to the election commission.", "the election commission",
         "according to"),
        ("The figures were reported by the health ministry.", "the health ministry", "reported"),
        ("The tally was shared with reporters by the coast guard.", "the coast guard", "shared"),
        ("Prices will rise again, citing the central bank.", "the central bank", "citing"),
        ("The Kremlin has said the talks are over.", "The Kremlin", "said"),
        ("The agency announced that the launch failed.", "The agency", "announced"),
    ],
)
def test_patterns(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)
    assert att.entity == source


def test_told_keeps_speaker_not_recipient(reg):
    att = one("A Ukrainian commander told CNN that the line was holding.", reg)
    assert att.source == "A Ukrainian commander"
    assert att.cue == "told"


def test_told_reporters():
    att = one("The foreign minister told reporters the visit was postponed.")
    assert att.source == "The foreign minister"


def test_inverted_with_quote():
    att = one("“We are ready,” said General Ahn, the army chief.")
    assert att.source.startswith("General Ahn")
    assert att.cue == "said"


def test_trailing_quote_speaker():
    att = one("“The shelling never stops,” the mayor said.")
    assert att.source == "the mayor"


def test_according_to_estimate_by(reg):
    att = one("Losses doubled in a month, according to an estimate by analysts at the "
              "Institute for the Study of War (ISW).", reg)
    assert att.entity == "ISW"
    assert att.source.startswith("analysts at the Institute")


def test_possessive_document(reg):
    att = one("The ISW's latest report concluded that the offensive had stalled.", reg)
    assert att.entity == "ISW"
    att = one("A new assessment by the Pentagon warns that stocks are low.", reg)
    assert att.source == "the Pentagon"
    assert att.entity == "Pentagon"
    assert att.cue == "warns"


def test_learned_and_attributed(reg):
    att = one("Some 500 drones were launched overnight, the UN Security Council learned on "
              "Tuesday.", reg)
    assert att.entity == "UN Security Council"
    assert att.cue == "learned"
    att = one("The Pentagon attributed the delay to bad weather.", reg)
    assert (att.entity, att.cue) == ("Pentagon", "attributed")


def test_says_it_suspects_is_one_attribution(reg):
    att = one("The Kremlin says it suspects foreign agents of sabotage.", reg)
    assert (att.source, att.entity, att.cue) == ("The Kremlin", "Kremlin", "says")


def test_nested_sources(reg):
    found = sources("A Japanese diplomat said South Korea's spy agency believes the talks "
                    "failed.", reg)
    assert ("A Japanese diplomat", "A Japanese diplomat", "said") in found
    assert ("South Korea's spy agency", "NIS", "believes") in found


def test_reporting_noun_extends_cue():
    att = one("The ministry said in a statement that two ships were hit.")
    assert att.cue == "said in a statement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening occasion frames its clause, whatever the verb: its subject made it
        ("In a statement issued on Tuesday, the mayor was more cautious than her deputies.",
         [("the mayor", "In a statement")]),
        ("During an interview with the BBC, Zelenskyy laughed off the offer.",
         [("Zelenskyy", "During an interview")]),
        ("In his nightly address, acting governor Oleh Marchenko thanked the rescuers.",
         [("acting governor Oleh Marchenko", "In his nightly address")]),
        # a verb that is a cue of its own keeps it
        ("In a statement, the ministry said two ships were hit.", [("the ministry", "said")]),
        # the subject of a passive was not the one speaking; nor is a thing
        ("In an interview with the BBC, Zelenskyy was asked about the offer.", []),
        ("During the speech, the lights went out.", []),
        ("In the wake of the report, Zelenskyy laughed off the offer.", []),
        # a request is no claim; at a meeting of several, people also act
        ("In an email on Friday, the newspaper asked the council for comment.", []),
        ("During the news conference, aides handed out leaflets.", []),
        ("In a phone call on Monday, the two leaders discussed the ceasefire.", []),
    ],
)
def test_an_opening_occasion_frames_its_clause(text, expected):
    assert source_cues(text) == expected


def test_registry_entities(reg):
    assert one("Ukrainian President Volodymyr Zelenskiy said the front was stable.",
               reg).entity == "Zelenskyy"
    assert one("Mr. Zelensky said the front was stable.", reg).entity == "Zelenskyy"
    assert one("The Ukrainian president said the front was stable.", reg).entity == "Zelenskyy"
    assert one("Seoul’s intelligence service said the unit was withdrawn.", reg).entity == "NIS"
    assert one("A spokesman for the Kremlin said the report was false.", reg).entity == "Kremlin"


def test_acronym_defined_in_document():
    ctx = ["The Committee to Protect Journalists (CPJ) counted 12 arrests."]
    att = one("CPJ said the arrests were arbitrary.", context=ctx)
    assert att.entity == "Committee to Protect Journalists"


def test_surname_from_context():
    ctx = ["Dmitri Ivanov, a regional governor, visited the plant."]
    att = one("Ivanov said the plant would reopen.", context=ctx)
    assert att.entity == "Dmitri Ivanov"


@pytest.mark.parametrize(
    ("context", "text", "pronoun", "entity"),
    [
        (["Zelenskyy visited troops near the front."], "He said morale was high.", "He",
         "Zelenskyy"),
        (["The Pentagon released new figures."], "It said 40 drones were downed.", "It",
         "Pentagon"),
        (["South Korea's spy agency briefed lawmakers on Tuesday."],
         "They said the soldiers were poorly trained.", "They", "NIS"),
    ],
)
def test_pronouns_resolve_from_context(reg, context, text, pronoun, entity):
    att = one(text, reg, context=context)
    assert att.source == pronoun
    assert att.entity == entity


def test_pronoun_without_antecedent_stays():
    att = one("She said the vote was rigged.")
    assert (att.source, att.entity) == ("She", "She")


def test_pronoun_prefers_person_for_he(reg):
    ctx = ["The Pentagon said Putin had ordered more strikes."]
    att = one("He said the strikes would continue.", reg, context=ctx)
    assert att.entity == "Vladimir Putin"


@pytest.mark.parametrize(
    "text",
    [
        "The minister visited a field hospital near Kharkiv.",
        "Moscow signed a grain deal with Ankara on Monday.",
        "The Security Council will meet on Friday to discuss the strikes.",
        "Neither Kyiv nor Warsaw has confirmed the report.",
        "The army has not confirmed the losses.",
        "The spokesman declined to say whether troops had moved.",
        "The governor will announce the results next week.",
        "Reuters reached out to the ministry for comment.",
        "The Guardian contacted the embassy for comment on Tuesday.",
        "The newspaper asked the ministry for comment.",
        "The general posted a video showing burned-out tanks.",
        "The president posted on X after the vote.",
        "It was reported that the bridge was hit.",
    ],
)
def test_traps_give_nothing(text, reg):
    assert sources(text, reg) == []


def test_recipient_and_platform_are_not_sources(reg):
    found = sources("The defense minister told the BBC on Sunday that shells were short.", reg)
    assert [f[0] for f in found] == ["The defense minister"]
    found = sources("Kim wrote on X that the tests would go on.", reg)
    assert [f[0] for f in found] == ["Kim"]


def test_dates_resolved_against_published():
    pub = dt.date(2025, 1, 20)  # a Monday
    assert one("The ministry said on Friday that the dam held.", published=pub).date == \
        "2025-01-17"
    assert one("The ministry said yesterday that the dam held.", published=pub).date == \
        "2025-01-19"
    assert one("The ministry said last week that the dam held.", published=pub).date == \
        "2025-01-13"
    assert one("On January 3, 2024, the ministry said the dam held.", published=pub).date == \
        "2024-01-03"


def test_dates_kept_as_phrase_without_published():
    assert one("The ministry said on Friday that the dam held.").date == "on Friday"


def test_date_far_from_cue_is_not_the_statement_date():
    att = one("The ministry said the dam, built on January 3, 1960, held.")
    assert att.date is None


def test_ordered_by_start(reg):
    text = "A Polish official said the NIS told allies that Pyongyang sent troops."
    atts = extract(text, reg)
    check_offsets(text, atts)
    assert [a.start for a in atts] == sorted(a.start for a in atts)
    assert len(atts) == 2


def test_no_cue_no_attribution():
    assert extract("Snow fell across the region overnight.") == []
    assert extract("") == []


def test_appositive_subject_keeps_description_not_adverbial():
    att = one("Mira Holt, 41, a nurse from Lviv, said the clinic had no power.")
    assert att.source == "Mira Holt, 41, a nurse from Lviv"
    att = one("Mira Holt, in a message sent on Sunday, said the clinic had no power.")
    assert att.source == "Mira Holt"


def test_inverted_appositive():
    att = one("“The lines are quiet,” said Oleh Marchenko, a battalion commander.")
    assert att.source == "Oleh Marchenko, a battalion commander"


def test_gerund_after_comma_and_progressive():
    att = one("The governor toured the dam on Monday, saying repairs would take weeks.")
    assert (att.source, att.cue) == ("The governor", "saying")
    att = one("The ministry is warning residents that the water is unsafe.")
    assert (att.source, att.cue) == ("The ministry", "warning")


def test_coordinated_verb_shares_subject():
    att = one("Kovalenko visited the plant and said output had doubled.")
    assert (att.source, att.cue) == ("Kovalenko", "said")


def test_inner_pronoun_is_not_a_second_source():
    assert [a.source for a in extract("Ms. Park said she believes the count is wrong.")] == \
        ["Ms. Park"]


def test_first_person_inside_quotes_is_not_proposed():
    assert extract("“I think we can win,” the coach said.")[0].source == "the coach"
    assert len(extract("“I think we can win,” the coach said.")) == 1


def test_relative_pronoun_resolves_to_the_name_before(reg):
    atts = extract("The strikes were condemned by Kyiv's mayor, Vitali Klitschko, who warned "
                   "of more attacks.", reg)
    check_offsets("The strikes were condemned by Kyiv's mayor, Vitali Klitschko, who warned "
                  "of more attacks.", atts)
    assert [(a.source, a.entity) for a in atts if a.cue == "warned"] == \
        [("who", "Vitali Klitschko")]
    # the condemnation is the mayor's too (a stance in the passive)
    assert [a.source for a in atts if a.cue == "condemned"][0].startswith("Kyiv's mayor")


def test_appositive_subject_wins_over_inverted_object():
    att = one("Oksana Lys, a spokeswoman for the city council, said the shelters were full.")
    assert (att.source, att.cue) == ("Oksana Lys, a spokeswoman for the city council", "said")


def test_inverted_after_a_plain_clause_still_works():
    att = one("The shelters are full, said the council spokeswoman.")
    assert att.source == "the council spokeswoman"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The opposition bloc endorsed the ceasefire plan.", "The opposition bloc", "endorsed"),
        ("The governor opposes any new curfew.", "The governor", "opposes"),
        ("Several mayors denounced the strikes on the grid.", "Several mayors", "denounced"),
        ("The prosecutor cited intercepted calls as evidence.", "The prosecutor", "cited"),
        ("The governor lauded the rescuers for their courage.", "The governor", "lauded"),
    ],
)
def test_stance_verbs(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)


def test_a_participle_that_shares_a_copula_is_passive():
    """"is experienced and praised for his work": praised by others, so no stance of his;
    "was angry and warned against a deal" is his own act."""
    assert extract("The envoy is experienced and praised for his patience.") == []
    assert one("The envoy was angry and warned against a deal.").cue == "warned"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to different states that border the region.",
        "Terror attacks rose sharply in the border towns.",
        "The 35 states that vote next week are small.",
    ],
)
def test_plural_nouns_are_not_verbs(text):
    assert extract(text) == []


def test_noun_or_verb_after_a_document_or_organisation():
    assert one("The latest Kyiv International Institute poll shows support falling.").cue == \
        "shows"
    assert one("The agency estimates that 300 soldiers were killed.").source == "The agency"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Zelenskyy: Ukraine will not trade territory for a ceasefire.", "Zelenskyy", ":"),
        ("Kremlin: the talks are over.", "Kremlin", ":"),
        ("\u2015 Olena Kravets.", "Olena Kravets", "\u2015"),
        # the dash glued to the closing quote, as pasted reader comments often are
        ("\u201cThe grid will hold through the winter.\u201d\u2015 Olena Kravets", "Olena Kravets",
         "\u2015"),
        ("The grid is holding. \u2014 Ukrenergo (@Ukrenergo) March 2, 2025", "Ukrenergo",
         "\u2014"),
        # a wire headline's source after a closing colon, with no full stop
        ("(LEAD) Russian troops suffering heavy losses in drone attacks: NIS", "NIS", ":"),
        ("N. Korea fires a ballistic missile into the East Sea: JCS", "JCS", ":"),
    ],
)
def test_speaker_labels_and_signatures(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Update: the bridge reopened on Monday.",
        "Kyiv: 1,204 shelters open.",
        "STAT OF THE DAY: four dams in one week.",
        "WASHINGTON \u2014 Sen. Kim visited the base on Friday.",
        "The senator has a new target in the race: the governor.",
        "He named his successor at the ministry: Andriy Yermak.",
        "Marines take part in a live-fire drill on the island on Jan. 9. Photo: Yonhap",
    ],
)
def test_labels_that_are_not_speakers(text):
    assert extract(text) == []


def test_contracted_pronoun_subjects():
    att = one("She\u2019s predicting a long winter for the grid.")
    assert (att.source, att.cue) == ("She", "predicting")
    att = one("He's said the offensive has stalled.")
    assert (att.source, att.cue) == ("He", "said")
    assert extract("He'd say the offensive has stalled.") == []
    assert extract("It's reported that the bridge was hit.") == []


def test_relative_pronoun_as_immediate_subject(reg):
    att = one("Kim Yo Jong, who has repeatedly denounced the drills, visited the port.", reg)
    assert (att.source, att.cue) == ("who", "denounced")
    assert att.entity == "Kim Yo Jong"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Most believe the front will hold.", "Most"),
        ("One in five say the shelters are too far away.", "One in five"),
        ("In the survey, 42% say the aid is too slow.", "42%"),
        ("Until the blackout, most of them said the plant was safe.", "most of them"),
    ],
)
def test_quantifier_subjects(text, source):
    assert one(text).source == source


def test_gerund_subject_across_a_quotation_and_an_opening_adverbial():
    att = one("The mayor gave a defense of \u201cfortress Kharkiv,\u201d saying the city would "
              "hold.")
    assert (att.source, att.cue) == ("The mayor", "saying")
    att = one("In an interview with the BBC, the minister defended the curfew, saying it saved "
              "lives.")
    assert (att.source, att.cue) == ("the minister", "saying")


def test_by_saying_shares_the_subject():
    att = one("The governor calmed the crowd by saying the dam was safe.")
    assert (att.source, att.cue) == ("The governor", "saying")


def test_named_poll_is_a_source_but_a_standing_in_the_polls_is_not():
    att = one("In a Kyiv International Institute of Sociology poll, support for the talks "
              "rose to 60 percent.")
    assert att.source.startswith("a Kyiv International Institute of Sociology poll")
    assert att.cue == "In"
    assert extract("The mayor leads in the polls.") == []


def test_appositive_subject_with_initial_parenthesis_and_leading_conjunction():
    att = one("Andriy B. Sybiha, the foreign minister, said the talks were over.")
    assert att.source == "Andriy B. Sybiha, the foreign minister"
    att = one("Rep. Joe Wilson (S.C.), a member of the committee, said aid would pass.")
    assert att.source == "Rep. Joe Wilson (S.C.), a member of the committee"
    att = one("But Ihor Klymenko, the interior minister, said the bridge was safe.")
    assert att.source == "Ihor Klymenko, the interior minister"


def test_place_after_an_adverbial_is_not_the_subject():
    att = one("Zelenskyy, speaking at a rally in Lviv, Ukraine, said the front would hold.")
    assert att.source == "Zelenskyy"


def test_capitalised_document_word_inside_a_name(reg):
    att = one("The Institute for the Study of War (ISW) assessed that the assault stalled.", reg)
    assert att.source == "The Institute for the Study of War (ISW)"
    assert att.entity == "ISW"


def test_thanks_is_not_a_claim(reg):
    assert extract("Zelenskyy thanked the soldiers who held the bridge.", reg) == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The governor pointed out that the reservoir was nearly empty.", "The governor",
         "pointed out"),
        ("Budanov spoke about the risk of a new offensive.", "Budanov", "spoke about"),
        ("The mayor has railed against the curfew for weeks.", "The mayor", "railed against"),
    ],
)
def test_verbs_with_particles(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Zelenskyy spoke at a rally in Lviv on Sunday.",
        "The soldier pointed his rifle at the drone.",
        "The two leaders talked for an hour.",
    ],
)
def test_particle_verbs_without_particle_are_events(text, reg):
    assert extract(text, reg) == []


def test_title_case_headline_verb(reg):
    att = one("Zelenskyy Says Ukraine Will Not Cede Territory", reg)
    assert (att.entity, att.cue) == ("Zelenskyy", "Says")
    assert extract("The children played a game of Simon Says in the shelter.") == []


def test_calls_for_is_a_verb():
    att = one("The mayor calls for more generators before winter.")
    assert (att.source, att.cue) == ("The mayor", "calls")


def test_sentence_opening_inside_an_earlier_quotation():
    atts = extract("the shelling has not stopped for a week,\u201d the governor said.")
    assert [a.source for a in atts] == ["the governor"]
    atts = extract("we think the line will hold,\" Syrskyi said.")
    assert [a.source for a in atts] == ["Syrskyi"]


def test_pronoun_after_a_closing_quote_is_its_own_speaker():
    found = [a.source for a in extract(
        "Officials who believe \"the dam cannot hold are simply wrong,\" she said.")]
    assert "she" in found


def test_inverted_after_a_single_clause_piece():
    att = one("Families get nervous, said Olha Melnyk, who runs the shelter.")
    assert att.source.startswith("Olha Melnyk")
    att = one("\u201cThe grid will hold,\u201d said former energy minister Ivan Plachkov.")
    assert att.source == "former energy minister Ivan Plachkov"


def test_coordinated_subject_before_an_interrupting_adverbial():
    att = one("Military analysts and Ukrainian officials, however, said the line held.")
    assert att.source == "Military analysts and Ukrainian officials"


def test_title_piece_is_not_a_place():
    att = one("On Tuesday in Lviv, after the vote in parliament, Gov. Maksym Kozytskyi, said "
              "the shelters were ready.")
    assert att.source == "Gov. Maksym Kozytskyi"


def test_recipient_outlet_inside_the_subject_is_not_the_source():
    att = one("A military source speaking to Yonhap said the unit had withdrawn.")
    assert att.source == "A military source"
    att = one("Two officials who spoke with Reuters said the convoy was hit.")
    assert att.source == "Two officials"


def test_stance_gerund_shares_the_subject():
    att = one("The mayor spoke for an hour, denouncing the blackout schedule.")
    assert (att.source, att.cue) == ("The mayor", "denouncing")


def test_documents_as_sources_at_clause_end_and_before_a_participle():
    att = one("The ministry paid $2 million for the generators, procurement records show.")
    assert (att.source, att.cue) == ("procurement records", "show")
    att = one("The agency released figures suggesting the harvest fell by a third.")
    assert (att.source, att.cue) == ("figures", "suggesting")
    assert extract("The channel aired a TV show about the siege.") == []


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The general basically said the brigade had withdrawn.", "The general", "said"),
        ("Kyiv strongly denied that its drones hit the plant.", "Kyiv", "denied"),
        ("The mayor is openly warning that the water is unsafe.", "The mayor", "warning"),
    ],
)
def test_ly_adverbs_between_subject_and_verb(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)


def test_ly_nouns_are_still_subjects():
    assert one("His family said the soldier was captured near Kursk.").source == "His family"


def test_inverted_pronoun_after_a_comma_is_kept():
    found = [a.source for a in extract("The records show, he said in an interview, that the "
                                       "convoy was hit.")]
    assert "he" in found


def test_time_phrase_before_a_coordinated_subject():
    att = one("A few hours later the ministry reversed itself and said the dam was intact.")
    assert (att.source, att.cue) == ("the ministry", "said")


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian commander told CNN he planned to hold the bridge.",
        "The spokesman told Reuters it wanted to resume the talks.",
        "The minister told reporters in Kyiv that the army wanted to regroup.",
    ],
)
def test_told_then_a_reported_clause_with_to_is_still_an_attribution(text):
    # "told X he planned to …": the "to" belongs to the reported clause, not an order.
    assert one(text).cue == "told"


def test_told_someone_to_do_something_is_an_order():
    assert extract("The commander told the troops to hold the line.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ministry on Friday said the drills were over.", "The ministry"),
        ("The State Department less than two weeks ago said the server held secrets.",
         "The State Department"),
        ("Sen. Chuck Grassley (R-Iowa) on Wednesday said it was the same thing.",
         "Sen. Chuck Grassley (R-Iowa)"),
        ("Ukraine's military on Sunday night said it had shot down 20 drones.",
         "Ukraine's military"),
        ("The NIS in a closed-door briefing on Thursday said troops had been deployed.",
         "The NIS"),
        ("Zelenskyy in his nightly video address warned that Russia was massing troops.",
         "Zelenskyy"),
        # "in the video" names which man: part of the subject, not the occasion.
        ("The man in the video said he was a soldier.", "The man in the video"),
    ],
)
def test_a_time_or_occasion_between_subject_and_verb_is_not_part_of_the_source(text, source):
    assert one(text).source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A relative clause with commas of its own between the name and the verb.
        ("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said the "
         "law had failed.", "Sandy Phillips"),
        ("Mr. Slinker, whose start-up, Paradata, sells data, said the market was cooling.",
         "Mr. Slinker"),
        ("In an interview, Kim Yo Jong, who runs the propaganda office, said the drills were "
         "a provocation.", "Kim Yo Jong"),
        # "City, State" inside an appositive: the state ends the description, not the name.
        ("Cory James, 22, of Flint, Mich., said he had not given up hope.",
         "Cory James, 22, of Flint, Mich."),
        ("Olena Kovalenko, a nurse from Kharkiv, Ukraine, said the shelling had stopped.",
         "Olena Kovalenko, a nurse from Kharkiv, Ukraine"),
        # "…, and said": the clause's subject, not the reported words read as a speaker.
        ("Zelenskyy met Biden, who had visited Kyiv, and said the talks went well.",
         "Zelenskyy"),
    ],
)
def test_subject_found_across_relative_clauses_places_and_coordination(text, source):
    assert source in [a.source for a in extract(text)]
    assert not any(a.source.startswith(("the talks", "he had", "Colorado", "Paradata"))
                   for a in extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Several said they would rather the aid went to the front.", ["Several"]),
        ("Another said he hoped the talks would resume.", ["Another"]),
        ("One says Russia has the most drones, while another says Ukraine has caught up.",
         ["One", "another"]),
        # Polls: "…, with 50 percent saying …" — the share after "with" speaks.
        ("Support for aid is high, with 62 percent of Ukrainians saying they would never cede land.",
         ["62 percent of Ukrainians"]),
        ("The survey was released on Monday, with three in 10 saying the war would last years.",
         ["three in 10"]),
    ],
)
def test_quantifiers_and_poll_shares_as_sources(text, expected):
    assert [a.source for a in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gerund after a trailing or inverted speaker goes on with that speaker; it is not
        # a second statement by whatever opens the sentence.
        ("Exports fell again, the central bank said, adding that inflation would ease.",
         ["the central bank"]),
        ("Exports fell again, said the central bank, noting that inflation would ease.",
         ["the central bank"]),
        ("The bridge is safe, the engineer told reporters, adding that it had passed tests.",
         ["the engineer"]),
        # "was quoted (by X) as saying": the subject speaks; X reported it, a second source
        # as in the active "X quoted the governor as saying".
        ("The governor was quoted by Reuters as saying the dam would hold.",
         ["The governor", "Reuters"]),
        ("The general was widely quoted as saying the war would end soon.", ["The general"]),
        # The author of the data after "according to", once.
        ("Exports fell 4%, according to figures compiled by the statistics agency Rosstat.",
         ["the statistics agency Rosstat"]),
        ("The mine closed, according to a statement issued Friday by the operator Glencore.",
         ["the operator Glencore"]),
        # Hyphenated abbreviations and "familiar with"/"close to" belong to the phrase.
        ("A U.K.-based monitoring group said 40 people died.", ["A U.K.-based monitoring group"]),
        ("Three people familiar with the talks said a deal was near.",
         ["Three people familiar with the talks"]),
        ("Sources close to the prime minister said he would resign.",
         ["Sources close to the prime minister"]),
        # A role that opens the clause and the name in commas after it are one source.
        ("Poland's defence minister, Wladyslaw Kosiniak-Kamysz, said the border was secure.",
         ["Poland's defence minister, Wladyslaw Kosiniak-Kamysz"]),
        ("\u201cWe will rebuild,\u201d said the city's mayor, Ihor Terekhov.",
         ["the city's mayor, Ihor Terekhov"]),
        # The owner of a document with a phrase after it ("readout of the meeting").
        ("The ministry's readout of the meeting said progress was made.", ["The ministry"]),
        ("The agency's briefing to senators indicated that stocks were low.", ["The agency"]),
    ],
)
def test_speaker_spans_around_gerunds_documents_and_appositives(text, expected):
    assert [a.source for a in extract(text)] == expected


def test_quoted_as_saying_cue_names_the_quoting():
    att = extract("The governor was quoted by Reuters as saying the dam would hold.")[0]
    assert att.cue == "was quoted by Reuters as saying"


def test_according_to_data_by_author_keeps_the_according_cue(reg):
    att = one("Losses rose, according to data compiled by the Institute for the Study of War.",
              reg)
    assert (att.entity, att.cue) == ("ISW", "according to")


@pytest.mark.parametrize(
    "text",
    [
        "Journalists asked the minister whether the border would close.",
        "A reporter asked the spokesman how many drones were launched.",
        "Rebels said to be holding the airport have fled.",
        "A courier reported to have carried the letters was arrested.",
        "The two presidents discussed trade by phone.",
        "The governor's denial was swift.",
    ],
)
def test_questions_hearsay_and_meetings_are_not_attributions(text):
    assert extract(text) == []


def test_claim_noun_with_that_clause_names_its_owner(reg):
    att = one("Zelenskyy's claim that the bridge was hit could not be verified.", reg)
    assert (att.entity, att.cue) == ("Zelenskyy", "claim")
    att = one("The governor's denial that funds were missing was disputed.")
    assert att.cue == "denial"
    assert att.source.startswith("governor") or att.source.startswith("The governor")


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The mayor made clear that the curfew would stay.", "The mayor", "made clear"),
        ("The ministry has made no secret of its doubts.", "The ministry", "made no secret of"),
        ("The governor put the number of evacuees at about 2,000.", "The governor",
         "put the number"),
        ("Police put the death toll at nine.", "Police", "put the death toll"),
        ("As the senator put it, the bill is dead.", "the senator", "put it"),
        ("The agency raised the possibility that the dam could fail.", "The agency",
         "raised the possibility"),
        ("The spokesman brushed off questions about the leak.", "The spokesman", "brushed off"),
        ("The ministry played down the reports.", "The ministry", "played down"),
        ("The general briefed senators that the front was holding.", "The general", "briefed"),
        ("The minister went on to say that prices would fall.", "The minister",
         "went on to say"),
        ("The minister went on to discuss the new polls.", "The minister",
         "went on to discuss"),
        ("The minister went on about how the system was rigged.", "The minister",
         "went on about"),
        ("The minister talks to reporters about the deal.", "The minister",
         "talks to reporters about"),
        ("The opposition leader lashed out at the cabinet.", "The opposition leader",
         "lashed out"),
        ("\u201cThat is false,\u201d the spokeswoman shot back.", "the spokeswoman", "shot back"),
        # "claimed to have" keeps its claimant (only "said to be" is hearsay).
        ("The army claimed to have destroyed two bridges.", "The army", "claimed"),
        # A role "to" a body is one phrase.
        ("France's ambassador to NATO said the alliance was united.",
         "France's ambassador to NATO", "said"),
        # Stance verbs in the passive, and a by-phrase that joins two names.
        ("The plan was rejected by the finance minister.", "the finance minister", "rejected"),
        ("The strike was condemned by Poland and the Baltic states.",
         "Poland and the Baltic states", "condemned"),
    ],
)
def test_phrase_cues_roles_and_passive_stances(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The chef made a cake for the guests.",
        "She put the book on the table.",
        "The children played in the garden.",
        "The general briefed senators for an hour.",
        "He shot the deer and went on to dinner.",
        "The team raised the flag at noon.",
        "The show went on about an hour late.",
        "Peace talks with Russia about the ceasefire stalled.",
        "She went on to win the election.",
    ],
)
def test_phrase_verbs_outside_their_phrase_are_not_cues(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause's own subject: "a fund that auditors said was empty".
        ("He ran a fund that auditors said was empty.", ["auditors"]),
        ("The units that officials said had crossed the river were withdrawn.", ["officials"]),
        # "…, which he said …" is a new statement even after his own earlier one.
        ("He criticized the payments, which he said were bribes.", ["He", "he"]),
        # The sender of a message speaks through it.
        ("The ministry issued a statement on Friday saying the talks had failed.",
         ["The ministry"]),
        ("Hours later, the Biden campaign sent an email saying the ad was false.",
         ["the Biden campaign"]),
        # An adverb between the comma and the gerund, and "continued to say".
        ("The mayor toured the site, later saying the damage was severe.", ["The mayor"]),
        ("The governor continued to say the vote was rigged.", ["The governor"]),
        # what one appeared or seemed to say is said, as it came across
        ("The governor appeared to suggest the vote was rigged.", ["The governor"]),
        ("The envoy seemed to concede that the talks had failed.", ["The envoy"]),
        ("The ruling appeared to surprise the envoy.", []),
        ("A video shared on Telegram appears to show soldiers in a forest.", []),
    ],
)
def test_relative_subjects_messages_and_ongoing_speech(text, expected):
    assert [a.source for a in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        # Headline credits: an agency's acronym before a figure, a name after an en dash.
        ("IAEA: 2 drones hit the plant's roof", "IAEA", ":"),
        ("Grain exports fall for third month \u2013 Reuters", "Reuters", "\u2013"),
        # "per" as "according to", opening or closing a clause.
        ("Per the coast guard, the ferry sank in minutes.", "the coast guard", "Per"),
        ("The ferry sank in minutes, per the coast guard.", "the coast guard", "per"),
        ("As reported by Kyodo, the talks were postponed.", "Kyodo", "reported"),
        ("Airwars, a monitoring group, has documented 40 strikes on schools.",
         "Airwars, a monitoring group", "documented"),
    ],
)
def test_credits_per_and_as_reported_by(text, source, cue):
    att = one(text)
    assert (att.source, att.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 3: 2 soldiers return home",
        "Inflation rose 5 per cent in March.",
        "Fuel costs $5 per gallon in the city.",
        "The general briefed senators on Tuesday.",
        "Kyiv \u2013 Russia launched 80 drones overnight.",
        "The documented cases rose.",
    ],
)
def test_per_dashes_and_briefings_without_a_claim(text):
    assert extract(text) == []


def test_according_to_object_pronoun_names_the_person_before(reg):
    ctx = ["Ukraine's president Volodymyr Zelenskyy visited the front on Sunday."]
    att = one("According to her, the shelters were full.",
              reg, context=["Olena Kovalenko, a nurse in Kharkiv, spoke to us on Monday."])
    assert att.source == "her"
    att = one("According to him, the front was holding.", reg, context=ctx)
    assert (att.source, att.entity) == ("him", "Zelenskyy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Coordinated and listed subjects are whole.
        ("Current and former officials said the base was empty.",
         ["Current and former officials"]),
        ("Olaf Scholz, Emmanuel Macron and Donald Tusk said the aid would continue.",
         ["Olaf Scholz, Emmanuel Macron and Donald Tusk"]),
        # A hedge before a number is part of the subject.
        ("About half of the residents said they would stay.", ["About half of the residents"]),
        ("More than 60 percent say the war will last years.", ["More than 60 percent"]),
        ("At least two officials said the talks failed.", ["At least two officials"]),
        # A determined role before the name in commas, also after an adverbial opener.
        ("His chief of staff, Andriy Yermak, said the talks were useful.",
         ["His chief of staff, Andriy Yermak"]),
        ("In a letter, the company's general counsel, Maria Lopez, said the claim was false.",
         ["the company's general counsel, Maria Lopez"]),
        # … but not a time phrase before the name.
        ("The day before, Maria Lopez said the claim was false.", ["Maria Lopez"]),
        # A bare role after an inverted speaker, up to the end of the sentence.
        ("\u201cIt is a mess,\u201d said Mitchell Moss, urban policy professor at New York "
         "University.", ["Mitchell Moss, urban policy professor at New York University"]),
        ("\u201cIt is a mess,\u201d said Mitchell Moss, adding that he would leave.",
         ["Mitchell Moss"]),
    ],
)
def test_whole_subjects_lists_hedges_and_roles(text, expected):
    assert [a.source for a in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister now says the deal is dead.", ["The minister"]),
        # A new clause after ", but"/", and" is a new statement, even by the same person.
        ("The mayor agreed the plan was costly, but he said the city would pay.",
         ["The mayor", "he"]),
        ("The evacuees were angry, many of whom say the warnings came too late.",
         ["many of whom"]),
        ("The senator, who in 2019 said the base would close, now backs it.", ["who"]),
        ("The premier herself said the budget was tight.", ["The premier herself"]),
    ],
)
def test_clauses_relatives_years_and_reflexives(text, expected):
    assert [a.source for a in extract(text)] == expected


def test_reflexive_source_resolves_to_the_name(reg):
    assert one("Zelenskyy himself said the front was holding.", reg).entity == "Zelenskyy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two apostrophes are a quotation mark (New York Times style).
        ("''He says the bridge is safe,'' the engineer said.", ["the engineer"]),
        ("''We will rebuild,'' said the mayor.", ["the mayor"]),
        # An -ly adverbial opener is not the subject of a later gerund.
        ("Shortly after the vote, the speaker issued a statement saying the bill was dead.",
         ["the speaker"]),
        # A cue before a that-clause is no inverted speaker for the gerund after it.
        ("The senator warned that the deal could collapse, adding that talks would resume.",
         ["The senator"]),
        # "found itself", "cannot expect": no claim.
        ("The bank has found itself at the center of the crisis.", []),
        ("But he cannot expect to win the state.", []),
        # A contact clause: the noun before the clause's subject is not part of it.
        ("These are nine things the candidate said about trade.", ["the candidate"]),
    ],
)
def test_quotes_openers_and_non_claims(text, expected):
    assert [a.source for a in extract(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stance inside reported words is content, not a second source.
        ("A medic told the BBC the North Koreans attacked in waves.", [("A medic", "told")]),
        ("The general said Russia had backed the coup.", [("The general", "said")]),
        # … while a speech act in them is a nested statement of its own.
        ("The general said Russian officers had complained about the rations.",
         [("The general", "said"), ("Russian officers", "complained")]),
        # … but a reporting verb inside them is a nested source.
        ("A lawmaker said Seoul's spy agency believes the troops are in Kursk.",
         [("A lawmaker", "said"), ("Seoul's spy agency", "believes")]),
        # Title-case headlines.
        ("Kremlin Dismisses Reports of North Korean Troops as 'Fake'",
         [("Kremlin", "Dismisses")]),
        ("The United States Reports Record Growth", [("The United States", "Reports")]),
        # A named author as the modifier of a document, and a participle after it.
        ("A Pentagon assessment seen by Reuters says the gunners are in Ukraine.",
         [("Pentagon", "says")]),
        ("A Pentagon report released Friday said stocks were low.", [("Pentagon", "said")]),
        ("Ukraine's military intelligence report, seen by the Kyiv Independent, says they "
         "wore Russian uniforms.", [("Ukraine's military intelligence", "says")]),
        # "according to plan", "a conference call that": no source there.
        ("The offensive did not go according to plan.", []),
        ("According to police, the town fell.", [("police", "According to")]),
        # … but an unnamed person and a web address written in lower case are sources.
        ("The meeting ended early, according to someone in attendance.",
         [("someone", "according to")]),
        ("The meeting ended early, according to people in attendance.",
         [("people in attendance", "according to")]),
        ("The couple ran a bakery, according to ouest-france.fr.",
         [("ouest-france.fr", "according to")]),
        ("The spokesman told reporters on a conference call that talks were going well.",
         [("The spokesman", "told")]),
        # Relayed speech: the one quoted speaks; the relay is a source too when it quotes.
        ("Russian state media, quoting the defense ministry, said the village fell.",
         [("Russian state media", "said"), ("the defense ministry", "quoting")]),
        ("Yonhap quoted an NIS official as saying the soldier wanted to defect.",
         [("Yonhap", "quoted"), ("an NIS official", "saying")]),
        # More cues: "maintain that", "posted on X that", passive stances, "put … at".
        ("Russian officials maintain that no troops are there.",
         [("Russian officials", "maintain")]),
        ("The governor posted on Facebook that the roads were closed.",
         [("The governor", "posted")]),
        ("The governor posted a video on Facebook.", []),
        ("The figure was disputed by Russian officials.", [("Russian officials", "disputed")]),
        ("The agency's latest estimate puts the losses at about 1,200.",
         [("The agency", "puts the losses")]),
        ("The NIS said 300 had died, while the army put the toll far higher.",
         [("The NIS", "said"), ("the army", "put")]),
        # The possessor of a claim noun, without its "'s".
        ("The minister's claim that the bridge was hit was false.",
         [("The minister", "claim")]),
    ],
)
def test_nested_stances_headlines_documents_and_relays(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both Seoul and Kyiv say the troops are in Kursk.",
         [("Seoul", "South Korean government"), ("Kyiv", "Ukrainian government")]),
        ("The NIS and the Pentagon have both estimated that 11,000 troops were sent.",
         [("The NIS", "NIS"), ("the Pentagon", "Pentagon")]),
        ("Ukraine, South Korea and the ISW say the troops are in Kursk.",
         [("Ukraine", "Ukrainian government"), ("South Korea", "South Korean government"),
          ("the ISW", "ISW")]),
        # Not split: one known part, or parts that are not names.
        ("Zelenskyy and his aides said the talks went well.",
         [("Zelenskyy and his aides", "Zelenskyy and his aides")]),
    ],
)
def test_coordinated_known_sources_split_one_per_entity(reg, text, expected):
    assert [(source, entity) for source, entity, _cue in sources(text, reg)] == expected


@pytest.mark.parametrize(
    ("text", "context", "entity"),
    [
        # "they" is never one person; a nationality adjective is no antecedent.
        ("They told him Seoul would send observers.",
         ["Zelenskyy met South Korean officials in Kyiv."], "South Korean government"),
        ("\u201cThey are learning fast,\u201d he said.",
         ["Kyrylo Budanov gave an interview to a Japanese newspaper."], "GUR"),
        # A person filed under their body is still "he"; so is their bare surname.
        ("He said Moscow had no information.",
         ["Zelenskyy spoke on Monday.", "Kremlin spokesman Dmitry Peskov was asked on Tuesday."],
         "Kremlin"),
        ("He claimed the losses were heavy.",
         ["Budanov was interviewed by a Ukrainian broadcaster on Wednesday."], "GUR"),
        # Possessive pronouns resolve like their subject forms.
        ("His claim that the troops had left was false.", ["Peskov spoke on Monday."],
         "Kremlin"),
    ],
)
def test_pronouns_number_adjectives_and_people_filed_under_bodies(reg, text, context, entity):
    att = one(text, reg, context=context)
    assert att.entity == entity


def test_relative_pronoun_after_a_known_description(reg):
    atts = extract("Ukraine's president, who has said he is open to talks, arrived in Davos.",
                   reg)
    assert [(a.source, a.entity) for a in atts] == [("who", "Zelenskyy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war has reached a turning point, wrote analysts at the Kiel Institute.",
         [("analysts at the Kiel Institute", "wrote")]),
        ("That claim was echoed by the chancellor at a summit in Rome.",
         [("the chancellor", "echoed")]),
        ("The figure was cited by the defense secretary.", [("the defense secretary", "cited")]),
        ("The memo, which was first published by Politico, caused a stir.",
         [("Politico", "published")]),
        ("The soldiers had been questioned by the SBU, officials said.", [("officials", "said")]),
        ("\u201cThey are very young,\u201d a nurse who treated them told the BBC.",
         [("a nurse who treated them", "told")]),
        ("The mayor and his deputy agreed to close the bridge, the city said.",
         [("the city", "said")]),
        ("Britain\u2019s defence ministry\u2019s daily intelligence update noted that the "
         "units had left.", [("Britain\u2019s defence ministry", "noted")]),
    ],
)
def test_affiliations_occasions_relatives_and_reported_stances(text, expected):
    assert source_cues(text) == expected


def test_two_spokespeople_with_roles_are_two_sources(reg):
    atts = extract("Pentagon spokeswoman Sabrina Singh and State Department spokesman Matthew "
                   "Miller both said the troops were in combat.", reg)
    assert [a.entity for a in atts] == ["Pentagon", "State Department"]


def test_maintain_with_a_clause_or_trailing_but_not_with_an_object():
    assert [(a.source, a.cue) for a in extract(
        "The soldiers were misled, the ministry maintains.")] == [("the ministry", "maintains")]
    assert extract("The army maintains a base near the border.") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A date phrase away from the verb still dates the statement …
        ("On Tuesday, as voters went to the polls, the spokesman told reporters the talks "
         "had failed.", "2025-01-21"),
        ("In a Jan. 11 statement, the alliance said the strike was illegal.", "2025-01-11"),
        ("The agency, in a closed-door briefing on Thursday, told lawmakers the troops had "
         "left.", "2025-01-16"),
        ("The governor wrote on his Telegram channel on Saturday that the dam held.",
         "2025-01-18"),
        # … but not one inside a relative clause or the reported words.
        ("The two men, who were captured on Jan. 9, told interrogators they were lost.", None),
        ("The governor said the soldiers were captured on Thursday.", None),
    ],
)
def test_statement_dates_across_the_clause(text, date):
    atts = extract(text, published=dt.date(2025, 1, 22))
    assert [a.date for a in atts][:1] == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Times, citing U.S. and Ukrainian officials, said 1,000 soldiers were hurt.",
         [("The Times", "said"), ("U.S. and Ukrainian officials", "citing")]),
        ("\u201cIt is a test,\u201d said Victor Cha of the Center for Strategic and "
         "International Studies.",
         [("Victor Cha of the Center for Strategic and International Studies", "said")]),
        ("Ships made dozens of trips, according to satellite imagery analyzed by the Center "
         "for Strategic and International Studies.",
         [("the Center for Strategic and International Studies", "according to")]),
        ("The estimate was provided to The Associated Press by a Ukrainian official.",
         [("a Ukrainian official", "provided")]),
        ("The figure was published by the Kyiv Independent, citing a source in Ukraine's "
         "military intelligence.", [("the Kyiv Independent", "published"),
                                    ("a source in Ukraine's military intelligence", "citing")]),
        ("The warning came in a statement from NATO on Monday.", [("NATO", "statement")]),
        ("Seoul's assessment is that Pyongyang will keep sending troops.",
         [("Seoul", "assessment")]),
        ("\u201cEvery day they lose hundreds,\u201d said a commander of the 95th Brigade, who "
         "goes by the call sign \u2018Khorvat.\u2019",
         [("a commander of the 95th Brigade", "said")]),
        ("The counteroffensive did not go according to plan for Moscow.", []),
        ("His agency runs a hotline called \u2018I Want to Live\u2019 for deserters.", []),
        ("The adviser said the deployment showed Russia's desperation.",
         [("The adviser", "said")]),
    ],
)
def test_coordination_in_phrases_recipients_and_named_things(text, expected):
    assert source_cues(text) == expected


def test_joined_subjects_after_but_and_with_possessive_determiners(reg):
    atts = extract("The Kremlin denied it, but Seoul, Washington and Kyiv have all said the "
                   "troops are there.", reg)
    assert [a.source for a in atts] == ["The Kremlin", "Seoul", "Washington", "Kyiv"]
    atts = extract("Ukraine's foreign minister and his South Korean counterpart said the "
                   "deployment was illegal.", reg)
    assert [a.source for a in atts] == [
        "Ukraine's foreign minister and his South Korean counterpart"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A participle after its noun is passive: only a named or speaking by-phrase speaks.
        ("The group counts only losses confirmed by photographs.", []),
        ("Mediazona has counted at least 90,000 dead.", [("Mediazona", "counted")]),
        ("Moscow counted on its allies.", []),
        # The author of "the text/account … by X" and "X's account".
        ("The treaty binds both sides, according to the text published by KCNA.",
         [("KCNA", "according to")]),
        ("The men were captured on Jan. 9, according to the SBU's account of the raid.",
         [("the SBU", "according to")]),
        # The one a video shows speaking.
        ("The footage shows one prisoner saying he was lost.", [("one prisoner", "saying")]),
        ("The video shows him saying he was lost.", [("him", "saying")]),
        # Transcript labels with a note, and a parenthesised acronym before "said, adding".
        ("ZELENSKYY (through interpreter): They are dying by the hundreds.",
         [("ZELENSKYY", ":")]),
        ("More troops are coming, the Joint Chiefs of Staff (JCS) said Thursday, adding that "
         "howitzers may follow.", [("the Joint Chiefs of Staff (JCS)", "said")]),
    ],
)
def test_participles_document_authors_footage_and_labels(text, expected):
    assert source_cues(text) == expected


def test_a_documents_date_dates_its_authors_estimate():
    att = one("A report published Monday by the Kiel Institute estimated that aid fell.",
              published=dt.date(2025, 1, 22))
    assert (att.source, att.date) == ("the Kiel Institute", "2025-01-20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The BBC, citing a diary found on the body, said the troops were told to fight.",
         [("The BBC", "said"), ("a diary", "citing")]),
        ("The figures appeared in a statement issued by the defense ministry.",
         [("the defense ministry", "statement")]),
        ("The photos were presented to the council by the Ukrainian ambassador.",
         [("the Ukrainian ambassador", "presented")]),
        ("South Korea's spy agency and the Pentagon both said the troops were in combat.",
         [("South Korea's spy agency", "said"), ("the Pentagon", "said")]),
    ],
)
def test_participles_statements_issued_by_and_joined_bodies(reg, text, expected):
    assert source_cues(text, reg) == expected


def test_a_date_inside_the_reported_words_is_not_the_statements():
    atts = extract("The agency said two soldiers captured on Saturday were questioned.",
                   published=dt.date(2025, 1, 22))
    assert [a.date for a in atts] == [None]


@pytest.mark.parametrize(
    ("text", "context", "entity"),
    [
        # A plural common noun opening a sentence is no "he" …
        ("\u201cWe have nothing to add,\u201d he said.",
         ["Reporters pressed Kremlin spokesman Dmitry Peskov on the issue."], "Kremlin"),
        # … nor a place, nor a possessive modifier, nor lowercase "state media".
        ("He told reporters Seoul would help.",
         ["Andrii Sybiha met his South Korean counterpart.",
          "The two discussed North Korea's deployment."], "Andrii Sybiha"),
        ("He called for more attack drones.",
         ["North Korean leader Kim Jong Un visited a factory, state media said."],
         "Kim Jong Un"),
    ],
)
def test_pronouns_skip_plurals_places_modifiers_and_bodies(reg, text, context, entity):
    assert one(text, reg, context=context).entity == entity


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("\u201cIt was great,\u201d said Carla Cruz, 24.", "Carla Cruz, 24"),
        ("\u201cIt was great,\u201d said Jorge Villa, 31, of Tucson.", "Jorge Villa, 31, of Tucson"),
    ],
)
def test_an_inverted_speakers_age_and_home_town_belong_to_the_source(text, source):
    assert one(text).source == source


@pytest.mark.parametrize(
    "text",
    [
        "In the wake of the New York Times report, the senator changed course.",
        "They would settle the most basic question: how much do you pay?",
        "His performance at the debate confirms where he stands.",
        "The real candidate showed up at the debate.",
        "The spot concludes with footage of the rally.",
        "A quarter of that, per the McKinley plan, is $40,000.",
    ],
)
def test_nouns_phrasal_verbs_and_plans_are_not_attributions(text):
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trailing speaker and a verb that is also a noun, closing the sentence.
        ("Grain exports fell by a third in March, The Kyiv Independent reports.",
         [("The Kyiv Independent", "reports")]),
        ("Shelling resumed at dawn, she notes.", [("she", "notes")]),
        # A share of respondents and footage "shows that" are sources; an event is not.
        ("Nine percent indicated that they would leave the city.",
         [("Nine percent", "indicated")]),
        ("The video shows that the convoy crossed the border at night.",
         [("The video", "shows")]),
        # Abbreviated titles stay whole.
        ("\u201cThe vote was rigged,\u201d said Del. Maria Ortiz.", [("Del. Maria Ortiz", "said")]),
        # Joined subjects after a subordinating conjunction, and a list with "the".
        ("Talks stalled as Hungary and Slovakia opposed the sanctions.",
         [("Hungary and Slovakia", "opposed")]),
        ("Aid rose after the United States, Britain and Canada said stocks were low.",
         [("the United States, Britain and Canada", "said")]),
        # "and" inside a prepositional phrase of a plural subject.
        ("Experts on Russia and arms control said the treaty was dead.",
         [("Experts on Russia and arms control", "said")]),
    ],
)
def test_trailing_speakers_shares_titles_and_joined_subjects(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    "text",
    ["A video showing the strike spread online.", "The deployment showed the army's weakness."],
)
def test_media_participles_and_events_are_not_sources(text):
    assert extract(text) == []


def test_such_as_is_no_clause_opener():
    """"such as" lists examples; the subordinator rule must not join them into a subject."""
    text = "Allies such as Poland and the Baltic states say more aid is needed."
    assert "Poland and the Baltic states" not in [s for s, _ in source_cues(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A clause without "that" after a generic noun: the name opens the subject.
        ("Kyiv waited for the moment Zelensky announced the offensive.", "Zelensky"),
        ("It was a word Peskov repeated often.", "Peskov"),
        ("Everything Budanov says about the front is checked twice.", "Budanov"),
        # An adverb or "whereas" before the subject is not part of it.
        ("The Pentagon counts drones, whereas Kyiv said it lacks radar.", "Kyiv"),
        ("Soon Zelensky declared the offensive over.", "Zelensky"),
    ],
)
def test_generic_nouns_and_adverbs_before_a_subject_stay_out(text, source):
    assert [s for s, _ in source_cues(text)] == [source]


def test_a_bodys_own_kind_of_document_is_no_author(reg):
    """"The Ministry of Defence's intelligence update": the ministry wrote it; "intelligence"
    only says what kind of update it is."""
    att = one("The UK Ministry of Defence's latest intelligence update said Russian losses "
              "had doubled.", reg)
    assert (att.source, att.entity) == ("The UK Ministry of Defence", "UK Ministry of Defence")


def test_the_object_of_citing_is_no_subject(reg):
    assert source_cues("Citing intelligence reports, the general said the convoy turned back.",
                       reg) == [("intelligence reports", "Citing"), ("the general", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE KREMLIN SAID the matter was closed.", ("THE KREMLIN", "Kremlin", "SAID")),
        ("NIS SAYS the troops moved north.", ("NIS", "NIS", "SAYS")),
    ],
)
def test_a_verb_in_an_all_capitals_opening(reg, text, expected):
    assert sources(text, reg) == [expected]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Kyiv moved two brigades north, Yonhap reported, citing three people familiar with the "
         "plan.", "three people familiar with the plan"),
        ("The ministry said, citing intercepted communications, that the troops were short of "
         "food.", "intercepted communications"),
    ],
)
def test_citing_people_familiar_or_intercepts_names_them(text, cited):
    assert (cited, "citing") in source_cues(text)


@pytest.mark.parametrize("dash", ["--", "\u2014", "-"])
def test_a_dash_and_starts_the_writers_own_clause(dash):
    text = (f"Budanov said the offensive would stall {dash} and he noted that the reserves "
            "were thin.")
    assert source_cues(text) == [("Budanov", "said"), ("he", "noted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party-and-state label is one token and an appositive of the name.
        ("\u201cThe aid will pass,\u201d Senate Foreign Relations Chairman Ben Cardin, D-Md., "
         "said Tuesday.", [("Senate Foreign Relations Chairman Ben Cardin, D-Md.", "said")]),
        ("Rep. Mike Turner, R-Ohio, warned that the stocks were low.",
         [("Rep. Mike Turner, R-Ohio", "warned")]),
        # "close to him" belongs to the subject.
        ("People close to him say he will not resign.", [("People close to him", "say")]),
        ("Officials close to her said the visit was cancelled.",
         [("Officials close to her", "said")]),
        # An adverb between commas interrupts subject and verb.
        ("Some lawmakers, however, question the cost of the program.",
         [("Some lawmakers", "question")]),
        ("Kyiv, too, warned of shortages.", [("Kyiv", "warned")]),
        # A role, then the name in commas, after an opening adverbial and "one of".
        ("In a statement, one of the mayor's aides, Oleh Marchenko, said the bridge was hit.",
         [("one of the mayor's aides, Oleh Marchenko", "said")]),
        # A name and its appositive before two verbs joined by "and".
        ("Syrskyi, the army's commander, toured the front and said the line would hold.",
         [("Syrskyi, the army's commander", "said")]),
        # "continued" speaks on only next to a quotation.
        ("He continued, \u201cWe will not give up the city.\u201d", [("He", "continued")]),
        ("Officials say the talks continue.", [("Officials", "say")]),
    ],
)
def test_labels_interruptions_and_appositives_around_a_subject(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An opening adverb is no name, and "even" no part of the subject.
        ("Similarly, Mykola Bielieskov, an analyst at the institute, said the line would hold.",
         [("Mykola Bielieskov, an analyst at the institute", "said")]),
        ("Even Orban, a longtime critic of the aid, said the vote could pass.",
         [("Orban, a longtime critic of the aid", "said")]),
        # A month before the comma is a date, not a place the name sits in.
        ("In March, Olena Kovalenko, deputy head of the council, told reporters the dam held.",
         [("Olena Kovalenko, deputy head of the council", "told")]),
        # Adverbs between subject and verb.
        ("Syrskyi however said the reserves were thin.", [("Syrskyi", "said")]),
        ("Polls there show the mayor far ahead.", [("Polls", "show")]),
        # Documents: a participle after "poll of X", "shows only", and a by-phrase author.
        ("A KIIS poll of Kharkiv residents released on Friday showed support for talks rising.",
         [("A KIIS poll of Kharkiv residents released on Friday", "showed")]),
        ("But the survey shows only a small gap between regions.", [("the survey", "shows")]),
        ("An analysis of satellite images by the ISW shows losses doubled.",
         [("the ISW", "shows")]),
        # A channel's name before "shows" is its subject, not a kind of show.
        ("A poll by Fox News shows the race tightening.", [("Fox News", "shows")]),
    ],
)
def test_opening_adverbs_dates_and_document_subjects(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Two phrases naming people, joined by "and", are one subject.
        ("Doctors and aid workers say the hospital was hit twice.", "Doctors and aid workers"),
        ("But attorneys and legal experts said the decree was unlawful.",
         "attorneys and legal experts"),
        ("Since the spring, Mr. Sybiha and other ministers have said the talks are stalled.",
         "Mr. Sybiha and other ministers"),
        ("It was only a pause, he and his deputy said.", "he and his deputy"),
        # … but not when the first part has a verb in it, nor a list after a name.
        ("Prices rose and officials said the cuts would come.", "officials"),
        ("Russia shelled Kharkiv and officials said five people died.", "officials"),
        ("Oleh Syniehubov, governor and head of the council, said the strike hit a school.",
         "Oleh Syniehubov, governor and head of the council"),
    ],
)
def test_people_joined_by_and(text, source):
    assert source in [s for s, _ in source_cues(text)]


def test_a_date_after_the_audience_dates_the_statement(reg):
    att = one("Lavrov told a news conference in Moscow on Jan. 14 that the talks were over.",
              reg, published=dt.date(2025, 1, 18))
    assert att.date == "2025-01-14"


def test_he_after_a_person_whose_name_only_starts_like_a_known_one(reg):
    """"Kim Byung-kee" is not Kim Jong Un because both begin with "Kim"."""
    context = ["Kim Byung-kee, a member of the intelligence committee, spoke after a briefing."]
    assert one("He told reporters the troops had moved.", reg, context=context).entity \
        == "Kim Byung-kee"
    assert one("He told reporters the troops had moved.", reg,
               context=["Kim Jong Un inspected a drone factory."]).entity == "Kim Jong Un"


def test_saying_goodbye_is_no_statement():
    assert extract("The soldiers had said goodbye to their families in Pyongyang.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The troops are exhausted," said senior NIS official Kim Byung-kee.',
         "senior NIS official Kim Byung-kee"),
        ('"It is a costly model," said election lawyer Joe Birkenstock.',
         "election lawyer Joe Birkenstock"),
        ("Sanctions will not work, says political scientist Dossym Satpayev in Almaty.",
         "political scientist Dossym Satpayev in Almaty"),
    ],
)
def test_an_inverted_speaker_described_by_lowercase_words(text, source):
    assert one(text).source == source


def test_a_verb_or_preposition_is_no_description_of_an_inverted_speaker():
    assert extract('"Fine," said goodbye to Kim.') == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to a Washington Post/ABC News poll, the two are tied.",
         "a Washington Post/ABC News poll"),
        ("In the previous Washington Post/ABC News national poll, conducted in early "
         "September, the mayor led by 5 points.",
         "the previous Washington Post/ABC News national poll"),
    ],
)
def test_two_outlets_joined_by_a_slash_are_one_name(text, source):
    assert one(text).source == source


def test_a_poll_that_opens_the_sentence_frames_its_figures_unless_they_have_speakers():
    att = one("In this poll, support for the talks rose 4 points since March.")
    assert (att.source, att.cue) == ("this poll", "In")
    assert source_cues("In the survey, 42% say the aid is too slow.") == [("42%", "say")]


@pytest.mark.parametrize(
    ("text", "source", "date"),
    [
        ("In a Gallup Korea poll released Friday, support for the deployment fell.",
         "a Gallup Korea poll released Friday", "2025-01-17"),
        ("The two are tied, according to a CNN survey released on Thursday.",
         "a CNN survey released on Thursday", "2025-01-16"),
        ("A report released last week said the troops had moved.",
         "A report released last week", "2025-01-06"),  # the Monday of that week
    ],
)
def test_a_documents_release_date_stays_in_its_phrase_and_dates_it(text, source, date):
    att = one(text, published=dt.date(2025, 1, 18))
    assert (att.source, att.date) == (source, date)


def test_a_report_released_on_a_day_by_its_author():
    att = one("According to a report released on Friday by the ISW, the troops moved.")
    assert att.source == "the ISW"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Video of the incident shows him with his hands in the air.", "Video of the incident"),
        ("Footage of the strike shows a column of soldiers.", "Footage of the strike"),
        ("A video from the Ukrainian military showed soldiers in the snow.",
         "the Ukrainian military"),
        ("News footage from the scene of the Kursk strike showed burned trucks.",
         "News footage from the scene of the Kursk strike"),
    ],
)
def test_a_picture_shows_what_it_records_and_is_made_by_a_body_not_a_place(text, source):
    assert one(text).source == source


def test_an_event_of_something_still_shows_nothing():
    assert extract("The deployment of troops shows Russia's desperation.") == []


def test_a_reduced_relative_after_an_adverb_names_who_reported_it(reg):
    found = sources("The drone plan, first reported by the Financial Times, said 40 sites were "
                    "chosen.", reg)
    assert ("the Financial Times", "the Financial Times", "reported") in found
    assert source_cues("Losses confirmed by the Pentagon rose again.") \
        == [("the Pentagon", "confirmed")]


def test_a_noun_phrase_source_ends_before_a_relaying_gerund():
    found = source_cues("Tanks moved north, according to a report by the Guardian citing "
                        "Western officials.")
    assert ("the Guardian", "according to") in found
    assert ("Western officials", "citing") in found


def test_an_affiliation_with_a_number_in_its_name():
    att = one("Pyongyang wants rocket engines, wrote analysts at 38 North, a research site.")
    assert att.source.startswith("analysts at 38 North")


def test_a_list_of_named_bodies_after_according_to_gives_each_its_own(reg):
    found = sources("About 11,000 troops are there, according to Seoul, Kyiv and the Pentagon.",
                    reg)
    assert [(s, e) for s, e, _ in found] == [
        ("Seoul", "South Korean government"), ("Kyiv", "Ukrainian government"),
        ("the Pentagon", "Pentagon")]


def test_a_relative_clause_between_subject_and_a_noun_like_verb():
    att = one("The monitor, which counts losses from photos, estimates that 3,000 tanks are "
              "gone.")
    assert (att.source, att.cue) == ("The monitor", "estimates")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("At Tuesday's briefing, the spokesman said the talks were over.", "2025-01-14"),
        ("The envoy told Wednesday's news conference that the talks were over.", "2025-01-15"),
        ("The minister said at her weekly news conference on Jan. 9 that aid would come.",
         "2025-01-09"),
        ("The troops had moved, the institute wrote in a report published on Thursday.",
         "2025-01-16"),
        ("The spokesman said Monday's briefing was classified.", None),
    ],
)
def test_dates_of_occasions_and_publications(text, date):
    assert one(text, published=dt.date(2025, 1, 18)).date == date


@pytest.mark.parametrize(
    "text",
    [
        "Seriously, please ask yourself that question.",
        "Perhaps go a step further, and ask would you back the plan.",
        "The fund will own the plant until it pays back the loan.",
        "The satellite images left little doubt that the depot had burned.",
        "Source: NATO.",
        "CLARIFICATION: An earlier version misstated the date of the strike.",
    ],
)
def test_adverbs_particles_nouns_and_credits_are_no_attributions(text):
    assert extract(text) == []


def test_saying_nothing_about_something_claims_nothing():
    assert extract("He said nothing about the fate of the captured soldiers.") == []
    assert extract("The envoy said little, offering only short answers.") == []
    assert source_cues("Everybody said nothing happened.") == [("Everybody", "said")]


def test_an_adjective_of_a_place_before_a_noun_like_cue_is_no_subject():
    assert source_cues('She said Western reports about the troops were "fake news."') \
        == [("She", "said")]
    assert source_cues("An American reports that the troops moved.") \
        == [("An American", "reports")]


def test_the_author_of_a_named_document_with_a_plain_noun_before_it(reg):
    found = sources("A State Department fact sheet says 16,000 containers were shipped.", reg)
    assert [(s, e) for s, e, _ in found] == [("State Department", "State Department")]
    assert one("A Pentagon intelligence assessment says the troops moved.").source \
        == "Pentagon"
    # an adjective of a place before the plain noun is no author
    assert one("Losses are high, according to a Western intelligence assessment.").source \
        == "a Western intelligence assessment"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subordinate clause of the writer's before the comma: both are statements.
        ('While Peskov called the reports "another hoax," Lavrov said the treaty was '
         '"purely defensive."', [("Peskov", "called"), ("Lavrov", "said")]),
        ("Although Kyiv denied the claim, the ISW said the village had fallen.",
         [("Kyiv", "denied"), ("the ISW", "said")]),
        # A trailing speaker closes what comes before: that stance is reported content.
        ("Kyiv has lost ground and Moscow praised its troops, the general said on Friday.",
         [("the general", "said")]),
    ],
)
def test_stance_before_a_speaker_whose_content_follows_is_the_writers(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An assessment by Ukraine's military intelligence, seen by Reuters, estimates that "
         "4,000 North Koreans have been killed.",
         [("Ukraine's military intelligence", "estimates")]),
        ("A report by the ISW, released on Friday, says the troops are in Kursk.",
         [("the ISW", "says")]),
        ("The NIS assessment, obtained by the AP, shows the troops were moved.",
         [("NIS", "shows")]),
    ],
)
def test_how_a_document_came_out_interrupts_its_author(reg, text, expected):
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The outlet that quotes a speaker relays; the speaker is who "said" it.
        ("A Ukrainian commander quoted by the Kyiv Independent said the North Koreans were "
         "advancing.", [("A Ukrainian commander", "said"), ("the Kyiv Independent", "quoted")]),
        ("A commander cited by Reuters said the troops were advancing.",
         [("A commander", "said"), ("Reuters", "cited")]),
        ("Officials contacted by Yonhap said the report was false.", [("Officials", "said")]),
    ],
)
def test_a_speaker_relayed_by_an_outlet_is_the_subject(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who was cited is a source of its own, nested in the citer's report; "which cited"
        # repeats Yonhap, already the sentence's source, so it is no attribution of its own.
        ("According to Yonhap, which cited the NIS, the soldiers have not asked to defect.",
         [("Yonhap", "According to"), ("the NIS", "cited")]),
        ("The report cited intelligence officials.",
         [("The report", "cited"), ("intelligence officials", "cited")]),
        # Evidence, a name inside another phrase, and naming ("cite X as Y") are not.
        ("The prosecutor cited intercepted calls as evidence.", [("The prosecutor", "cited")]),
        ("Clinton cited derogatory comments Trump had made about Machado.",
         [("Clinton", "cited")]),
        ("Two analysts cited Alphabet as the most likely buyer.", [("Two analysts", "cited")]),
    ],
)
def test_who_was_cited_is_a_nested_source(reg, text, expected):
    assert source_cues(text, reg) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The research not only documented faster warming, but also drew links to emissions.",
         [("The research", "documented")]),
        ("The ministry has not only confirmed the deaths but also named the units.",
         [("The ministry", "confirmed")]),
        ("The ministry did not confirm the deaths.", []),
    ],
)
def test_not_only_is_no_negation(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "-ly" adverb between a verb and its particle.
        ("Mr. Obama spoke emotionally of his many flights.",
         [("Mr. Obama", "spoke emotionally of")]),
        ("The envoy spoke briefly about the talks.", [("The envoy", "spoke briefly about")]),
        ("Mr. Obama spoke briefly.", []),
        # "point" is a verb before its particle, after a plural subject too.
        ("Critics point to the 1994 crime bill.", [("Critics", "point to")]),
        ("Analysts point out that the front has not moved.", [("Analysts", "point out")]),
        ("The key point to remember is this.", []),
        ("Some advocates for the bill were present.", []),
    ],
)
def test_verb_particles_after_an_adverb_or_a_plural(text, expected):
    assert source_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another slide shows that eight of 10 avocados sold in the U.S. are grown in Mexico.",
         [("Another slide", "shows")]),
        ("A Pentagon chart shows that the troops moved west.", [("Pentagon", "shows")]),
    ],
)
def test_slides_and_charts_are_documents(reg, text, expected):
    assert source_cues(text, reg) == expected
