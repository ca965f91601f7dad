"""Extractor: what the earlier sentences of a document decide, from a twenty-third held-out
probe: each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import sources

from extract.registry import Registry


def test_he_and_she_pass_over_a_name_of_the_other_gender(reg: Registry) -> None:
    """A name's own "he", "his", "she" or "her own" after it, or "Mr."/"Mrs." before it,
    says which pronoun it can be: the nearest name that fits, not the nearest name."""
    context = ["Defense Secretary Lloyd Austin met his Korean counterpart on Wednesday.",
               "Deputy Secretary Kathleen Hicks later briefed lawmakers on her own talks."]
    text = "He said the United States would keep sharing intelligence with Seoul."
    assert sources(text, reg, context=context) == [("He", "Lloyd Austin", "said")]
    text = "She said the talks had gone well."
    assert sources(text, reg, context=context) == [
        ("She", "Deputy Secretary Kathleen Hicks", "said")]
    context = ["Mrs. Ortega met Mr. Lindqvist in Oslo on Monday."]
    assert sources("He said the deal was close.", reg, context=context) == [
        ("He", "Mr. Lindqvist", "said")]
    # With no sign of either, the nearest name stays the antecedent.
    context = ["Alex Morgan met the board on Monday."]
    assert sources("She said the deal was close.", reg, context=context) == [
        ("She", "Alex Morgan", "said")]


def test_acronyms_spelt_like_function_words(reg: Registry) -> None:
    """"The WHO said", "IS fighters said", "US officials said": a body or a country in
    capitals, never "who", "is" or "us" (so no relative pronoun with "The" for its entity)."""
    context = ["The World Health Organization (WHO) declared an emergency in August."]
    assert sources("The WHO said 15,000 cases had been reported.", reg, context=context) == [
        ("The WHO", "World Health Organization", "said")]
    assert sources("IS fighters said the town had fallen.", reg) == [
        ("IS fighters", "IS fighters", "said")]
    assert sources("Who said the town had fallen?", reg) == []


def test_a_description_names_the_one_body_the_document_named(reg: Registry) -> None:
    """"The court" after "The Supreme Court of Pennsylvania", "the newspaper" after "The
    Seattle Times": a body the registry does not know, named in the document with the
    description's own word; not when another use of the word ("a lower court") or a second
    such name leaves it open."""
    one = ["The Supreme Court of Pennsylvania heard the challenge in December."]
    text = "The court said the ballots had been properly rejected."
    assert sources(text, reg, context=one) == [
        ("The court", "Supreme Court of Pennsylvania", "said")]
    times = ["The Seattle Times obtained the inspection records."]
    assert sources("The newspaper reported that the bridge was unsafe.", reg,
                   context=times) == [("The newspaper", "Seattle Times", "reported")]
    open_ = ["A lower court and the Supreme Court of Pennsylvania heard it."]
    assert sources(text, reg, context=open_) == [("The court", "The court", "said")]
    two = ["The Supreme Court of Ohio and the Court of Appeals heard it."]
    assert sources(text, reg, context=two) == [("The court", "The court", "said")]


def test_they_are_the_people_the_document_named(reg: Registry) -> None:
    """"They" after "a group of South Korean lawmakers" are the lawmakers (not "South
    Korean"), after "Researchers at the University of Michigan" the researchers there (not
    cut at "of"); "he" after "South Korean President Yoon Suk Yeol" is Yoon, a person whose
    title opens with a place."""
    context = ["Zelenskyy met a group of South Korean lawmakers in Kyiv on Thursday."]
    assert sources("They said Seoul should send air defences.", reg, context=context) == [
        ("They", "South Korean lawmakers", "said")]
    context = ["Researchers at the University of Michigan conducted a survey on sleep."]
    assert sources("They reported that teenagers slept less.", reg, context=context) == [
        ("They", "Researchers at the University of Michigan", "reported")]
    context = ["South Korean President Yoon Suk Yeol convened a meeting at his office."]
    assert sources("He said Seoul would not stand idly by.", reg, context=context) == [
        ("He", "Yoon Suk Yeol", "said")]


def test_a_title_given_after_the_name(reg: Registry) -> None:
    """"Park Sun-won, an opposition lawmaker, …" then "the lawmaker said": the title given
    in an appositive names its holder, as "Sen. Tom Cotton" does for "the senator"; a
    place before the comma ("in Chelsea, the mayor said") or two holders leave it open."""
    one = ["Park Sun-won, an opposition lawmaker, briefed reporters on the casualties."]
    text = "The lawmaker said 300 soldiers had been killed."
    assert sources(text, reg, context=one) == [("The lawmaker", "Park Sun-won", "said")]
    spokesman = ["Dmytro Lykhovii, a spokesman for Ukraine's armed forces, gave details."]
    assert sources("The spokesman said the unit had withdrawn.", reg, context=spokesman) == [
        ("The spokesman", "Dmytro Lykhovii", "said")]
    two = ["Park Sun-won, an opposition lawmaker, met Lee Seong-kweun, a ruling party "
           "lawmaker, on Monday."]
    assert sources(text, reg, context=two) == [("The lawmaker", "The lawmaker", "said")]
    place = ["At a news conference in Chelsea, the mayor spoke for an hour without notes."]
    assert sources("The mayor said the city was safe.", reg, context=place) == [
        ("The mayor", "The mayor", "said")]


def test_a_former_official_speaks_for_himself(reg: Registry) -> None:
    """"He" after "former CIA Director John Brennan" is Brennan, no longer the CIA; a
    serving director still stands for the agency."""
    former = ["The speech drew sharp criticism from former CIA Director John Brennan."]
    assert sources("He said Trump should be ashamed.", reg, context=former) == [
        ("He", "former CIA Director John Brennan", "said")]
    # The name's own pronoun right after it is read from where the name ends.
    woman = ["In 2019, former CIA Director Jane Brennan, she wrote, warned them."]
    assert sources("He said Trump should be ashamed.", reg, context=woman) == [
        ("He", "He", "said")]
    serving = ["CIA Director John Brennan spoke to reporters."]
    assert sources("He said the talks had gone well.", reg,
                   context=serving) == [("He", "CIA", "said")]
