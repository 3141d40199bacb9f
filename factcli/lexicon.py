"""Word lists the parser and verifier share: negation cues, polar opposites, synonyms, stop words.

Plain data, in one place, so that every mechanism reads the same vocabulary. The lists hold
plain words; the `*_stems` functions give them as `stem()` produces them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*")


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
    "goes": "go", "does": "do", "did": "do", "done": "do",
}  # fmt: skip


def words(text: str) -> list[str]:
    """Lower-case words of a text, hyphenated and apostrophe words kept whole."""
    return _WORD.findall(text.lower())


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
)
NOT_NEGATION_PHRASES = (
    # "the decline to $21", "its decline to 5 percent": a fall, not a refusal
    "the decline to",
    "a decline to",
    "its decline to",
    "their decline to",
    "not only",
    "no doubt",
    "no less than",
    "no fewer than",
    "not least",
    "nothing but",
    "no sooner",
)

# Pairs of opposed word groups (stems). A claim with a word of one side, checked against a
# fact whose statement has the other side, states the opposite of the fact.
POLAR_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset(
            {
                "boost",
                "appreciate",
                "strengthened",
                "increase",
                "rise",
                "rose",
                "risen",
                "grow",
                "grew",
                "grown",
                "raise",
                "climb",
                "surge",
                "soar",
                "jump",
                "gain",
                "expand",
                "higher",
                "strengthen",
                "bolster",
                "rebound",
                "recover",
                "improve",
            }
        ),
        frozenset(
            {
                "plunge",
                "depreciate",
                "devalue",
                "fall",
                "fell",
                "fallen",
                "drop",
                "decline",
                "decrease",
                "shrink",
                "shrank",
                "slump",
                "sink",
                "sank",
                "tumble",
                "lower",
                "weaken",
                "collapse",
                "hurt",
                "cut",
                "reduce",
                "slide",
                "slid",
            }
        ),
    ),
    (
        frozenset(
            {
                "strain",
                "worsen",
                "deteriorate",
                "sour",
                "tense",
                "tension",
                "hostile",
                "frosty",
                "cool",
            }
        ),
        frozenset(
            {
                "warm",
                "warming",
                "friendly",
                "cordial",
                "close",
                "closer",
                "thaw",
                "ease",
                "eased",
                "improve",
                "improved",
                "good",
            }
        ),
    ),
    (
        frozenset({"neutral", "neutrality", "impartial", "nominally"}),
        frozenset(
            {
                "back",
                "backed",
                "support",
                "endorse",
                "openly",
                "champion",
                "sided",
                "condemn",
                "oppose",
                "opposed",
                "criticize",
                "criticise",
            }
        ),
    ),
    (
        frozenset(
            {
                "lion's",
                "bulk",
                "most",
                "majority",
                "dominant",
                "dominate",
                "main",
                "largest",
                "biggest",
                "overwhelming",
            }
        ),
        frozenset(
            {
                "small",
                "minor",
                "minority",
                "fraction",
                "tiny",
                "negligible",
                "little",
                "marginal",
                "smallest",
                "least",
            }
        ),
    ),
    (
        frozenset({"impose", "imposed", "tighten", "extend", "introduce"}),
        frozenset(
            {
                "lift",
                "lifted",
                "remove",
                "removed",
                "ease",
                "eased",
                "scrap",
                "drop",
                "dropped",
                "end",
                "ended",
            }
        ),
    ),
    (frozenset({"permanent"}), frozenset({"temporary", "non-permanent", "rotating", "elected"})),
    (
        frozenset(
            {
                "closer",
                "close",
                "ally",
                "allies",
                "partner",
                "cooperation",
                "cooperate",
                "friend",
                "tie",
            }
        ),
        frozenset({"distant", "apart", "away", "rival", "enemy", "adversary", "foe", "hostile"}),
    ),
    (
        frozenset({"relax", "relaxed", "soften", "loosen"}),
        frozenset({"harden", "tighten", "toughen", "stiffen"}),
    ),
    (frozenset({"rich", "abundant", "plenty"}), frozenset({"poor", "scarce", "lacking", "barren"})),
    (frozenset({"first"}), frozenset({"last", "final"})),
    (
        frozenset({"accept", "approve", "welcome", "agree"}),
        frozenset({"reject", "refuse", "veto", "disapprove"}),
    ),
    (
        frozenset({"rely", "reliance", "depend", "dependence", "dependent"}),
        frozenset({"independent", "independence", "self-sufficient"}),
    ),
    (frozenset({"success", "successful", "succeed"}), frozenset({"fail", "failure", "failed"})),
    (
        frozenset({"attend", "attendance", "join", "presence"}),
        frozenset({"skip", "miss", "boycott", "shun", "snub", "absent", "absence"}),
    ),
    (
        frozenset({"narrow", "limit", "restrict", "constrain", "curb"}),
        frozenset({"broaden", "widen", "expand", "enlarge"}),
    ),
    (
        frozenset({"start", "beginning", "begin", "outbreak", "onset"}),
        frozenset({"end", "conclusion", "close", "finish"}),
    ),
    (
        frozenset({"multibillion", "multi-billion", "billion-dollar", "multibillion-dollar"}),
        frozenset({"multimillion", "multi-million", "million-dollar", "multimillion-dollar"}),
    ),
    (frozenset({"axis"}), frozenset({"allied", "allies"})),
    # Common news oppositions, for stores drafted from any article.
    (
        frozenset({"condemn", "condemned", "denounce", "deplore"}),
        frozenset({"praise", "praised", "applaud", "hail", "laud", "celebrate"}),
    ),
    (frozenset({"morning"}), frozenset({"evening", "night", "afternoon"})),
    (frozenset({"afternoon"}), frozenset({"evening", "night"})),
    (frozenset({"north", "northern"}), frozenset({"south", "southern"})),
    (
        frozenset({"fear", "fears", "worry", "worried", "concern", "concerned", "anxious"}),
        frozenset({"unconcerned", "unworried", "relaxed", "confident", "indifferent"}),
    ),
)

# Words that name the same thing; a fact's keys match any member of a word's group.
SYNONYM_GROUPS: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "visit",
            "trip",
            "tour",
            "travel",
            "journey",
            "stay",
            "stop",
            "go",
            "head",
            "stopover",
            "spend",
            "went",
            "gone",
            "leave",
            "depart",
            "departure",
        }
    ),
    frozenset({"arrive", "arrival", "land", "fly", "flew", "reach", "come", "came"}),
    frozenset({"talk", "meet", "meeting", "met", "discuss", "discussion", "summit", "negotiate"}),
    frozenset({"trade", "commerce", "commercial", "trading", "business"}),
    frozenset({"deal", "agreement", "pact", "accord", "contract", "treaty", "document"}),
    frozenset(
        {
            "sign",
            "signed",
            "ink",
            "inked",
            "seal",
            "sealed",
            "conclude",
            "finalize",
            "finalise",
            "agree",
            "agreed",
        }
    ),
    frozenset(
        {
            "supply",
            "provide",
            "deliver",
            "delivery",
            "export",
            "send",
            "ship",
            "pipe",
            "sell",
            "sale",
            "sold",
            "supplier",
            "provider",
            "flow",
        }
    ),
    frozenset({"gas", "lng"}),
    frozenset({"parade", "celebration", "commemoration", "ceremony", "festivity", "event"}),
    frozenset({"anniversary", "year", "since"}),
    frozenset({"partner", "partnership", "ally"}),
    frozenset({"member", "membership", "seat", "seats"}),
    frozenset(
        {"large", "larg", "big", "biggest", "largest", "top", "lead", "leading", "major", "main"}
    ),
    frozenset({"attend", "attendance", "presence", "present", "watch", "join", "take part"}),
    frozenset({"veteran", "ex-serviceman"}),
    frozenset({"decorate", "honor", "honour", "award", "medal"}),
    frozenset({"sanction", "penalty", "embargo"}),
    frozenset({"influence", "clout", "sway", "power"}),
    frozenset({"compete", "competition", "rivalry", "vie", "vying", "contest"}),
    frozenset({"cyber", "cybersecurity", "internet", "online"}),
    frozenset({"statement", "declaration", "communique"}),
    frozenset({"helicopter", "chopper", "aircraft"}),
    frozenset({"missile", "air-defense", "air-defence", "s-400"}),
    frozenset({"economy", "economic"}),
    frozenset({"oil", "petroleum", "crude"}),
    frozenset({"bilateral", "two-way", "mutual"}),
    frozenset({"tall", "high", "height", "elevation"}),
    frozenset({"long", "length"}),
    frozenset({"wide", "width", "broad"}),
    frozenset({"deep", "depth"}),
    frozenset({"visitor", "tourist", "guest"}),
    frozenset({"strategic", "strategy"}),
    frozenset({"investment", "invest", "investor"}),
    frozenset({"war", "wwii", "wartime"}),
    frozenset({"double", "twice", "two-fold", "twofold"}),
    frozenset({"aim", "target", "goal", "plan", "want", "seek", "hope", "intend"}),
    frozenset({"crisis", "conflict", "war", "turmoil"}),
    frozenset({"region", "area"}),
    frozenset({"nation", "country", "state", "side"}),
    frozenset({"suspicion", "distrust", "mistrust"}),
    frozenset({"president", "leader"}),
    frozenset({"rely", "reliance", "reliant", "depend", "dependence", "dependent", "lean"}),
    frozenset({"cushion", "soften", "offset", "mitigate", "ease", "absorb", "blunt"}),
    frozenset({"impact", "blow", "effect", "damage", "toll"}),
    # Common news vocabulary, for stores drafted from any article.
    frozenset({"gunman", "gunmen", "attacker", "attackers", "assailant", "shooter"}),
    frozenset({"kill", "killed", "die", "died", "dead", "death", "slain", "slay"}),
    frozenset({"wound", "wounded", "injure", "injured", "injury"}),
    frozenset({"buy", "purchase", "acquire", "acquisition", "takeover"}),
    frozenset({"company", "firm", "corporation"}),
    frozenset({"condemn", "denounce", "deplore"}),
    frozenset({"lawmaker", "legislator", "parliamentarian"}),
    frozenset({"bill", "legislation", "law"}),
    frozenset({"revenue", "sales", "turnover"}),
    frozenset({"profit", "earnings"}),
    frozenset({"worker", "employee", "staff"}),
    frozenset({"price", "cost"}),
    frozenset({"help", "assist", "aid"}),
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
def polar_stems() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """POLAR_OPPOSITES as stems."""
    return tuple((stem_set(a), stem_set(b)) for a, b in POLAR_OPPOSITES)


@lru_cache(maxsize=1)
def synonym_index() -> dict[str, frozenset[str]]:
    """Each stem of SYNONYM_GROUPS mapped to every stem of its groups."""
    index: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems_ = stem_set(group)
        for member in stems_:
            index.setdefault(member, set()).update(stems_)
    return {member: frozenset(group) for member, group in index.items()}


@lru_cache(maxsize=1)
def flow_stems() -> tuple[frozenset[str], frozenset[str]]:
    """The stems of FLOW_OUT_VERBS and FLOW_IN_VERBS."""
    return stem_set(FLOW_OUT_VERBS), stem_set(FLOW_IN_VERBS)


def widened(stems: frozenset[str] | set[str]) -> frozenset[str]:
    """Stems with their synonyms: "travelled" also reads as "visit"."""
    synonyms = synonym_index()
    wider = set(stems)
    for word in stems:
        wider |= synonyms.get(word, frozenset())
    return frozenset(wider)
