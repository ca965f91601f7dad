"""Speaker labels: "Sanders: Clinton needs to …", "WALLACE: Governor, …", "Zelenskyy was blunt:
“…”", and the signature under a quote or an embedded post ("― Ariana Huichapa."). The colon
or dash is the cue (with how the words came out, when it says so)."""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.cues import DATE_WORDS, PRONOUNS, SPEAKER_HEADS, TITLES
from extract.first_names import FIRST_NAMES
from extract.tokens import Sentence

# A name of up to four capitalised words ("… — Paul Ryan (@SpeakerRyan) July 5, 2016").
_LABEL_NAME = r"((?:[A-Z][\w.'\u2019&-]*\s+){0,3}[A-Z][\w.'\u2019&-]*)"
# Nouns that head a speaker's description ("spokesman", "ministry", "commander"): not a
# paper's editorial or a website, which are where words stand.
_HEADS = "|".join(sorted(SPEAKER_HEADS - {"editorial", "site", "website"}))
# A name's own body or officer before a headline's colon: "South Korea's military: …"
_OWNED_HEAD = r"(?:['\u2019]s\s+(?:[a-z]+\s+){0,2}(?:" + _HEADS + r"))?"
_COLON_LABEL = re.compile(
    # a bullet ("- Fed's Waller: …", "• Minister Ruiz: …", "▪ Budanov: …") or a timestamp
    # ("[00:14:32] PESKOV: …", a live blog's "15:05 — Peskov: …")
    r"(?:(?:[-\u2022*\u25aa\u25cf\u25a0\u27a4]|\[\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|\d{1,2}:\d{2}\s*[\u2014\u2013-])\s+)?"
    r"[\s\"\u201c\u2018']{0,3}" + _LABEL_NAME[:-1] + _OWNED_HEAD + ")"
    + r"(?:\s+\((?:through|via|in|speaking)\b[^()]{0,30}\))?"  # "ZELENSKYY (through interpreter):"
    + r"(?:\s*\([RDI]-[A-Z]{2}\))?"  # "SEN. TOM COTTON (R-AR):"
    # "Sybiha on X: …", "Budanov on Telegram: …": where the words were posted
    + r"(?:\s+on\s+(?:X|Telegram|Twitter|Facebook|Instagram|TikTok|Truth\s+Social))?"
    + r"(?:,\s+[A-Z][A-Z.'\u2019& -]{2,60}?)?"  # "JOHN KIRBY, WHITE HOUSE SPOKESMAN:"
    + r"(\s*:)(?=\s+[^\s$])"
)
# "Zelenskyy was blunt: “…”", "The Kremlin was more cautious: “…”": the speaker, then how
# the words came out, then a colon before the quotation.
_MANNER_LABEL = re.compile(
    r"[\s\"\u201c\u2018']{0,3}(" + _LABEL_NAME[1:-1]
    # or a described speaker: "The brigade commander was blunt: “…”"
    + r"|(?:The|A|An)\s+(?:[a-z][\w'\u2019-]*\s+){0,3}(?:" + _HEADS + r"))"
    + r"(\s+(?:was|is|were|are)\s+(?:(?:more|less|even|equally|just\s+as)\s+)?(?:blunt|blunter|"
    r"clear|clearer|defiant|emphatic|direct|candid|unequivocal|adamant|categorical|succinct|"
    r"scathing|cautious|dismissive|frank|franker|upbeat|optimistic|pessimistic|firm|"
    r"unapologetic|terse|forthright|explicit|unambiguous|measured|guarded)\s*:)"
    r"(?=\s*[\"\u201c\u2018'])"
)
_DASH_LABEL = re.compile(
    # "…about.”― Pamela Padilla" (the look-ahead at the dash first: the engine passes every
    # other place at once)
    r"(?=[\u2015\u2014\u2013-])(?:^|(?<=[\s\u201d\"]))([\u2015\u2014\u2013]|^-)\s*"
    + _LABEL_NAME
    + r"(?=\s*(?:$|\n|\.\s*(?:$|\n)|\(@|,?\s+[A-Z][a-z]+\.?\s+\d))"
)
# A wire headline's source after a closing colon, with no full stop: "N. Korean troops
# suffering heavy losses in drone attacks: NIS". A name only: a bulleted fact credited to
# "officials" is left alone, as is a photo credit ("Photo: Yonhap").
_TRAILING_LABEL = re.compile(  # (a space or the colon first: the look-ahead skips the rest)
    r"(?=[\s:])(?<=\S)(\s*:)\s*((?:[A-Z][\w.'\u2019&-]*\s+){0,2}[A-Z][\w.'\u2019&-]*)"
    r"(?<![.!?])\s*$")
