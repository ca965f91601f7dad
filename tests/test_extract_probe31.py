"""Extractor: cue words in senses that report nothing, headlines, lists, captions and
conditions beside real attributions, from a thirty-first held-out probe; each fixed as a
general rule and tested with sentences of our own."""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_cue_words_in_other_senses(reg: Registry) -> None:
    """Idioms and nouns that carry a cue word but report nothing: "added fuel to the
    debate", "learned fast", "with each telling", "showed no interest", "prices vary
    according to the season", "In case the ministry announces …"; beside each, the real
    attribution it may sit with."""
    check_cases(reg, {
        "The leaked memo added fuel to an already bitter debate.": [],
        "The leak added fuel to the debate, lawmaker Oleksiy Goncharenko wrote on Telegram.":
            [("lawmaker Oleksiy Goncharenko", "wrote")],
        "Budanov said the gunners had learned fast.": [("Budanov", "said")],
        "It is an old story, and it grows with each telling.": [],
        "Blinken said Moscow had shown no interest in talks.": [("Blinken", "said")],
        "The poll showed little sign of change.": [("The poll", "showed")],
        "Prices vary according to the season and the distance travelled.": [],
        "In case the ministry announces a curfew, shops will close early.": [],
        "The case against him, prosecutors said, was weak.": [("prosecutors", "said")],
    })


def test_list_headings_and_names_with_to(reg: Registry) -> None:
    """"Speakers:" and "Reactions:" head a list, nobody speaks them; "the Committee to
    Protect Journalists" is one name; medics cited at the scene are a source."""
    check_cases(reg, {
        "Speakers: Antony Blinken (State Department), Mark Rutte (NATO).": [],
        "Reactions: Lavrov said it was legal; Guterres said he was alarmed.":
            [("Lavrov", "said"), ("Guterres", "said")],
        "Two reporters were held, the Committee to Protect Journalists said.":
            [("the Committee to Protect Journalists", "said")],
        "Signs of a chemical attack were found, the General Staff said, citing medics at the "
        "scene.": [("the General Staff", "said"), ("medics at the scene", "citing")],
    })
