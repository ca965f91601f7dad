"""Extractor: constructions a fourteenth held-out probe found missing, each fixed as a general
rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import Cases, check_cases

from extract.registry import Registry


def test_a_participle_after_later_or_first_is_passive_with_its_by_phrase(reg: Registry) -> None:
    """"…, a claim later confirmed by South Korea's spy agency": the agency confirmed it; the
    claim confirms nothing. A name before "later confirmed by" may be an active subject."""
    cases: Cases = {
        "Kyiv said two soldiers were captured, a figure later confirmed by the NIS.":
            [("Kyiv", "said"), ("the NIS", "confirmed")],
        "The losses, an estimate first reported by Yonhap, were revised.":
            [("Yonhap", "reported")],
        "Kim later confirmed by phone that he would attend.": [("Kim", "confirmed")],
        "The claim was later confirmed by the Pentagon.": [("the Pentagon", "confirmed")],
    }
    check_cases(reg, cases)


def test_an_opening_participle_phrase_is_no_part_of_the_subject(reg: Registry) -> None:
    """"Testifying before the committee, Gen. Cavoli, the top commander, said": the phrase
    before the titled name says where and how; the subject is the name and its appositive."""
    cases: Cases = {
        "Testifying before the Armed Services Committee, Gen. Christopher Cavoli, the top U.S. "
        "commander in Europe, said the shells came from Pyongyang.":
            [("Gen. Christopher Cavoli, the top U.S. commander in Europe", "said")],
        "Alarmed by the strikes on Odesa, Sen. Jeanne Shaheen, a Democrat from New Hampshire, "
        "said more air defense was needed.":
            [("Sen. Jeanne Shaheen, a Democrat from New Hampshire", "said")],
        "Russia's foreign minister, Sergei Lavrov, said the talks had failed.":
            [("Russia's foreign minister, Sergei Lavrov", "said")],
        "In a letter, the inspector general, Steve Linick, said the rules were broken.":
            [("the inspector general, Steve Linick", "said")],
    }
    check_cases(reg, cases)


def test_bloggers_and_channels_are_cited_sources(reg: Registry) -> None:
    """"citing Russian milbloggers": people who post are where a claim came from, as
    officials and witnesses are; a reason after "citing" still is not (the one citing it
    gives it)."""
    cases: Cases = {
        "The ISW, citing Russian milbloggers, reported that the unit had pulled back.":
            [("The ISW", "reported"), ("Russian milbloggers", "citing")],
        "Kyiv closed the crossing, citing pro-Kremlin Telegram channels.":
            [("pro-Kremlin Telegram channels", "citing")],
        "Seoul closed the crossing, citing security concerns.": [("Seoul", "citing")],
    }
    check_cases(reg, cases)


def test_a_clause_after_but_has_its_own_subject_before_an_interrupting_piece(
        reg: Registry) -> None:
    """"…, but the ISW, citing milbloggers, reported": the piece after ", but" opens a clause
    whose subject speaks, though a comma piece stands between it and the verb."""
    cases: Cases = {
        "Kyiv said the troops had withdrawn, but the ISW, citing Russian milbloggers, "
        "reported that they had returned.":
            [("Kyiv", "said"), ("the ISW", "reported"), ("Russian milbloggers", "citing")],
        "Kyiv denied the claim, yet Peskov, speaking on Friday, said the troops had crossed.":
            [("Kyiv", "denied"), ("Peskov", "said")],
    }
    check_cases(reg, cases)


def test_an_ampersand_joins_a_name(reg: Registry) -> None:
    """"S&P Global", "AT&T", "P&G": one name, not "S" and then "&" (the source was "S"); a
    spaced "&" between words still separates them."""
    cases: Cases = {
        "According to data from S&P Global Commodity Insights, Russian crude exports fell.":
            [("S&P Global Commodity Insights", "According to")],
        "AT&T said the outage in Kharkiv had been fixed.": [("AT&T", "said")],
        "One P&G employee told the station the plant would reopen.":
            [("One P&G employee", "told")],
    }
    check_cases(reg, cases)


def test_a_wire_slug_is_no_part_of_the_headline_subject(reg: Registry) -> None:
    """"UPDATE 2-Kremlin says …", "EXCLUSIVE-Ukraine says …": the desk's slug is glued to the
    headline by a hyphen but names nobody; a hyphenated compound stays one word."""
    cases: Cases = {
        "UPDATE 2-Kremlin says Putin open to talks with Trump": [("Kremlin", "says")],
        "EXCLUSIVE-Seoul's spy agency says North Korean troops suffer heavy losses":
            [("Seoul's spy agency", "says")],
        "The NATO-Ukraine Council said the shipments would continue.":
            [("The NATO-Ukraine Council", "said")],
    }
    check_cases(reg, cases)


def test_informed_someone_that_reports(reg: Registry) -> None:
    """"the NIS had informed lawmakers that …": informing someone that something is so reports
    it, nested inside the lawmaker's words. "Informed sources" and "informed of" are not."""
    cases: Cases = {
        "Rep. Park told reporters that the NIS had informed lawmakers that 300 soldiers had "
        "died.": [("Rep. Park", "told"), ("the NIS", "informed")],
        "The ministry informed the families on Friday that the soldiers had died.":
            [("The ministry", "informed")],
        "Well-informed officials made an informed guess about the losses.": [],
    }
    check_cases(reg, cases)


def test_sources_keep_the_named_body_they_sit_in(reg: Registry) -> None:
    """"citing two sources in the General Staff": the body the sources sit in belongs to the
    source (and names its entity); a time after "in the" does not."""
    cases: Cases = {
        "The paper cited two sources in the General Staff.":
            [("The paper", "cited"), ("two sources in the General Staff", "cited")],
        "According to officials in the Pentagon, the unit withdrew.":
            [("officials in the Pentagon", "According to")],
        "The unit withdrew, said officials in the morning.": [("officials", "said")],
    }
    check_cases(reg, cases)


def test_speakers_in_a_place_are_no_event_before_an_evidence_verb(reg: Registry) -> None:
    """"Health officials in Gyeonggi province confirmed the first case": people head the
    subject, so the place noun at its end does not make it an event that confirms things."""
    cases: Cases = {
        "Health officials in Gyeonggi province confirmed the country's first case of the "
        "new strain.": [("Health officials in Gyeonggi province", "confirmed")],
        "Police in Kharkiv region confirmed two deaths.":
            [("Police in Kharkiv region", "confirmed")],
        "The attack in Kharkiv province showed how thin the defenses were.": [],
    }
    check_cases(reg, cases)
