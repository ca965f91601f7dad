"""Pronoun sources: keep "he" as the source words, but name who "he" is.

A reviewer accepts "he → Zelenskyy" at a glance; "he → he" needs an edit. The antecedent is
looked for where news puts it: an earlier source of the same sentence, then the sources and
sentence subjects of the preceding sentences, nearest first. "he"/"she" want a person,
"it" an organisation, "they" either (an organisation or a plural group); registry kinds decide
when the entity is known, the shape of the name when not. "who" is the name just before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.aliases import document_alias, names_in, whole_word
from extract.cues import (
    BOUNDARY,
    CUES,
    DATE_WORDS,
    DETERMINERS,
    DOC_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    SPEAKER_HEADS,
    TITLES,
)
from extract.documents import PLATFORMS
from extract.first_names import FIRST_NAMES
from extract.model import Attribution
from extract.phrases import (
    ADVERBIAL_OPENERS,
    NAME_IMPERATIVES,
    NAME_PARTICLES,
    QUANTIFIERS,
    SUBORDINATORS,
    left_np,
    past_form,
)
from extract.places import DEMONYMS, PLACES
from extract.registry import Registry
from extract.tokens import tokenize

_PERSON_KINDS = frozenset({"person"})
ORG_HEADS = frozenset(
    """ministry service council agency department party committee institute army military
    office commission bank company inc corp group post times news government administration
    pentagon kremlin court police forces force navy command staff university center centre
    foundation network campaign association union organization organisation board bureau
    agency intelligence regime cabinet parliament congress senate house white embassy
    coalition alliance nato un fund reuters ap yonhap cnn bbc nis isw cia fbi journal herald
    tribune gazette telegraph reserve fed authority authorities tribunal secretariat district
    hospital clinic airline airlines railway club team league federation corporation co ltd
    llc plc holdings exchange tank newspaper paper outlet site website watch international
    monitor project initiative society institution observatory headquarters corps brigade
    battalion regiment division directorate rada duma knesset bundestag sejm railways customs
    airways""".split()
)
# Last words of the names of streets and other places, which no pronoun stands for: "Residents
# knelt along Svobody Avenue …. He later wrote" is not the avenue.
_PLACE_HEADS = frozenset("""avenue street square road boulevard prospekt lane highway bridge
    embankment cemetery church cathedral monastery station airport""".split())
# Last words of news outlets' names, which end no person's name: after "Ukrainska Pravda
# reported …", "He said …" is not Ukrainska Pravda, nor "The Associated Press" a "he". An
# outlet is an "it", but not a "they": "The Associated Press interviewed 20 crew members.
# They described …" are the crew members, whom the resolver may miss.
_OUTLET_HEADS = frozenset("""pravda independent express chronicle inquirer examiner dispatch
    bulletin izvestia kommersant interfax tass daily weekly media press radio television
    broadcasting magazine gazeta""".split())
_PLURAL_OK = re.compile(r"s$")
# A run of capitalised words, up to six: a title of up to four words goes before a full name
# ("Federal Reserve Chair Jerome Powell", "Former House Speaker Nancy Pelosi"); cut at four,
# the run lost the surname and "he" became "Federal Reserve Chair Jerome".
_NAME_RUN = re.compile(
    # (it opens with a capital: the look-ahead lets the engine pass every other place at once)
    r"(?=[A-Z])\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Rep|Gov)\.\s+)?[A-Z][\w'\u2019-]+"
    # a surname's particle between capitalised words: "Luca de Meo", "Ursula von der Leyen";
    # a title and a three-part name: "North Korean Foreign Minister Choe Son Hui"
    r"(?:\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+){0,2}"
    r"(?:(?:Sen|Gen|Rep|Gov|Lt|Col|Sgt|Capt|Adm)\.\s+)?"  # "Massachusetts Sen. Elizabeth …"
    r"[A-Z][\w'\u2019-]+){0,6}"
)
# A name running on into a longer one ("The Times of Israel") or a town's state ("Austin,
# Texas").
_OF_NAME = re.compile(
    r"(?:\s+of\s+(?:the\s+)?|,\s+)[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}")
# A body's name after its capitalised head noun: "Office | for National Statistics".
_BODY_OF = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\.[\w'\u2019-]+)*"
                      r"(?:\s+[A-Z][\w'\u2019-]*(?:\.[\w'\u2019-]+)*){0,2}"
                      r"(?:\s+and\s+[A-Z][\w'\u2019-]+)?(?![\w'\u2019-]|\s+and\s+[A-Z])")
# Function words and adverbs are capitalised only because they open a sentence: "Just shy of
# half, 49%, say …", "Only one aide stayed.", "Even so, …" name nobody. The extractor's own
# word lists say which they are; "Will" and "May" are first names too, and stay.
_COMMON_OPENERS = (BOUNDARY | DETERMINERS | PREPOSITIONS | PRONOUNS | QUANTIFIERS
                   | SUBORDINATORS | ADVERBIAL_OPENERS | frozenset(
                       """sometimes nonetheless nevertheless perhaps maybe otherwise likewise
                       anyway besides""".split())) - frozenset({"will", "may", "can"})
_NOT_NAMES = frozenset(
    """The A An He She It They We I But And In On At When While If As After Before This That
    His Her Its Their However Meanwhile Still Now Then Also According Last Earlier Some Many
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
) | frozenset(w.capitalize() for w in _COMMON_OPENERS)


# Openers of a noun phrase whose head may be any person: "The documentarian", "His ex-wife".
_NOUN_OPENERS = frozenset("the a an this that his her their its our my your".split())
_PHRASE_OPENERS = frozenset(w.capitalize() for w in _COMMON_OPENERS - _NOUN_OPENERS)


def _common_phrase(source: str) -> bool:
    """A phrase of several words whose only capital is that of an adverb or quantifier
    opening the sentence: "Just shy of half, 49%", "Most voters", "Only one aide". Lowercase
    in substance, so a "he" fits it only by a person noun, as for "state media". A phrase
    opened by an article or possessive keeps its reading ("The documentarian", "His
    ex-wife"): its head may be any person noun, more than _PERSON_HEADS lists."""
    first, _, rest = source.partition(" ")
    return bool(rest) and first in _PHRASE_OPENERS and not any(c.isupper() for c in rest)


def resolve_pronoun(
    att: Attribution,
    text: str,
    earlier: Sequence[Attribution],
    context: Sequence[str],
    registry: Registry | None,
) -> str | None:
    """The entity ``att.source`` (a pronoun) refers to, or None when nothing fits: the name
    alone, without the appositive its own mention carried ("she" is "Dr. Amara Osei", not
    "Dr. Amara Osei, the county's health officer"). Named in this very sentence, it stays
    that source's entity: "X, an adviser, said he believed" repeats X, and is dropped as such."""
    entity = _antecedent(att, text, earlier, context, registry)
    if entity is None or ", " not in entity \
            or registry is not None and registry.kind(entity) is not None \
            or any(c.entity == entity for c in earlier):
        return entity
    name, rest = entity.split(", ", 1)
    if name.split(" ", 1)[0] in ("The", "A", "An") and rest[:1].isupper():
        return rest.split(", ", 1)[0]  # "The minister of the economy, Mr. Guajardo Villarreal"
    return name if name[:1].isupper() or name[:1].isdigit() else entity  # ("38 North, a …")


