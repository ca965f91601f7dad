"""Extractor: constructions a twentieth held-out probe found missing or wrong, each fixed as a
general rule and tested with sentences of our own beside look-alikes that must not change.
"""

from __future__ import annotations

from extract_helpers import check_cases, sources

from extract.registry import Registry


def test_a_country_before_a_study_role_is_the_field_not_the_employer(reg: Registry) -> None:
    """"North Korea expert Victor Cha" studies North Korea and speaks for himself; "ISW
    analyst George Barros" and "Pentagon spokesman Pat Ryder" speak for their employer."""
    assert sources("North Korea expert Victor Cha said the test had failed.", reg) == [
        ("North Korea expert Victor Cha", "North Korea expert Victor Cha", "said")]
    assert sources("A Russia analyst said the offensive had stalled.", reg) == [
        ("A Russia analyst", "A Russia analyst", "said")]
    assert [e for _s, e, _c in sources("ISW analyst George Barros said the line held.", reg)] \
        == ["ISW"]
    assert [e for _s, e, _c in sources("Pentagon spokesman Pat Ryder said no.", reg)] \
        == ["Pentagon"]


def test_admitted_is_the_verb_admit(reg: Registry) -> None:
    """"admitted" was read as a word of its own (the spelling rule gave "admited"): inside a
    reported clause it was dropped, and it could not be inverted."""
    check_cases(reg, {
        "The prosecutor said the defendant had admitted that he lied.":
            [("The prosecutor", "said"), ("the defendant", "admitted")],
        "“I was wrong,” admitted the coach.": [("the coach", "admitted")],
        # A participle before the main verb admits nothing.
        "Officials say the majority of refugees admitted are children.":
            [("Officials", "say")],
    })


def test_dismissing_staff_is_a_firing(reg: Registry) -> None:
    """"dismissed the commander of the district", "dismissed its coach": a post holder for
    the object is fired; a report or a claim dismissed is rebutted."""
    check_cases(reg, {
        "The ministry dismissed the commander of the Leningrad Military District.": [],
        "Zelenskyy dismissed his top general.": [],
        "The club dismissed its coach after the defeat.": [],
        "The Kremlin dismissed the report as fake.": [("The Kremlin", "dismissed")],
        "Peskov dismissed the claims.": [("Peskov", "dismissed")],
    })


def test_has_written(reg: Registry) -> None:
    """"has written that …", "As Snyder has written, …": the perfect of "write"; a letter
    written to someone, or a mandate written into law, says nothing."""
    check_cases(reg, {
        "As the historian Timothy Snyder has written, tyranny rarely announces itself.":
            [("the historian Timothy Snyder", "written")],
        "The ISW has written that the front is stable.": [("The ISW", "written")],
        "In a letter written to Kim, Putin praised the troops.": [("Putin", "praised")],
        "The mandates Congress had written into law stayed.": [],
        "Congress wrote the mandates into law.": [],
        "He wrote that the law was unfair.": [("He", "wrote")],
    })


def test_the_writers_aside_after_a_statement(reg: Registry) -> None:
    """"…, a claim Ukraine's General Staff rejected": the aside after the comma is the
    writer's, so the stance in it is no part of what the first speaker said; "a figure Kyiv
    disputed" is disputed by Kyiv, not by "a figure Kyiv"."""
    check_cases(reg, {
        "Moscow said its forces had taken the town, a claim Ukraine's General Staff rejected.":
            [("Moscow", "said"), ("Ukraine's General Staff", "rejected")],
        "Moscow said it had taken the town, a figure Kyiv disputed.":
            [("Moscow", "said"), ("Kyiv", "disputed")],
        "Moscow said Kyiv's troops had attacked the town.": [("Moscow", "said")],
    })
