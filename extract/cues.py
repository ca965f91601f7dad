"""The cue lexicon: the words that attribute a claim, and the word classes the rules need
to find where a source noun phrase starts and stops.

Kept as data so a reader can see at a glance what the extractor treats as a cue, and why a
word is (or is not) one. Forms are generated once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    weight: float  # how surely the verb reports a claim (said: 1.0, thinks: 0.7)
    invertible: bool  # ", said X" is fine; ", told X" names a recipient, not a source
    noun_too: bool  # "report", "claim": also a noun, so needs a clause-like context


def _forms(lemma: str) -> tuple[str, ...]:
    """Base, third person and past forms of a regular verb."""
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past = lemma[:-1] + "ied"
    elif re.fullmatch(r".*(?:[^aeiou]|qu)[aeiou][bdgmnpt]", lemma) and lemma not in _NO_DOUBLE:
        past = lemma + lemma[-1] + "ed"
    else:
        past = lemma + "ed"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if re.fullmatch(r".*[^aeiou][aeiou]l", lemma) and lemma not in _NO_DOUBLE:
        return lemma, third, past, past[:-2] + "led"  # British "signalled", "labelled"
    return lemma, third, past


_NO_DOUBLE = frozenset({"comment", "report", "state", "reveal", "recount", "counter", "threaten"})

# (lemma, weight, invertible, also a noun). Speech and statement verbs first.
_VERBS: tuple[tuple[str, float, bool, bool], ...] = (
    ("say", 1.0, True, False),
    ("add", 0.95, True, False),
    ("tell", 0.95, False, False),
    ("write", 0.95, True, False),
    ("tweet", 0.9, True, True),
    ("state", 0.9, True, True),
    ("declare", 0.9, True, False),
    ("announce", 0.9, True, False),
    ("report", 0.9, True, True),
    ("note", 0.9, True, True),
    ("explain", 0.9, True, False),
    ("claim", 0.9, True, True),
    ("insist", 0.9, True, False),
    ("argue", 0.9, True, False),
    ("warn", 0.9, True, False),
    ("confirm", 0.9, True, False),
    ("assert", 0.9, True, False),
    ("acknowledge", 0.9, True, False),
    ("admit", 0.9, True, False),
    ("allege", 0.9, True, False),
    ("reply", 0.85, True, True),
    ("respond", 0.8, True, False),
    ("conclude", 0.85, True, False),
    ("determine", 0.75, False, False),
    ("recognize", 0.75, False, False),
    ("recognise", 0.75, False, False),
    ("predict", 0.85, True, False),
    ("reveal", 0.85, True, False),
    ("disclose", 0.85, True, False),
    ("stress", 0.85, True, True),
    ("emphasize", 0.85, True, False),
    ("emphasise", 0.85, True, False),
    ("contend", 0.85, True, False),
    ("recall", 0.85, True, True),
    ("remark", 0.85, True, True),
    ("comment", 0.8, True, True),
    ("testify", 0.85, True, False),
    ("observe", 0.8, True, False),
    ("caution", 0.85, True, True),
    ("complain", 0.85, True, False),
    ("concede", 0.85, True, False),
    ("boast", 0.8, True, True),
    ("vow", 0.8, True, True),
    ("pledge", 0.8, True, True),
    ("promise", 0.8, True, True),
    ("ask", 0.85, True, False),
    ("continue", 0.7, True, False),
    ("quip", 0.8, True, True),
    ("joke", 0.8, True, True),
    # Raised or lowered voices: "“Out!” the crowd yelled", "protesters chanted “What curfew?”"
    ("shout", 0.8, True, True),
    ("yell", 0.8, True, True),
    ("chant", 0.75, True, True),
    ("scream", 0.75, True, True),
    ("exclaim", 0.8, True, False),
    ("whisper", 0.75, True, True),
    ("mutter", 0.75, True, False),
    ("recount", 0.8, True, False),
    ("counter", 0.8, True, True),
    ("retort", 0.8, True, False),
    ("deny", 0.85, True, False),
    ("estimate", 0.9, True, True),
    ("calculate", 0.8, True, False),
    ("suggest", 0.8, True, False),
    ("accuse", 0.75, False, False),
    ("criticize", 0.7, False, False),
    ("criticise", 0.7, False, False),
    ("characterize", 0.65, False, False),
    ("characterise", 0.65, False, False),
    ("deride", 0.6, False, False),
    ("ridicule", 0.6, False, True),
    ("scoff", 0.65, True, False),
    ("bemoan", 0.7, False, False),
    ("chide", 0.65, False, False),
    ("scold", 0.6, False, False),
    ("rebuke", 0.6, False, True),
    ("rebut", 0.7, False, False),
    ("commend", 0.6, False, False),
    ("proclaim", 0.8, True, False),
    ("apologize", 0.6, False, False),
    ("apologise", 0.6, False, False),
    ("blame", 0.75, False, True),
    ("attribute", 0.8, False, False),
    ("assess", 0.8, True, False),
    ("forecast", 0.8, True, True),
    ("indicate", 0.75, False, False),
    ("believe", 0.75, False, False),
    ("suspect", 0.8, False, True),
    ("fear", 0.7, False, True),
    ("hope", 0.65, False, True),
    ("expect", 0.7, False, False),
    ("learn", 0.8, False, False),
    ("agree", 0.7, False, False),
    ("worry", 0.65, False, True),
    ("wonder", 0.65, True, True),
    ("doubt", 0.7, False, True),
    ("urge", 0.75, False, False),
    ("describe", 0.65, False, False),
    ("call", 0.6, False, True),
    ("praise", 0.6, False, True),
    ("laud", 0.6, False, False),
    ("propose", 0.7, False, False),
    ("recommend", 0.7, False, False),
    ("demand", 0.7, False, True),
    ("defend", 0.55, False, False),
    ("dismiss", 0.55, False, False),
    ("question", 0.6, False, True),
    ("mention", 0.7, False, True),
    ("reiterate", 0.85, True, False),
    ("repeat", 0.7, False, False),
    ("signal", 0.6, False, True),
    ("hint", 0.7, False, True),
    ("threaten", 0.7, False, False),
    ("lament", 0.75, True, False),
    ("tout", 0.7, False, False),
    ("brag", 0.75, True, False),
    ("decry", 0.7, False, False),
    ("slam", 0.6, False, True),
    ("mock", 0.6, False, False),
    ("speculate", 0.75, True, False),
    ("advise", 0.65, False, False),
    ("condemn", 0.65, False, False),
    ("reject", 0.55, False, False),
    # Stance verbs: PolNeAR (and a reviewer) reads "X endorsed Y", "X wants Y", "X opposes
    # Y" as X's position, attributed to X. Lower weights: a stance is a weaker claim.
    ("endorse", 0.6, False, False),
    ("support", 0.5, False, True),
    ("oppose", 0.55, False, False),
    ("back", 0.5, False, True),
    ("attack", 0.55, False, True),
    ("blast", 0.6, False, True),
    ("denounce", 0.65, False, False),
    ("seek", 0.5, False, False),
    ("echo", 0.6, False, True),
    ("assure", 0.7, False, False),
    ("prefer", 0.55, False, False),
    ("favor", 0.5, False, True),
    ("feel", 0.6, False, False),
    ("charge", 0.6, True, True),
    ("highlight", 0.6, False, False),
    ("portray", 0.6, False, False),
    ("cite", 0.7, False, False),
    ("challenge", 0.5, False, True),
    ("insist", 0.9, True, False),
    ("lambaste", 0.65, False, False),
    # Only with their particle (PARTICLES below): "pointed out", "talked about".
    ("talk", 0.6, False, True),
    ("point", 0.7, False, True),
    ("refer", 0.6, False, False),
    ("speak", 0.6, False, False),
    ("rail", 0.65, False, False),
    ("advocate", 0.6, False, True),
    ("slam", 0.6, False, True),
    ("applaud", 0.6, False, False),
    ("hail", 0.6, False, True),
    ("welcome", 0.55, False, True),
    # Only in their phrase (PHRASES below): "made clear", "put the number at".
    ("make", 0.8, False, False),
    ("put", 0.8, False, False),
    ("raise", 0.65, False, False),
    ("brush", 0.65, False, False),
    ("shrug", 0.65, False, False),
    ("play", 0.65, False, False),
    ("brief", 0.85, False, True),
    ("inform", 0.85, False, False),
    ("notify", 0.85, False, False),
    ("opine", 0.85, True, False),
    ("clarify", 0.8, True, False),
    ("view", 0.65, False, True),
    ("regard", 0.65, False, True),
    ("deem", 0.7, False, False),
    ("compare", 0.65, False, False),
    ("downplay", 0.65, False, False),
    ("go", 0.8, False, False),
    ("lash", 0.7, False, False),
    ("weigh", 0.65, False, False),
    ("spell", 0.75, False, False),  # "spelled out", with its particle only
    ("sum", 0.75, False, False),  # "summed up"
    ("chime", 0.8, True, False),  # "chimed in"
    ("shoot", 0.75, False, False),
    ("lay", 0.65, False, False),
    ("document", 0.7, False, True),
    ("quote", 0.8, False, True),
    ("maintain", 0.8, False, False),
    ("project", 0.8, False, True),
    ("hold", 0.75, False, False),
    ("understand", 0.7, True, False),
    ("post", 0.75, False, True),
    ("dispute", 0.65, False, True),
    ("count", 0.6, False, True),
    ("aver", 0.9, True, False),
    # A fact-checker's verdict: "PolitiFact rated the claim False", "debunked by Lead
    # Stories" (a rating only with its verdict: not_statements.no_statement)
    ("rate", 0.7, False, True),
    ("debunk", 0.7, False, False),
    ("let", 0.8, False, False),  # only in "let slip" (PHRASES)
)

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said"),
    "tell": ("tell", "tells", "told"),
    "write": ("write", "writes", "wrote", "written"),  # "written" after "have" only
    "think": ("think", "thinks", "thought"),
    "find": ("find", "finds", "found"),
    # "shown" only after "have" (rules: "polls have shown", never "was shown on TV")
    "show": ("show", "shows", "showed", "shown"),
    "feel": ("feels", "felt"),
    "seek": ("seek", "seeks", "sought"),
    "refer": ("refer", "refers", "referred"),
    "speak": ("speak", "speaks", "spoke", "spoken"),
    "learn": ("learned", "learnt"),
    "forecast": ("forecast", "forecasts"),
    "hope": ("hopes", "hoped"),
    "fear": ("fears", "feared"),
    "make": ("make", "makes", "made"),
    "put": ("put", "puts"),
    "rate": ("rated", "rates"),
    "go": ("went", "goes"),
    "shoot": ("shot",),
    "lay": ("lays", "laid"),
    "project": ("projected", "projects"),  # "project" is a noun far more often
    "hold": ("held", "holds"),  # "the court held that …"; "hold" is a noun too
    # "…, Sky Sports News understands.": an outlet's own reporting
    "understand": ("understands",),
    # A stressed last syllable doubles its "r" ("averred"); the base form is rare as a verb
    "aver": ("avers", "averred"),
    "let": ("let", "lets"),
}

CUES: dict[str, Cue] = {}
for _lemma, _weight, _inv, _noun in _VERBS + (
    ("think", 0.7, False, False),
    ("find", 0.75, False, True),
    ("show", 0.75, False, True),
):
    for _form in _IRREGULAR.get(_lemma) or _forms(_lemma):
        CUES.setdefault(_form, Cue(_lemma, _weight, _inv, _noun))
# Forms that read as nouns far more often than as verbs ("the state", "a note").
for _form in ("state", "note", "report", "claim", "stress", "remark", "comment", "fear",
              "hope", "doubt", "promise", "pledge", "vow", "estimate", "caution", "recall",
              "tweet", "find", "show", "suspect", "wonder", "worry", "blame", "forecast",
              "reply", "quip", "joke", "boast"):
    _cue = CUES.get(_form)
    if _cue is None:
        continue
    CUES[_form] = Cue(_cue.lemma, _cue.weight, _cue.invertible, True)

# "-ing" forms that attribute after a comma to the subject of the main clause
# ("Trump attacked Clinton, saying she lied") or after a form of "be" ("is telling").
# Verbs that attribute only with a particle: "spoke about" is a statement, "spoke" alone
# (at a rally) is an event; "pointed out", "pointed to", not "pointed a gun".
PARTICLES: dict[str, frozenset[str]] = {
    "talk": frozenset({"about"}),
    "point": frozenset({"out", "to"}),
    "refer": frozenset({"to"}),
    "speak": frozenset({"about", "of", "out"}),
    "rail": frozenset({"against"}),
    "advocate": frozenset({"for"}),
}

# "that" right after the verb or after a phrase saying where or in what the words were
# given: "maintained at a briefing on Thursday that", "projected in its annual outlook that".
# What opens with a preposition is no object ("maintained a base", "projected power"), and
# a noun phrase or a name follows it: "maintained in place a ban that" is no occasion. An
# article may only open another prepositional phrase: "maintained in the city a garrison
# that" has an object after its place.
_THEN_THAT = (r"\s+(?:(?:early|late|on|last)\s+)?(?:(?-i:[A-Z])[a-z]+day|this\s+week)"
              r"(?:\s+(?:morning|afternoon|evening|night))?\s+that\b"  # "early Wednesday that"
              r"|\s+(?:(?:at|in|during|before|on|to|aboard|outside|inside|from)\s+"
              r"(?:(?:a|an|the|its|his|her|their|our|this|these|those)\s|(?-i:[A-Z]))"
              r"(?:(?:of|at|in|on|for|to|with|from|by|before|during)\s+(?:a|an|the)\s+"
              r"|(?!(?:a|an|the)\s)[\w'\u2019.-]+\s+){0,10}?)?that\b")

# The same, compiled on its own: a noun-like cue with its occasion before "that" is a verb
# ("Researchers at the university report in Science Advances that …").
THEN_THAT = re.compile(_THEN_THAT, re.IGNORECASE)

# Verbs that attribute only inside a phrase, matched on the text right after the verb. A
# match with width belongs to the cue ("made clear", "put the death toll at"); a lookahead
# only licenses the verb ("briefed lawmakers that").
PHRASES: dict[str, re.Pattern[str]] = {
    lemma: re.compile(pattern, re.IGNORECASE) for lemma, pattern in (
        # "made clear", "made no secret of", "made the case that" (an argument put)
        # (not "made clear gains": an adjective)
        ("make", r"\s+(?:it\s+)?clear\b(?!\s+(?:gains?|progress|advances?|headway|strides|signs?"
                 r"|improvements?|victor(?:y|ies)|wins?|breakthroughs?)\b)"
                 r"|\s+no\s+secret\s+of\b|\s+the\s+case\s+(?:that|for)\b"),
        ("go", r"\s+on\s+to\s+(?:say|add|claim|argue|note|suggest|call|describe|explain"
               r"|insist|warn|accuse|praise|criticize|predict|discuss|tell|question|blame"
               r"|deny|mention|attack|defend)\b"
               r"|\s+on\s+about\b(?!\s+(?:an?\s|\d|half|one|two|three|four|five|ten))"),
        ("lash", r"\s+out\b"),
        ("weigh", r"\s+in\b"),
        ("spell", r"\s+(?:it\s+|this\s+|that\s+)?out\b"),
        ("sum", r"\s+(?:it\s+|this\s+|that\s+)?up\b(?!\s+to\b)"),  # not "sums up to $5bn"
        ("chime", r"\s+in\b"),
        ("shoot", r"\s+back\b"),
        # (not "laid out a new line of defenses", "laid out the bodies": things set down)
        ("lay", r"\s+out\b(?!\s+(?:[\w'\u2019-]+\s+){0,4}?(?:lines?|defen[cs]es|trenches|mines"
                r"|minefields|bodies|tables|chairs|food|clothes|tiles|gardens?|streets|grids?"
                r"|parks?|fields?|routes?|tracks?|roads?|pipelines?|cables?|wires?|rows?)\b)"),
        ("put", r"\s+it\b(?=\s*[,.;:\u2014]|\s+(?:this|in|more|bluntly|simply|best|plainly|starkly"
                r"|succinctly|frankly|mildly|differently|another)\b)"
                r"|\s+(?:the|its|their|his|her)\s+(?:death\s+)?(?:number|figure|toll|total|"
                r"count|losses|casualties|cost|tally|estimate)"
                r"(?=(?:\s+(?:of|from|in)\s+[^,.;]{1,60}?)?\s+(?:at|above|below)\b)"
                # ("put the toll from the strike at seven", "puts the number of deaths above
                # 88,000"); "puts North Korean casualties at about 1,200", "put the toll far
                # higher", "put Russia's losses over the previous 24 hours at 1,630", "puts the
                # figure closer to 3,000", "has put the number as high as 15,000"
                r"|(?=\s+(?:[\w'\u2019./-]+\s+){1,9}?(?:at\s+[\"\u201c]?(?:about|around|nearly|"
                r"roughly|approximately|more|over|up|least|some|several|dozens|hundreds|"
                r"thousands|tens|\d(?![\d:.]*\s*(?:a\.?m\b|p\.?m\b|"
                r"o'clock)))|(?:far\s+|much\s+|even\s+)?"
                r"(?:higher|lower)\b|closer\s+to\s+(?:about|around|\d)|as\s+(?:high|low|many)"
                r"\s+as\b))"
                # "a figure that Seoul's spy agency put at around 3,000"
                r"|(?=\s+at\s+(?:about|around|nearly|roughly|approximately|\d))"),
        ("raise", r"\s+the\s+(?:possibility|prospect|spectre|specter)(?=\s+that\b)"),
        ("brush", r"\s+(?:off|aside)\b"),
        ("shrug", r"\s+off\b"),
        ("play", r"\s+down\b"),
        ("brief", r"(?=\s+(?:[\w'\u2019.-]+\s+){1,4}?that\b)"),
        # "the NIS had informed lawmakers that …"; not "informed sources", "an informed guess"
        ("inform", r"(?=\s+(?:[\w'\u2019.-]+\s+){0,4}?that\b)"),  # (also "He informed that")
        # "North Korea notified Japan's coast guard that …"; not "notified the family"
        ("notify", r"(?=\s+(?:[\w'\u2019.-]+\s+){0,4}?that\b)"),
        # "the embassy clarified that …"; not "clarified the rules"
        ("clarify", r"(?=\s+(?:[\w'\u2019.-]+\s+){0,4}?that\b)"),
        # "Seoul views the launch as a provocation", "regarded him as a traitor"; not "viewed
        # the video", "with regard to"
        ("view", r"(?=\s+(?:[\w'\u2019.-]+\s+){1,5}?as\b)"),
        ("regard", r"(?=\s+(?:[\w'\u2019.-]+\s+){1,5}?as\b)"),
        ("let", r"\s+(?:it\s+)?slip\b"),  # "Peskov let slip that …"
        # "Comey testified that …", "testified on the attacks"; not when nothing is said
        # ("testified before the committee for five hours.", "After Clinton testified, …")
        ("testify", r"(?!(?:\s+(?:before|to)\s+(?:(?!\s(?:on|about|that|regarding)\s)"
                    r"[^,.;:\"\u201c\u201d]){1,60}?)?(?:\s+(?:voluntarily|publicly|privately"
                    r"|again|twice|behind\s+closed\s+doors|for\s+(?:more\s+than\s+|nearly\s+"
                    r"|about\s+|almost\s+)?\w+\s+(?:hours?|minutes|days)|(?:on|last|this|in)"
                    r"\s+[\w.]+(?:\s+\d{1,2})?(?:,\s+\d{4})?))*"
                    r"\s*(?:[.;]|,\s+(?:(?-i:[A-Z][a-z])|the\s|an?\s)|$))"),
        # "Putin compared NATO to the Nazis"; not "rose 5% compared with last year"
        ("compare", r"(?=\s+(?!(?:to|with)\b)(?:[\w'\u2019.-]+\s+){1,6}?(?:to|with)\b)"),
        # "deemed the vote illegitimate", "deems it necessary"; not "emails now deemed
        # classified", a participle with no object
        ("deem", r"(?=\s+(?:the|a|an|his|her|its|their|him|them|it|this|that|these|those"
                 r"|some|certain|all|[A-Z])\b)"),
        ("maintain", rf"(?={_THEN_THAT}|\s*[.,;]|\s*$|\s+(?:his|her|their|its)\s+innocence\b)"),
        # "investigators determined that …"; not "determined to fight", "determined by"
        ("determine", rf"(?={_THEN_THAT})"),
        # "the minister recognised that mistakes were made"; not "recognised the new state"
        ("recognize", rf"(?={_THEN_THAT})"),  # (CUES files "recognised" under it too)
        # "the CBO projected that …"; not "projected power", "is projected to grow"
        ("project", rf"(?={_THEN_THAT})"),
        # "the court held that …", "the ruling holds that …": a finding; "held talks" no
        ("hold", r"(?=\s+that\b|\s*,[^,;]{1,60},\s*that\b)"),  # "held, in a 2-1 ruling, that"
        ("understand", r"(?=\s*[.,;]|\s*$|\s+that\b)"),
        # "Mediazona has counted 90,000 deaths"; not "counted on", "count as", "count down"
        ("count", r"(?!\s+(?:on|down|as|in|out|among|toward|towards|against|for)\b)"),
        ("post", r"(?=\s+(?:on|to)\s+(?:[\w.'\u2019-]+\s*){1,3}?(?:that\b|[:\"\u201c]))"),
    )
}

GERUNDS: dict[str, Cue] = {}
for _form, _lemma in (("saying", "say"), ("adding", "add"), ("telling", "tell"),
                      ("noting", "note"), ("arguing", "argue"), ("claiming", "claim"),
                      ("warning", "warn"), ("insisting", "insist"), ("explaining", "explain"),
                      ("writing", "write"), ("calling", "call"), ("suggesting", "suggest"),
                      ("accusing", "accuse"), ("describing", "describe"),
                      ("stating", "state"), ("declaring", "declare"), ("asking", "ask"),
                      ("predicting", "predict"), ("promising", "promise"),
                      ("vowing", "vow"), ("urging", "urge"), ("acknowledging", "acknowledge"),
                      ("admitting", "admit"), ("announcing", "announce"),
                      ("estimating", "estimate"), ("reporting", "report"),
                      ("tweeting", "tweet"), ("complaining", "complain"),
                      ("stressing", "stress"), ("questioning", "question"),
                      ("praising", "praise"), ("criticizing", "criticize"),
                      ("talking", "talk"), ("pointing", "point"), ("referring", "refer"),
                      ("speaking", "speak"), ("railing", "rail"),
                      ("endorsing", "endorse"), ("opposing", "oppose"),
                      ("attacking", "attack"),
                      ("denouncing", "denounce"), ("blasting", "blast"),
                      ("defending", "defend"), ("denying", "deny"),
                      ("confirming", "confirm"), ("rejecting", "reject"),
                      ("demanding", "demand"), ("welcoming", "welcome"),
                      ("cautioning", "caution"), ("asserting", "assert"),
                      ("boasting", "boast"), ("lamenting", "lament"),
                      ("repeating", "repeat")):  # (before "that" only: gerunds.gerund_cue)
    # (not "conceding the race", "Christie was contending")
    _base = CUES.get(_lemma) or CUES.get(_lemma + "s")
    if _base is not None:
        GERUNDS[_form] = Cue(_lemma, _base.weight * 0.85, False, False)

# Past participles that only attribute in the passive with "by": "figures shared by X".
PASSIVE_ONLY = frozenset({"shared", "provided", "released", "published", "issued", "compiled",
                          "conducted", "cited", "quoted", "given", "made", "obtained",
                          "presented", "relayed", "conveyed"})


# Words a subject noun phrase never contains: they mark where the clause before it ends.
BOUNDARY = frozenset(
    """that which whom whose what when where why how whether if because as while although
    though since until unless and but or nor so than then yet is are was were be been being am
    has have had do does did will would shall should can could may might must not to there
    here him them us me however meanwhile still now even only just already instead also
    too very really never always often again later earlier previously recently once first
    subsequently separately similarly indeed moreover furthermore thus therefore hence
    otherwise accordingly reportedly allegedly apparently repeatedly publicly privately
    initially finally eventually ultimately long further elsewhere overall likewise
    about into onto upon over after before during against between through without under
    toward towards despite amid amidst including like unlike per via whereas soon perhaps
    maybe virtually alongside besides please""".split()
)
# Between a subject and its verb: "X has also long said", "X, however, said".
AUX = frozenset(
    """has have had also later previously once repeatedly recently reportedly earlier again
    publicly privately first often frequently then just long already initially subsequently
    separately similarly further since is was were are been ever never not n't always
    last this week month year today yesterday both all
    each seldom rarely still personally now""".split()
)
NEGATION = frozenset({"not", "n't", "never", "neither", "nor", "no", "nobody", "none", "cannot"})
# Past forms of cue verbs that do not end in -ed: with "-ed" they tell a past cue from a
# bare one ("said" was said; "say" may not be yet).
PAST_CUES = frozenset({"said", "told", "wrote", "thought", "found", "felt"})
MODAL_SKIP = frozenset({"will", "'ll", "shall", "could", "might", "may", "should", "must",
                        "can", "to", "would", "cannot"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
DETERMINERS = frozenset(
    """the a an this these those his her its their our my your some many several another
    one two three four five six seven eight nine ten both all most few each every any other
    such no""".split()
)
PREPOSITIONS = frozenset(
    "of for at in from with on by near within among across inside aboard".split())
PRONOUNS = frozenset("he she it they we i you who which".split())
TITLES = frozenset(
    """mr mrs ms dr sen sens gen rep reps gov lt col sgt capt prof adm maj president senator
    general governor representative secretary minister chancellor premier ambassador judge
    justice chairman chairwoman chair director commissioner mayor spokesman spokeswoman
    spokesperson former acting deputy chief vice prime foreign defense defence press""".split()
)
# Heads that stand for the organisation they belong to ("a spokesman for the Kremlin").
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials researchers
    researcher analysts analyst experts expert representative representatives aide aides
    source sources adviser advisers advisor advisors staff member members team
    press secretary""".split()
)
# Singular heads of a subject that speaks: organisations and people ("the agency estimates",
# "the senator believes"). Lets a cue that is also a noun ("estimates", "states") read as a
# verb after them, where "different states" or "terror attacks" stays a noun.
SPEAKER_HEADS = frozenset(
    """ministry service council agency department party committee institute army military
    office commission bank company government administration pentagon kremlin court police
    command university center centre foundation network campaign association union
    organization organisation board bureau intelligence regime cabinet parliament congress
    senate house embassy coalition alliance group newspaper paper magazine channel station
    editorial site website outlet spokesman spokeswoman spokesperson official president
    senator governor candidate nominee lawmaker leader minister chief director chairman
    chairwoman secretary mayor judge prosecutor lawyer attorney analyst expert adviser
    advisor aide author writer columnist reporter journalist economist pollster
    strategist historian professor researcher scientist manager founder owner critic
    activist voter resident witness woman man mother father wife husband son daughter
    friend commander envoy diplomat negotiator head hospital school firm club church clinic
    charity airline insurer retailer carrier utility operator railway provider""".split()
)
# Pictures and intercepts, whose maker is named with "by": "satellite images taken by
# Planet Labs", "intercepted communications published by the SBU".
PICTURES = frozenset("""images image photos photo photographs photograph pictures picture
    communications intercepts recordings recording""".split())
