"""The drafter's word tables: the last words of names of bodies, companies and places,
the words of posts, the verbs of saying, and terms and events with their other names."""

# Last words that make a capitalised name an organisation: "Amnesty International".
ORG_HEADS = frozenset(
    """
    museum council party ministry department house office agency bank fund institute
    institution center centre university court parliament assembly commission committee
    organization organisation international union association corporation company group
    brotherhood state army forces police embassy times post news network foundation watch
    program programme authority board service inc ltd corp co council senate congress
    league front movement alliance federation secretariat cabinet government reuters
    foods airlines motors energy holdings partners capital systems technologies industries
    pharmaceuticals labs media bank insurance railways airways group club research
    finance brokerage commission survey observatory laboratory hospital school college
    academy clinic society exchange reserve administration bureau tribunal
    """.split()
)
# Last words of a company's name that its short name leaves out: "Cisco Systems" is "Cisco".
CORPORATE_HEADS = frozenset(
    """
    systems inc corp corporation co ltd plc llc group holdings foods motors airlines airways
    technologies industries pharmaceuticals labs media partners capital brands stores markets
    securities brothers networks communications investments
    """.split()
)
# A company's legal form, which its initials and its short name leave out: "General Electric
# Co" is GE and "General Electric".
LEGAL_FORMS = frozenset("inc corp corporation co ltd plc llc ag sa nv gmbh".split())
# Last words of the names of places: "Attu Island", "Bering Sea".
PLACE_HEADS = frozenset(
    "island islands sea ocean river lake bay mountain mountains valley county province street"
    " avenue square coast peninsula strait gulf desert".split()
)
PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "near", "outside", "across", "inside"})
# Words before a name that make it a person's: "Prime Minister Habib Essid".
POST_WORDS = frozenset(
    """
    president minister secretary director leader spokesman spokeswoman spokesperson chief
    head member economist analyst official ambassador general commander chairman chairwoman
    governor mayor senator lawmaker premier chancellor king queen prince envoy professor
    researcher fellow founder ceo cfo coo cto cio cmo executive editor correspondent adviser
    advisor deputy pm
    scientist biologist physicist chemist geologist seismologist epidemiologist lawyer
    attorney judge justice prosecutor coach manager captain striker goalkeeper engineer
    artist writer author novelist poet painter sculptor philosopher historian architect
    designer photographer journalist actor actress singer musician composer inventor
    entrepreneur activist playwright filmmaker curator critic surgeon astronaut ranger
    commissioner supervisor superintendent administrator inspector treasurer comptroller
    sheriff councilman councilwoman councillor alderman chair chairperson strategist banker
    sergeant lieutenant detective colonel corporal admiral constable trooper representative
    congressman congresswoman legislator assemblyman assemblywoman officer investigator
    virologist physician pilot meteorologist climatologist hydrologist statistician
    technician politician diplomat spokesmen dean provost rector
    """.split()
)
SPEECH_VERBS = frozenset(
    """
    said says say told declared added explained argued argues noted stated wrote vowed
    warned claimed insisted announced believes believed according points pointed
    estimates estimated predicts predicted forecasts projects projected
    writes adds notes explains tells declares warns insists announces
    """.split()
)
# Terms that claims often give as acronyms the article spells out.
TERMS = {
    "gross domestic product": "GDP", "chief executive officer": "CEO", "initial public offering":
    "IPO", "research and development": "R&D", "artificial intelligence": "AI",
    "consumer price index": "CPI", "foreign direct investment": "FDI", "non-governmental "
    "organization": "NGO", "weapons of mass destruction": "WMD", "liquefied natural gas": "LNG",
}  # fmt: skip
# Events with the other names reports give them.
EVENTS = (
    ("World War II", ("Second World War", "the Second World War", "WWII", "WW2", "World War Two")),
    ("World War I", ("First World War", "the First World War", "WWI", "WW1", "World War One")),
    ("Cold War", ("the Cold War",)),
    ("Arab Spring", ("the Arab Spring",)),
)
