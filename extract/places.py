"""Names of places that news text is full of: countries, the states of the United States,
continents, the regions news names like countries, and its best-known cities. A place is
never the "he" or "she" a pronoun refers back to, however much its name looks like a surname
("Georgia", "Chad", "Jordan" alone are places far more often than people in the sentences a
resolver reads)."""

from __future__ import annotations

# The states of the United States (registry.py adds the abbreviations news writes after a
# town: "Flint, Mich.").
US_STATE_NAMES = frozenset("""alabama alaska arizona arkansas california colorado connecticut
    delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
    maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
    wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york",
                           "north carolina", "north dakota", "rhode island", "south carolina",
                           "south dakota", "west virginia"}

_COUNTRIES = """afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
    bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos
    latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
    malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
    montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger
    nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
    vanuatu venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
    korea""".split()
_MANY_WORDS = (
    "united states", "united kingdom", "united arab emirates", "saudi arabia", "south africa",
    "north korea", "south korea", "new zealand", "sri lanka", "costa rica", "el salvador",
    "dominican republic", "czech republic", "ivory coast", "papua new guinea", "east timor",
    "south sudan", "north macedonia", "sierra leone", "puerto rico", "hong kong",
    "middle east", "latin america", "central america", "south america", "north america",
    "central asia", "east asia", "southeast asia", "western europe", "eastern europe",
    "the west", "gaza strip", "west bank",
)
_REGIONS = """europe asia africa antarctica oceania arctic balkans caucasus scandinavia crimea
    donbas donbass gaza kashmir siberia tibet""".split()

# Cities news names as the place where things happen ("the lessons Pyongyang was drawing
# from Kursk, she said"). Names that are first names or surnames as often are left out
# ("Austin", "Houston", "Paris", "Lincoln", "Charlotte").
_CITIES = """kyiv kiev moscow kursk kharkiv kharkov odesa odessa kherson mariupol bakhmut
    avdiivka pokrovsk donetsk luhansk zaporizhzhia dnipro lviv sumy chernihiv belgorod bryansk
    vladivostok khabarovsk pyongyang seoul busan incheon beijing shanghai tokyo taipei london
    berlin brussels tehran damascus baghdad kabul jerusalem ankara istanbul warsaw minsk vilnius
    riga tallinn helsinki stockholm oslo copenhagen prague budapest vienna rome madrid lisbon
    athens bucharest belgrade geneva davos munich chicago boston baltimore detroit seattle
    atlanta miami philadelphia pittsburgh cleveland milwaukee denver sevastopol novorossiysk
    mykolaiv kerch izmail chornomorsk pivdennyi berdiansk melitopol yalta feodosia taganrog
    constanta varna batumi""".split()

# ("washington" is left out: the capital's name stands for the government, and for people)
PLACES = frozenset(_COUNTRIES) | frozenset(_REGIONS) | frozenset(_CITIES) \
    | frozenset(_MANY_WORDS) | US_STATE_NAMES - {"washington"}

# Adjectives of a place: before a noun-like cue ("Western reports", "Russian claims"), or
# before a body's generic name, which then is that country's ("the Japanese Joint Chiefs
# of Staff", "the Philippine National Security Council"). ("Cuban" is left out: Mark
# Cuban is more often in the news than Cuba's ministries.)
DEMONYMS = frozenset("""western eastern northern southern russian ukrainian american korean
    chinese japanese european british french german iranian israeli syrian turkish polish
    indian asian african arab belarusian georgian iraqi afghan mexican canadian soviet
    philippine taiwanese vietnamese indonesian australian italian spanish dutch swedish
    finnish norwegian danish estonian latvian lithuanian moldovan romanian hungarian czech
    slovak serbian croatian greek egyptian saudi pakistani thai malaysian mongolian kazakh
    armenian azerbaijani lebanese jordanian brazilian argentine venezuelan nigerian
    kenyan ethiopian""".split())
