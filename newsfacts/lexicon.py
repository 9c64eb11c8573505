"""Word lists for actors: government nouns, person titles and sector keywords."""
from __future__ import annotations

import re

GOVERNMENT_NOUNS = {"government", "authorities", "administration", "regime", "cabinet"}

TITLE_WORDS = {
    "president", "vice", "minister", "secretary", "director", "spokesman", "spokeswoman", "spokesperson",
    "senator", "sen", "governor", "gov", "mayor", "ambassador", "general", "gen", "commander", "chief",
    "king", "queen", "prince", "princess", "chancellor", "premier", "leader", "chairman", "chairwoman",
    "chair", "head", "judge", "justice", "mp", "representative", "rep", "envoy", "official", "officer",
    "colonel", "col", "captain", "capt", "lieutenant", "major", "admiral", "sergeant", "inspector",
    "commissioner", "attorney", "prosecutor", "lawyer", "advisor", "adviser", "spokesman", "deputy",
    "dr", "mr", "mrs", "ms", "sir", "lord", "lady", "pope", "cardinal", "bishop", "archbishop", "rabbi",
    "imam", "sheikh", "ayatollah", "emir", "sultan", "councillor", "councilor", "congressman",
    "congresswoman", "speaker", "founder", "ceo", "executive", "analyst", "editor", "correspondent",
    "coordinator", "administrator", "delegate", "legislator", "lawmaker", "sheriff", "superintendent",
    "pm", "lt", "maj", "sgt", "brig", "brigadier", "marshal", "professor", "prof", "treasurer", "dictator",
    "monarch", "emperor", "mullah", "vice-president", "secretary-general", "director-general", "mayor-elect",
    "president-elect", "diplomat", "negotiator", "commissar", "magistrate", "ombudsman", "consul", "counsel",
    "cfo", "coo", "cto", "cio", "mep", "alderman", "alderwoman", "chairperson",
}

# Occupations NER sweeps into a name at the start of a sentence ('Farmer John Walker'): no title, no name.
ROLE_WORDS = {"farmer", "teacher", "student", "activist", "witness", "resident", "doctor", "nurse", "actor",
              "actress", "singer", "author", "writer", "journalist", "reporter", "photographer", "economist",
              "scientist", "researcher", "coach", "player", "striker", "driver", "pilot", "soldier", "priest",
              "businessman", "businesswoman", "entrepreneur", "investor", "banker", "blogger", "filmmaker",
              "director", "producer", "artist", "poet", "novelist", "historian", "professor", "lecturer",
              "survivor", "victim", "suspect", "defendant", "detainee", "prisoner", "candidate", "veteran",
              "campaigner", "protester", "protestor", "critic", "expert", "analyst", "physician", "surgeon"}

# Words of courtesy before a name: they make it a person's name, but are no title.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mme", "mister"}

# Lowercase particles inside a person's name ("Dominique de Villepin", "Omar al-Bashir").
NAME_PARTICLES = {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el",
                  "bin", "ibn", "abu", "ter", "y", "dos", "das", "do", "st", "bint", "ben", "mc", "-"}

# Nouns that name a kind of organization: 'a non-governmental organisation, Environment Africa'.
ORG_NOUNS = {"organisation", "organization", "group", "party", "company", "firm", "corporation", "agency",
             "charity", "movement", "union", "association", "network", "newspaper", "broadcaster", "channel",
             "militia", "faction", "coalition", "alliance", "institute", "foundation", "federation", "ngo",
             "publication", "magazine", "daily", "website", "club", "society", "council", "committee",
             "bank", "airline", "manufacturer", "retailer", "insurer", "carrier", "outfit", "band"}

# Institutions that a nationality word before them makes an actor: 'the Sri Lankan defense ministry'.
INSTITUTION_NOUNS = {"ministry", "army", "navy", "police", "parliament", "embassy", "consulate", "senate",
                     "legislature", "judiciary", "gendarmerie", "coastguard", "junta"}

