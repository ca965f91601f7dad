"""Extractor: broadcast scripts, press reviews and wire rewrites, from a twenty-sixth
held-out probe; each fixed as a general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases, date_of, sources

from extract.registry import Registry


def test_a_passive_speakers_appositive_does_not_hide_the_date() -> None:
    """"was reported by Suspilne, Ukraine's public broadcaster, on Friday": the date after
    the speaker's appositive is the statement's, as "reported by Suspilne on Friday" is; a
    clause in its place ("…, who arrived on Friday") dates something else."""
    assert date_of("The capture was reported by Suspilne, Ukraine's public broadcaster, on "
                   "Friday.", "Suspilne") == "2025-01-17"
    assert date_of("The toll was announced by the regional governor, Vyacheslav Gladkov, early "
                   "on Sunday.", "the regional governor, Vyacheslav Gladkov") == "2025-01-12"
    assert date_of('"It is over," said Ana Ruiz, a former aide, on Friday.',
                   "Ana Ruiz, a former aide") == "2025-01-17"
    assert date_of('"It is over," said the aide, who left on Friday.',
                   "the aide, who left on Friday") is None


def test_questioning_captives_is_an_interrogation(reg: Registry) -> None:
    """"The NIS questioned the two prisoners": an interrogation, nothing voiced; questioning
    a claim or whether something is so voices a doubt."""
    check_cases(reg, {
        "The NIS questioned the two prisoners by video link.": [],
        "Police questioned two suspects on Monday.": [],
        "A newspaper said the agency had questioned the captured soldiers.":
            [("A newspaper", "said")],
        "The senator questioned the figures.": [("The senator", "questioned")],
        "Analysts questioned whether the troops were ready.": [("Analysts", "questioned")],
    })


def test_wire_rewrites_name_who_reported_first(reg: Registry) -> None:
    """"As first reported by NK News," reads as "As reported by NK News,"; a second passive
    joined by "and (later)" has its own agent, who confirmed ("reported by Yonhap and later
    confirmed by the ministry" was "The figure confirmed"); a deed joined by "and" keeps the
    clause's subject."""
    check_cases(reg, {
        "As first reported by NK News, the vessels sailed from Rajin.":
            [("NK News", "reported")],
        "The figure was reported by Yonhap and later confirmed by the ministry.":
            [("Yonhap", "reported"), ("the ministry", "confirmed")],
        "The army retreated and later confirmed by radio that the town fell.":
            [("The army", "confirmed")],
    })


def test_a_correspondent_reports_from_a_place(reg: Registry) -> None:
    """"Jean Mackenzie reports from Seoul that …": a place phrase between "reports" and its
    "that" keeps it a verb, as "reports in Science that" does; and "Reports from Seoul that
    … could not be confirmed" is a passive with no agent, not a finding of the reports."""
    check_cases(reg, {
        "Correspondent Jean Mackenzie reports from Seoul that officials are alarmed.":
            [("Correspondent Jean Mackenzie", "reports")],
        "Reports from Seoul that officials are alarmed could not be confirmed.": [],
    })


def test_a_recipient_and_the_next_phrase_are_two(reg: Registry) -> None:
    """"told the BBC the North Koreans attacked": the recipient's name ends its phrase, and
    the next "the" opens another; "Amendment the Founding Fathers" was one speaker."""
    check_cases(reg, {
        "Another soldier told the BBC the North Koreans had attacked in waves.":
            [("Another soldier", "told")],
        "Under Bill Clinton the Democrats sought advice from Wall Street.":
            [("the Democrats", "sought")],
        "All the officials said the plan was dead.": [("All the officials", "said")],
    })


def test_they_are_the_people_counted_not_their_interviewer(reg: Registry) -> None:
    """"Two Ukrainian paratroopers … were interviewed by the BBC. They said": the people the
    sentence opens with, counted, whatever their noun; and a singular "the president" is no
    "they"."""
    context = ["Two Ukrainian paratroopers who took part in the capture were interviewed by "
               "the BBC."]
    assert sources("They said the soldiers had no idea where they were.", reg,
                   context=context) == [("They", "Two Ukrainian paratroopers", "said")]
    context = ['Nothing the president said "will assuage fears," the senator said.']
    assert sources("They criticized the plan again.", reg, context=context) == [
        ("They", "They", "criticized")]


def test_a_documents_author_set_off_by_commas(reg: Registry) -> None:
    """"A second report, from the Washington Post, said": the author of the report, set off
    by commas, is the source, as in "a report from the Washington Post said"; "by contrast"
    names nobody."""
    check_cases(reg, {
        "A second report, from the Washington Post, said the plan was known.":
            [("the Washington Post", "said")],
        "The report, by contrast, said the plan was dead.": [("The report", "said")],
    })



def test_what_someone_said_with_nothing_after(reg: Registry) -> None:
    """"I do take what Alan Krueger said seriously": as "I disagree with what he said." the
    sentence gives no words of his; "what the senators said was gerrymandering" and "what
    Bradley said she expected" give them, and "what he said about the budget" stays (PolNeAR
    marks such a topic about as often as not)."""
    check_cases(reg, {
        "I do take what Alan Krueger said seriously.": [],
        "We did like some of what Trump has said.": [],
        "It amounted to what the senators said was gerrymandering.": [("the senators", "said")],
        "It raised double what Bradley said she expected.": [("Bradley", "said")],
        "What the NIS told lawmakers is that 300 died.": [("the NIS", "told")],
    })
