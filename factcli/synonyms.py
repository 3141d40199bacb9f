"""Synonyms: words that name the same thing, so that a fact's keys and vocabulary match any
member of a word's group ("travelled" reads as "visit")."""

from __future__ import annotations

import re
from functools import lru_cache

from factcli.lazy_re import lazy_compile
from factcli.lexicon import stem, stem_set

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
            "host",  # the trip from the side of the place it goes to
            "itinerary",
            "destination",
            "leg",  # "Xi's Moscow leg": that part of the trip
        }
    ),
    frozenset({"arrive", "arrival", "land", "fly", "flew", "reach", "come", "came"}),
    frozenset({"rule", "ruled", "led", "reign"}),  # a country's leader ("govern": government)
    frozenset({"official", "formal"}),
    frozenset({"unofficial", "informal"}),  # "informal restrictions": "unofficial" ones
    frozenset({"talk", "meet", "meeting", "met", "discuss", "discussion", "summit", "negotiate"}),
    frozenset({"trade", "commerce", "commercial", "trading", "business"}),
    frozenset(
        {"deal", "agreement", "pact", "accord", "contract", "treaty", "document", "framework"}
    ),
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
            "struck",  # "struck a deal"
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
    frozenset({"tie", "ties", "relation", "relations", "relationship", "link", "links", "bond"}),
    frozenset({"strengthen", "bolster", "deepen", "enhance", "improve", "reinforce", "cement"}),
    frozenset({"cooperation", "cooperate", "collaboration", "collaborate"}),
    frozenset({"mark", "commemorate", "celebrate"}),
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
    frozenset({"fear", "afraid", "worry", "worried", "wary"}),
    frozenset({"role", "involvement", "involved", "part", "participation"}),
    frozenset({"tension", "irritant", "friction", "strain"}),
    frozenset({"president", "leader"}),
    frozenset({"rely", "reliance", "reliant", "depend", "dependence", "dependent", "lean"}),
    frozenset({"cushion", "soften", "offset", "mitigate", "ease", "absorb", "blunt"}),
    frozenset({"impact", "blow", "effect", "damage", "toll", "affect"}),
    # a fire, and what it leaves of a building ("left 150 homes in ruins": destroyed them)
    frozenset({"fire", "wildfire", "blaze", "inferno", "bushfire", "wildfires"}),
    frozenset({"destroy", "ruin", "ruins", "raze", "demolish", "wreck", "flatten", "gut"}),
    # a company's part, and a figure that did not move
    frozenset({"unit", "division", "segment", "arm", "business"}),
    frozenset({"flat", "unchanged", "steady", "stable"}),
    frozenset({"against", "target", "targeting", "targeted"}),
    frozenset(
        {"hurt", "harm", "damage", "pummel", "batter", "hammer", "cripple", "ravage", "punish"}
    ),
    # Common news vocabulary, for stores drafted from any article.
    frozenset({"hike", "increase", "raise", "rise"}),  # "a rate hike", "a rate increase"
    frozenset({"reduce", "reduction", "trim", "trimmed", "shorten", "slash"}),
    frozenset({"match", "game", "fixture"}),
    frozenset({"provide", "offer", "grant"}),  # "offer $120 million in grants"
    frozenset({"launch", "liftoff", "launched"}),  # "his 100th match in charge": "100th game"
    frozenset({"taped", "recorded", "videotaped", "filmed"}),
    frozenset({"uncrewed", "unmanned", "crewless"}),
    frozenset({"spacecraft", "spaceship", "craft", "freighter"}),
    frozenset({"accident", "crash", "collision", "mishap"}),
    frozenset({"nicknamed", "dubbed"}),
    frozenset({"identical", "same"}),
    frozenset({"giant", "massive", "huge", "enormous", "vast"}),
    frozenset({"perform", "performed", "conduct", "conducted"}),
    frozenset({"disintegrate", "disintegrated", "disintegration"}),
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
    frozenset({"worker", "employee", "staff", "staffer", "employ", "personnel", "workforce"}),
    frozenset({"price", "cost", "worth", "value", "valued"}),
    frozenset({"help", "assist", "aid"}),
    frozenset({"ask", "urge", "encourage", "request", "press"}),  # "has urged insurers to"
    frozenset({"clinch", "clinched", "secure", "secured", "seal", "sealed"}),
    frozenset({"decisive", "deciding", "decider"}),
    frozenset({"relative", "relatives", "family", "kin"}),
    frozenset({"cinema", "theatre", "theater", "movie"}),
    frozenset({"inmate", "prisoner", "detainee"}),
    frozenset({"soldier", "troop", "troops"}),
    frozenset({"cop", "police", "policeman", "policemen"}),
    frozenset({"send", "dispatch", "deploy"}),
    frozenset({"escape", "flee", "fled"}),
    frozenset({"notify", "inform", "alert", "tell", "told", "brief"}),  # was not told until
    frozenset({"convict", "convicted", "conviction", "guilty"}),  # a verdict, in either words
    frozenset({"headquarters", "headquartered", "based", "base"}),  # where a firm is
    frozenset({"exceed", "surpass", "pass", "passed"}),  # over a mark: "passed 10,000"
    # Who won is read as roles (factcli.contests): the words of a result name one topic.
    frozenset(
        {
            "beat",
            "beaten",
            "defeat",
            "win",
            "won",
            "victory",
            "triumph",
            "edge",
            "sweep",
            "swept",
            "topped",
            "overcome",
            "overcame",
            "rout",
            "upset",
            "lose",
            "lost",
            "loss",
        }
    ),
)