def _antecedent(
    att: Attribution,
    text: str,
    earlier: Sequence[Attribution],
    context: Sequence[str],
    registry: Registry | None,
) -> str | None:
    pronoun = att.source.lower()
    if pronoun in ("who", "which"):
        return _relative_antecedent(text, att.start, registry)
    if pronoun in ("i", "we", "you"):
        return None
    want = "person" if pronoun in ("he", "she", "him", "her", "his") \
        else "org" if pronoun in ("it", "its") \
        else "group" if pronoun in ("they", "them", "their") else "any"
    gender = _GENDERS.get(pronoun)
    for cand in reversed(earlier):
        if cand.end <= att.start and _fits(cand, want, registry) \
                and _agrees(gender, text, cand.start, cand.end) \
                and _full_name_agrees(gender, cand, [*context, text[:cand.start]], registry) \
                and not (cand.cue.lower() in ("citing", "quoting")
                         and text[cand.end:att.start].strip() == ","):
            # (not "Citing a government source, it said": who cites is not the one cited)
            return cand.entity
    if not context or _SUBORDINATE_BEFORE.search(text, 0, att.start) is not None:
        # (straight to the last resort below: the import and the walks before it are for
        # the sentences before this one.) A pronoun opening a clause of the sentence's own,
        # after its subject acted ("Putin raised the stakes in November, when he said …"),
        # is that subject before anyone named earlier.
        name = _opening_subject(text[:att.start], want, registry)
        if name is not None or not context:
            return name
    from extract.rules import context_sources  # late import: rules imports this module

    # "Many spoke about how much they hoped …": a speaker earlier in the same sentence is the
    # likelier "they" than people interviewed in an earlier one.
    first = want == "group" and not any(c.end <= att.start for c in earlier)
    # A pronoun inside a quotation may well be the one its speaker talked about before
    quoted = _inside_quotation(text[:att.start])
    window = 3
    for back, sentence in enumerate(reversed(context)):
        if back >= window:
            break
        if first:
            people = _interviewed_people(sentence, registry)
            if people is not None:
                return (registry.resolve(people) if registry is not None else None) or people
        sources = context_sources(sentence, registry)
        for cand in reversed(sources):
            if (_fits(cand, want, registry)
                or want == "org" and (_gender_after(sentence, cand.end) == "n"
                                      or _name_then_it(sentence, cand)
                                      or back == 0 and _bare_name(
                                          cand, sentence, context[:len(context) - 1],
                                          registry))) \
                    and _agrees(gender, sentence, cand.start, cand.end) \
                    and (quoted or not _reported_inside(cand, sources, sentence, want, registry)):
                if cand.entity == cand.source and (
                        cand.source[:4].lower() == "the " and cand.source[-1:].islower()
                        or " " not in cand.source and cand.source[:1].isupper()):
                    # "The think tank said …. It also noted …", "Smith said …. He added":
                    # the description or surname names whom the document named before it,
                    # as it did in its own sentence ("John Smith")
                    before = [*context[:len(context) - 1 - back], sentence[:cand.start]]
                    return document_alias(cand.source, before, registry) or cand.entity
                return cand.entity
        same = next((c for c in sources if c.source.lower() == pronoun
                     and c.entity == c.source), None)
        if same is not None:
            # "Zelenskyy said … . Speaking in Kyiv, he said … . He also said": the same
            # pronoun, unresolved in its own sentence, speaks for whoever was named before it
            # there, or else earlier still (and that sentence does not count to the window)
            # (not a name inside the quotation before it: "“… a defeat for Putin,” he
            # told port workers" is no Putin speaking)
            name = _subject_name(_QUOTED.sub(_blank, sentence[:same.start]), want, registry,
                                 document=(*context, text), gender=gender)
            if name is not None:
                return name
            window += 1
            continue
        people = _plural_subject(sentence) if want == "group" else None
        if people is not None:
            return (registry.resolve(people) if registry is not None else None) or people
        name = _subject_name(sentence, want, registry, document=(*context, text),
                             gender=gender)
        if name is not None and " " not in name and name[:1].isupper():
            # "Hans Kluge … said … . Kluge toured a hospital. He told …": the surname names
            # whom the document named in full before (of the pronoun's sex, if it says)
            full = document_alias(name, context[:len(context) - back], registry)
            first = FIRST_NAMES.get(full.split()[0].lower()) if full and " " in full else None
            return full if full and (first is None or gender is None or first == gender) \
                else name
        if name is not None:
            return name
    # "Ukraine's security service has identified the man, it said": with nothing earlier
    # that fits, the subject opening this very sentence. Last, because "North Korea has sent
    # more troops, it said" most often quotes a body named before, not North Korea.
    return _opening_subject(text[:att.start], want, registry)


# A quotation in running text, curly or straight: blanked out (offsets kept) where the names
# it holds are what a speaker talked about, not who spoke.
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# A clause's opening word before its pronoun subject: "…, when he said", "… and it said".
_SUBORDINATE_BEFORE = re.compile(
    r"(?:,\s+(?:and\s+|but\s+)?(?:when|where|after|as|because|since|while|before|until"
    r"|although|though|so)|\s(?:and|but|when|where|after|because|since|while|before|until"
    r"|although|though))\s+$")


def _reported_inside(cand: Attribution, sources: Sequence[Attribution], sentence: str,
                     want: str, registry: Registry | None) -> bool:
    """Whether ``cand`` speaks inside what an earlier source of the same kind reports ("Lee
    told reporters that one soldier had shouted …"): the next sentence's "he" goes on with
    the reporter, Lee, not with the one reported."""
    return any(o.cue_end <= cand.start and _fits(o, want, registry)
               and _NESTING.fullmatch(sentence[o.cue_end:cand.start]) is not None
               for o in sources if o is not cand)


