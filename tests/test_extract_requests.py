"""Extractor: words that look like a cue but report no claim, next to the constructions that
must keep working. Discourse markers ("Having said that"), a first name that is also a verb
("Said Ahmed"), questions and requests ("asked X about Y", "asked X for Y", "sought comment"),
a reason after "citing", and support that is not a stance ("forces backed by troops").

Sentences of our own. Each test holds the traps of one pattern and the look-alikes that must
keep their attribution, so a change that fixes the trap by dropping the cue altogether fails.
"""

from __future__ import annotations

from extract_helpers import check_cases

from extract.registry import Registry


def test_having_said_that_is_no_speaker(reg: Registry) -> None:
    check_cases(reg, {
        # The writer concedes a point: nobody is reported, and "Having" is never a subject.
        "Having said that, the talks in Istanbul remain stalled.": [],
        "Having said all this, Seoul's lawmakers still back the aid package.":
            [("Seoul's lawmakers", "back")],
        "The general, having said as much, left the briefing early.": [],
        # A perfect participle after a comma goes on with the speaker of the clause before.
        "The envoy said talks would resume, having announced a ceasefire on Monday.":
            [("The envoy", "said")],
        "Kyiv has hired a lobbying firm, having rejected the offer in March.":
            [("Kyiv", "rejected")],
        # Other discourse markers stay silent; the clause after them keeps its speaker.
        "That said, the mayor insisted the bridge would reopen by June.":
            [("the mayor", "insisted")],
    })


def test_said_as_a_first_name(reg: Registry) -> None:
    check_cases(reg, {
        # A capitalised "Said" before a name and then a clause is the first name, no verb.
        "Said Karim, a paramedic from Idlib, was among those evacuated.": [],
        "Said Mansour runs a bakery in Kharkiv.": [],
        "Said Karim, a paramedic from Idlib, told reporters the clinic had been hit twice.":
            [("Said Karim, a paramedic from Idlib", "told")],
        # The inverted verb that introduces a quotation keeps its speaker, and only it.
        'Said Karim: "We carried them out by hand."': [("Karim", "Said")],
        'Said Karim, a paramedic from Idlib, "The clinic was hit twice."':
            [("Karim, a paramedic from Idlib", "Said")],
        'Said the governor of Sumy: "Evacuation is not optional."':
            [("the governor of Sumy", "Said")],
        '"The clinic was hit twice," said Karim.': [("Karim", "said")],
    })


def test_a_question_claims_nothing(reg: Registry) -> None:
    check_cases(reg, {
        # "asked X about Y / whether / if": the asker claims nothing, however long X is.
        "Journalists asked Peskov about the convoy seen near Kursk.": [],
        "A lawmaker asked the head of the National Intelligence Service whether the units "
        "had been rotated.": [],
        "Yonhap asked the ministry's senior spokesman in Seoul if the drills would go ahead.":
            [],
        "The poll asked about 1,000 voters whether the aid should continue.": [],
        # A quoted question keeps its asker; so does a statement that follows the question.
        '"Who pays for the fuel?" asked Peskov.': [("Peskov", "asked")],
        'Graham asked, "Where is the money going?"': [("Graham", "asked")],
        "Asked about the convoy, Peskov said he had nothing to add.": [("Peskov", "said")],
    })


def test_a_request_claims_nothing(reg: Registry) -> None:
    check_cases(reg, {
        # "asked X for Y", "asked X to do Y": a request, no claim by the one who asks.
        "Zelenskyy asked Scholz for more Patriot batteries.": [],
        "Kyiv asked the members of the UN Security Council to convene an emergency "
        "session.": [],
        "The Associated Press asked the Pentagon for a response.": [],
        "CNN has asked the State Department for reaction.": [],
        # Requests for comment, whatever the verb.
        "Reuters sought comment from Pyongyang's embassy in Moscow.": [],
        "The AP contacted the embassy, seeking comment on the report.": [],
        "Yonhap phoned the ministry, asking for a response.": [],
        # A request that is itself reported keeps its speaker; seeking a thing is a stance.
        "Zelenskyy said he had asked Scholz for more Patriot batteries.":
            [("Zelenskyy", "said")],
        "Kyiv has long sought a seat at the negotiating table.": [("Kyiv", "sought")],
        "Zelenskyy told reporters Kyiv needed more air defense.": [("Zelenskyy", "told")],
    })


def test_a_reason_after_citing_is_no_source(reg: Registry) -> None:
    check_cases(reg, {
        # A possessor or a name before or after the head does not make a reason a source;
        # the one who cites the reason gives it, as PolNeAR marks ("X cancelled, citing Y").
        "Seoul postponed the drills, citing Pyongyang's threats.": [("Seoul", "citing")],
        "The governor ordered an evacuation, citing the importance of Kharkiv to the front.":
            [("The governor", "citing")],
        "The foreign minister postponed his visit, citing her health.":
            [("The foreign minister", "citing")],
        "Zelenskyy cancelled the trip, citing the weather.": [("Zelenskyy", "citing")],
        # Someone or something that speaks stays the source, with or without a possessive.
        "Yonhap reported the move, citing South Korea's spy agency.":
            [("Yonhap", "reported"), ("South Korea's spy agency", "citing")],
        "Newsweek, citing Pentagon data, said the losses had doubled.":
            [("Newsweek", "said"), ("Pentagon data", "citing")],
        "Yonhap reported, citing Peskov's remarks to reporters, that the talks were off.":
            [("Yonhap", "reported"), ("Peskov", "citing")],  # (the remarks' author)
        "The Kyiv Independent, citing a source in Ukraine's military intelligence, said the "
        "units had moved.": [("The Kyiv Independent", "said"),
                             ("a source in Ukraine's military intelligence", "citing")],
    })


def test_backed_by_arms_money_or_proof_is_no_stance(reg: Registry) -> None:
    check_cases(reg, {
        # Troops, weapons, money or evidence that back something take no position.
        "Russian forces backed by North Korean troops pushed into the village.": [],
        "Separatists backed by Moscow seized the airport in Luhansk.": [],
        "Ukrainian units supported by Western artillery held the line near Kupiansk.": [],
        "It was a claim backed by NASA satellite data.": [],
        "Bonds backed by the Central Bank rallied on Monday.": [],
        # A body that backs a bill, a candidate or a resolution takes a stance, comma or
        # not, and the main verb after it is no part of its name.
        "The sanctions bill backed by Senate Republicans passed on Tuesday.":
            [("Senate Republicans", "backed")],
        "The resolution, supported by France, failed in the Security Council.":
            [("France", "supported")],
        "The figures, confirmed by the Pentagon, showed a sharp rise.":
            [("The figures", "showed"), ("the Pentagon", "confirmed")],
    })