# Converses: two words for one transfer seen from either side ("Russia sold the S-400 to
# China" is "China bought the S-400 from Russia"). A fact that uses one side's words also
# says the other's; who stands on which side is the role check's to compare.
CONVERSES: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (
        frozenset({"sell", "sale", "seller", "vendor"}),
        frozenset({"buy", "purchase", "acquire", "buyer", "purchaser", "customer"}),
    ),
    (frozenset({"export", "exporter"}), frozenset({"import", "importer"})),
    (frozenset({"lend", "lender", "loan"}), frozenset({"borrow", "borrower"})),
)


_WORD_START = lazy_compile(r"\b\w")

# Phrases that say what one word says ("return the favour" is "reciprocate"): a fact that
# uses the word, or one of its synonyms, also says the phrase.
PHRASES: dict[str, str] = {
    "return the favour": "reciprocate",
    "return the favor": "reciprocate",
    "take part": "attend",
    "shore up": "buttress",
    "prop up": "buttress",
    "step up": "increase",
    "got to": "arrive",  # "Xi got to Moscow on Friday"
    "gets to": "arrive",
    "ramp up": "increase",
    "scale back": "reduce",
    "cut back": "reduce",
    "pay a visit": "visit",
    "pay tribute": "honor",
    "team up": "cooperate",
    "join forces": "cooperate",
    "look to": "seek",
    "looks to": "seek",
    "looked to": "seek",
    "looking to": "seek",
    "set out to": "aim",
    "draw closer": "closer",
    "move closer": "closer",
    "on course": "track",  # "on course to meet its targets": on track
    "little changed": "unchanged",
    "seen as": "considered",
    "regarded as": "considered",
    "viewed as": "considered",
    "hand in": "submit",
    "hands in": "submit",
    "handed in": "submit",
    "handing in": "submit",
    "put off": "delay",
    "on account of": "because",
    "carried out": "perform",
    "carry out": "perform",
    "carries out": "perform",
    "carrying out": "perform",
    "blasted off": "launch",  # a rocket's launch, in its phrasal verbs
    "blast off": "launch",
    "lifted off": "launch",
    "lift off": "launch",
    "broke up": "disintegrate",  # a craft that "broke up" in the atmosphere
    "break up": "disintegrate",
    "breaks up": "disintegrate",
    "work for": "employee",  # "5,700 people work for GE": its employees
    "works for": "employee",
    "worked for": "employee",
    "working for": "employee",
    "puts off": "delay",
    "putting off": "delay",
}