def _inside_quotation(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    marks = [c for c in before if c in '"\u201c\u201d']
    return bool(marks) and (marks[-1] == "\u201c" or marks[-1] == '"' and len(marks) % 2 == 1)


# What lies between a cue and a source it reports: a few words and "that".
_NESTING = re.compile(r"[^;.,\"\u201c\u201d]{0,60}?\bthat\s+")


# "Reuters interviewed three Ukrainian soldiers near Bakhmut. They said …": a plural object
# of a verb of asking or meeting, up to where its phrase ends.
_INTERVIEWED = re.compile(
    r"\b(interviewed|surveyed|polled|questioned|(?:spoke|talked|met)\s+(?:to|with))\s+"
    r"((?:[\w'\u2019-]+\s+){0,4}?[\w-]+s)(?=\s*(?:[,.;:]|$)|\s+(?:near|in|at|on|from|who|"
    r"about|after|before|during|outside|inside|across|last|this)\b)"
)
_NOT_PEOPLE = frozenset({"this", "these", "its", "his", "us", "hours", "days", "weeks",
                         "months", "years", "minutes", "times"})
# Whom one speaks to as an audience, not as witnesses: "The senator spoke to reporters.
# They …" are not the reporters.
_AUDIENCE = frozenset("""reporters journalists supporters crowds audiences donors students
    delegates members voters""".split())
_OWN = frozenset({"their", "his", "her", "its", "our", "my"})


def _interviewed_people(sentence: str, registry: Registry | None = None) -> str | None:
    """The people an earlier sentence says were interviewed or spoken to: "they" who speak
    next are those people, not the interviewer ("Reuters interviewed three soldiers. They
    said …"). Not the subject's own people ("officials spoke with their consulates": the
    officials speak on), nor an audience after "spoke to". Read only when a "they" is being
    resolved, so no cost elsewhere."""
    if "interview" not in sentence and "spoke" not in sentence and "talked" not in sentence \
            and "surveyed" not in sentence and "polled" not in sentence \
            and "questioned" not in sentence and "met with" not in sentence:
        return None
    m = _INTERVIEWED.search(sentence)
    if m is None:
        return None
    phrase = m.group(2)
    words = phrase.lower().split()
    last = words[-1]
    if last in _NOT_PEOPLE or last.endswith(("'s", "\u2019s", "ss", "us")) \
            or words[0] in _OWN or " " in m.group(1) and last in _AUDIENCE:
        return None
    if phrase[:1].isupper() and registry is not None:
        # "Two officials spoke to Reuters …": a registered body or outlet ending in "s" is
        # whom they spoke to, not people who speak next; "Ukrainians" stays.
        entity = registry.resolve(phrase)
        if entity is not None and registry.kind(entity) not in (None, "unknown", "person"):
            return None
    return phrase


_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# What a name's own pronoun after it says ("her" alone may be someone else, the object).
_GENDERED = {"he": "m", "his": "m", "himself": "m", "she": "f", "hers": "f", "herself": "f",
             "its": "n", "itself": "n"}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$")
# Nouns that say whether one is a man or a woman: group 1 when a woman.
_GENDERED_NOUN = re.compile(
    r"\b(?:(spokeswoman|chairwoman|congresswoman|businesswoman|woman|mother|wife|daughter"
    r"|sister|widow|actress|queen|princess|grandmother)|spokesman|chairman|congressman"
    r"|businessman|man|father|husband|son|brother|widower|actor|king|prince|grandfather)\b",
    re.IGNORECASE)
# The same noun set off before a name ("Her younger brother, Kang Chol, was …"); a title
# without the comma says less ("Trump spokesman Hope Hicks").
_GENDERED_APPOSITIVE = re.compile(_GENDERED_NOUN.pattern + r",\s+$", re.IGNORECASE)
_HONORIFIC_IN = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s")
_AFTER_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _agrees(gender: str | None, sentence: str, start: int, end: int) -> bool:
    """Whether a name mentioned at ``[start, end)`` can be a "he" (``gender`` "m") or a
    "she" ("f"): its honorific ("Mrs. Clinton"), a first name that says ("Maria Zakharova"
    is no "he"), or the first "his"/"her" after it, before another name comes ("Kathleen
    Hicks briefed lawmakers on her own talks" is no "he")."""
    if gender is None:
        return True
    title = _HONORIFIC.search(sentence, max(0, start - 6), start) \
        or _HONORIFIC_IN.match(sentence, start, end)
    if title is not None:
        return (title.group(1) == "Mr") == (gender == "m")
    kin = _GENDERED_APPOSITIVE.search(sentence, max(0, start - 30), start)
    if kin is not None:
        return (kin.group(1) is not None) == (gender == "f")  # "Her brother, Kang Chol,"
    first = next((FIRST_NAMES[w.lower()] for w in _AFTER_WORD.findall(sentence, start, end)
                  if w[:1].isupper() and w.lower() in FIRST_NAMES), None)
    if first is not None:
        return first == gender
    noun = _GENDERED_NOUN.search(sentence, start, end)
    if noun is not None and not any(w[:1].isupper() for w in
                                    _AFTER_WORD.findall(sentence, noun.end(), end)):
        # "an ICE spokeswoman" is no "he" (but a title before a name says less: "Trump
        # spokesman Hope Hicks")
        return (noun.group(1) is not None) == (gender == "f")
    said = _gender_after(sentence, end)
    return said is None or said == gender


def _full_name_agrees(gender: str | None, cand: Attribution, before: Sequence[str],
                      registry: Registry | None) -> bool:
    """"In response to Sanders' charge that …, she said": a surname alone tells no "he" from
    a "she"; the full name the document gave before does ("Bernie Sanders")."""
    if gender is None or " " in cand.source or not cand.source[:1].isupper():
        return True
    full = document_alias(cand.source, before, registry) or cand.entity
    first = FIRST_NAMES.get(full.split()[0].lower()) if " " in full else None
    return first is None or first == gender


# What only a paper does: "Rodong Sinmun ran an editorial", "Izvestia carried a report".
# (A person publishes an article too, so "published" says nothing.)
_RAN_PIECE = re.compile(
    r"\s+(?:(?:on|last)\s+\w+\s+)?(?:ran|runs|carried|carries|printed|prints)\s+"
    r"(?:an?|the|its|another)\s+(?:[\w-]+\s+){0,3}?(?:editorial|commentary|article|story"
    r"|piece|column|op-ed|report|interview|feature|cartoon|headline|obituary|retraction)s?\b")


def _gender_after(sentence: str, end: int) -> str | None:
    """What the first "his", "her own" or "its" after a name says it is ("m", "f", or "n" for
    a body: "Boeing released its results", read only close by), before another name comes;
    a name that ran an editorial is a paper ("n") whatever its shape."""
    if _RAN_PIECE.match(sentence, end) is not None:
        return "n"
    for m in _AFTER_WORD.finditer(sentence, end, end + 160):
        word = m.group()
        if word[:1].isupper() and word.lower() not in DATE_WORDS:
            return None  # another name (not "on Tuesday"): what follows may be about it
        said = _GENDERED.get(word) or ("f" if word == "her" and sentence.startswith(
            " own", m.end()) else None)
        if said == "n" and m.start() - end > 30:
            continue  # "its" far on is as likely some other thing's
        if said is not None:
            return said
    return None


def _name_then_it(sentence: str, cand: Attribution) -> bool:
    """"Bellingcat said on Monday that it had identified …": a name, all capitalised, whose
    own statement goes on with "it" is a body that a later "it" can mean (where "People
    briefed on the move said that it …" is about something else)."""
    words = cand.source.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and cand.source.lower() not in _ANTECEDENT_PRONOUNS \
        and _SAID_IT.match(sentence, cand.cue_end) is not None


_SAID_IT = re.compile(r"\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?!is\b|was\b|(?:would|will)\s+be\b)")


# Papers and texts that an "it says" may be: the documents, and laws, plans and pacts.
_SAYING_THINGS = DOC_NOUNS | frozenset("""memorandum law bill order directive decree
    resolution verdict treaty agreement plan proposal regulation budget platform""".split())


def _bare_name(cand: Attribution, sentence: str, before: Sequence[str],
               registry: Registry | None) -> bool:
    """"Ukrzaliznytsia said trains were delayed. It said …": one capitalised word that names
    no person the document or the registry knows (no first name, no surname of someone named
    in full before) may be the body an "it" in the very next sentence means, unless that
    sentence names a paper the "it" is likelier to be ("Bujnowski wrote in the affidavit.
    It continued: …")."""
    word = cand.source
    if " " in word or not word.isalpha() or not word[:1].isupper() or word.isupper() \
            or word.lower() in FIRST_NAMES or word.lower() in _ANTECEDENT_PRONOUNS \
            or word.lower() in SPEAKER_HEADS or word.lower() in _PLURAL_COMMON \
            or word.lower() == "people" or _lower_elsewhere(word, before) \
            or not _SAYING_THINGS.isdisjoint(_AFTER_WORD.findall(sentence.lower())):
        return False
    if registry is not None and (registry.kind(cand.entity) == "person"
                                 or word.lower() in _person_surnames(registry)):
        return False
    return document_alias(word, before, registry) is None


def _accepts(want: str, kind: str) -> bool:
    """"they" wants a body or a group, never one person or one document; "he" a person;
    "it" a body or a document."""
    if want == "any" or kind == "any":
        return True
    if want == "group":
        return kind in ("org", "people")
    return kind == want or kind in ("outlet", "document") and want == "org"


_PLACE_WORDS = frozenset("""north south east west united new white central great saudi
    eastern western northern southern""".split())
_PLURAL_COMMON = frozenset("""reporters officials journalists lawmakers analysts experts
    sources residents soldiers troops diplomats critics observers witnesses researchers
    authorities leaders protesters voters prosecutors investigators""".split())
# Heads of a lowercase phrase that can be "he" or "she": "the spokesman", "a commander".
_PERSON_HEADS = frozenset("""spokesman spokeswoman spokesperson official commander minister
    president leader chief director general officer soldier man woman lawmaker senator
    diplomat ambassador envoy adviser advisor aide analyst expert researcher doctor nurse
    resident witness mayor governor secretary prosecutor lawyer attorney chairman""".split())


# "Two U.S. officials spoke to Reuters …", "Senior Western diplomats met …": a plural people
# noun opening the sentence, after at most four numbers, quantifiers, names or adjectives of
# rank, and before its lowercase verb.
_PLURAL_SUBJECT = re.compile(
    r"(?:(?:[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|\d+|"
    r"[Ss]enior|[Tt]op|[Ff]ormer|[Ll]ocal|[Ff]oreign|[Mm]ilitary|[Gg]overnment|[Ii]ntelligence|"
    r"[Ss]ecurity|[Aa]dministration|[A-Z][\w.'\u2019-]*)\s+){0,4}"
    r"(?i:" + "|".join(sorted(_PLURAL_COMMON)) + r")(?=\s+[a-z])"
)


# "Two Ukrainian paratroopers who took part …": a count opening the sentence, then any
# plural noun, are people counted, whatever their noun.
_COUNTED_SUBJECT = re.compile(
    r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|\d+)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"[a-z]+[^s\W]s(?=\s+(?:who|were|had|have|are|said|told)\b)"
)