# Heads that are documents, whose author is the real source ("X's report concluded").
DOC_NOUNS = frozenset(
    """report reports assessment assessments study studies analysis analyses survey surveys
    poll polls estimate estimates findings data figures statement statements review
    investigation document documents memo letter filing records research tally count census
    audit update bulletin briefing paper article post tweet video footage estimation
    polling readout dispatch communique transcript commentary editorial imagery evidence
    text account sheet slide slides chart charts calculation calculations projection tracker
    projections tallies counts lawsuit suit complaint indictment petition affidavit memoir
    email emails ruling notice notices map maps remarks comments testimony note op-ed
    rebuttal declaration declarations essay essays overview overviews outlook outlooks""".split()
)
# Media nouns after which "showing" describes a picture, not a claim.
DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday last this next week weekend
    month year today yesterday tonight overnight morning afternoon evening night earlier late
    early on in january february march april may june july august september october november
    december""".split()
)
# Abbreviated months as the tokenizer keeps them, with their period ("Feb. 11").
MONTH_ABBREVIATIONS = frozenset(
    "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split())
REPORTING_NOUN = re.compile(
    r"\s+(?:in|on|during)\s+(?:a|an|the|his|her|its|their)\s+(?:written\s+|joint\s+|brief\s+|"
    r"televised\s+|recent\s+|new\s+|separate\s+|exclusive\s+)?"
    r"(?:statement|interview|post|tweet|press\s+release|press\s+conference|news\s+conference|"
    r"briefing|letter|speech|op-ed|email|report|video(?:\s+(?:address|message|statement))?|"
    r"message|blog\s+post|podcast|memo|motion|note|notice)\b",
    re.IGNORECASE,
)


# --- The learned lexicon -------------------------------------------------------------------
# bench/learn_cues.py counts, over the PolNeAR train split, how often each word sits inside a
# hand-annotated cue when it occurs at all (its precision as a cue) and where that cue's
# source sits. It is shipped as plain data beside this module so the extractor needs nothing
# at run time; a missing file simply means no learned cues.
@dataclass(frozen=True, slots=True)
class Learned:
    precision: float
    count: int
    attachment: str  # "left" (source before), "right" (after), "poss" (X's view), "none"
    share: float  # the share of cue uses with that attachment
    poss_count: int = 0  # occurrences right after a possessive ("his", "Trump's")
    poss_precision: float = 0.0  # of those, the share whose source is that possessive


def _load_learned() -> dict[str, Learned]:
    from pathlib import Path

    path = Path(__file__).with_name("learned_cues.tsv")
    table: dict[str, Learned] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return table
    for line in lines:
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        word, precision, count, _cue_count, attachment, share = cols[:6]
        poss_count, poss_precision = (int(cols[6]), float(cols[7])) if len(cols) >= 8 else (0, 0)
        table[word] = Learned(float(precision), int(count), attachment, float(share),
                              poss_count, float(poss_precision))
    return table


LEARNED: dict[str, Learned] = _load_learned()


def _load_heads() -> frozenset[str]:
    """Lower-case nouns that often head a source in PolNeAR train ("critics", "strategists",
    "prosecutors"): learned by bench/learn_cues.py into learned_sources.tsv."""
    from pathlib import Path

    try:
        lines = Path(__file__).with_name("learned_sources.tsv").read_text(
            encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    words = (line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))
    # Pronouns and participles ("surveyed") have rules of their own.
    return frozenset(w for w in words if w.isalpha() and w not in PRONOUNS
                     and not w.endswith("ed"))


LEARNED_HEADS = _load_heads()
SPEAKER_HEADS = SPEAKER_HEADS | LEARNED_HEADS

# Learned words the rules must NOT read as attributions, whatever their precision in
# PolNeAR: refusals and non-statements (PolNeAR marks "declined to comment" as a cue; a
# reviewer has nothing to attribute), plain events and actions (an order, a vote, a post on a
# platform is not a claim), future or hypothetical readings, and words whose "source" is the
# object ("angered", "rattled").
LEARNED_EXCLUDED = frozenset(
    """declined refused refuses refusing refuse expected expecting posted retweeted emailed
    ordered signed voted passed fired filed delivered blocked appointed nominated named
    sentenced released issued unveiled presented listed titled labeled known regarded
    deemed considered viewed intended assumed reads read sounded sounds seemed seems seem
    appears appeared appear shown angered rattled alarmed resonated worrying thanked
    congratulated booed cheered celebrated apologized authorized negotiated launched
    introducing approved avoided laid cast offered offering offer planned planning aimed
    aims exposed published shared requested invoked restricting detailing outlined
    attempted attempting opted decided deciding determined devoted dedicated focused
    focuses follows hung touched tying sparked passing publishing painting circulating
    doubled knocked pushed pushing pressed pressing weighed quoted repeating sided
    chanted chants shouted yelled convinced persuaded encouraged realized noticed
    remembered wanted ignored discussed discuss discussing""".split()
)

# A learned word becomes a cue only this sure: the cross-validated threshold in the file
# maximises token F1 of "is a cue", but a proposal also needs its source, and below this
# precision (measured on train, not dev) more wrong proposals came in than right ones.
LEARNED_MIN_PRECISION = 0.4
LEARNED_MIN_SHARE = 0.6  # most of the word's cue uses have the attachment the rule needs


def _learned_form(word: str) -> bool:
    """A verb form the subject rule can use: past ("-ed") or third person ("-s")."""
    return word.isalpha() and not word.endswith("ly") and (
        word.endswith("ed") or word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


_HAND = frozenset(CUES) | frozenset(GERUNDS)
HAND_LEMMAS = frozenset(c.lemma for c in CUES.values()) | frozenset(
    c.lemma for c in GERUNDS.values())
for _word, _l in LEARNED.items():
    if _word in CUES or _word in GERUNDS or _word in LEARNED_EXCLUDED \
            or _l.precision < LEARNED_MIN_PRECISION or _l.attachment != "left" \
            or _l.share < LEARNED_MIN_SHARE:
        continue
    if _word.endswith("ing") and _word.isalpha():
        GERUNDS[_word] = Cue(_word, _l.precision, False, False)
    elif _learned_form(_word):
        CUES[_word] = Cue(_word, _l.precision, False, not _word.endswith("ed"))

# Confidence from the data: a hand-listed form seen often enough in train is tempered by its
# learned precision (how often news that uses it is attributing): the mean of the two when
# that is lower, so "said" stays high and "believes" comes down. Never raised: the hand
# weight also ranks two cues of one subject ("defended the curfew, saying …" keeps "saying").
for _table in (CUES, GERUNDS):
    for _word, _cue in list(_table.items()):
        _l = LEARNED.get(_word)
        if _l is not None and _l.count >= 20 and _word in _HAND:
            _table[_word] = Cue(_cue.lemma,
                                min(_cue.weight, round((_cue.weight + _l.precision) / 2, 3)),
                                _cue.invertible, _cue.noun_too)

# British spellings ("criticised", "emphasising") carry the American lemma, so that every
# table keyed by lemma (passives, stances, objects) reads both alike.
for _form, _cue in list(CUES.items()):
    if _cue.lemma.endswith("ise") and _cue.lemma[:-3] + "ize" in CUES:
        CUES[_form] = Cue(_cue.lemma[:-3] + "ize", _cue.weight, _cue.invertible, _cue.noun_too)
for _form, _cue in list(GERUNDS.items()):
    if _form.endswith("izing"):
        GERUNDS.setdefault(_form[:-5] + "ising", _cue)

# Nouns whose possessor is the source ("his view", "Trump's claim", "her calls for"): a
# possessive before them was the annotated source this often in train, and the noun is a
# cue often enough on its own (which keeps out adjectives such as "controversial").
POSS_MIN_PRECISION = 0.3
POSS_NOUNS: dict[str, float] = {
    w: row.poss_precision for w, row in LEARNED.items()
    if row.poss_count >= 8 and row.poss_precision >= POSS_MIN_PRECISION
    and row.precision >= 0.2 and w.isalpha() and w not in DATE_WORDS
}

# Nouns that carry a claim when "that" follows: "the Kremlin's denial that …", "her warning
# that …". Too rare in train to be learned, unmistakable with their clause.
for _noun in """claim claims denial denials assertion assertions allegation allegations warning
        warnings admission insistence contention assessment estimate conclusion
        accusation accusations suggestion argument prediction announcement
        acknowledgment acknowledgement view belief position remark remarks comment comments
        boast confirmation report statement revelation complaint count tally charge rumor
        rumour version""".split():
    POSS_NOUNS.setdefault(_noun, 0.0)  # 0.0: only with "that" after it (see rules)

# Any word that can begin a cue, for the cheap pre-filter that skips cue-less sentences.
# Forms that are cues only inside their phrase ("made clear", "put the toll at") are left
# out of that set: they are common words, and one regex over the few sentences that have
# them costs less than tokenizing each of those sentences.
_PHRASE_FORMS = frozenset(f for f, c in CUES.items() if c.lemma in PHRASES)
CUE_WORDS = frozenset(set(CUES) | set(GERUNDS) | PASSIVE_ONLY | {"according", "citing"}
                      | {"poll", "polls", "survey", "surveys"}
                      | {"suggesting", "indicating", "finding", "per", "quoting", "statement"}
                      | set(POSS_NOUNS)) - _PHRASE_FORMS | (_PHRASE_FORMS & PASSIVE_ONLY) \
    | (_PHRASE_FORMS & set(POSS_NOUNS))
# "“…,” the statement read": a cue only beside a quotation (documents.text_reads), so the
# pre-filter lets it in only when the text has a quotation mark.
_QUOTED_ONLY = frozenset({"read", "reads"})
# "In the words of one firefighter, “…”", "By his own account, …": a source only inside
# that phrase.
_WORDS_OF = frozenset({"words", "account", "version"})
TRIGGERS = CUE_WORDS | _PHRASE_FORMS | _QUOTED_ONLY | _WORDS_OF  # what the rules look at
# Every phrase cue as an alternative after a word boundary, filed under the first letter of
# its words ("made clear" under m, "went on to say" under w). The letters' look-aheads let the
# engine try only the alternatives of the letter standing at a boundary, not all forty: only
# whether the pattern matches is read, so their order does not matter.
_PHRASE_BY_LETTER: dict[str, list[str]] = {
    # "As the mayor put it at Tuesday's meeting, …": the rules read "as … put it" whatever
    # follows it (verb_cues._as_put_it)
    "a": [r"as\s+(?:[\w.'\u2019-]+,?\s+){1,9}?put\s+it\b"],  # (", an appositive,")
    "i": [r"in\s+the\s+words\s+of\b|in\s+[^,.;]{1,40}?['\u2019]s\s+words\s*,",
          r"in\s+(?:[^,.;]{1,40}?['\u2019]s|his|her|their|its)\s+(?:own\s+)?(?:account|version)\b"],
    "b": [r"by\s+(?:[^,.;]{1,40}?['\u2019]s|his|her|their|its)\s+(?:own\s+)?(?:account|version)\b"],
}
for _lemma, _pattern in PHRASES.items():
    _forms = sorted(f for f, c in CUES.items() if c.lemma == _lemma)
    for _letter in sorted({f[0] for f in _forms}):
        _PHRASE_BY_LETTER.setdefault(_letter, []).append(
            "(?:" + "|".join(f for f in _forms if f[0] == _letter) + f")(?:{_pattern.pattern})")
_PHRASE_ANY = re.compile(
    r"\b(?:(?=[" + "".join(sorted(_PHRASE_BY_LETTER)) + "])(?:"
    + "|".join(f"(?={letter})(?:{'|'.join(alternatives)})"
               for letter, alternatives in sorted(_PHRASE_BY_LETTER.items()))
    + "))",
    re.IGNORECASE,
)


def has_cue_word(text: str) -> bool:
    # Every word the filter looks for is a run of the letters a-z, so it stands in the text
    # exactly where it is a whole run of them; and in UTF-8 no other character's bytes are
    # those letters. Lower-casing the ASCII letters and blanking every other byte, then
    # splitting, finds the runs in two C passes, faster than a regex over the text (even one
    # shaped as a letter tree). Only two characters lower-case to an ASCII letter ("\u0130"
    # and the Kelvin sign): a text with one is lower-cased first, as a whole.
    if "\u0130" in text or "\u212a" in text:
        data = text.lower().encode("utf-8", "surrogatepass")
    else:
        data = text.encode("utf-8", "surrogatepass")
    found = _FILTER_WORDS.intersection(data.translate(_LETTERS_ONLY).split())
    if not found <= _NOT_ALONE:
        return True  # a cue word that needs nothing more (most sentences that pass)
    weak = phrase = quoted = False
    for word in map(bytes.decode, found):
        if word in _WEAK:
            weak = True
        elif word in _QUOTED_ONLY:
            quoted = True
        else:  # (one of _ONLY_IN_PHRASES)
            phrase = True
            quoted = quoted or word in _AFTER_A_QUOTATION  # '“…,” the rapper posted on …'
    # "the United States" and "I think" are the commonest false alarms (first-person opinions
    # are never proposed): those words count only where _WEAK_AS_CUE says they may.
    return weak and _WEAK_AS_CUE.search(text.lower()) is not None \
        or phrase and _PHRASE_ANY.search(text) is not None \
        or quoted and _QUOTE_MARK.search(text) is not None


_WEAK = frozenset({"state", "states", "think"})
# (Each word comes first and the looks back after it, which then reach back over it: a
# pattern that opens with a word lets the regex engine skip to where that word's letter
# stands, one that opens with a look back is tried at every character: ten times slower.)
_WEAK_AS_CUE = re.compile(
    r"state(?<!united state)(?<!the state)(?<!of state)(?<!a state)(?<!\wstate)s?\b"
    r"|think(?<!i think)(?<!we think)(?<!you think)(?<!\wthink)\b"
)
_ONLY_IN_PHRASES = _PHRASE_FORMS - CUE_WORDS | _WORDS_OF
# Phrase forms that also attribute right after a quotation (verb_cues._after_quotation):
# '“…,” the rapper posted on Instagram', '“…,” he went on, “…”', '“…,” she testified.'.
_AFTER_A_QUOTATION = frozenset({"posted", "posts", "went", "testified", "testifies"})
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb]|''|\u2018")  # not "Trump's" apostrophe
_FILTER_WORDS = frozenset(
    w.encode() for w in CUE_WORDS | _PHRASE_FORMS | _QUOTED_ONLY | _WORDS_OF)
if not all(re.fullmatch(rb"[a-z]+", w) for w in _FILTER_WORDS):
    raise ValueError("a cue word that is no run of a-z would slip through the pre-filter")
_NOT_ALONE = frozenset(w.encode() for w in _WEAK | _QUOTED_ONLY | _ONLY_IN_PHRASES)
# a-z stay, A-Z become a-z, every other byte a space (65-90: A-Z, 97-122: a-z)
_LETTERS_ONLY = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