# Rubrics over words shown on screen: "CHYRON: …", "On-screen text: NIS: 300 …", "LOWER
# THIRD: KIRBY: …": the label after one, if any, is the speaker.
_SCREEN_RUBRICS = frozenset("chyron subtitles subtitle on-screen onscreen lower banner".split())
# Newsroom rubrics over a headline ("EXPLAINER: What we know …", "Fact Check: …", "OPINION:",
# "WATCH:"): the desk's label for the piece, never someone speaking.
_NOT_LABELS = frozenset(
    """update updated breaking watch note editor editor's editors related read video photo
    photos exclusive analysis opinion transcript listen warning correction q a question
    answer live latest also see click follow subscribe advertisement sign share email tags
    topics filed posted published caption credit image map chart graphic timeline background
    context summary key here this that the why how what when where who day step part chapter
    section table figure fig bottom top more via cc bcc subject re fwd from to date sent
    attachment attachments warning tip tips bonus pro con cons pros ps p.s yet announced
    remember plus name age contributing byline twitter paid wow boom look revealed
    bombshell busted so source sources clarification disclaimer disclosure
    explainer explained fact fact-check factcheck factbox q&a recap preview review obituary
    editorial commentary perspective viewpoint column essay profile interview podcast
    newsletter briefing developing alert special feature spotlight investigation insight
    quiz about contact contacts forward-looking photograph photographs photographer picture
    pictures illustration illustrations images footage urgent icymi trending pictured our
    weather traffic reactions reaction speakers speaker panelists guests attendees
    participants agenda lineup screen focus""".split()
) | _SCREEN_RUBRICS
# What a line says when it claims nothing, whoever speaks it: a greeting, thanks, a
# handover to a guest or a break ("ANCHOR: Good evening, and welcome to the program.",
# "TAPPER: Secretary Blinken, thank you.", "… joins us now from Kyiv"), or a line cut off.
# (Not "Let's start with …": PolNeAR gives a host's turn that opens so to the host, for the
# claims the next sentences of the turn make.)
_NO_CLAIM_LINE = re.compile(
    r"\s*(?:(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,\s+)?(?:thank\s+you|thanks\b"
    r"|good\s+(?:morning|afternoon|evening|night)\b|welcome\b|hello\b|hi\b"
    r"|after\s+the\s+break\b|stay\s+with\s+us\b|coming\s+up\b)"
    r"|[^.;:]{0,60}?\bjoins?\s+us\b|[^.;:]{0,30}?\s[\u2014\u2013-]+\s*$", re.IGNORECASE)
# Last words of a rubric rather than a speaker: "Editor's Note:", "Delegate Update:",
# "Monday's Morning Email:", "Just Leaked:"; and a press release's headings, "Media
# Contact:", "Investor Relations:", "Press Inquiries:" (its "About X:", "Contact:" and
# "Forward-Looking Statements:" open with a word ``_NOT_LABELS`` holds).
_NOT_LABEL_ENDS = frozenset("""note notice update email leaked daily contact contacts
    relations inquiries enquiries""".split())
# Headings of a bulleted figure: "- Casualties: about 3,000".
_FIGURE_HEADINGS = frozenset("""casualties losses deaths dead wounded injured injuries killed
    arrests displaced refugees toll damage cost costs budget total troops forces prisoners
    captured missing""".split())
# What opens a figure after a heading's colon: a number, perhaps after an approximator.
_FIGURE_FIRST = re.compile(
    r"\s*(?:(?:about|around|some|nearly|roughly|almost|over|under|up\s+to|at\s+least|more\s+than|"
    r"fewer\s+than|less\s+than|approximately|an\s+estimated)\s+)?[\d$\u20ac\u00a3]",
    re.IGNORECASE)
# Capitalised prepositions that a title-case phrase has and a name does not.
_HEADLINE_PREPOSITIONS = frozenset("""Over With From About After Before Into Under Against
    Without Through Behind Beyond Vs Versus""".split())
# "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": a roster of names, not words said.
_ROSTER = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*,\s*){4}")