# The last word of a name that is a document, law, event or prize, not an actor.
NOT_ACTOR_HEADS = {"agreement", "act", "treaty", "accord", "accords", "bill", "law", "protocol", "declaration",
                   "resolution", "amendment", "doctrine", "award", "awards", "prize", "cup", "war", "games",
                   "olympics", "championship", "championships", "tournament", "festival", "day", "week",
                   "constitution", "code", "airport", "stadium", "bridge", "street", "avenue", "square",
                   # taxes, benefits, rules and reports
                   "tax", "credit", "allowance", "directive", "directives", "regulations", "guide", "report",
                   # infrastructure and sites
                   "tunnel", "terminal", "highway", "expressway", "canal", "hotel",
                   # events, shows and works
                   "summit", "expo", "expos", "derby", "stakes", "speech", "song", "album", "film", "movie",
                   "outlook", "forecast", "flu", "influenza",
                   # software and products
                   "messenger", "browser", "edition",
                   # generic plural goods and abstract nouns
                   "goods", "beverages", "equipment", "maintenance", "phones", "practices", "shields",
                   "governance", "responsibility", "destruction"}

# A currency named by its noun ('the Australian dollar', 'China yuan'): no actor.
CURRENCY_NOUNS = {"dollar", "dollars", "euro", "euros", "yuan", "renminbi", "yen", "pound", "pounds", "sterling",
                  "peso", "pesos", "rupee", "rupees", "krona", "kronor", "krone", "kroner", "franc", "francs",
                  "rouble", "roubles", "ruble", "rubles", "lira", "shekel", "shekels", "dinar", "dinars", "dirham",
                  "baht", "ringgit", "rupiah", "real", "reais", "zloty", "forint", "koruna", "hryvnia", "naira",
                  "shilling", "shillings", "cedi", "kwacha", "rand", "won", "dong", "taka", "riyal", "rial",
                  "leu", "lei", "lev", "kuna", "tenge", "som", "manat", "lari", "dram", "bolivar", "sol", "soles"}

# Common acronyms of technology, business and economics that NER takes for organizations: no actors.
COMMON_ACRONYMS = {"cpu", "gpu", "ram", "rom", "lcd", "tft", "led", "usb", "dsl", "adsl", "pdf", "gif", "jpeg",
                   "png", "mp3", "mp4", "dvd", "cd", "hd", "tv", "pc", "os", "api", "html", "xml", "url", "isp",
                   "rss", "ip", "voip", "wifi", "wi-fi", "lan", "wlan", "sms", "gps", "atm", "suv", "faq", "ipo",
                   "gdp", "gnp", "cpi", "fdi", "oda", "vat", "gst", "hst", "oem", "oss", "mvno", "drm", "gpl",
                   "bsd", "nox", "co2", "hiv", "aids", "sars", "ceo", "cfo", "coo", "cto", "cio", "q1", "q2", "q3",
                   "q4", "ad", "bc", "am", "pm", "gmt", "utc", "bst", "est", "pst", "cet", "org", "www", "http",
                   "mb", "gb", "kb", "tb", "ghz", "mhz", "bn", "mn", "ltd", "plc", "inc", "llc", "r&d", "it",
                   "ai", "3g", "4g", "5g", "gsm", "cdma", "nurbs", "mips", "cad", "lsp", "silc"}

# Storms and epidemics: the word before a name that makes it no actor ('Hurricane Rita').
STORM_WORDS = {"hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "storm", "storms",
               "tornado", "tropical"}

MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                   "saturday", "sunday"}

# Capitalized generic words NER takes for names: 'the Government's position', 'The World Today'.
GENERIC_NAMES = {"world", "government", "state", "nation", "country", "internet", "web", "today", "news", "media",
                 "opposition", "city", "east", "west", "north", "south", "republic", "kingdom", "federal",
                 "national", "international", "ministry", "department", "police", "army", "military", "court",
                 "assembly", "council", "committee", "commission", "agency", "office", "bureau", "party",
                 # common nouns and adjectives capitalized at a sentence start or in a heading
                 "institution", "institutions", "company", "companies", "university", "bank", "banks", "finance",
                 "budget", "index", "plan", "treaty", "software", "hardware", "printing", "transportation",
                 "telecommunications", "housing", "households", "household", "groups", "group", "image",
                 "library", "layoffs", "gasoline", "petrol", "diesel", "cotton", "footwear", "housewives", "bosses",
                 "citizenship", "communism", "capitalism", "socialism", "solidarity", "cooperatives", "central",
                 "eastern", "western", "northern", "southern", "automotive", "electrical", "nation", "stamp",
                 "economy", "energy", "technology", "silicon", "online", "wireless", "broadband", "mobile",
                 "market", "markets", "stocks", "shares", "trade", "retail", "retailers", "consumers", "workers",
                 "employers", "unions", "industry", "manufacturing", "immigration", "health", "education",
                 "security", "defence", "defense", "justice", "weather", "oil", "gas", "crude", "plc",
                 "society", "public", "private", "people", "family", "families", "forest", "image", "riot",
                 "submarine", "dashboard", "layoff", "sales", "research", "management", "users", "customers"}