def _plural_subject(sentence: str) -> str | None:
    """The plural people opening an earlier sentence, when its verb is no cue: "Two U.S.
    officials spoke to Reuters on condition of anonymity. They said …" are the officials, not
    Reuters, whom they spoke to (the first name that _subject_name would find). Read only
    for a "they", and only at the sentence's start."""
    m = _PLURAL_SUBJECT.match(sentence) or _COUNTED_SUBJECT.match(sentence)
    if m is None:
        return None
    first = m.group().split()[0]
    if first in _NOT_NAMES and first.lower() not in QUANTIFIERS and first != "The":
        return None  # "When officials arrived …", "After troops left …": no subject
    after = sentence[m.end():].split(None, 2)
    if after[0] in PREPOSITIONS and not (len(after) > 1
                                         and after[1].strip(",.").lower() in DATE_WORDS):
        # "Analysts at the Institute for the Study of War …": ISW, for _group_at (but
        # "Prosecutors on Friday indicted …": a date between them and their verb)
        return None
    return m.group()


# Pronoun sources, possessives too ("in its latest assessment"): their entity is only as good
# as their own resolution.
_ANTECEDENT_PRONOUNS = frozenset("he she it they i we you who which its his her their".split())


def _fits(cand: Attribution, want: str, registry: Registry | None) -> bool:
    low = cand.source.lower()
    if want == "person" and (cand.source.islower() or _common_phrase(cand.source)) \
            and low.split()[-1] not in _PERSON_HEADS and not low.startswith("one of "):
        return False  # "state media said …" is no "he" (but "one of the men" is one)
    if want == "group" and low.split()[-1] in _PERSON_HEADS:
        return False  # "the president said …" is no "they"
    if low in _ANTECEDENT_PRONOUNS:
        # A resolved pronoun carries its entity; an unresolved one carries nothing useful.
        if cand.entity == cand.source:
            return False
        low_kind = "person" if low in ("he", "she", "his", "her") \
            else "org" if low in ("it", "its") else "any"
        return _accepts(want, low_kind)
    return _accepts(want, _shape_kind(cand.entity, cand.source, registry))


# Titles that name a person after them: "North Korean Foreign Minister Choe Son Hui".
_HUMAN_TITLES = frozenset({"minister", "president", "spokesman", "spokeswoman", "ambassador",
                           "governor", "senator", "general", "secretary", "premier", "mayor"})


def _shape_kind(entity: str, words: str, registry: Registry | None) -> str:
    """A person's name is a person even when the registry files them under their body
    ("Kremlin spokesman Dmitry Peskov" → Kremlin, still "he"); a place is not ("North
    Korea"), nor a plural common noun that opens a sentence ("Reporters pressed …")."""
    tokens = words.replace("\u2019", "'").split()
    if len(tokens) > 1 and tokens[-1].lower().strip(".,") in _PLACE_HEADS \
            and tokens[-1][:1].isupper():
        return "place"  # "Svobody Avenue", "Lviv's Garrison Church": neither "he" nor "it"
    if len(tokens) > 1 and tokens[0].lower() == "the" and tokens[1][:1].isupper():
        tokens = tokens[1:]  # "the United States" is a place as "United States" is
    if len(tokens) == 1 and tokens[0].lower().endswith("s") \
            and tokens[0].lower()[:-1] in DEMONYMS:
        return "people"  # "… they were Russians," he said: a "they", never the "he"
    if "and" in tokens[1:-1] and all(t[:1].isupper() for t in tokens if t != "and") \
            and registry is not None and registry.resolve(words) is None:
        return "people"  # "Mr. Grassley and Mr. Leahy", "Trump and Clinton": a "they"
    if tokens and tokens[0][:1].isupper() and not tokens[0].isupper() \
            and tokens[0].lower() in _PLURAL_COMMON \
            and (len(tokens) == 1 or tokens[1].lower() in ("at", "in", "from", "with", "of")):
        return "org"  # "Reporters", "Analysts at 38 North": people, but never "he"
    if len(tokens) > 2 and tokens[0][:1].isupper() and tokens[0].lower().endswith("s") \
            and not tokens[0].lower().endswith(("ss", "us", "'s")) \
            and tokens[1].lower() in ("at", "in", "from", "with", "of"):
        return "people"  # "Astronomers at the European Southern Observatory": a "they"
    if tokens and tokens[0].lower() in _PLACE_WORDS and not (
            registry is not None and registry.kind(entity) == "person") and not (
            any(t.lower() in _HUMAN_TITLES for t in tokens[1:-2])):
        return "org"  # "North Korea", "the United States"; not "South Korean President Yoon"
    if len(tokens) > 1 and tokens[0].lower() in NAME_IMPERATIVES and tokens[1][:1].isupper():
        return "org"  # "Save Ukraine", "Stop the War": a campaign named by what it asks
    if len(tokens) > 1 and tokens[-1].lower().strip(".,'") in PLACES \
            and tokens[0].lower() not in FIRST_NAMES and all(t[:1].isupper() for t in tokens):
        return "org"  # "Gallup Korea", "Amnesty International Ukraine": a body's branch
    if len(tokens) > 1 and tokens[-1].lower().strip(".,'") in _OUTLET_HEADS:
        return "outlet"  # "Ukrainska Pravda", "The Associated Press", "Social media"
    if registry is not None and len(tokens) > 1 \
            and entity == " ".join(tokens[1:] if tokens[0].lower() == "the" else tokens) \
            and registry.kind(entity) not in (None, "unknown", "person"):
        return "org"  # a registered body named as itself: "(The) Novaya Svoboda"
    name = tokens[:next((k + 1 for k, t in enumerate(tokens) if t.endswith(",")), len(tokens))]
    at = next((k for k in range(1, min(4, len(name) - 1)) if name[k] in ("of", "for")), None)
    if at is not None and all(t[:1].isupper() for t in name[:at]) \
            and name[-1][:1].isupper() and name[at - 1].lower().rstrip("s") in ORG_HEADS:
        # "The Bureau of Meteorology", "Office of Budget Responsibility", "Centers for Disease
        # Control": a body (not "Secretary of State Antony Blinken", "Michael Brown of
        # Washington", "a reporter for Agence France-Presse", nor a person whose appositive
        # names one: "Gary Orfield, professor at the University of California")
        return "org"
    if _named_body(tokens):
        return "org"
    described = tokens[len(name):]
    if described and described[0].lower() in ("a", "an", "the"):
        head = next((k for k in range(1, len(described)) if described[k] in _PLACE_LINKS
                     or described[k] in _CLAUSE_OPENERS or described[k - 1].endswith(",")),
                    len(described))
        if described[head - 1].lower().strip(".,") in _DESCRIBED_BODIES:
            # "Recorded Future, a Massachusetts-based threat intelligence company": a body,
            # however its name reads (not "Gary Orfield, a professor at the University")
            return "org"
    for part in (tokens, name):  # (the name before an appositive: "Lee Seong-kweun, a …")
        if _PERSON_NAME.search(" ".join(part).rstrip(",")) and not words.isupper() \
                and part[-1].lower().strip(".,'") not in ORG_HEADS:
            return "person"
    if registry is not None and " " not in words.strip() \
            and words.strip().lower() in _person_surnames(registry):
        return "person"  # "Budanov", filed under GUR, is still "he"
    return _kind_of(entity, words, registry)