def _dashed(text: str) -> bool:
    """A dash that may set off a signature ("― Ana Ruiz"), or a leading "-"."""
    return "\u2015" in text or "\u2014" in text or "\u2013" in text or text[:1] == "-"


def may_have_label(text: str) -> bool:
    """Cheap test before the label regexes: most sentences have neither a colon nor a dash."""
    return ":" in text or _dashed(text)


def has_label(text: str) -> bool:
    return (":" in text and (_COLON_LABEL.match(text) is not None
                             or _MANNER_LABEL.match(text) is not None
                             or _TRAILING_LABEL.search(text) is not None)) or (
        _dashed(text) and _DASH_LABEL.search(text) is not None
    )


def label_spans(sent: Sentence) -> list[tuple[int, int, int, int]]:
    """A speaker label opening a headline or transcript line, or a signature after a dash:
    (source start, source end, cue start, cue end) token ranges."""
    text = sent.text
    found: list[tuple[int, int, int, int]] = []  # name start/end, cue start/end (chars)
    m = _COLON_LABEL.match(text) or _MANNER_LABEL.match(text)
    if m is not None and m.re is _COLON_LABEL and m.group(1).split()[0].lower() in _SCREEN_RUBRICS:
        m = _COLON_LABEL.match(text, m.end())  # "LOWER THIRD: KIRBY: “…”": the one shown
    if m is not None:
        colon = m.end(2) - 1 if m.re is _COLON_LABEL else m.start(2) + 1
        found.append((m.start(1), m.end(1), colon, m.end(2)))
    if _dashed(text):
        for d in _DASH_LABEL.finditer(text):
            found.append((d.start(2), d.end(2), d.start(1), d.end(1)))
    t = _TRAILING_LABEL.search(text) if ":" in text and m is None else None
    before = text[:t.start(1)].split() if t is not None else []
    if t is not None and len(before) >= 4 and before[-1].lower() not in _NOT_LABELS \
            and "." not in before[-1]:
        found.append((t.start(2), t.end(2), t.start(1), t.end(1)))
    hits: list[tuple[int, int, int, int]] = []
    for ns, ne, cs, ce in found:
        if text[ne - 1] == "." and ne - ns > 3 and text[ne - 3] != ".":
            ne -= 1  # "― Olena Kravets.": the sentence's period, not an initial's
        name = text[ns:ne]
        if m is not None and m.re is _MANNER_LABEL and ns == m.start(1) \
                and name.split(" ", 1)[0] in ("The", "A", "An") and " " in name:
            # "The Kremlin was more cautious:", "A senior official was blunt:": no rubric
            name = name.split(" ", 1)[1]
        first = name.split()[0].lower().rstrip(".").replace("\u2019", "'")
        last = name.split()[-1].lower()
        if first in _NOT_LABELS or first in DATE_WORDS or first in PRONOUNS \
                or last in _NOT_LABEL_ENDS or _ROSTER.match(text, ce) \
                or first in TITLES and " " not in name or any(c.isdigit() for c in name):
            continue
        if " " in name and name.isupper() and first not in TITLES \
                and first not in FIRST_NAMES:
            continue  # "STAT OF THE WEEK:": a rubric, not a speaker (but "SEN. COTTON:",
            # "JOHN KIRBY:")
        if m is not None and ns == m.start(1) and _NO_CLAIM_LINE.match(text, ce):
            continue  # "ANCHOR: Good evening, and welcome …": a line that claims nothing
        if text.rstrip().endswith("?") and cs < len(text) // 2:
            continue  # "REPORTER: Can you say how many …?": a question asks, claims nothing
        if any(w in _HEADLINE_PREPOSITIONS for w in name.split()[1:]):
            continue  # "Stealth Over Health: …": a headline's phrase; a name's "of" is small
        if text[ce:].lstrip()[:1].isdigit() and not (name.isupper() and len(name) <= 6) \
                or name.lower() in _FIGURE_HEADINGS and _FIGURE_FIRST.match(text, ce):
            # "Chapter 3: 2 …", "- Casualties: about 3,000, per …": a heading and its
            # figure; but "NIS: 300 soldiers killed" is an agency's claim
            continue
        s, e = bisect_left(sent.starts, ns), bisect_left(sent.starts, ne)
        c0, c1 = bisect_left(sent.starts, cs), bisect_left(sent.starts, ce)
        if s < e and c0 < c1:
            hits.append((s, e, c0, c1))
    return hits
