"""Extractor: documents whose pronouns, descriptions and dates earlier sentences decide, from
a twenty-ninth held-out probe; each fixed as a general rule and tested with sentences of our
own."""

from __future__ import annotations

from extract_helpers import check_cases, date_of, sources

from extract.registry import Registry


def test_a_pronoun_chain_reaches_the_name_before_it(reg: Registry) -> None:
    """"Zelenskyy said … . Speaking in Kyiv, he said … Ukrainians … . He also said": the
    middle "he" is Zelenskyy too, so the last one is; the plural "Ukrainians" named after
    that "he" is nobody's antecedent."""
    context = [
        "Ukrainian President Volodymyr Zelenskyy said on Thursday that Kyiv was ready to "
        "return two captured soldiers.",
        "Speaking at a news conference, he said any exchange must include Ukrainians held in "
        "Russian prisons.",
    ]
    assert sources("He also said the talks were stalled.", reg, context=context) == [
        ("He", "Zelenskyy", "said")]
    # The same holds for an outlet's "she" two sentences on, with nobody named between.
    context = [
        "Mayor Linda Okafor said the bridge would reopen in March.",
        "At a briefing on Friday, she said the repairs had cost more than planned.",
    ]
    assert sources("She said the city would ask the state for help.", reg,
                   context=context) == [("She", "Mayor Linda Okafor", "said")]


def test_a_possessive_pronoun_is_no_antecedent(reg: Registry) -> None:
    """"The ISW said in its latest assessment …" gives an attribution whose source is "its";
    the next sentence's "It" is the institute, not the word "its"."""
    context = ["The Institute for the Study of War said in its latest assessment that the "
               "troops were being used in frontal assaults."]
    assert sources("It estimated that the troops were losing 90 soldiers a day.", reg,
                   context=context) == [("It", "ISW", "estimated")]


def test_a_pronoun_names_the_person_without_the_appositive(reg: Registry) -> None:
    """"Dr. Amara Osei, the county's health officer, said …. She told …": she is Dr. Amara
    Osei; the appositive was said of her, it is not her name."""
    context = ["Dr. Amara Osei, the county's health officer, said three cases were confirmed."]
    assert sources("She told reporters the clinics would stay open.", reg,
                   context=context) == [("She", "Dr. Amara Osei", "told")]
    context = ["The minister of the economy, Ildefonso Guajardo, said the talks had gone well."]
    assert sources('"We must not overreact," he told reporters.', reg,
                   context=context) == [("he", "Ildefonso Guajardo", "told")]


def test_an_event_that_threatens_states_nothing(reg: Registry) -> None:
    """"the deployment threatened security", "the drills threatened peace": an event
    endangers, nobody threatens; a body or a person threatening still speaks, and so do
    "several" people."""
    check_cases(reg, {
        "Sybiha wrote on X that the deployment threatened security in Europe.":
            [("Sybiha", "wrote")],
        "Kim Song said the drills threatened peace on the peninsula.": [("Kim Song", "said")],
        "The Kremlin threatened retaliation.": [("The Kremlin", "threatened")],
        "In interviews, several threatened to disrupt the convention.":
            [("several", "threatened")],
    })


def test_overnight_and_a_days_update_date_the_statement() -> None:
    """"claimed overnight that" dates the claim to the night before the paper (its date);
    "the overnight strike" and "in overnight messages" describe something else. "In Monday's
    update, the institute said" was said in Monday's update."""
    assert date_of("The ministry claimed overnight that 40 drones were downed.",
                   "The ministry") == "2025-01-18"
    assert date_of("The council issued a statement calling the overnight strike a crime.",
                   "The council") is None
    assert date_of("In Monday's update, the institute said the front had moved.",
                   "the institute") == "2025-01-13"


def test_a_description_with_a_countrys_adjective(reg: Registry) -> None:
    """"The South Korean agency … the Ukrainian agency": a description may carry a
    capitalised country adjective; it names the one body of that country the document named
    before."""
    context = [
        "South Korea's intelligence service said North Korea had sent more troops.",
        "Ukraine's military intelligence agency said the troops were seen near Sudzha.",
    ]
    assert sources("The South Korean agency said 1,500 had come, while the Ukrainian agency "
                   "said 3,000 had.", reg, context=context) == [
        ("The South Korean agency", "NIS", "said"), ("the Ukrainian agency", "GUR", "said")]
    context = ["Russia's Defense Ministry said its forces had taken the village."]
    assert sources("The Russian ministry said its troops were advancing.", reg,
                   context=context) == [
        ("The Russian ministry", "Russian Defense Ministry", "said")]



def test_the_noun_that_introduced_a_name_describes_it(reg: Registry) -> None:
    """"Independent Russian outlet Mediazona said … . The outlet said": the noun used right
    before the name introduced it, so it is no other outlet that would make "the outlet"
    ambiguous."""
    context = ["Independent Russian outlet Mediazona said it had identified 90,000 soldiers "
               "killed."]
    assert sources("The outlet said the true toll was higher.", reg, context=context) == [
        ("The outlet", "Mediazona", "said")]
    context = ["A regional outlet said it had counted 900 more.",
               "Independent Russian outlet Mediazona said it had identified 90,000."]
    assert sources("The outlet said the true toll was higher.", reg, context=context) == [
        ("The outlet", "The outlet", "said")]


def test_the_court_and_the_joint_chiefs_named_before(reg: Registry) -> None:
    """"The Supreme Court on Friday upheld …. The court said": the day after the name is no
    part of it; and "the Joint Chiefs" is the registry's South Korean Joint Chiefs of Staff,
    shortened as news shortens it."""
    context = ["The Supreme Court on Friday upheld a federal law that could ban TikTok."]
    assert sources("The court said the law was valid.", reg, context=context) == [
        ("The court", "Supreme Court", "said")]
    assert sources("The Joint Chiefs said a missile was fired.", reg) == [
        ("The Joint Chiefs", "South Korean military", "said")]
