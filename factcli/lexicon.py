"""Word lists the parser and verifier share: stems, negation cues, stop words, references, flows.

Plain data, so that every mechanism reads the same vocabulary; polar opposites are in
`factcli.opposites`, synonyms in `factcli.synonyms`. The lists hold
plain words; the `*_stems` functions give them as `stem()` produces them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from factcli.lazy_re import lazy_compile

# Participles that a hyphen glues to a name ("Caracas-born", "Kansas-based", "U.S.-led"):
# the name and the participle are two words, as in "born in Caracas".
COMPOUND_PARTICIPLES = (
    "born based led backed owned made trained bound run funded controlled headquartered"
    " listed educated raised sponsored brokered"
)
_NOT_A_COMPOUND_PARTICIPLE = rf"(?!(?:{'|'.join(COMPOUND_PARTICIPLES.split())})\b)"
_WORD_PATTERN = rf"[A-Za-z0-9]+(?:(?:['\u2019]|-{_NOT_A_COMPOUND_PARTICIPLE})[A-Za-z0-9]+)*"
WORD = lazy_compile(_WORD_PATTERN)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    # PyStemmer: the Snowball C library itself, the same stems as the pure-Python
    # snowballstemmer at ~0.2 µs a word instead of ~70, and imported in well under 1 ms.
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a word: visit, visits and visited share one."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = _BASE_FORMS.get(word, word)
    return str(_stemmer().stemWord(word))


# British spellings and irregular forms, mapped to the form the stemmer shares with the
# regular words: "favour" is "favor", "spent" is "spend", "losing" and "loss" are "lose".
_BASE_FORMS = {
    "favour": "favor", "favours": "favors", "honour": "honor", "honoured": "honored",
    "neighbour": "neighbor", "neighbours": "neighbors", "labour": "labor",
    "behaviour": "behavior", "centre": "center", "centres": "centers", "metre": "meter",
    "metres": "meters", "defence": "defense", "offence": "offense", "programme": "program",
    "programmes": "programs", "organisation": "organization", "organisations": "organizations",
    "travelled": "traveled", "travelling": "traveling", "cancelled": "canceled",
    "signalled": "signaled", "modelled": "modeled", "capitalise": "capitalize",
    "capitalised": "capitalized", "recognise": "recognize", "recognised": "recognized",
    "criticise": "criticize", "criticised": "criticized", "emphasise": "emphasize",
    "finalise": "finalize", "finalised": "finalized", "strategise": "strategize",
    "spent": "spend", "left": "leave", "leaving": "leave", "lost": "lose", "losing": "lose",
    "loss": "lose", "flew": "fly", "flown": "fly", "sold": "sell", "bought": "buy",
    "met": "meet", "went": "go", "gone": "go", "held": "hold", "made": "make", "led": "lead",
    "began": "begin", "begun": "begin", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "grew": "grow", "grown": "grow", "sent": "send", "gave": "give",
    "given": "give", "took": "take", "taken": "take", "brought": "bring", "sought": "seek",
    "told": "tell", "said": "say", "saw": "see", "seen": "see", "won": "win", "came": "come",
    "drew": "draw", "drawn": "draw", "struck": "strike", "signing": "sign",
    "goes": "go", "does": "do", "did": "do", "done": "do", "ran": "run", "kept": "keep",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "built": "build",
    "paid": "pay", "stood": "stand", "chose": "choose", "chosen": "choose", "broke": "break",
    "broken": "break", "fought": "fight", "knew": "know", "threw": "throw", "thrown": "throw",
    "felt": "feel", "heard": "hear", "meant": "mean", "caught": "catch", "laid": "lay",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overtook": "overtake",
    "overtaken": "overtake", "undertook": "undertake", "undertaken": "undertake",
    "forgave": "forgive", "forgiven": "forgive", "shook": "shake", "shaken": "shake",
    "swore": "swear", "sworn": "swear", "froze": "freeze", "frozen": "freeze",
    "stole": "steal", "stolen": "steal", "hid": "hide", "hidden": "hide", "rode": "ride",
    "ridden": "ride", "wore": "wear", "worn": "wear", "tore": "tear", "torn": "tear",
    "fled": "flee", "sank": "sink", "sunk": "sink", "shrank": "shrink", "shrunk": "shrink",
    "sprang": "spring", "sprung": "spring", "swam": "swim", "swum": "swim", "dealt": "deal",
    "taught": "teach", "bent": "bend", "lent": "lend", "hung": "hang",
    "slid": "slide", "spun": "spin", "woke": "wake", "woken": "wake", "beaten": "beat",
}  # fmt: skip


def words(text: str) -> list[str]:
    """Lower-case words of a text, hyphenated and apostrophe words kept whole."""
    return WORD.findall(text.lower())


def stems(text: str) -> list[str]:
    """Stems of every word of a text, in order."""
    return [stem(word) for word in words(text)]


# Words that invert a statement. "not only ... but also" is not a negation.
NEGATION_WORDS = frozenset(
    {
        "not",
        "never",
        "no",
        "none",
        "neither",
        "nor",
        "without",
        "nobody",
        "nothing",
        "cannot",
        "hasn't",
        "haven't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "won't",
        "wouldn't",
        "didn't",
        "doesn't",
        "don't",
        "can't",
        "couldn't",
        "shouldn't",
        "mustn't",
        "hadn't",
        "nowhere",
    }
)
NEGATION_PHRASES = (
    "no longer",
    "unable to",
    "could not",
    "decline to",
    "declined to",
    "declines to",
    "declining to",
    "not any more",
    "not anymore",
    "fail to",
    "failed to",
    "fails to",
    "refuse to",
    "refused to",
    "refuses to",
    "deny",
    "denied",
    "denies",
    "rule out",
    "ruled out",
    "rules out",
    # an act held back: "has shied away from formally proposing it", "is yet to submit"
    "shied away from",
    "shies away from",
    "shy away from",
    "refrained from",
    "refrains from",
    "refrain from",
    "stopped short of",
    "stops short of",
    "stop short of",
    "yet to",
    # a plan given up denies the plan ("have shelved plans to sign")
    "shelved plans",
    "shelve plans",
    "shelves plans",
    "shelved the",
    "scrapped plans",
    "scrap plans",
    "scraps plans",
    "scrapped the",
    "abandoned plans",
    "abandon plans",
    "abandons plans",
    "dropped plans",
    "drop plans",
    "drops plans",
    "called off",
    "call off",
    "calls off",
    "cancelled the",
    "canceled the",
    "cancels the",
    "put on hold",
    # an expectation denied: "is unlikely to reach", "is not likely to"
    "unlikely to",
    "doubtful that",
)
NOT_NEGATION_PHRASES = (
    # "the decline to $21", "its decline to 5 percent": a fall, not a refusal
    "the decline to",
    "a decline to",
    "its decline to",
    "their decline to",
    "not only",
    "no doubt",
    # "wages didn't budge": a level that stayed, stated (see synonyms)
    "didn't budge",
    "did not budge",
    # "takes no sides", "does not take sides": a neutral stance, stated (see synonyms)
    "no sides",
    "not take sides",
    "not to take sides",
    "no less than",
    "no fewer than",
    "not least",
    "nothing but",
    "no sooner",
)

# Words that carry no topic: skipped when comparing what a claim and a fact are about.
STOP_WORDS = frozenset(
    """
