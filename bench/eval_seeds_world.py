"""Score the extractor on sentences from the seeds' world that nobody tuned it on.

    python bench/eval_seeds_world.py

The 251 cases below (North Korean troops in Kursk, 2024-25: NIS, ISW, the Kremlin, Zelenskyy,
GUR, …; about a fifth of them traps that are no attribution) were written by a teammate who
had not read extract/ or its tests, as a stand-in for the withheld set that judges issue 3.
Keep it that way: fix what a failure shows in general, never for its sentence, or the figure
stops meaning anything.

Case = (tag, text, expected, ctx, pub[, alts])
  expected: list of (source, entity, cue[, date])
    source: str or tuple of acceptable spans (leading "the", trailing "'s", case, curly
            apostrophes ignored; an appositive / relative clause after a comma and a title
            before a name are tolerated automatically)
    entity: canonical str, tuple of acceptable, None (unchecked) or SRC (= the source words)
    cue:    str or tuple; matches if expected occurs in produced cue or vice versa; None = unchecked
    date:   absent = unchecked; None = must be empty; str / tuple of acceptable (ISO or text;
            a None inside a tuple allows an empty date)
  alts: alternative expected lists (any one fully matching passes)
A case passes when every expected attribution is found and nothing else is produced.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import re
from collections import defaultdict
from datetime import date, timedelta

from extract import bundled_registry, extract

SRC = "<source words>"
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def wd(pub, name):
    """Most recent `name` weekday strictly before pub (news convention)."""
    i = DAYS.index(name.lower())
    d = pub - timedelta(days=1)
    while d.weekday() != i:
        d -= timedelta(days=1)
    return d.isoformat()


def last_week(pub):
    monday = pub - timedelta(days=pub.weekday())
    days = {(monday - timedelta(days=k)).isoformat() for k in range(1, 8)}
    days.add((pub - timedelta(days=7)).isoformat())
    return tuple(sorted(days)) + ("last week",)


P1 = date(2024, 12, 19)  # Thursday
P2 = date(2025, 1, 13)   # Monday
P3 = date(2024, 11, 5)   # Tuesday
P4 = date(2025, 2, 8)    # Saturday

CASES = [
    # ------------------------------------------------------------------ plain: subject + cue
    ("plain", "The National Intelligence Service said North Korean troops had been deployed to front-line combat zones in Kursk.",
     [("The National Intelligence Service", "NIS", "said")], [], None),
    ("plain", "Ukraine's military intelligence agency says North Korean soldiers are being issued fake Russian military IDs.",
     [("Ukraine's military intelligence agency", "GUR", "says")], [], None),
    ("plain", "Ukraine's General Staff said Russian and North Korean forces launched 42 assaults in the Kursk region over the past day.",
     [("Ukraine's General Staff", "Ukrainian military", "said")], [], None),
    ("plain", "The SBU said it had identified the two captured men as North Korean nationals.",
     [("The SBU", "SBU", "said")], [], None),
    ("plain", "Russia's Defense Ministry said its forces had recaptured the village of Plekhovo in the Kursk region.",
     [("Russia's Defense Ministry", "Russian Defense Ministry", "said")], [], None),
    ("plain", "Sybiha said the deployment showed Moscow's growing dependence on Pyongyang.",
     [("Sybiha", "Andrii Sybiha", "said")], [], None),
    ("plain", "Yonhap reported that the North Korean soldier captured in January had expressed a wish to live in South Korea.",
     [("Yonhap", "Yonhap", "reported")], [], None),
    ("plain", "Kirby said the United States was \"deeply concerned\" by reports that North Korean soldiers had suffered casualties.",
     [("Kirby", "White House", "said")], [], None),
    ("plain", "President Yoon Suk Yeol said Seoul would not rule out supplying weapons directly to Ukraine.",
     [("President Yoon Suk Yeol", "Yoon Suk Yeol", "said")], [], None),
    ("plain", "Ukrainian officials say the North Korean units have been pulled back from the front line after heavy losses.",
     [("Ukrainian officials", "Ukrainian government", "say")], [], None),
    ("plain", "The Ukrainian military said a drone strike destroyed a North Korean-made Koksan howitzer near the border.",
     [("The Ukrainian military", "Ukrainian military", "said")], [], None),
    ("plain", "Budanov told reporters that about 11,000 North Korean troops had arrived in the Kursk region.",
     [("Budanov", "GUR", "told")], [], None),
    ("plain", "Lavrov says the presence of North Korean forces is a bilateral matter covered by the two countries' mutual defense treaty.",
     [("Lavrov", "Sergei Lavrov", "says")], [], None),
    ("plain", "South Korea's Joint Chiefs of Staff said North Korea fired several short-range ballistic missiles into the sea.",
     [("South Korea's Joint Chiefs of Staff", "South Korean military", "said")], [], None),
    ("plain", "The Kremlin said the talks between Putin and Trump had not touched on North Korea.",
     [("The Kremlin", "Kremlin", "said")], [], None),
    ("plain", "Mediazona, which tracks Russian military deaths using open sources, reported that at least 90,000 Russian soldiers have been killed.",
     [(("Mediazona", "Mediazona, which tracks Russian military deaths using open sources"), "Mediazona", "reported")], [], None),
    ("plain", "South Korean officials say as many as 3,000 North Korean soldiers have been killed or wounded.",
     [("South Korean officials", "South Korean government", "say")], [], None),
    ("plain", "Secretary of State Antony Blinken told a news conference in Brussels that North Korean troops were now engaged in combat operations.",
     [("Secretary of State Antony Blinken", "Antony Blinken", "told")], [], None),
    ("plain", "The White House said it would consult allies on a response to the deployment.",
     [("The White House", "White House", "said")], [], None),
    ("plain", "Russian officials have said the treaty with Pyongyang allows for military assistance if either country is attacked.",
     [("Russian officials", "Russian government", "said")], [], None),
    ("plain", "The AP reported that North Korean troops had been spotted in at least three villages near the Ukrainian border.",
     [("The AP", "AP", "reported")], [], None),
    ("plain", "NATO Secretary General Mark Rutte told reporters the deployment marked \"a significant escalation\" of North Korea's involvement.",
     [("NATO Secretary General Mark Rutte", "NATO", "told")], [], None),

    # ------------------------------------------------------------------ other cue verbs
    ("verbs", "The Pentagon estimates that roughly 10,000 to 12,000 North Korean troops are now in Russia.",
     [("The Pentagon", "Pentagon", "estimates")], [], None),
    ("verbs", "NATO Secretary General Mark Rutte confirmed that North Korean troops had been sent to Russia and deployed to the Kursk region.",
     [("NATO Secretary General Mark Rutte", "NATO", "confirmed")], [], None),
    ("verbs", "The Institute for the Study of War assessed that Russian commanders are likely to keep using North Korean troops in costly infantry assaults.",
     [("The Institute for the Study of War", "ISW", "assessed")], [], None),
    ("verbs", "Blinken warned that North Korea could receive space and satellite technology from Russia in return.",
     [("Blinken", "Antony Blinken", "warned")], [], None),
    ("verbs", "Denmark's intelligence service warned that North Korea could supply Russia with far more artillery shells in 2025.",
     [("Denmark's intelligence service", "Danish intelligence", "warned")], [], None),
    ("verbs", "North Korea's Foreign Ministry denied that it had sent troops, calling the reports \"groundless rumors.\"",
     [("North Korea's Foreign Ministry", "North Korean government", ("denied", "calling"))], [], None,
     [[("North Korea's Foreign Ministry", "North Korean government", "denied"),
       ("North Korea's Foreign Ministry", "North Korean government", "calling")]]),
    ("verbs", "Zelensky claimed that Russia was trying to hide North Korean losses by burning the faces of the dead.",
     [("Zelensky", "Zelenskyy", "claimed")], [], None),
    ("verbs", "The CIA believes North Korea is receiving technical help for its satellite program in exchange for the troops.",
     [("The CIA", "CIA", "believes")], [], None),
    ("verbs", "The State Department acknowledged that it had no independent confirmation of the casualty figures.",
     [("The State Department", "State Department", "acknowledged")], [], None),
    ("verbs", "Peskov insisted that Russia's cooperation with North Korea \"is not directed against third countries.\"",
     [("Peskov", "Kremlin", "insisted")], [], None),
    ("verbs", "British intelligence has assessed that North Korean units are being integrated into Russian airborne and marine brigades.",
     [("British intelligence", "UK Ministry of Defence", "assessed")], [], None),
    ("verbs", "Ukraine's foreign minister accused Moscow of dragging Pyongyang into a war it has no stake in.",
     [("Ukraine's foreign minister", "Andrii Sybiha", "accused")], [], None),

    # ------------------------------------------------------------------ inverted
    ("inverted", "North Korean troops have begun taking part in combat in the Kursk region, said Ukraine's military intelligence.",
     [("Ukraine's military intelligence", "GUR", "said")], [], None),
    ("inverted", "\"They are being used as cannon fodder,\" said Andriy Kovalenko, head of Ukraine's Center for Countering Disinformation.",
     [("Andriy Kovalenko", SRC, "said")], [], None),
    ("inverted", "The soldiers had been told they were going to training, not to war, said the NIS, which briefed lawmakers behind closed doors.",
     [("the NIS", "NIS", "said")], [], None,
     [[("the NIS", "NIS", "said"), ("the NIS", "NIS", "briefed")]]),
    ("inverted", "More than 1,000 North Korean soldiers were killed or wounded in a single week near Kurakhove and in Kursk, says Zelenskyy.",
     [("Zelenskyy", "Zelenskyy", "says")], [], None),
    ("inverted", "\"We see no signs of a withdrawal,\" said Pentagon spokesman Maj. Gen. Pat Ryder.",
     [(("Pentagon spokesman Maj. Gen. Pat Ryder", "Maj. Gen. Pat Ryder", "Pat Ryder"), None, "said")], [], None),
    ("inverted", "Russia is paying North Korea with oil and air-defense systems, said Sybiha, the Ukrainian foreign minister.",
     [("Sybiha", "Andrii Sybiha", "said")], [], None),
    ("inverted", "The casualties include some who took their own lives to avoid capture, said Lee Seong-kweun, a lawmaker on parliament's intelligence committee.",
     [("Lee Seong-kweun", SRC, "said")], [], None),
    ("inverted", "Those killed included at least one North Korean general, reported The Wall Street Journal.",
     [("The Wall Street Journal", "Wall Street Journal", "reported")], [], None),
    ("inverted", "Pyongyang may also send engineering units to help rebuild Kursk, said a South Korean government official who asked not to be named.",
     [(("a South Korean government official", "a South Korean government official who asked not to be named"), (SRC, "South Korean government"), "said")], [], None),

    # ------------------------------------------------------------------ trailing
    ("trailing", "North Korea has sent about 3,000 more troops to Russia since January, South Korea's Joint Chiefs of Staff said.",
     [("South Korea's Joint Chiefs of Staff", "South Korean military", "said")], [], None),
    ("trailing", "The two prisoners are receiving medical care and are being held in Kyiv, the SBU said.",
     [("the SBU", "SBU", "said")], [], None),
    ("trailing", "Russian forces have regained about half of the territory Ukraine seized in Kursk, a senior U.S. official said.",
     [("a senior U.S. official", SRC, "said")], [], None),
    ("trailing", "The troops are poorly fed and lack winter gear, Ukraine's military intelligence said in a statement.",
     [("Ukraine's military intelligence", "GUR", "said")], [], None),
    ("trailing", "North Korea will likely replenish its losses within weeks, the ISW said.",
     [("the ISW", "ISW", "said")], [], None),
    ("trailing", "Pyongyang is likely to gain valuable combat experience from the deployment, analysts said.",
     [("analysts", SRC, "said")], [], None),
    ("trailing", "The men are aged 20 and 26, the SBU said, adding that one of them carried a Russian military ID issued in Tuva.",
     [("the SBU", "SBU", "said")], [], None,
     [[("the SBU", "SBU", "said"), ("the SBU", "SBU", "adding")]]),
    ("trailing", "It is \"highly likely\" that North Korea will send more troops, a spokesperson for South Korea's Joint Chiefs of Staff told reporters.",
     [(("a spokesperson for South Korea's Joint Chiefs of Staff", "a spokesperson"), None, "told")], [], None),
    ("trailing", "North Korea's losses are mounting faster than Pyongyang can train replacements, the Washington-based Institute for the Study of War said in its latest assessment.",
     [("the Washington-based Institute for the Study of War", "ISW", "said")], [], None),
    ("trailing", "The deployment is the largest of North Korean forces abroad since the Vietnam War, Seoul's spy agency said.",
     [("Seoul's spy agency", "NIS", "said")], [], None),
    ("trailing", "Some of the North Korean soldiers were killed by friendly fire from Russian units, Ukraine's special operations forces said.",
     [("Ukraine's special operations forces", SRC, "said")], [], None),
    ("trailing", "The North Korean soldier had no documents other than a Russian military ID, Ukraine's security service said on Telegram.",
     [("Ukraine's security service", "SBU", "said")], [], None),

    # ------------------------------------------------------------------ according to
    ("according", "According to the NIS, North Korean soldiers have been given Russian uniforms and forged identity documents.",
     [("the NIS", "NIS", "according to")], [], None),
    ("according", "About 300 North Korean soldiers have died and 2,700 have been wounded, according to South Korean lawmakers briefed by the spy agency.",
     [(("South Korean lawmakers", "South Korean lawmakers briefed by the spy agency"), SRC, "according to")], [], None,
     [[("South Korean lawmakers", SRC, "according to"), ("the spy agency", None, "briefed")]]),
    ("according", "According to an estimate by researchers at ISW, Russia has lost more than 1,500 troops a day in recent weeks.",
     [(("researchers at ISW", "ISW", "an estimate by researchers at ISW"), "ISW", "according to")], [], None),
    ("according", "North Korea has shipped more than 20,000 containers of munitions to Russia since August 2023, according to the South Korean military.",
     [("the South Korean military", "South Korean military", "according to")], [], None),
    ("according", "Russia's total casualties in the Kursk operation exceed 38,000, according to Ukraine's commander-in-chief, Oleksandr Syrskyi.",
     [(("Ukraine's commander-in-chief, Oleksandr Syrskyi", "Oleksandr Syrskyi", "Ukraine's commander-in-chief"), SRC, "according to")], [], None),
    ("according", "According to the Kremlin, the treaty's mutual defense clause is \"purely defensive.\"",
     [("the Kremlin", "Kremlin", "according to")], [], None),
    ("according", "Russia has lost more than 3,000 tanks since February 2022, according to open-source intelligence website Oryx.",
     [(("open-source intelligence website Oryx", "Oryx"), "Oryx", "according to")], [], None),
    ("according", "Some North Korean troops were also deployed to the Zaporizhzhia front, according to a person familiar with the matter.",
     [("a person familiar with the matter", SRC, "according to")], [], None),
    ("according", "Up to 100,000 North Korean troops could eventually rotate through Russia, according to an assessment by Britain's Ministry of Defence.",
     [(("Britain's Ministry of Defence", "an assessment by Britain's Ministry of Defence"), "UK Ministry of Defence", "according to")], [], None),
    ("according", "The figure, according to Zelensky, does not include soldiers who went missing.",
     [("Zelensky", "Zelenskyy", "according to")], [], None),
    ("according", "North Korea has also supplied Russia with about 100 ballistic missiles, according to Ukrainian officials quoted by Reuters.",
     [("Ukrainian officials", "Ukrainian government", "according to"), ("Reuters", "Reuters", "quoted")], [], None,
     [[(("Ukrainian officials", "Ukrainian officials quoted by Reuters"), "Ukrainian government", "according to")]]),
    ("according", "The captured soldier had served as a sniper since 2021, according to a video released by Zelenskyy.",
     [(("a video released by Zelenskyy", "Zelenskyy", "video released by Zelenskyy"), None, ("according to", "released"))], [], None),

    # ------------------------------------------------------------------ passive
    ("passive", "The deployment was first reported by South Korea's spy agency in October.",
     [("South Korea's spy agency", "NIS", "reported")], [], None),
    ("passive", "The findings were shared with reporters by a senior Pentagon official on condition of anonymity.",
     [("a senior Pentagon official", None, "shared")], [], None),
    ("passive", "The estimate was later confirmed by NATO.",
     [("NATO", "NATO", "confirmed")], [], None),
    ("passive", "The claim was denied by the Kremlin, which called it \"another fake.\"",
     [("the Kremlin", "Kremlin", "denied")], [], None,
     [[("the Kremlin", "Kremlin", "denied"), (("the Kremlin", "which"), "Kremlin", "called")]]),
    ("passive", "The casualty figures were disclosed by lawmaker Park Sun-won after a closed-door briefing by the NIS.",
     [(("lawmaker Park Sun-won", "Park Sun-won"), SRC, "disclosed"), ("the NIS", "NIS", "briefing")], [], None,
     [[(("lawmaker Park Sun-won", "Park Sun-won"), SRC, "disclosed")]]),
    ("passive", "The new figures were presented to the Security Council by Ukraine's ambassador, Serhiy Kyslytsya.",
     [(("Ukraine's ambassador, Serhiy Kyslytsya", "Serhiy Kyslytsya", "Ukraine's ambassador"), None, "presented")], [], None),
    ("passive", "It was reported by Yonhap that the soldier wants to defect to the South.",
     [("Yonhap", "Yonhap", "reported")], [], None),
    ("passive", "The death of a North Korean colonel near Sudzha was announced by Ukraine's General Staff on Telegram.",
     [("Ukraine's General Staff", "Ukrainian military", "announced")], [], None),

    # ------------------------------------------------------------------ possessive documents
    ("possessive", "The NIS's latest assessment concluded that North Korea had deployed about 11,000 troops.",
     [(("The NIS", "NIS", "The NIS's latest assessment"), "NIS", ("concluded", "assessment"))], [], None),
    ("possessive", "A new assessment by the Institute for the Study of War warns that Russia may try to conceal North Korean losses.",
     [(("the Institute for the Study of War", "A new assessment by the Institute for the Study of War"), "ISW", ("warns", "assessment"))], [], None),
    ("possessive", "A report by Ukraine's military intelligence said the troops were being trained in drone warfare.",
     [(("Ukraine's military intelligence", "A report by Ukraine's military intelligence"), "GUR", ("said", "report"))], [], None),
    ("possessive", "Danish intelligence's annual threat assessment said North Korea could ship 150 KN-23 missiles to Russia in 2025.",
     [(("Danish intelligence", "Danish intelligence's annual threat assessment"), "Danish intelligence", ("said", "assessment"))], [], None),
    ("possessive", "ISW's daily update noted that North Korean forces had advanced near Sverdlikovo.",
     [(("ISW", "ISW's daily update"), "ISW", ("noted", "update"))], [], None),
    ("possessive", "The Pentagon's latest estimate puts North Korean casualties at about 1,200.",
     [(("The Pentagon", "The Pentagon's latest estimate"), "Pentagon", ("puts", "estimate"))], [], None),
    ("possessive", "Zelenskyy's office said the captured soldiers had not been told they would be fighting Ukrainians.",
     [(("Zelenskyy's office", "Zelenskyy"), None, "said")], [], None),
    ("possessive", "A Yonhap report, citing an unnamed government official, said North Korea had begun rotating fresh troops into Kursk.",
     [(("Yonhap", "A Yonhap report"), "Yonhap", ("said", "report")), ("an unnamed government official", SRC, "citing")], [], None),
    ("possessive", "Seoul's spy agency's findings, shared with lawmakers, suggest Pyongyang is preparing a second deployment.",
     [(("Seoul's spy agency", "Seoul's spy agency's findings"), "NIS", ("findings", "suggest", "shared"))], [], None),
    ("possessive", "The UK Ministry of Defence's intelligence update said North Korean troops were likely to take heavy casualties in open terrain.",
     [(("The UK Ministry of Defence", "The UK Ministry of Defence's intelligence update"), "UK Ministry of Defence", ("said", "update"))], [], None),

    # ------------------------------------------------------------------ citing
    ("citing", "North Korea has sent an additional 1,000 to 1,500 troops to Russia, Yonhap reported, citing the Joint Chiefs of Staff.",
     [("Yonhap", "Yonhap", "reported"), ("the Joint Chiefs of Staff", "South Korean military", "citing")], [], None),
    ("citing", "Reuters, citing two U.S. officials, reported that North Korean troops had been engaged in combat for the first time.",
     [("Reuters", "Reuters", "reported"), ("two U.S. officials", SRC, "citing")], [], None),
    ("citing", "The Kyiv Independent, citing Ukrainian special forces, said North Korean soldiers had been killed in an ambush near Makhnovka.",
     [("The Kyiv Independent", "Kyiv Independent", "said"), ("Ukrainian special forces", SRC, "citing")], [], None),
    ("citing", "Newsweek, citing a Ukrainian defense official, said the two prisoners were in stable condition.",
     [("Newsweek", "Newsweek", "said"), ("a Ukrainian defense official", SRC, "citing")], [], None),
    ("citing", "Citing intelligence reports, Zelenskyy said some North Korean units had been withdrawn after heavy losses.",
     [("Zelenskyy", "Zelenskyy", "said")], [], None,
     [[("Zelenskyy", "Zelenskyy", "said"), ("intelligence reports", SRC, "citing")]]),
    ("citing", "The BBC, citing a diary found on the body of a North Korean soldier, said the troops had been ordered to \"fight to the death.\"",
     [("The BBC", "BBC", "said"), (("a diary", "a diary found on the body of a North Korean soldier"), SRC, "citing")], [], None),
    ("citing", "The New York Times reported, citing American and South Korean officials, that several North Korean officers were among the dead.",
     [("The New York Times", "New York Times", "reported"), ("American and South Korean officials", SRC, "citing")], [], None),
    ("citing", "ABC News, citing a senior U.S. defense official, reported that the North Korean troops had suffered \"hundreds\" of casualties.",
     [("ABC News", "ABC News", "reported"), ("a senior U.S. defense official", SRC, "citing")], [], None),

    # ------------------------------------------------------------------ quotes
    ("quote", "\u201cNorth Korea's participation in this war is an escalation the world cannot ignore,\u201d Sybiha said.",
     [("Sybiha", "Andrii Sybiha", "said")], [], None),
    ("quote", "Zelenskyy said: \"Russia is now bringing soldiers from North Korea because it cannot mobilize enough of its own.\"",
     [("Zelenskyy", "Zelenskyy", "said")], [], None),
    ("quote", "\"Their losses are significant,\" Budanov said in an interview, \"but Pyongyang can replace them.\"",
     [("Budanov", "GUR", "said")], [], None),
    ("quote", "\"This is North Korea's first real war in seventy years,\" said Kim Dong-yup, a professor at the University of North Korean Studies in Seoul.",
     [("Kim Dong-yup", SRC, "said")], [], None),
    ("quote", "\"Russia and North Korea are now tied together by blood,\" Kim Jong Un said, according to KCNA.",
     [("Kim Jong Un", "Kim Jong Un", "said"), ("KCNA", "KCNA", "according to")], [], None),
    ("quote", "Peskov told reporters on a conference call: \"This is a sovereign decision of two states.\"",
     [("Peskov", "Kremlin", "told")], [], None),
    ("quote", "\"I want to go to South Korea,\" the soldier said in the video, according to the NIS.",
     [("the soldier", SRC, "said"), ("the NIS", "NIS", "according to")], [], None),
    ("quote", "\"The scale of the losses is staggering,\" said Mark Cancian, a senior adviser at the Center for Strategic and International Studies.",
     [("Mark Cancian", SRC, "said")], [], None),
    ("quote", "\"We have information that they are also sending artillery crews,\" Zelensky told reporters in Kyiv. \"And Russia is paying them for it.\"",
     [("Zelensky", "Zelenskyy", "told")], [], None),
    ("quote", "\"North Korea is now a co-belligerent,\" Austin said.",
     [("Austin", "Lloyd Austin", "said")], [], None),
    ("quote", "\"It is an absurd fabrication,\" Russian Foreign Ministry spokeswoman Maria Zakharova told a briefing in Moscow.",
     [(("Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova"), SRC, "told")], [], None),
    ("quote", "\u201cThey attack in waves, on foot, across open fields,\u201d one Ukrainian drone commander said. \u201cWe have never seen anything like it.\u201d",
     [("one Ukrainian drone commander", SRC, "said")], [], None),

    # ------------------------------------------------------------------ reporting nouns
    ("noun", "In a statement, the Ukrainian Foreign Ministry said North Korea had become \"a direct participant\" in the war.",
     [("the Ukrainian Foreign Ministry", "Ukrainian Foreign Ministry", "said")], [], None),
    ("noun", "The deployment was described in a statement from Ukraine's military intelligence as \"a significant escalation.\"",
     [("Ukraine's military intelligence", "GUR", ("statement", "described"))], [], None),
    ("noun", "In its daily update, the ISW said North Korean troops had taken part in assaults near Kurilovka.",
     [("the ISW", "ISW", "said")], [], None),
    ("noun", "Kim, in a speech to military officials, praised the troops as \"heroes.\"",
     [("Kim", "Kim Jong Un", ("speech", "praised"))], [], None),
    ("noun", "In a Telegram post, Kovalenko wrote that North Korean troops had been spotted near Sudzha.",
     [("Kovalenko", SRC, "wrote")], [], None),
    ("noun", "In a briefing to lawmakers, the NIS said some soldiers had been captured and were being interrogated.",
     [("the NIS", "NIS", "said")], [], None),
    ("noun", "The SBU, in a statement on Telegram, said the two men had been transferred to Kyiv.",
     [("The SBU", "SBU", "said")], [], None),
    ("noun", "In his nightly video address, Zelenskyy said North Korea had sent \"thousands more\" troops.",
     [("Zelenskyy", "Zelenskyy", "said")], [], None),
    ("noun", "Britain's Ministry of Defence, in its daily intelligence update, said North Korean troops were likely to suffer heavy casualties.",
     [("Britain's Ministry of Defence", "UK Ministry of Defence", "said")], [], None),
    ("noun", "The claim appeared in a statement issued by the Russian Defense Ministry.",
     [("the Russian Defense Ministry", "Russian Defense Ministry", ("statement", "issued"))], [], None),

    # ------------------------------------------------------------------ nested
    ("nested", "A South Korean lawmaker said the NIS had confirmed the capture of a North Korean soldier.",
     [("A South Korean lawmaker", SRC, "said"), ("the NIS", "NIS", "confirmed")], [], None),
    ("nested", "Lee Seong-kweun told reporters that Seoul's spy agency believed the troops had been deployed without their families' knowledge.",
     [("Lee Seong-kweun", SRC, "told"), ("Seoul's spy agency", "NIS", "believed")], [], None),
    ("nested", "Kirby said the U.S. intelligence community assessed that more than 1,000 North Korean soldiers had been killed or wounded.",
     [("Kirby", "White House", "said"), ("the U.S. intelligence community", SRC, "assessed")], [], None),
    ("nested", "The Pentagon said Ukrainian officials had reported that North Korean troops were now engaged in combat.",
     [("The Pentagon", "Pentagon", "said"), ("Ukrainian officials", "Ukrainian government", "reported")], [], None),
    ("nested", "Yonhap reported that the NIS told parliament North Korea was preparing to send additional troops.",
     [("Yonhap", "Yonhap", "reported"), ("the NIS", "NIS", "told")], [], None),
    ("nested", "The ISW said Russian milbloggers claimed that North Korean troops had helped retake Plekhovo.",
     [("The ISW", "ISW", "said"), ("Russian milbloggers", SRC, "claimed")], [], None),
    ("nested", "The soldier told interrogators he had believed he was going to a training exercise, Zelenskyy said.",
     [("The soldier", SRC, "told"), ("Zelenskyy", "Zelenskyy", "said")], [], None),
    ("nested", "Kim Jong Un vowed to \"invariably support\" Russia's war against Ukraine, North Korea's state media reported.",
     [("Kim Jong Un", "Kim Jong Un", "vowed"), ("North Korea's state media", "KCNA", "reported")], [], None,
     [[("North Korea's state media", "KCNA", "reported")]]),
    ("nested", "Zelensky said Ukraine's military intelligence had found that Russia planned to use North Korean troops in Zaporizhzhia as well.",
     [("Zelensky", "Zelenskyy", "said"), ("Ukraine's military intelligence", "GUR", "found")], [], None),

    # ------------------------------------------------------------------ several sources
    ("multi", "Seoul and Kyiv say North Korea has sent around 11,000 troops to Russia.",
     [("Seoul and Kyiv", None, "say")], [], None,
     [[("Seoul", "South Korean government", "say"), ("Kyiv", "Ukrainian government", "say")]]),
    ("multi", "South Korea's spy agency and the Pentagon both said North Korean troops had entered combat.",
     [("South Korea's spy agency and the Pentagon", None, "said")], [], None,
     [[("South Korea's spy agency", "NIS", "said"), ("the Pentagon", "Pentagon", "said")]]),
    ("multi", "The NIS put the death toll at 300, while Zelenskyy said about 3,000 North Koreans had been killed or wounded.",
     [("The NIS", "NIS", "put"), ("Zelenskyy", "Zelenskyy", "said")], [], None),
    ("multi", "Ukraine says Russia is using North Korean troops in human-wave attacks; Moscow says the reports are fabricated.",
     [("Ukraine", "Ukrainian government", "says"), ("Moscow", "Russian government", "says")], [], None),
    ("multi", "Budanov said 12,000 troops were in Kursk, but the Pentagon said the figure was closer to 10,000.",
     [("Budanov", "GUR", "said"), ("the Pentagon", "Pentagon", "said")], [], None),
    ("multi", "North Korean troops fought alongside Russian paratroopers, the ISW said, while Ukraine's General Staff reported \"heavy enemy losses\" in the area.",
     [("the ISW", "ISW", "said"), ("Ukraine's General Staff", "Ukrainian military", "reported")], [], None),
    ("multi", "Washington, Seoul and Tokyo said in a joint statement that the deployment deepened their concern over Russia-North Korea military cooperation.",
     [("Washington, Seoul and Tokyo", None, "said")], [], None,
     [[("Washington", SRC, "said"), ("Seoul", "South Korean government", "said"), ("Tokyo", SRC, "said")]]),
    ("multi", "Blinken and Austin said after talks with their South Korean counterparts that the U.S. would not stand by.",
     [("Blinken and Austin", None, "said")], [], None,
     [[("Blinken", "Antony Blinken", "said"), ("Austin", "Lloyd Austin", "said")]]),
    ("multi", "Moscow and Pyongyang have dismissed the reports as Western propaganda.",
     [("Moscow and Pyongyang", None, "dismissed")], [], None,
     [[("Moscow", "Russian government", "dismissed"), ("Pyongyang", "North Korean government", "dismissed")]]),

    # ------------------------------------------------------------------ pronouns with context
    ("pronoun", "He said North Korean casualties were mounting.",
     [("He", "Zelenskyy", "said")], ["Ukrainian President Volodymyr Zelenskyy addressed the nation on Sunday evening."], None),
    ("pronoun", "It said about 100 North Korean soldiers had been killed in December alone.",
     [("It", "NIS", "said")], ["South Korea's National Intelligence Service briefed lawmakers on Wednesday."], None),
    ("pronoun", "\"We have nothing to add,\" he said.",
     [("he", "Kremlin", "said")], ["Reporters pressed Kremlin spokesman Dmitry Peskov about the reports on Thursday."], None),
    ("pronoun", "He told reporters afterward that Ukraine would welcome South Korean artillery shells.",
     [("He", "Andrii Sybiha", "told")], ["Andrii Sybiha met his South Korean counterpart in Kyiv.", "The two discussed North Korea's deployment."], None),
    ("pronoun", "He said the treaty was \"a pact of two outcasts.\"",
     [("He", "Zelenskyy", "said")], ["Putin and Kim signed the treaty in Pyongyang in June.", "Zelenskyy later criticized the agreement."], None),
    ("pronoun", "\"Their lack of understanding of modern warfare is a factor,\" he said.",
     [("he", ("Lee Seong-kweun",), "said")], ["Lee Seong-kweun, a member of parliament's intelligence committee, spoke after the briefing."], None),
    ("pronoun", "She said Washington had shared its assessment with Kyiv and Seoul.",
     [("She", ("Sabrina Singh", "Deputy Pentagon press secretary Sabrina Singh", "Pentagon"), "said")],
     ["Deputy Pentagon press secretary Sabrina Singh was asked about the casualty figures on Monday."], None),
    ("pronoun", "They said the North Korean soldiers were being moved in small groups to avoid detection by drones.",
     [("They", "Ukrainian military", "said")], ["The Ukrainian military issued an update on the Kursk front on Saturday."], None),
    ("pronoun", "The agency said the officers described the North Koreans as undisciplined.",
     [("The agency", "GUR", "said")],
     ["Ukraine's military intelligence agency released intercepted audio on Friday.",
      "The recording purports to show Russian officers complaining about North Korean troops."], None,
     [[("The agency", "GUR", "said"), ("the officers", SRC, "described")]]),
    ("pronoun", "He called for the mass production of attack drones.",
     [("He", "Kim Jong Un", "called")], ["North Korean leader Kim Jong Un visited a drone test site on Thursday, state media said."], None),

    # ------------------------------------------------------------------ dates against the published date
    ("date", "Zelenskyy said on Monday that North Korean troops had suffered \"noticeable losses.\"",
     [("Zelenskyy", "Zelenskyy", "said", wd(P1, "Monday"))], [], P1),
    ("date", "South Korea's spy agency said on Sunday that two North Korean soldiers had been captured alive.",
     [("South Korea's spy agency", "NIS", "said", wd(P2, "Sunday"))], [], P2),
    ("date", "The Pentagon said last week that North Korean casualties numbered in the hundreds.",
     [("The Pentagon", "Pentagon", "said", last_week(P2))], [], P2),
    ("date", "The NIS said on Thursday that some soldiers had killed themselves to avoid capture.",
     [("The NIS", "NIS", "said", ("Thursday", "on Thursday"))], [], None),
    ("date", "On December 23, 2024, South Korea's Joint Chiefs of Staff said North Korea may be preparing to send more troops.",
     [("South Korea's Joint Chiefs of Staff", "South Korean military", "said", "2024-12-23")], [], P2),
    ("date", "Austin said Thursday that about 8,000 North Korean soldiers were in the Kursk region.",
     [("Austin", "Lloyd Austin", "said", wd(P3, "Thursday"))], [], P3),
    ("date", "Zelenskyy said yesterday that Ukrainian troops had resumed offensive operations in Kursk.",
     [("Zelenskyy", "Zelenskyy", "said", (P4 - timedelta(days=1)).isoformat())], [], P4),
    ("date", "The ISW said in its Dec. 17 update that North Korean forces were attacking near Plekhovo.",
     [("The ISW", "ISW", "said", ("2024-12-17", "Dec. 17"))], [], P1),
    ("date", "Yonhap reported on Jan. 31 that North Korea had pulled its troops from the front line.",
     [("Yonhap", "Yonhap", "reported", "2025-01-31")], [], P4),
    ("date", "The SBU said on Tuesday it had found Russian documents on the body of a North Korean soldier.",
     [("The SBU", "SBU", "said", wd(P1, "Tuesday"))], [], P1),
    ("date", "North Korean Foreign Minister Choe Son Hui said in Moscow on Friday that Pyongyang would stand by Russia \"until victory.\"",
     [(("North Korean Foreign Minister Choe Son Hui", "Choe Son Hui"), SRC, "said", wd(P3, "Friday"))], [], P3),
    ("date", "Blinken said on October 31 that some North Korean troops were moving toward Ukraine.",
     [("Blinken", "Antony Blinken", "said", ("October 31", "on October 31"))], [], None),
    ("date", "Kirby told reporters on Friday that North Korean troops had suffered \"hundreds\" of casualties.",
     [("Kirby", "White House", "told", wd(P2, "Friday"))], [], P2),
    ("date", "Sybiha said on Wednesday that Kyiv was ready to exchange the two North Korean prisoners.",
     [("Sybiha", "Andrii Sybiha", "said", wd(P4, "Wednesday"))], [], P4),
    ("date", "The NIS said two soldiers captured on Saturday were being questioned by Ukrainian authorities.",
     [("The NIS", "NIS", "said", None)], [], P2),
    ("date", "Ukraine's military intelligence said on Nov. 4 that North Korean troops had come under fire for the first time.",
     [("Ukraine's military intelligence", "GUR", "said", "2024-11-04")], [], P3),

    # ------------------------------------------------------------------ aliases, case, curly apostrophes
    ("alias", "South Korea\u2019s spy agency said North Korea was also sending self-propelled howitzers.",
     [("South Korea\u2019s spy agency", "NIS", "said")], [], None),
    ("alias", "Volodymyr Zelenskiy said Ukraine was ready to hand over the soldiers in a prisoner swap.",
     [("Volodymyr Zelenskiy", "Zelenskyy", "said")], [], None),
    ("alias", "Ukraine\u2019s President Volodymyr Zelensky said the captives would be treated in line with international law.",
     [("Ukraine\u2019s President Volodymyr Zelensky", "Zelenskyy", "said")], [], None),
    ("alias", "Denmark's Defence Intelligence Service said Pyongyang had become one of Russia's most important suppliers of ammunition.",
     [("Denmark's Defence Intelligence Service", "Danish intelligence", "said")], [], None),
    ("alias", "Kim Jong-un told a meeting of senior officers that the troops had \"upheld the honor\" of the country.",
     [("Kim Jong-un", "Kim Jong Un", "told")], [], None),
    ("alias", "Sergey Lavrov said Moscow and Pyongyang were free to develop relations \"in all areas.\"",
     [("Sergey Lavrov", "Sergei Lavrov", "said")], [], None),
    ("alias", "Andriy Sybiha said North Korea had become a \"co-aggressor.\"",
     [("Andriy Sybiha", "Andrii Sybiha", "said")], [], None),
    ("alias", "Antonio Guterres said he was \"deeply concerned\" by reports of North Korean troops in Russia.",
     [("Antonio Guterres", "United Nations", "said")], [], None),
    ("alias", "Ukraine's Main Intelligence Directorate said North Korean troops were being trained by Russian paratroopers.",
     [("Ukraine's Main Intelligence Directorate", "GUR", "said")], [], None),
    ("alias", "South Korea's Defense Ministry said it was monitoring the situation closely.",
     [("South Korea's Defense Ministry", "South Korean military", "said")], [], None),
    ("alias", "Kyiv said the two men would be treated in accordance with international humanitarian law.",
     [("Kyiv", "Ukrainian government", "said")], [], None),
    ("alias", "Britain\u2019s defence ministry said the Kursk salient had shrunk by about 40 percent.",
     [("Britain\u2019s defence ministry", "UK Ministry of Defence", "said")], [], None),
    ("alias", "Russia\u2019s Defence Ministry said its troops had \"liberated\" two more settlements in Kursk.",
     [("Russia\u2019s Defence Ministry", "Russian Defense Ministry", "said")], [], None),
    ("alias", "The Associated Press reported that at least one North Korean soldier had been taken prisoner.",
     [("The Associated Press", "AP", "reported")], [], None),
    ("alias", "THE KREMLIN SAID the issue of North Korean troops was a matter for Moscow and Pyongyang alone.",
     [("THE KREMLIN", "Kremlin", "SAID")], [], None),
    ("alias", "The Institute For The Study Of War said Russian forces continued to attack in Kursk with North Korean support.",
     [("The Institute For The Study Of War", "ISW", "said")], [], None),

    # ------------------------------------------------------------------ headlines
    ("headline", "North Korea sending more troops to Russia, Seoul says",
     [("Seoul", "South Korean government", "says")], [], None),
    ("headline", "Zelensky says 3,000 North Korean soldiers killed or wounded in Kursk",
     [("Zelensky", "Zelenskyy", "says")], [], None),
    ("headline", "North Korean troops suffered heavy losses in Kursk, NIS says",
     [("NIS", "NIS", "says")], [], None),
    ("headline", "Ukraine captures two North Korean soldiers, Zelenskiy says",
     [("Zelenskiy", "Zelenskyy", "says")], [], None),
    ("headline", "Pentagon: No sign North Korean troops have left Russia",
     [("Pentagon", "Pentagon", None)], [], None),
    ("headline", "South Korean spy agency says captured North Korean soldier wants to defect",
     [("South Korean spy agency", "NIS", "says")], [], None),
    ("headline", "Kremlin declines to comment on North Korean troops in Kursk",
     [], [], None),
    ("headline", "UPDATE 2-North Korean troops pulled from Kursk front after heavy losses, Seoul's spy agency says",
     [("Seoul's spy agency", "NIS", "says")], [], None),

    # ------------------------------------------------------------------ sources not in the registry
    ("unknown", "Andrei Lankov, a historian at Kookmin University in Seoul, said the deployment was a way for Pyongyang to earn hard currency.",
     [("Andrei Lankov", SRC, "said")], [], None),
    ("unknown", "Kim Yo Jong, the powerful sister of Kim Jong Un, said in a statement that Seoul was \"spreading lies\" about the troops.",
     [("Kim Yo Jong", SRC, "said")], [], None),
    ("unknown", "Japan's Foreign Minister Takeshi Iwaya said Tokyo was \"gravely concerned\" about the deployment.",
     [(("Japan's Foreign Minister Takeshi Iwaya", "Takeshi Iwaya"), SRC, "said")], [], None),
    ("unknown", "Russian war bloggers said North Korean soldiers had been given drone-jamming equipment.",
     [("Russian war bloggers", SRC, "said")], [], None),
    ("unknown", "Yang Uk, a military analyst at the Asan Institute for Policy Studies, said the casualties would teach Pyongyang hard lessons in drone warfare.",
     [("Yang Uk", SRC, "said")], [], None),
    ("unknown", "Chinese Foreign Ministry spokesperson Lin Jian said Beijing was \"not aware\" of the situation.",
     [(("Chinese Foreign Ministry spokesperson Lin Jian", "Lin Jian"), SRC, "said")], [], None),
    ("unknown", "Rep. Michael McCaul, chairman of the House Foreign Affairs Committee, said the deployment showed an \"axis of aggressors\" at work.",
     [(("Rep. Michael McCaul", "Michael McCaul"), SRC, "said")], [], None),
    ("unknown", "The European Union's foreign policy chief, Kaja Kallas, said North Korea's involvement was \"a serious escalation.\"",
     [(("The European Union's foreign policy chief, Kaja Kallas", "Kaja Kallas", "The European Union's foreign policy chief"), SRC, "said")], [], None),

    # ================================================================== TRAPS
    # ---- recipients
    ("trap-recipient", "Zelenskyy told CNN that North Korea had sent thousands more troops.",
     [("Zelenskyy", "Zelenskyy", "told")], [], None),
    ("trap-recipient", "Peskov told state news agency RIA Novosti that the Kremlin had \"nothing to add\" on the matter.",
     [("Peskov", "Kremlin", "told")], [], None),
    ("trap-recipient", "A Ukrainian commander told the BBC that North Korean soldiers were \"very disciplined but very naive.\"",
     [("A Ukrainian commander", SRC, "told")], [], None),
    ("trap-recipient", "Zelenskyy told the Security Council by video link that Russia was recruiting North Korea into its war.",
     [("Zelenskyy", "Zelenskyy", "told")], [], None),
    ("trap-recipient", "In an interview with ABC News, Kirby said the troops were \"fair game\" for Ukrainian forces.",
     [("Kirby", "White House", "said")], [], None),
    ("trap-recipient", "South Korean officials told Reuters that Pyongyang had received air-defense systems from Moscow.",
     [("South Korean officials", "South Korean government", "told")], [], None),
    ("trap-recipient", "\"The North Koreans fight fiercely, but they don't know how to deal with drones,\" a Ukrainian drone operator told the Kyiv Independent.",
     [("a Ukrainian drone operator", SRC, "told")], [], None),
    ("trap-recipient", "In an interview with Yonhap, a senior South Korean official said Seoul was weighing direct arms supplies to Kyiv.",
     [("a senior South Korean official", SRC, "said")], [], None),
    ("trap-recipient", "Ukrainian soldiers fighting in Kursk told The New York Times that North Korean troops advanced in dense columns.",
     [(("Ukrainian soldiers fighting in Kursk", "Ukrainian soldiers"), SRC, "told")], [], None),
    ("trap-recipient", "Sybiha wrote to U.N. Secretary-General Antonio Guterres about the deployment.",
     [], [], None, [[("Sybiha", "Andrii Sybiha", "wrote")]]),
    # ---- platforms
    ("trap-platform", "Zelenskyy posted on X that North Korean troops had joined Russian assaults in Kursk.",
     [("Zelenskyy", "Zelenskyy", "posted")], [], None),
    ("trap-platform", "A video posted on Telegram appears to show North Korean soldiers moving through a snowy forest.",
     [], [], None),
    ("trap-platform", "Sybiha wrote on X that \"Pyongyang's soldiers are dying for Putin's war.\"",
     [("Sybiha", "Andrii Sybiha", "wrote")], [], None),
    ("trap-platform", "The footage was widely shared on X and Telegram.",
     [], [], None),
    ("trap-platform", "Russian milbloggers on Telegram claimed that North Korean troops had taken part in the assault on Plekhovo.",
     [(("Russian milbloggers", "Russian milbloggers on Telegram"), SRC, "claimed")], [], None),
    ("trap-platform", "Kovalenko said on Telegram that North Korean troops had been moved closer to the border.",
     [("Kovalenko", SRC, "said")], [], None),
    # ---- requests / refusals
    ("trap-request", "The AP has reached out to the Kremlin for comment.", [], [], None),
    ("trap-request", "North Korea's embassy in Moscow did not respond to a request for comment.", [], [], None),
    ("trap-request", "The Pentagon declined to comment on the report.", [], [], None),
    ("trap-request", "Reuters could not independently verify the casualty figures.", [], [], None),
    ("trap-request", "Newsweek has contacted Russia's Defense Ministry for comment by email.", [], [], None),
    ("trap-request", "A spokesperson for South Korea's Joint Chiefs of Staff declined to confirm the report.", [], [], None),
    ("trap-request", "The Kremlin has not commented on the claims.", [], [], None),
    ("trap-request", "Ukraine's military intelligence refused to disclose how the soldiers were captured.", [], [], None),
    ("trap-request", "The Kremlin has repeatedly declined to confirm the deployment, but Peskov said cooperation with Pyongyang was \"not directed against anyone.\"",
     [("Peskov", "Kremlin", "said")], [], None),
    # ---- plain events with a named subject
    ("trap-event", "Zelenskyy visited a military hospital in Kharkiv on Thursday.", [], [], None),
    ("trap-event", "Kim Jong Un inspected a drone test at an undisclosed location, KCNA reported.",
     [("KCNA", "KCNA", "reported")], [], None),
    ("trap-event", "Putin signed the mutual defense treaty with North Korea into law in November.", [], [], None),
    ("trap-event", "The Security Council held an emergency meeting on the deployment.", [], [], None),
    ("trap-event", "Lavrov met North Korean Foreign Minister Choe Son Hui in Moscow.", [], [], None),
    ("trap-event", "Austin arrived in Seoul on Tuesday for annual security talks.", [], [], None),
    ("trap-event", "Yoon Suk Yeol was impeached by parliament in December.", [], [], None),
    ("trap-event", "The two soldiers were captured by Ukrainian special forces on Jan. 9.", [], [], None),
    ("trap-event", "Ukraine's president released a video of the two soldiers being interrogated.", [], [], None),
    ("trap-event", "The NIS briefed the National Assembly's intelligence committee on Wednesday.", [], [], None),
    # ---- future meetings
    ("trap-future", "The U.N. Security Council will meet on Friday to discuss North Korea's troop deployment.", [], [], None),
    ("trap-future", "Zelenskyy is expected to address the European Parliament next week.", [], [], None),
    ("trap-future", "NATO foreign ministers are scheduled to meet in Brussels on Tuesday.", [], [], None),
    ("trap-future", "Trump has said he will meet Putin \"very soon.\"",
     [("Trump", "Donald Trump", "said")], [], None),
    # ---- questions
    ("trap-question", "Reporters asked Peskov whether North Korean troops were fighting in Kursk.", [], [], None),
    ("trap-question", "Asked whether Pyongyang had sent troops, Peskov said the Kremlin had nothing to say on the matter.",
     [("Peskov", "Kremlin", "said")], [], None),
    ("trap-question", "Lawmakers asked the NIS how many troops had been killed.", [], [], None),
    ("trap-question", "It remains unclear whether Moscow will ever acknowledge the deployment.", [], [], None),
    # ---- other non-attributions
    ("trap-other", "The so-called \"Buryat\" units were in fact North Korean soldiers.", [], [], None),
    ("trap-other", "The Kremlin's readout of the call made no mention of North Korea.", [], [], None),
    ("trap-other", "A new report by the NIS is expected next month.", [], [], None),
    ("trap-other", "Reuters and the AP could not independently verify the claims.", [], [], None),
    ("trap-other", "It did not issue a statement.", [], ["The U.N. Security Council met on Monday to discuss North Korea's missile launches."], None),
    # ------------------------------------------------------------------ extra hard cases
    ("hard", "Zelenskyy's claim that 3,000 North Koreans had been killed or wounded was rejected by Moscow.",
     [("Zelenskyy", "Zelenskyy", "claim"), ("Moscow", "Russian government", "rejected")], [], None),
    ("hard", "North Korea's state media, KCNA, reported that Kim had visited the Russian embassy in Pyongyang.",
     [(("North Korea's state media, KCNA", "North Korea's state media", "KCNA"), "KCNA", "reported")], [], None),
    ("hard", "Zelenskyy and Yoon discussed the deployment by phone on Thursday, the Ukrainian president's office said.",
     [(("the Ukrainian president's office", "the Ukrainian president"), None, "said")], [], None),
    ("hard", "The ministry said the soldiers would not be handed over without a prisoner exchange.",
     [("The ministry", ("Ukrainian Foreign Ministry", "The ministry"), "said")],
     ["Ukraine's Foreign Ministry spokesman Heorhii Tykhyi spoke to reporters on Tuesday."], None),
    ("hard", "Last month, the NIS said North Korea had begun training a second contingent of troops.",
     [("the NIS", "NIS", "said", ("last month", "2024-11", None) + tuple(f"2024-11-{d:02d}" for d in range(1, 31)))], [], P1),
    ("hard", "The Kremlin, asked about the reports by journalists on Monday, said it would not comment on \"rumors.\"",
     [("The Kremlin", "Kremlin", "said", ("2025-01-06", "2025-01-13", "on Monday", None))], [], P2),
    ("hard", "\"Ukraine said it would never negotiate with Pyongyang,\" Peskov said, \"so there is nothing to discuss.\"",
     [("Peskov", "Kremlin", "said"), ("Ukraine", "Ukrainian government", "said")], [], None,
     [[("Peskov", "Kremlin", "said")]]),
    ("hard", "Ukraine's military intelligence, which first reported the deployment in October, now says about 12,000 North Korean troops are in Kursk.",
     [("Ukraine's military intelligence", "GUR", "says")], [], None,
     [[("Ukraine's military intelligence", "GUR", "says"), (("Ukraine's military intelligence", "which"), "GUR", "reported")]]),
    ("trap-other", "North Korea said to be preparing second troop deployment", [], [], None),
    ("trap-other", "The Pentagon press secretary's briefing was postponed until Thursday.", [], [], None),
    ("trap-other", "Yonhap's Moscow correspondent was expelled from Russia last year.", [], [], None),
    ("trap-event", "Zelenskyy and Yoon Suk Yeol spoke by phone on Thursday.", [], [], None),
]


# ---------------------------------------------------------------------------------- matching
def norm(s):
    s = (s or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = s.strip(" ,.;:\"'")
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s.strip(" ,.;:\"'")


def as_tuple(x):
    return x if isinstance(x, tuple) else (x,)


def span_ok(produced, accepted):
    p = norm(produced)
    for a in accepted:
        a = norm(a)
        if not a or not p:
            continue
        if p == a:
            return True
        # appositive / relative clause after a comma, or a parenthesis, on either side
        for long, short in ((p, a), (a, p)):
            if long.startswith(short + ",") or long.startswith(short + " (") or long.startswith(short + " who") \
                    or long.startswith(short + " which"):
                return True
            # title before a name ("Ukrainian Foreign Minister Andrii Sybiha" ~ "Andrii Sybiha")
            if long.endswith(" " + short) and len(short.split()) >= 2:
                return True
    return False


def cue_ok(produced, expected):
    if expected is None:
        return True
    p = (produced or "").lower().strip()
    if not p:
        return False
    return any(c.lower() in p or p in c.lower() for c in as_tuple(expected))


def entity_ok(att, exp_src, exp_ent):
    if exp_ent is None:
        return True
    for e in as_tuple(exp_ent):
        if e == SRC:
            if span_ok(att.entity, as_tuple(exp_src) + (att.source,)):
                return True
        elif norm(att.entity) == norm(e):
            return True
    return False


def date_str(d):
    if d is None or d == "":
        return None
    if hasattr(d, "isoformat"):
        return d.isoformat()
    return str(d)


def date_ok(att, exp):
    if len(exp) < 4:
        return True
    want = exp[3]
    got = date_str(att.date)
    if want is None:
        return got is None
    if got is None:
        return None in as_tuple(want)
    g = got.lower().strip()
    g2 = g[3:] if g.startswith("on ") else g
    for w in as_tuple(want):
        if w is None:
            continue
        w = w.lower()
        if re.fullmatch(r"\d{4}-\d\d-\d\d", w):
            if g == w:
                return True
        elif g == w or g2 == w or (not re.fullmatch(r"\d{4}-\d\d-\d\d", g) and (w in g or g2 in w)):
            return True
    return False


def describe_att(a):
    return f"source={a.source!r} entity={a.entity!r} cue={a.cue!r} date={date_str(a.date)!r}"


def describe_exp(e):
    s = f"source={e[0]!r} entity={'<src>' if e[1] == SRC else e[1]!r} cue={e[2]!r}"
    if len(e) > 3:
        s += f" date={e[3]!r}"
    return s


def compare(produced, expected):
    """Return (missing, extra, wrong) lists."""
    left = list(produced)
    missing, wrong = [], []
    pending = []
    for e in expected:
        hit = None
        for a in left:
            if span_ok(a.source, as_tuple(e[0])) and entity_ok(a, e[0], e[1]) and cue_ok(a.cue, e[2]) and date_ok(a, e):
                hit = a
                break
        if hit is not None:
            left.remove(hit)
        else:
            pending.append(e)
    for e in pending:
        near = None
        for a in left:
            if span_ok(a.source, as_tuple(e[0])) or any(
                    norm(x) and (norm(x) in norm(a.source) or norm(a.source) in norm(x)) for x in as_tuple(e[0])):
                near = a
                break
        if near is not None:
            left.remove(near)
            why = []
            if not span_ok(near.source, as_tuple(e[0])):
                why.append("source")
            if not entity_ok(near, e[0], e[1]):
                why.append("entity")
            if not cue_ok(near.cue, e[2]):
                why.append("cue")
            if not date_ok(near, e):
                why.append("date")
            wrong.append((e, near, why))
        else:
            missing.append(e)
    return missing, left, wrong


def main():
    reg = bundled_registry()
    by_tag = defaultdict(lambda: [0, 0])
    failures = defaultdict(list)
    trap = [0, 0]
    nontrap = [0, 0]
    for case in CASES:
        tag, text, expected, ctx, pub = case[:5]
        alts = case[5] if len(case) > 5 else []
        try:
            produced = extract(text, reg, published=pub, context=ctx)
            err = None
        except Exception as ex:  # noqa: BLE001
            produced, err = [], f"{type(ex).__name__}: {ex}"
        best = None
        for exp in [expected] + list(alts):
            m, x, w = compare(produced, exp)
            score = len(m) + len(x) + len(w)
            if best is None or score < best[0]:
                best = (score, m, x, w)
        ok = err is None and best[0] == 0
        by_tag[tag][1] += 1
        bucket = trap if tag.startswith("trap") else nontrap
        bucket[1] += 1
        if ok:
            by_tag[tag][0] += 1
            bucket[0] += 1
        else:
            failures[tag].append((text, ctx, pub, err, best[1], best[2], best[3]))

    for tag in by_tag:
        if not failures[tag]:
            continue
        print(f"\n=== {tag}: {len(failures[tag])} failing")
        for text, ctx, pub, err, missing, extra, wrong in failures[tag]:
            print(f"- {text}")
            if ctx:
                print(f"    ctx: {ctx}")
            if pub:
                print(f"    published: {pub}")
            if err:
                print(f"    ERROR {err}")
            for e in missing:
                print(f"    missing: {describe_exp(e)}")
            for a in extra:
                print(f"    extra:   {describe_att(a)}")
            for e, a, why in wrong:
                print(f"    wrong ({'/'.join(why)}): expected {describe_exp(e)}")
                print(f"                      got {describe_att(a)}")

    print("\n=== per tag")
    for tag, (p, n) in by_tag.items():
        print(f"{tag:16s} {p:3d}/{n:<3d}")
    total_p = sum(p for p, _ in by_tag.values())
    total_n = sum(n for _, n in by_tag.values())
    print(f"\ntraps:     {trap[0]}/{trap[1]} passed ({100 * trap[0] / max(trap[1], 1):.0f}%)")
    print(f"non-traps: {nontrap[0]}/{nontrap[1]} passed ({100 * nontrap[0] / max(nontrap[1], 1):.0f}%)")
    print(f"{total_p}/{total_n} passed")


if __name__ == "__main__":
    main()
