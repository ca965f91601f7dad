"""First names common in the news this tool reads (English, Slavic and a few others), with
whether they name a man ("m") or a woman ("f"): what tells the pronoun resolver a "he" from
a "she", and a transcript's "JOHN KIRBY:" from a rubric's "STAT OF THE WEEK:". A name not
listed says nothing."""

from __future__ import annotations

FIRST_NAMES: dict[str, str] = {
    **dict.fromkeys("""donald joe joseph barack bill bernie ted marco jeb john james robert
        michael william david richard charles thomas christopher daniel matthew anthony mark
        paul steven andrew kenneth kevin brian george timothy ronald jason jeffrey ryan jacob
        gary eric jonathan stephen larry justin scott brandon frank benjamin gregory samuel
        raymond patrick jack dennis jerry tyler aaron henry adam peter nathan douglas zachary
        kyle walter harold keith christian roger noah gerald carl terry sean austin arthur
        lawrence jesse dylan bryan ralph roy eugene russell bobby mitch mike chris rand
        rick newt tim tom jim bob dick ben lloyd antony tony rex chuck
        vladimir sergei sergey dmitry dmitri kirill yevgeny alexei alexey andrei andriy andrii
        oleksandr oleksiy volodymyr vitali vitaly viktor mykhailo mykola petro yuriy yuri
        igor ivan nikolai pavel kyrylo denys rustem dmytro emmanuel olaf keir boris rishi
        taras serhii serhiy oleh bohdan roman maksym vasyl yaroslav valerii valeriy anatolii
        ruslan vadym artem anton arsen danylo yevhen ihor stanislav vitalii kostiantyn
        hennadiy
        xi recep mohammed muhammad ali ahmed hassan omar""".split(), "m"),
    **dict.fromkeys("""hillary michelle nancy elizabeth kamala sarah mary patricia jennifer
        linda barbara susan jessica karen lisa betty margaret sandra ashley kimberly emily
        donna carol ruth sharon laura cynthia amy angela melissa rebecca deborah stephanie
        anna maria marie julia diane christine joan samantha catherine kathleen kathryn
        megyn ivanka melania chelsea debbie nikki carly condoleezza janet
        theresa ursula kaja annalena giorgia marine liz kristi tulsi kirsten
        olena yulia iryna olga natalia natalya svetlana tatiana elena irina
        marina lyudmila oksana victoria viktoria valentina kateryna halyna hanna tetiana
        viktoriia yuliia nataliia liudmyla svitlana anastasia sofia daria alina polina
        khrystyna mariia nadiia""".split(), "f"),
}