a an the and or but if of to in on at by for with from as into onto over under about
than then that this these those there here is are was were be been being am has have had
do does did will would shall should can could may might must it its it's they them their
he him his she her we us our you your i me my who whom whose which what when where why
how also too very just so such some any each every all both either neither other another
more most much many few less least only own same not no nor than while during before
after since until up down out off again further once s t'' said says say according
reportedly per via amid among between within without upon hold holds held make makes
made take takes took get gets got keep keeps kept remain remains remained stand stands
stood become becomes became total totals totalled totaled amount amounts amounted reach
reaches reached hit hits worth due expected expect expects scheduled slated poised likely
lasts lasted lasting
probably possibly
""".split()
)

# Words that frame or stress what a claim says without adding anything a source could state
# or deny ("in essence", "itself", "finally"): they are no part of its content.
DISCOURSE_WORDS = frozenset(
    """
essence essentially effectively indeed actually basically itself themselves himself herself
really clearly arguably apparently notably particularly especially largely mostly
mainly now currently today meanwhile nonetheless nevertheless moreover furthermore however
undoubtedly doubtless certainly surely definitely obviously evidently unquestionably plainly
though
subsequent subsequently ensuing
""".split()
)

# Phrases that name the two parties of a bilateral relation: a key "two countries" is met
# by any of them ("trade between the two neighbours").
PAIR_PHRASES = (
    "two countries",
    "two nations",
    "two neighbors",
    "two neighbours",
    "two sides",
    "two powers",
    "two states",
    "two governments",
    "both countries",
    "both nations",
    "both sides",
)

# Words that stand for what was named before ("the two countries" after "China and Russia"):
# only a clause that has one borrows its context to decide what it is about.
PLURAL_REFERENCES = (
    "the two countries",
    "the two nations",
    "both countries",
    "both nations",
    "the two sides",
    "both sides",
    "the two neighbors",
    "the two neighbours",
    "the two powers",
    "the two",
    "the countries",
    "the nations",
    "the neighbors",
    "the neighbours",
    "they",
    "both",
)
SINGULAR_REFERENCES = ("he", "she", "his", "her", "him", "it", "its", "them", "their", "there")

# Verbs whose subject gives and whose object receives ("Russia supplies China with gas").
FLOW_OUT_VERBS = frozenset(
    {
        "carry",
        "transport",
        "supply",
        "provide",
        "deliver",
        "delivery",
        "deliveries",
        "export",
        "send",
        "sent",
        "ship",
        "sell",
        "sold",
        "sale",
        "pipe",
        "give",
        "gave",
        "transfer",
        "feed",
        "offer",
        "pump",
        "supplier",
        "exporter",
    }
)
# Verbs whose subject receives from the giver ("China buys gas from Russia").
FLOW_IN_VERBS = frozenset(
    {
        "rely",
        "relied",
        "reliance",
        "dependence",
        "depend",
        "lean",
        "leaned",
        "buy",
        "bought",
        "import",
        "receive",
        "purchase",
        "acquire",
        "get",
        "got",
        "obtain",
    }
)
# Role names of the store, by the side of a flow or relation they stand on.
SOURCE_ROLES = frozenset({"supplier", "seller", "exporter", "sender", "provider", "giver"})
TARGET_ROLES = frozenset({"recipient", "buyer", "importer", "receiver", "customer", "dependent"})


@lru_cache(maxsize=4096)
def stem_set(items: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """The stems of a word list, for membership tests against parsed words."""
    return frozenset(stem(item) for item in items)


@lru_cache(maxsize=1)
def flow_stems() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of FLOW_OUT_VERBS and FLOW_IN_VERBS."""
    return stem_set(FLOW_OUT_VERBS), stem_set(FLOW_IN_VERBS)