# Lowercase nouns after a name that make it a place: 'London Heathrow airport'.
PLACE_AFTER = {"airport", "street", "road", "avenue", "square", "bridge", "river", "province", "region",
               "district", "county", "island", "islands", "mountains", "mountain", "valley", "lake", "sea",
               "bay", "harbour", "harbor", "station", "camp", "border", "peninsula", "desert", "airbase",
               "highway", "neighbourhood", "neighborhood", "suburb", "township", "state"}

# Nouns before 'of' that make the following name a place: 'the town of Vakarai'.
PLACE_BEFORE = {"town", "city", "village", "province", "region", "district", "state", "county", "island",
                "port", "capital", "municipality", "suburb", "area", "outskirts", "streets", "centre", "center"}

# Sector codes (PLOVER-style) by keyword in an organization's name or a person's title.
_SECTORS = (
    ("IGO", r"united nations|\bun\b|\bu\.n\.|organization of american states|african union|european union|"
            r"\bnato\b|world bank|international monetary fund|\bimf\b|\bwto\b|world health|\bunicef\b|"
            r"multinational|international .*(mission|force|agency|court|committee)|security council|\basean\b|"
            r"\bopec\b|commonwealth|interpol|arab league"),
    ("MIL", r"army|military|armed forces|navy|air force|defen[cs]e forces|troops|marines|general|commander|"
            r"colonel|admiral|defen[cs]e ministry|ministry of defen[cs]e|pentagon|contingent"),
    ("COP", r"police|gendarmerie|constabulary|sheriff|inspector|law enforcement|\bfbi\b|scotland yard"),
    ("JUD", r"court|tribunal|judge|justice|judiciary|prosecutor|attorney general"),
    ("LEG", r"assembly|parliament|congress|senate|legislat|\bhouse of\b|duma|knesset|senator|\bmp\b|"
            r"congressman|congresswoman|lawmaker|speaker"),
    ("PTY", r"\bparty\b|democrats|republicans|labour|tories|conservatives|socialists"),
    ("REB", r"rebel|liberation|insurgent|militia|\bfront\b|tigers|guerrilla"),
    ("CRM", r"\bgang|cartel|mafia|crime|criminal"),
    ("SPY", r"intelligence|\bcia\b|\bmi5\b|\bmi6\b|\bkgb\b|\bfsb\b|mossad"),
    ("MED", r"news|times|post\b|television|\btv\b|radio|broadcast|press\b|journal|gazette|tribune|herald|"
            r"\bbbc\b|\bcnn\b|reuters|associated press|agence|editor|correspondent|gmtv"),
    ("EDU", r"university|college|school|institute of technology|academy"),
    ("REL", r"church|mosque|diocese|vatican|pope|bishop|archbishop|cardinal|rabbi|imam"),
    ("NGO", r"red cross|red crescent|amnesty|human rights watch|foundation|charity|\bngo\b|oxfam|"
            r"m[eé]decins|greenpeace|committee to protect"),
    ("BUS", r"company|corporation|\bcorp\b|\binc\b|\bltd\b|bank|group\b|airlines|motors|energy|oil|"
            r"holdings|ceo|executive|industries|exchange"),
    ("GOV", r"ministry|minister|department|government|president|prime minister|secretary|cabinet|"
            r"embassy|ambassador|governor|mayor|administration|office of|council|agency|commission|"
            r"white house|kremlin|state department|chancellor|premier|king|queen|envoy|official|"
            r"spokes(man|woman|person)|diplomat"),
)
_SECTOR_RES = [(code, re.compile(rx, re.IGNORECASE)) for code, rx in _SECTORS]


def sector_of(text: str) -> str | None:
    """The sector code an organization's name or a person's title points to, else None."""
    if not text:
        return None
    for code, rx in _SECTOR_RES:
        if rx.search(text):
            return code
    return None