# Idioms that take one side of an opposition, with the one word each says: "takes no sides"
# is "neutral", "sided with Moscow" is "backed" it, a result "in line with" estimates
# neither beat nor missed them ("in-line"), who "neither backed nor criticized" it is
# neutral, what "went up" or is "up 4%" has risen, what "got worse" has worsened, and who
# leaves exits.
SIDE_IDIOMS: tuple[tuple[str, str], ...] = (
    (r"\b(?:take|takes|took|taking|taken)\s+no\s+sides?\b|\bnot\s+(?:to\s+)?take\s+sides\b",
     "neutral"),
    (r"\bsid(?:e|es|ed|ing)\s+with\b", "backed"),
    (r"\bin\s+line\s+with\b", "in-line"),
    # "neither criticized nor supported": no side taken
    (r"\bneither\s+(?:[\w'-]+\s+){0,3}?nor\s+[\w'-]+", "neutral"),
    # phrasal verbs of direction: "exports went up" rose, "went down" fell
    (r"\b(?:go|goes|went|gone|going)\s+up\b", "rose"),
    (r"\b(?:go|goes|went|gone|going)\s+down\b", "fell"),
    # a change for the worse ("race relations had got worse"), not a comparison
    (r"\b(?:get|gets|got|gotten|getting|grow|grows|grew|growing|become|becomes|became|"
     r"becoming)\s+(?:much\s+|far\s+|even\s+)?worse\b(?!\s+than\b)", "worsen"),
    # a move given with its size, as a headline writes it: "shares up 4%", "down 3 percent"
    # ... not a phrasal verb's "up" ("signed up 640,000 customers", "picking up 20 seats")
    (r"(?<!sign )(?<!signs )(?<!signed )(?<!signing )(?<!pick )(?<!picks )(?<!picked )"
     r"(?<!picking )(?<!rack )(?<!racked )(?<!snap )(?<!snapped )(?<!took )(?<!take )"
     r"\bup\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?[$\u20ac\u00a3]?\d", "rose"),
    (r"\bdown\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?[$\u20ac\u00a3]?\d", "fell"),
    # a level that did not move: "wages didn't budge"
    (r"\b(?:did\s+not|didn't|failed\s+to|barely)\s+budge[ds]?\b", "unchanged"),
    # leaving a body or a place ("must leave the EU", "left Harare"), not what is "left"
    (r"\b(?:leave|leaves|leaving)\b(?!\s+(?:for|behind|open|out)\b)", "exit"),
    (r"\bleft(?=\s+(?:the\s+)?(?-i:[A-Z]))", "exit"),
    # a result that met the estimates was in line with them; a forecast stood by is kept
    (r"\b(?:meet|meets|met|meeting)\s+(?:[\w'\u2019]+\s+){0,2}?(?:expectations|estimates?|"
     r"forecasts?|consensus)\b", "in-line"),
    (r"\b(?:stand|stands|stood|standing)\s+by\b", "maintained"),
    # lives a disaster took are its deaths ("the outbreak has claimed 4,292 lives"), as are
    # lives people lost ("two people have lost their lives")
    (r"\b(?:claim|claims|claimed|claiming|took|take|takes|taken|cost|costs|costing|lose|"
     r"loses|lost|losing)\s+"
     r"(?:[\w,.]+\s+){0,3}?lives\b", "death"),
    # coming back to a place ("returned to Harare", "returns home")
    (r"\breturn(?:s|ed|ing)?(?=\s+(?:to|home)\b)", "comeback"),
    # a level that barely moved: "revenue was little changed"
    (r"\blittle\s+changed\b", "unchanged"),
)  # fmt: skip
_SIDE_IDIOMS = tuple((lazy_compile(p, re.IGNORECASE), word) for p, word in SIDE_IDIOMS)
# What each idiom above holds, in order: a text without it has not that idiom, whose
# pattern is then never compiled. A cue with spaces round it is a whole word.
_IDIOM_CUES = (
    "sid", "sid", "line", "neither", " up", " down", "worse", " up ", " down ", "budge", "leav",
    " left ", "me", "st", "lives", "return", "little chang",
)  # fmt: skip


