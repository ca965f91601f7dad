"""Extractor: constructions with a cue word in which nobody is reported as saying anything,
next to look-alikes that must keep their attribution. Direct questions, "if"/"whether"
clauses, "claimed the lives of", newsroom rubrics ("EXPLAINER:"), "according to a
schedule" in the sense of "in line with", and a participle used as an adjective ("88,000
confirmed deaths").

Sentences of our own, several phrasings per pattern, so a fix aimed at one sentence fails.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_newsroom_rubrics_are_no_speakers(reg: Registry) -> None:
    check_cases(reg, {
        # The desk's label over a headline names the kind of piece, not a speaker.
        "EXPLAINER: What we know about the North Korean soldiers captured in Ukraine": [],
        "Explainer: Why Kyiv wants long-range missiles": [],
        "Fact Check: The figures on drone production in Kharkiv": [],
        "Q&A: What the ceasefire means for Kharkiv": [],
        "RECAP: The week in Zaporizhzhia": [],
        # The headline after it keeps its own speaker.
        "Fact Check: Budanov said the offensive had stalled.": [("Budanov", "said")],
        # Transcript speakers and headline labels of a name still speak.
        "SHMYHAL: We will rebuild every school.": [("SHMYHAL", ":")],
        "Budanov: the offensive has stalled.": [("Budanov", ":")],
    })


def test_according_to_a_norm_is_no_source(reg: Registry) -> None:
    check_cases(reg, {
        # Right after a verb, "according to" a plan, schedule, rule or agreement means "in
        # line with": the norm says nothing, whatever modifies it.
        "The units were deployed according to a rotation schedule drawn up in Pyongyang.": [],
        "Troops rotate according to a strict rotation plan set by the General Staff.": [],
        "The ballots were counted according to procedures that the commission approved.": [],
        "Aid is distributed according to UN guidelines.": [],
        # A source after the same verb, and the norm set off as the one that states it.
        "The brigade was deployed according to South Korean officials.":
            [("South Korean officials", "according to")],
        "Kyiv leads the count according to a new poll by Rating.":
            [("Rating", "according to")],
        "According to the schedule published Thursday, Umerov speaks at noon.":
            [("the schedule published Thursday", "According to")],
    })


def test_claimed_lives_is_no_claim(reg: Registry) -> None:
    check_cases(reg, {
        # "claim" taking lives, or applying for asylum, asserts nothing.
        "The fighting has claimed the lives of hundreds of soldiers": [],
        "The strike claimed at least 12 lives.": [],
        "Shelling in Kherson claimed three civilian lives overnight.": [],
        "The offensive, which has claimed thousands of lives, stalled in May.": [],
        "The virus is claiming lives across the region.": [],
        "Two of the soldiers have claimed asylum in South Korea.": [],
        # The other clause keeps its speaker.
        "The war has claimed more than 10,000 lives, the UN says.": [("the UN", "says")],
        # Declarations, and lives as the subject of what was claimed, stay claims.
        "The ministry claimed the lives lost were all combatants.":
            [("The ministry", "claimed")],
        "Kyiv claimed 300 lives were lost in the strike.": [("Kyiv", "claimed")],
        "The Kremlin claimed victory in Bakhmut.": [("The Kremlin", "claimed")],
        "A militant group claimed responsibility for the attack.":
            [("A militant group", "claimed")],
    })


def test_participle_after_a_count_is_an_adjective(reg: Registry) -> None:
    check_cases(reg, {
        # Between a count and its noun, "confirmed", "reported", "claimed" describe the noun.
        "Mediazona's tally shows at least 88,000 confirmed Russian military deaths.":
            [("Mediazona", "shows")],
        "The ministry listed 40 reported incidents on Friday.": [],
        "At least 1,200 reported deaths have been logged.": [],
        "Kyiv counts over 700 claimed strikes a week.": [],
        # A date or a share before the verb is no count of its object.
        "The ministry in 2023 confirmed reports of a second deployment.":
            [("The ministry", "confirmed")],
        "In the survey, 62% said they trust the army.": [("62%", "said")],
    })


def test_a_direct_question_claims_nothing(reg: Registry) -> None:
    check_cases(reg, {
        # A question ending the clause, an auxiliary before the subject, a "who" subject.
        "Did the Kremlin say anything about the captured soldiers?": [],
        "Did the Kremlin say anything about the captured soldiers": [],
        "Has Seoul confirmed the deaths?": [],
        "What did the NIS tell lawmakers behind closed doors?": [],
        "How many soldiers has the NIS said were captured?": [],
        "Who told the soldiers they were going to Russia?": [],
        "Why would the ministry deny that the convoy was hit?": [],
        'Did Budanov say "the front is holding"?': [],
        # The reporting clause around or after a question still reports it.
        "'Who told you that?' she asked.": [("she", "asked")],
        '"Why did the NIS tell lawmakers that?" Kim asked.': [("Kim", "asked")],
        "Why, he asked, would Russia send troops?": [("he", "asked")],
        'Peskov asked: "Who will pay for this?"': [("Peskov", "asked")],
        'Peskov asked, "Who will pay for this?"': [("Peskov", "asked")],
        # An inverted statement is no question; a relative clause in a question states.
        "Only later did the NIS confirm the deaths.": [("the NIS", "confirm")],
        "And the treaty, which Lavrov had called a disaster?": [("Lavrov", "called")],
        "Budanov said the troops left, but who ordered them out?": [("Budanov", "said")],
    })


def test_a_condition_or_an_open_question_claims_nothing(reg: Registry) -> None:
    check_cases(reg, {
        # A cue inside an "if"/"unless" clause is hypothetical: nobody has said it yet.
        "If Pyongyang confirms the casualties, it would be its first such admission": [],
        "Unless Kyiv admits the losses, the talks will stall.": [],
        "If the deaths are confirmed by Pyongyang, Seoul will respond.": [],
        "Seoul will respond if the Kremlin confirms the deaths.": [],
        # Inside the question of "asked (X) whether/if/why …", or "unclear whether".
        "Lawmakers asked the NIS whether any of the soldiers had sought asylum.": [],
        "Lawmakers asked the NIS if any of the soldiers had defected.": [],
        "It is unclear whether the Kremlin has confirmed the deaths.": [],
        "Kim asked why the NIS had told lawmakers nothing.": [],
        # The one who speaks of the condition still speaks, before or around it.
        "Peskov said that if Kyiv attacks, Moscow would respond.": [("Peskov", "said")],
        "If Kyiv attacks, Peskov said, Moscow would respond.": [("Peskov", "said")],
        "If, as the NIS says, the soldiers were captured, Seoul must act.":
            [("the NIS", "says")],
        "Budanov said it was unclear whether the troops would return.": [("Budanov", "said")],
        # "know" states a fact; it asks nothing.
        "Everyone knew when the ministry announced the figures.":
            [("the ministry", "announced")],
    })


def test_seeking_shelter_is_no_stance(reg: Registry) -> None:
    check_cases(reg, {
        # "seek" a place of safety is no position taken; "seek" support or a goal is.
        "Two of the soldiers have sought asylum in South Korea.": [],
        "The captured soldier is seeking political asylum in Seoul.": [],
        "Thousands sought shelter in the Kharkiv metro.": [],
        "Kyiv sought more air defense from Washington.": [("Kyiv", "sought")],
        "Umerov has sought to reassure the allies.": [("Umerov", "sought")],
    })


def test_someone_accused_suspected_or_charged_is_no_accuser(reg: Registry) -> None:
    check_cases(reg, {
        # A participle after its noun: someone unnamed accuses; the noun is the accused.
        "Border guards stopped a driver suspected of smuggling cigarettes.": [],
        "Police arrested a teacher accused of cheating on exams.": [],
        "Inspectors searched the offices of a company accused of dumping waste.": [],
        # The active verb keeps its accuser, with the object first or moved before it.
        "The prosecutor accused the driver of smuggling cigarettes.": [
            ("The prosecutor", "accused")],
        "It is the dealer whom the police accused of smuggling cigarettes.": [
            ("the police", "accused")],
        "The prosecutor charged that the mayor lied.": [("The prosecutor", "charged")],
        # The participle's phrase belongs to the subject of the verb after it.
        "A teacher accused of cheating on exams said she was innocent.": [
            ("A teacher accused of cheating on exams", "said")],
        "The man charged with the killing told reporters he had been at home.": [
            ("The man charged with the killing", "told")],
    })


def test_the_noun_of_a_source_phrase_is_no_verb(reg: Registry) -> None:
    check_cases(reg, {
        # "documents", "reports", "records" can be verbs; heading "according to" or
        # "citing" phrases they are the document that speaks.
        "According to court documents, the driver had no licence.": [
            ("court documents", "According to")],
        "Citing police reports, the paper said the driver had fled.": [
            ("police reports", "Citing"), ("the paper", "said")],
    })


def test_sorted_according_to_a_criterion_is_no_source(reg: Registry) -> None:
    check_cases(reg, {
        "Players are seeded according to their world ranking.": [],
        "Seats were assigned according to seniority.": [],
        "According to their coach, the players are ready.": [("their coach", "According to")],
    })


def test_a_telephone_call_says_nothing(reg: Registry) -> None:
    check_cases(reg, {
        "A worried parent called the school twice.": [],
        "She called the police.": [],
        "He called Kim Jong Un again on Friday.": [],
        "A neighbor called 911.": [],
        # a verdict on something named after "called" is said
        "Trump called the plan a disaster.": [("Trump", "called")],
        "The senator called the decision outrageous.": [("The senator", "called")],
    })


def test_an_act_of_office_declared_is_no_claim(reg: Registry) -> None:
    check_cases(reg, {
        "Yoon declared martial law on Dec. 3 and lifted it six hours later.": [],
        "The governor declared a state of emergency in three counties.": [],
        "Yoon went on television late on Tuesday, declaring martial law.": [],
        "The president declared a national day of mourning.": [],
        # a declared victory or a declared fact is a claim
        "The candidate declared victory on Tuesday.": [("The candidate", "declared")],
        "The ministry declared that the border was closed.": [("The ministry", "declared")],
    })


def test_who_obtained_a_document_is_not_its_author(reg: Registry) -> None:
    check_cases(reg, {
        "The documents were obtained by The Wall Street Journal.": [],
        "A copy of the plan was obtained by Yonhap.": [],
        # the document speaks, through its author
        "A letter from the American Legion obtained by The Associated Press warns that the "
        "name is protected.": [("the American Legion", "warns")],
        # who published it is its source
        "The figures were first published by Yonhap.": [("Yonhap", "published")],
    })


def test_a_thing_found_is_no_finding(reg: Registry) -> None:
    check_cases(reg, {
        "Police found the body in a nearby field.": [],
        "Border guards found the tunnel, sealed it and left.": [],
        "Investigators found them during a search of the apartment.": [],
        "The photographer lost his passport but found it right before the flight.": [],
        "Rescuers found the climber alive on Sunday.": [],
        "The senator found a way through the budget rules.": [],
        # a finding has a clause or a judgement after it, and a document always finds
        "Investigators found that the pilot had ignored the warnings.": [
            ("Investigators", "found")],
        "The inspectors found the reactor was leaking.": [("The inspectors", "found")],
        "Critics found the remarks offensive.": [("Critics", "found")],
        "Many voters found it hard to believe.": [("Many voters", "found")],
        "Researchers found the opposite, a rise in deaths.": [("Researchers", "found")],
        "The survey found a tight race in Ohio.": [("The survey", "found")],
    })