# Common nouns that name a body when a name follows them: "state newspaper Rodong Sinmun",
# "the rights group Memorial", "the think tank ISW", "the state bank, Rosselkhozbank". (Not
# "army" or "staff", which a rank or title follows: "army Gen. Valery Gerasimov", "chief of
# staff John Kelly"; a title in the name keeps it a person: "central bank Governor …".)
_BODY_NOUNS = frozenset("""newspaper paper daily weekly tabloid magazine agency group tank
    outlet site website portal channel broadcaster network company firm startup consultancy
    organisation organization watchdog charity nonprofit monitor lab laboratory bank
    lender maker manufacturer""".split())


def _noun_before(sentence: str, start: int, end: int) -> list[str]:
    """The word before a name at ``[start, end)``, with its comma when the name is set off
    by commas on both sides ("the state bank, Rosselkhozbank, was"), else none ("On his
    campaign website, Lopez-Cantera promises": the comma closes an opening phrase)."""
    before = sentence[max(0, start - 30):start].split()[-1:]
    if before and before[0].endswith(",") and not sentence.startswith(",", end):
        return []
    return before


def _named_body(tokens: Sequence[str]) -> bool:
    """Whether the capitalised run ending ``tokens`` follows a body's common noun and so is
    that body's name, not a person's: it holds no title and no first name ("the company CEO
    Elon Musk", "the group Chairman Oleg Orlov" stay people)."""
    at = len(tokens)
    while at > 0 and tokens[at - 1][:1].isupper():
        at -= 1
    if at == 0 or at == len(tokens) or tokens[at - 1].rstrip(",") not in _BODY_NOUNS:
        return False  # (also set off: "Russia's state agricultural bank, Rosselkhozbank,")
    return not any(w in TITLES or w in FIRST_NAMES or w in SPEAKER_HEADS or w in ("ceo", "cto")
                   for w in (t.lower().rstrip(".,") for t in tokens[at:]))


_BODY_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(_BODY_NOUNS)) + r")\b")


def _body_in(word: str, document: Sequence[str]) -> bool:
    """Whether the document named ``word`` as a body's name before its common noun: "the
    Vyriy drone company" makes "Vyriy makes 10,000 drones a month" no "he"."""
    return any(_BODY_AFTER.match(sentence, m.end()) for sentence in document
               if word in sentence for m in whole_word(word).finditer(sentence))


_SURNAMES: dict[int, tuple[Registry, int, frozenset[str]]] = {}


def _person_surnames(registry: Registry) -> frozenset[str]:
    """Last words of the registry's aliases that are people's names, whatever entity they
    are filed under; rebuilt when the registry changes."""
    cached = _SURNAMES.get(id(registry))
    if cached is not None and cached[0] is registry and cached[1] == registry.version:
        return cached[2]
    names = frozenset(
        alias.split()[-1].lower() for source in registry for alias in source.aliases
        if _PERSON_NAME.search(alias) and alias.split()[-1].lower() not in ORG_HEADS
    )
    _SURNAMES[id(registry)] = (registry, registry.version, names)  # held: its id stays its own
    return names


# Two to four capitalised words at the end of a phrase, none of them a function word:
# "Dmitry Peskov", "Kremlin spokesman Dmitry Peskov", "Kim Yo Jong".
_PERSON_NAME = re.compile(
    r"(?<![\w'])(?!(?:The|A|An|Of|For|And)\b)[A-Z][a-z\u00c0-\u024f'-]+"
    r"(?:\s+(?!(?:Of|For|And|The)\b)[A-Z][a-z\u00c0-\u024f'.-]+){1,3}$"
)


def _kind_of(entity: str, words: str, registry: Registry | None) -> str:
    if registry is not None:
        kind = registry.kind(entity)
        if kind is not None and kind != "unknown":
            return "person" if kind in _PERSON_KINDS else "org"
    tokens = words.replace("\u2019", "'").split()
    if not tokens:
        return "any"
    head = tokens[-1].lower().strip(".,'")
    named = words.split(",", 1)[0].split()  # the phrase without its appositive
    if named[-1].lower() in DOC_NOUNS and named[-1].islower() and head not in ORG_HEADS:
        return "document"  # "The statement said …": an "it", never a "they"
    if head in ORG_HEADS or head.endswith("'s") is False and words.isupper():
        return "org"
    if [t.lower() for t in tokens[:2]] == ["one", "of"]:
        return "person"  # "one of Carson's advisers" is one of them
    if head.endswith("s") and not head.endswith(("ss", "us")) and not tokens[-1][:1].isupper() \
            and head not in _OUTLET_HEADS:
        # "U.S. and South Korean officials", "lawyers with the project": a "they", never an
        # "it" or a "he"
        return "people"
    core = tokens[:next((k for k in range(1, len(tokens)) if tokens[k] in _PLACE_LINKS),
                        len(tokens))]
    if len(core) < len(tokens) and core[-1].islower() and core[-1].endswith("s") \
            and not core[-1].endswith(("ss", "us", "'s")):
        return "people"  # "some Republican leaders in the state": its head is before "in"
    if head in _PERSON_HEADS and not tokens[-1][:1].isupper():
        return "person"  # "a senior military official" is a "he" or "she", never an "it"
    if any(t[:1].isupper() for t in tokens if t.lower() not in ("the", "a", "an")):
        return "person"  # (not "The spokesman" for its capital T: a person all the same)
    return "any"