# The head words of posts: "the vice foreign minister", "chief Asia economist".
POST_HEADS = frozenset(
    """
    president minister pm premier chancellor leader chairman chairwoman secretary director
    fellow economist analyst ambassador envoy spokesman spokeswoman spokesperson ceo chief head
    governor mayor professor researcher scholar official diplomat commander king queen
    emperor senator speaker executive founder editor chair strategist banker
    """.split()
)


# Last words of a body's name: "Food and Agriculture Organization".
BODY_ENDINGS = frozenset(
    "organization organisation council department ministry commission agency foundation"
    " institute association union committee office service fund bank authority board".split()
)

# The small words inside a name that join its capitalised words and that its surname keeps:
# "Osama bin Laden", "Ursula von der Leyen", "Micky van de Ven".
NAME_PARTICLES = frozenset("bin ibn von van der den de da di du del della dos das ter ten".split())

# Words that make a statement what usually happens, not what happened at a given time
# ("about 500 leaks in a typical month", "a lower ratio typically indicates ...").
HABITUAL_WORDS = frozenset(
    {"typical", "typically", "usually", "normally", "ordinarily", "average", "generally"}
)

# Words of degree between a preposition and its amount: "for just one day", "for about a week".
DEGREE_WORDS = frozenset(
    {"just", "only", "about", "around", "nearly", "almost", "roughly", "some", "barely"}
)