def idiom_words(text: str) -> list[tuple[int, int, str]]:
    """The side-taking idioms of a text: (start, end, the one word it says)."""
    lower = text.lower()
    spaced = f" {' '.join(lower.split())} "
    return [
        (m.start(), m.end(), word)
        for cue, (pattern, word) in zip(_IDIOM_CUES, _SIDE_IDIOMS, strict=True)
        if cue in (spaced if cue.startswith(" ") else lower)
        for m in pattern.finditer(text)
    ]


def phrase_equivalents(lower: str) -> list[str]:
    """The one word each phrase of a lower-case text says ("hand in": "submit")."""
    return [word for _, _, word in _phrases(lower)]


def _phrases(lower: str) -> list[tuple[int, str, str]]:
    """(start, phrase, its one word) for each phrase of PHRASES in a lower-case text, as
    whole words."""
    found = []
    for phrase, word in PHRASES.items():
        start = lower.find(phrase)
        while start != -1:
            end = start + len(phrase)
            if (start == 0 or not lower[start - 1].isalnum()) and (
                end == len(lower) or not lower[end].isalnum()
            ):
                found.append((start, phrase, word))
            start = lower.find(phrase, end)
    return found


def phrase_words(text: str, vocabulary: frozenset[str]) -> frozenset[int]:
    """The offsets of the words of every phrase in `text` whose one-word equivalent (or a
    synonym of it) is in `vocabulary`, a set of stems."""
    found: set[int] = set()
    for start, phrase, word in _phrases(text.lower()):
        if not widened(frozenset({stem(word)})).isdisjoint(vocabulary):
            found.update(start + m.start() for m in _WORD_START.finditer(phrase))
    for start, end, word in idiom_words(text):  # "takes no sides" where a fact says "neutral"
        if not widened(frozenset({stem(word)})).isdisjoint(vocabulary):
            found.update(start + m.start() for m in _WORD_START.finditer(text[start:end]))
    return frozenset(found)


@lru_cache(maxsize=1)
def _converse_index() -> dict[str, frozenset[str]]:
    """Each stem of CONVERSES mapped to the stems of the other side."""
    index: dict[str, set[str]] = {}
    for one, other in CONVERSES:
        one_stems, other_stems = stem_set(one), stem_set(other)
        for member in one_stems:
            index.setdefault(member, set()).update(other_stems)
        for member in other_stems:
            index.setdefault(member, set()).update(one_stems)
    return {member: frozenset(side) for member, side in index.items()}


def with_converses(stems: frozenset[str] | set[str]) -> frozenset[str]:
    """Stems with the words for the same transfer from the other side: "sold" also reads
    as "bought"."""
    converses = _converse_index()
    wider = set(stems)
    for word in stems:
        wider |= converses.get(word, frozenset())
    return frozenset(wider)


@lru_cache(maxsize=1)
def synonym_index() -> dict[str, frozenset[str]]:
    """Each stem of SYNONYM_GROUPS mapped to every stem of its groups."""
    index: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems_ = stem_set(group)
        for member in stems_:
            index.setdefault(member, set()).update(stems_)
    return {member: frozenset(group) for member, group in index.items()}


def widened(stems: frozenset[str] | set[str]) -> frozenset[str]:
    """Stems with their synonyms: "travelled" also reads as "visit"."""
    synonyms = synonym_index()
    wider = set(stems)
    for word in stems:
        wider |= synonyms.get(word, frozenset())
    return frozenset(wider)


# Endings that derive one word from another of the same root ("heater" of "heat",
# "employee" of "employ"), as stems leave them.
_DERIVING_ENDINGS = ("er", "or", "e", "ee", "ist", "ment", "ion")
_ROOT_MIN = 4  # letters a root needs: "heat", "employ"; not "car" of "career"


def share_a_root(stems: frozenset[str], others: frozenset[str]) -> bool:
    """Do two sets of stems share a word or its derived word ("heaters" and "heating
    elements")?"""
    if stems & others:
        return True
    return any(
        len(root) >= _ROOT_MIN and longer[len(root) :] in _DERIVING_ENDINGS
        for a in stems
        for b in others
        for root, longer in ((a, b), (b, a))
        if longer.startswith(root)
    )