# Parties and their members' names, never a "he" alone ("Georgia voted Democratic").
_PARTY_WORDS = frozenset("""democratic republican democrats republicans democrat gop
    libertarian libertarians conservative conservatives liberal liberals labour tory tories
    independent independents""".split())
_PLACE_LINKS = frozenset({"in", "at", "from", "with", "on", "near", "across"})
# Heads of a description that make a name a body: "Nordvik, a consulting firm". (Only in a
# description: "a partner at Mr. Birdthistle's former firm" is a person.)
_DESCRIBED_BODIES = ORG_HEADS | frozenset(
    "firm consultancy charity nonprofit startup manufacturer watchdog lab laboratory".split())
# Words after which a description's head noun is behind: "an Orlando Democrat who was …".
_CLAUSE_OPENERS = frozenset({"of", "for", "to", "by", "that", "which", "who", "whose", "and"})


def _opening_subject(before: str, want: str, registry: Registry | None) -> str | None:
    """The name opening a sentence, read only up to its first comma (a subject is one
    name, and the whole sentence need not be scanned for it): None when the sentence opens
    with anything else."""
    if not before[:1].isupper():
        return None  # "He said …", "“We …": no name opens it
    opening = before.split(",", 1)[0][:120]
    return _subject_name(opening, want, registry, opening=True)


def _subject_name(
    sentence: str, want: str, registry: Registry | None, opening: bool = False,
    document: Sequence[str] = (), gender: str | None = None,
) -> str | None:
    """The first fitting name in an earlier sentence, as its likely subject ("Zelenskyy
    visited …"): registry names first, then capitalised name runs. ``opening``: only a name
    that opens the sentence, its subject, counts (an object is no antecedent). A lone word
    the registry does not know, capitalised only because it opens the sentence, is a name
    only when it has a name's form or the ``document`` capitalises it elsewhere too:
    "Nationally, …", "Having won …", "Wow, …", "We're …", "October was …" name nobody,
    unless "Kelly" stands after another word somewhere ("Megyn Kelly")."""
    found: list[tuple[int, str, str, bool]] = []  # start, entity, kind, named for sure
    hits = names_in(registry, sentence) if registry is not None else ()
    runs = list(_NAME_RUN.finditer(sentence[:300]))
    for start, end, entity in hits:
        if any(m.start() <= start and end < m.end() and registry is not None
               and registry.resolve(m.group()) != entity for m in runs):
            continue  # "Kim" inside "Kim Byung-kee": another person, not Kim Jong Un
        if not _agrees(gender, sentence, start, end) or gender is not None \
                and FIRST_NAMES.get(entity.split()[0].lower(), gender) != gender:
            # "Kathleen Hicks … on her own talks" is no "he"; "Putin met Maria …" no "she"
            continue
        if want == "org" and " " not in sentence[start:end] \
                and _PLACE_BEFORE.search(sentence, 0, start):
            continue  # "are being held in Kyiv": where, not the "it" who said it
        found.append((start, entity, _shape_kind(entity, sentence[start:end], registry), True))
    ran_on = 0  # where a name read on through "of" or a comma ends
    owners: list[str] = []  # full names of the pronoun's sex that only own something
    for m in runs:
        if any(start <= m.start() and m.end() < end for start, end, _entity in hits) \
                or m.start() < ran_on:
            continue  # "Ukrainian" inside "Ukrainian military": part of a known name
        words = m.group()
        at = m.start()
        first = words.split()[0]
        while first in _NOT_NAMES:
            # "Just House Speaker Paul Ryan …", "Not Yet Trump …": the run without its
            # openers, read again so that it keeps its full four words.
            at += len(first) + 1
            rest = _NAME_RUN.match(sentence, at)
            words = rest.group() if rest is not None else words[len(first):].strip()
            if not words:
                break
            first = words.split()[0]
        if not words:
            continue
        if want in ("person", "org") and (
                " " not in words and _PLACE_BEFORE.search(sentence, 0, at)
                or _IN_PLACE_BEFORE.search(sentence, 0, at)
                or want == "person" and (_named_place(words, document)
                                         or words.lower().replace("the ", "", 1) in PLACES)):
            # "his first visit to Asia", "held in Kyiv", "arrived in Russia's Far East": a
            # place, no "he", no "it"; nor "Lgov" where the document named "the town of Lgov",
            # nor a country or state ("Vermont", "Georgia") for a "he"
            continue
        if " " not in words and _ADJECTIVE_SLOT.search(sentence, 0, at) \
                and _LOWER_NEXT.match(sentence, m.end()) \
                and not _NAME_GOES_ON.match(sentence, m.end()):
            continue  # "a Japanese newspaper", "The Kursk region's": an adjective, not a name
        people = _NEXT_WORD.match(sentence, m.end())
        if people is not None and people.group(1) in _PLURAL_COMMON:
            # "a group of South Korean lawmakers": the name qualifies people, who are the
            # group: a "they", never an "it"
            group = words + people.group()
            found.append((m.start(), (registry.resolve(group) if registry is not None
                                      else None) or group, "people", True))
            continue
        if want == "person" and words.lower() in PLATFORMS:
            continue  # "In a message posted on Facebook, he said": where, never a "he"
        if words.endswith(("'s", "\u2019s")):
            if gender is not None and " " in words and not opening \
                    and _OPENS.match(sentence, 0, at) \
                    and FIRST_NAMES.get(words.split()[0].lower()) == gender:
                # "Tetiana Bodnar's son Artem …": the sentence is about her too ("… of Bill
                # Clinton's years" in mid-sentence is not)
                owners.append(words[:-2])
            continue  # "North Korea's deployment": a modifier, not who acts
        if words.lower() in DATE_WORDS \
                or words.lower() in _MONTHS_SHORT and _DAY_NEXT.match(sentence, m.end()):
            continue  # "in August", "Monday", "KYIV, Jan 13 (Reuters)": a time, nobody
        demonym = words.lower() in DEMONYMS or " " in words \
            and words.split()[0].lower() in _PLACE_WORDS and words.split()[-1].lower() in DEMONYMS
        if demonym and (want == "person" or _LOWER_NEXT.match(sentence, m.end())) \
                or want == "person" and words.lower() in _PARTY_WORDS:
            # "Russian state television", "North Korean forces": an adjective (but "Mexican
            # officials" above); alone, "Japanese" or "Democratic" is no "he"
            continue
        if words.lower() in _PLURAL_COMMON:
            group = _group_at(sentence, m, hits, runs, registry)
            if group is not None:
                found.append((m.start(), group, "org", group != m.group()))
                continue
        if " " in words and sentence.endswith(("former ", "Former "), 0, at):
            at -= 7  # "former CIA Director John Brennan": the mention starts at "former"
            words = sentence[at:at + 7] + words
        entity = registry.resolve(words) if registry is not None else None
        if entity is None and document and " " not in words and (
                _CONTRACTION.fullmatch(words) or _OPENS.match(sentence, 0, at)
                and (_common_word(words) and not _acts_on_its_own(sentence, m.end())
                     or _noun_after(sentence, m.end()) or _lower_elsewhere(words, document))
                and not _named_elsewhere(words, document)):
            continue  # "Outright victory is vital, he said": an adjective, not a name
        body = _BODY_OF.match(sentence, m.end()) \
            if entity is None and words.split()[-1].lower() in SPEAKER_HEADS else None
        if body is not None:
            # "The Office for National Statistics", "the Institute for Fiscal Studies": a
            # body's head noun runs on through "for"/"of" into its name
            words += body.group()
            ran_on = body.end()
        kind = "org" if body is not None else _shape_kind(entity or words, words, registry)
        of_name = _OF_NAME.match(sentence, m.end()) if entity is not None else None
        if of_name is not None and registry is not None \
                and registry.resolve(words + of_name.group()) != entity:
            # "The Times of Israel" is no New York Times: the name runs on through "of", and
            # its head, before "of", still says what kind it is; "Austin, Texas" is a place.
            words, entity = words + of_name.group(), registry.resolve(words + of_name.group())
            ran_on = of_name.end()
            if of_name.group().startswith(","):
                kind = "org"
        # A sentence's first word is capitalised whatever it is ("Campaigning", "They're"):
        # opening a sentence, only a known name or a person's full name is sure to be one.
        sure = entity is not None or of_name is not None \
            or kind == "person" and _PERSON_NAME.fullmatch(words) is not None
        if not _agrees(gender, sentence, at, at + len(words)) or gender is not None \
                and FIRST_NAMES.get((entity or words).split()[0].lower(), gender) != gender:
            continue
        if kind == "person" and entity is None and (
                _OPENS.match(sentence, 0, at) and _gender_after(sentence, at + len(words)) == "n"
                or _named_body([*_noun_before(sentence, at, at + len(words)), *words.split()])
                or " " not in words and _body_in(words, document)):
            # "Rodong Sinmun ran an editorial", "North Korea's state newspaper Rodong Sinmun"
            # "Boeing released its quarterly results": the subject is a body, whatever its
            # shape (an object's "its" is the subject's: "called Clinton a champion for its …")
            kind = "org"
        found.append((m.start(), entity or words, kind, sure))
    for start, entity, kind, sure in sorted(found, key=lambda f: f[0]):
        if opening and start > 0:
            return None
        if _accepts(want, kind) and (sure or not opening):
            return entity
    # The possessor, when nobody else fits: who the sentence is about ("… . She told …")
    return owners[0] if owners else None


_OPENS = re.compile(r"[^\w]*$")  # nothing but quotes and punctuation before
# Words that open sentences and are no names, by form or kind: adverbs in -ly, participles in
# -ing, months, indefinite pronouns, interjections, and the prepositions the shared lists
# leave out.
# Adverb endings, not bare "-ly", which ends surnames too ("Kelly", "Schlafly", "Daly").
_COMMON_FORM = re.compile(
    r"\w{2,}(?:al|ous|ive|ate|ete|ute|ed|ing|ful|nt|nd|ar|ss|rd|th|p|b|in|ct|st|gh|w)ly"
    r"|\w{3,}ing", re.IGNORECASE)
# A pronoun's contraction is never a name, even where it stands after another word.
_CONTRACTION = re.compile(r"(?:i|we|you|they|he|she|it|that|there|let)['\u2019]\w+",
                          re.IGNORECASE)
_COMMON_WORDS = frozenset("""january february march july august september october november
    december jan feb aug sept oct nov dec none nobody nothing anything anyone everyone everybody
    everything something someone yes no oh wow well sure okay behind around throughout despite
    along beyond amid among against without within under over through since until aside
    afterward afterwards rather""".split())


_NEXT_WORD = re.compile(r"\s+([a-z][a-z'\u2019-]*)\b")


def _noun_after(sentence: str, end: int) -> bool:
    """The word after a lone capitalised opener is a lowercase noun, so the opener modifies
    it ("Outright victory is vital", "Russian troops crossed"): a verb would follow a name
    ("Kelly said", "Kelly has", "Kelly denies")."""
    m = _NEXT_WORD.match(sentence, end)
    if m is None:
        return False
    low = m.group(1)
    if low.endswith("s") and low not in BOUNDARY and low not in CUES \
            and (verb := _NEXT_WORD.match(sentence, m.end())) is not None \
            and (verb.group(1) in _PLURAL_VERBS or past_form(verb.group(1))):
        return True  # "Repair crews were already at work": a plural noun, then its verb
    return low not in BOUNDARY and not past_form(low) and not low.endswith("s") \
        and low not in CUES


# Verbs that follow a plural subject: "Repair crews were …", "Rescue workers have …".
_PLURAL_VERBS = frozenset("are were have had will would could can say said".split())


def _acts_on_its_own(sentence: str, end: int) -> bool:
    """A word of a common form ("Boeing", like "Having") is a name when a past verb follows
    it and an "its" says what it is: "Boeing released its quarterly results"."""
    m = _NEXT_WORD.match(sentence, end)
    return m is not None and past_form(m.group(1)) and _gender_after(sentence, end) == "n"


def _common_word(word: str) -> bool:
    return word.lower().rstrip(".") in _COMMON_WORDS or _COMMON_FORM.fullmatch(word) is not None


def _lower_elsewhere(word: str, document: Sequence[str]) -> bool:
    """``word`` stands in lowercase somewhere in the document ("Power was restored … the
    power plant"): a common noun, capitalised only where it opens a sentence."""
    pattern = whole_word(word.lower())
    return any(pattern.search(sentence) for sentence in document)


def _named_elsewhere(word: str, document: Sequence[str]) -> bool:
    """``word`` stands capitalised after another word of its sentence somewhere in the
    document, not after a full stop or colon: so it is capitalised as a name."""
    pattern = whole_word(word)
    for sentence in document:
        for m in pattern.finditer(sentence):
            before = sentence[:m.start()].rstrip()
            if before and before[-1] not in ".!?:" and re.search(r"\w", before):
                return True
    return False


_AT_BODY = re.compile(r"\s+(?:at|from|of|with)\s+")
_THE = re.compile(r"the\s+", re.IGNORECASE)


def _group_at(
    sentence: str,
    people: re.Match[str],
    hits: Sequence[tuple[int, int, str]],
    runs: Sequence[re.Match[str]],
    registry: Registry | None,
) -> str | None:
    """"Analysts at the Institute for the Study of War", "Officials from the Pentagon": what
    the whole phrase names, as it would as a source (ISW, Pentagon; else its words), since
    "they" are those people, not any analysts. None when no name follows the people noun."""
    joined = _AT_BODY.match(sentence, people.end())
    if joined is None:
        return None
    at = joined.end()
    the = _THE.match(sentence, at)
    name_at = the.end() if the is not None else at
    ends = [e for s, e, _entity in hits if s == at or s == name_at]
    ends += [r.end() for r in runs if r.start() == name_at]
    if not ends:
        return None
    end = max(ends)
    body = _BODY_OF.match(sentence, end)
    if body is not None:
        end = body.end()  # "Researchers at the University | of Michigan"
    phrase = sentence[people.start():end]
    return (registry.resolve(phrase) if registry is not None else None) or phrase


# A preposition of place right before a one-word name: "his first visit to Asia", "held in
# Kyiv".
_PLACE_BEFORE = re.compile(r"\b(?:to|in|into|across|near|throughout|toward|towards)\s+$")
# Before a name of several words too: "in Russia's Far East" (but "spoke to Joe Biden").
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|into|across|near|throughout)\s+$")
_PLACE_KINDS = ("town", "city", "village", "region", "province", "district", "port", "oblast",
                "county", "settlement")
# An article, maybe one lowercase word, then one capitalised word before a lowercase one: "a
# Japanese newspaper", "the top British medical journal".
_ADJECTIVE_SLOT = re.compile(r"\b(?i:a|an|the)\s+(?:[a-z]+\s+)?$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
# A month written short without its dot, then a day: "KYIV, Jan 13 (Reuters)".
_MONTHS_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_NEXT = re.compile(r"\.?\s+\d")
# A name running on through a small word: "The Office | for Harbor Statistics".
_NAME_GOES_ON = re.compile(r"\s+(?:for|of|on|in|at|and|de|du|von)\s+[A-Z]")


def _named_place(words: str, document: Sequence[str]) -> bool:
    """The document calls ``words`` a place: "the town of Lgov", "the village of Plekhovo"."""
    if " " in words or not document:
        return False
    return any(f"{kind} of {words}" in sentence for sentence in document if words in sentence
               for kind in _PLACE_KINDS)


_AGENT_PREPOSITIONS = frozenset({"by", "from", "of", "among", "with"})
_ABOUT_ADJECTIVES = frozenset({"familiar", "close", "briefed", "involved", "acquainted"})


def _described_antecedent(before: str) -> str | None:
    """"The city's mayor, who denied the claims, …": a description nobody registered names
    the one who speaks, as it would as a source of its own; better than "who"."""
    sent = tokenize(before)
    j = len(sent.words) - 1
    if j < 0 or not sent.words[j][:1].isalnum():
        return None
    s = left_np(sent, j)
    if s is None:
        return None
    lows = sent.lows
    # "The mayor thanked her deputy, who warned …", "Logically Facts contacted the hospital,
    # which said …": the phrase ran over a verb; the one who warned is its object, after the
    # last lowercase past form that follows a noun or a name.
    s = next((t + 1 for t in range(j - 1, s, -1)
              if past_form(lows[t])
              and sent.words[t].islower() and sent.words[t - 1].isalpha()
              and lows[t - 1] not in DETERMINERS
              and lows[t - 1] not in PREPOSITIONS and not lows[t - 1].endswith("ly")
              and lows[t + 1] not in PREPOSITIONS), s)
    # "attacked by the union's leader, who warned …", "a lecture from the Mexican president,
    # who said …", "the help of his adult children, who believed …": the one after the last
    # such preposition; but "one of the parties", "a source familiar with the talks".
    s = next((t + 1 for t in range(j - 1, s, -1) if lows[t] in _AGENT_PREPOSITIONS
              and lows[t - 1] not in QUANTIFIERS and lows[t - 1] not in _ABOUT_ADJECTIVES),
             s)
    if lows[s].endswith(("ing", "ed")) and sent.words[s].islower():
        # "defend not paying an architect who said …": the verb's object from its article on
        s = next((t for t in range(s + 1, j + 1) if lows[t] in DETERMINERS), -1)
        if s < 0:
            return None
    return before[sent.starts[s]:]


_S_PRONOUNS = frozenset("us his its hers ours yours theirs".split())  # plural-looking


def _agent_antecedent(before: str) -> str | None:
    """"pressure from local officials who say …", "the ire of lawmakers who thought …": with
    no comma, the antecedent is a guess, except for a short plural phrase of people right
    after "from"/"of"/"by"/"among", which the clause can only describe."""
    sent = tokenize(before)
    lows = sent.lows
    j = len(lows) - 1
    p = next((t for t in range(j - 1, max(-1, j - 4), -1) if lows[t] in _AGENT_PREPOSITIONS),
             None)
    words = sent.words[p + 1:j + 1] if p is not None else ()
    if not words or not all(w.isalpha() and w.islower() and not w.endswith(("ing", "ed"))
                            for w in words) \
            or not lows[j].endswith("s") or lows[p + 1] in DETERMINERS or lows[j] in _S_PRONOUNS:
        return None  # "a lecture by the mayor who", "many of us who": no guess
    return before[sent.starts[p + 1]:]


# A comma piece that describes the name before it: ", a military analyst in Kyiv".
_APPOSITIVE_END = re.compile(r",\s+(?:a|an|the)\s+[a-z][^,;:()]*$")
# A name at the end of a text, with a surname's particles: "Pierre de Vos".
_NAME_AT_END = re.compile(  # (the look-ahead at its capital: as _NAME_RUN)
    r"(?=[A-Z])((?:[A-Z][\w.'\u2019-]*\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES))
    + r")\s+)?){0,4}"
    r"[A-Z][\w.'\u2019-]*)\s*$")
# A person's name, then "of" and a one- or two-word place at the end.
_PERSON_OF_PLACE = re.compile(
    r"((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*)\s+of\s+[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*)?$")
# A name of two capitalised words, or of one after another word, right before it.
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+[A-Z][\w.'\u2019-]*|\S\s+[A-Z][\w.'\u2019-]*)$")


# Prepositions that open a sentence before a name ("Unlike Peskov, who …").
_NAME_PREPOSITIONS = frozenset({"like", "unlike", "despite", "including", "besides", "amid"})


def _relative_antecedent(text: str, at: int, registry: Registry | None) -> str | None:
    """"Sen. Tom Cotton, who said …": the name before the comma (or the dash: "Donald Trump
    — who said …")."""
    before = text[:at].rstrip()
    comma = before.endswith((",", "\u2014", "\u2013", " -", "--"))
    if comma:
        before = before.rstrip(",\u2014\u2013-").rstrip()
        # "Oleksandr Kovalenko, a military analyst in Kyiv, who said": the "who" goes back
        # over the appositive to the name before it, not to the place inside it
        who = text[at:at + 3].lower() == "who"
        app = _APPOSITIVE_END.search(before) if who and text[:at].rstrip().endswith(",") \
            else None
        if app is not None and _NAME_BEFORE.search(before, 0, app.start()):
            before = before[:app.start()].rstrip()
            # "Sen. Dianne Feinstein of California, the ranking Democrat, who": the person
            # before "of" and a place
            person = _PERSON_OF_PLACE.search(before)
            if person is not None:
                before = before[:person.end(1)]
    m = _NAME_AT_END.search(before)
    if m is None:
        # "Ukraine's president, who has said …": a description the registry may know
        if registry is not None:
            phrase = re.split(r"[,;:()\u2014]", before)[-1].split()[-6:]
            for i in range(len(phrase)):
                if phrase[i].lower() in ("former", "ex"):
                    break  # "a former CIA analyst, who …" speaks for herself, not the CIA
                hit = registry.resolve(" ".join(phrase[i:]))
                if hit is not None:
                    return hit
        # "which" may take a whole clause for its antecedent ("…died of cancer, which
        # confirmed what I knew"); "who" takes a person, named by the words before it.
        # A comma sets off the whole phrase ("Older people, who strongly support …");
        # without one, only a short plural after "of"/"from" is safe ("the ire of lawmakers
        # who thought").
        if text[at:at + 3].lower() != "who":
            # but "contacted the hospital, which said …": a body's noun before the comma
            last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            if comma and (last in SPEAKER_HEADS or last in DOC_NOUNS):
                return _described_antecedent(before)
            return None
        return _described_antecedent(before) if comma else _agent_antecedent(before)
    words = m.group(1)
    first, _, rest = words.partition(" ")
    if rest and (first.lower() in PREPOSITIONS or first.lower() in _NAME_PREPOSITIONS):
        words = rest  # "Unlike Peskov, who has called …": the preposition opens the clause
    if registry is not None:
        hit = registry.resolve(words)
        if hit is None and comma:
            # "The Institute for the Study of War, which said": a known name that runs back
            # through "for the" past the capitalised words next to the comma
            hit = next((entity for start, end, entity in registry.find(before)
                        if end == len(before) and start < m.start(1)), None)
        return hit or words
    return words
