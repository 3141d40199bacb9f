"""Polar opposites: pairs of word groups whose members state opposite things ("boosted",
"plunged"). A claim with a word of one side, against a fact with the other, states its opposite."""

from __future__ import annotations

from functools import lru_cache

from factcli.lexicon import stem_set

MOVEMENT_GROUP = 0  # the pair of a value moving up or down ("rose", "fell"): the first

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
                "rally",
                "recover",
                "improve",
                "more",  # "more diverse" against "less diverse" ("more than" is a bound)
                "stronger",  # "made the rouble stronger" against "its currency plunged"
                "prop",  # "propped up the rouble" against "causing its currency to plunge"
                "boom",
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
                "less",  # "less dependent" against "increasingly relied" (not "less than")
                "fewer",  # "closed fewer plants than other states" (not "fewer than 10")
                "slide",
                "slid",
                "slip",
                "plummet",
                "weaker",
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
        frozenset({"harden", "tighten", "toughen", "stiffen", "restrict", "restricted"}),
    ),
    (frozenset({"rich", "abundant", "plenty"}), frozenset({"poor", "scarce", "lacking", "barren"})),
    (frozenset({"first"}), frozenset({"last", "final"})),
    # one standard for all against many: "the same standards to all drugs"
    (frozenset({"same", "identical", "uniform"}), frozenset({"different", "differing", "varying"})),
    # weather, a winter, an illness: mild against harsh ("an unseasonably mild January")
    (frozenset({"mild"}), frozenset({"cold", "harsh", "severe", "frigid", "bitter"})),
    (frozenset({"deep", "deeper", "deepest"}), frozenset({"shallow", "shallower", "shallowest"})),
    # where people live: "a densely populated area" against "an uninhabited area"
    (
        frozenset({"populated", "inhabited", "crowded", "densely"}),
        frozenset({"uninhabited", "unpopulated", "deserted", "sparsely"}),
    ),
    # where a place lies from another ("east of Belitung island"); not "western", which
    # names more often than it places ("Western sanctions", "the western route")
    (frozenset({"east"}), frozenset({"west"})),
    # what a rule lets happen against what it forbids; what starts again against what stops
    (
        frozenset({"allow", "allowed", "permit", "permitted", "legal", "legalize", "legalise"}),
        frozenset({"prohibit", "prohibited", "ban", "banned", "forbid", "forbidden", "outlaw"}),
    ),
    # a measure put in place against one taken away ("imposed sanctions", "lifted them")
    (
        frozenset({"impose", "imposed", "reimpose", "reimposed"}),
        frozenset({"lift", "lifted", "scrap", "scrapped", "revoke", "revoked", "repeal"}),
    ),
    (
        frozenset({"resume", "resumed", "restart", "restarted"}),
        frozenset({"suspend", "suspended", "halt", "halted", "prohibit", "prohibited", "ban"}),
    ),
    # the dead against the injured: a count of one is never a count of the other
    (
        frozenset({"kill", "killed", "killing", "die", "died", "dead", "death", "slain", "fatal"}),
        frozenset({"injure", "injured", "injuring", "wound", "wounded", "hurt", "injury"}),
    ),
    # what a side keeps against what it loses ("held its three seats", "lost one of them")
    (frozenset({"retain", "retained", "held", "kept"}), frozenset({"lose", "lost"})),
    # the living against the dead ("the infected cells survived longer" against "died")
    (
        frozenset({"survive", "survived"}),
        frozenset({"die", "died", "dies", "dead", "death"}),
    ),
    # who backs a measure against who fights it ("among the supporters" against "opposed")
    (
        frozenset({"supporter", "backer", "proponent", "advocate"}),
        frozenset({"opponent", "opposed", "oppose", "critic", "foe"}),
    ),
    # easy against hard ("harder to address pressing needs")
    (
        frozenset({"easy", "easier", "easiest"}),
        frozenset({"hard", "harder", "hardest", "difficult"}),
    ),
    # complex against simple
    (frozenset({"complex", "complicated"}), frozenset({"simple", "straightforward"})),
    # near against far ("near the national parliament"); quick against slow
    (frozenset({"near", "nearby"}), frozenset({"far", "distant", "remote"})),
    (
        frozenset({"quick", "quickly", "fast", "rapid", "swift", "faster", "quicker"}),
        frozenset({"slow", "slowly", "slower"}),
    ),
    # comparatives of size and age ("a longer prison term", "relatively new plants")
    (frozenset({"longer"}), frozenset({"shorter"})),
    (frozenset({"bigger", "larger"}), frozenset({"smaller"})),
    (frozenset({"older"}), frozenset({"younger", "newer"})),
    (frozenset({"stronger"}), frozenset({"weaker"})),
    # a higher court's word on a ruling: kept, or set aside
    (
        frozenset({"uphold", "upheld", "affirm", "affirmed"}),
        frozenset({"vacate", "vacated", "overturn", "overturned", "quash", "quashed"}),
    ),
    # staying in a body or a place against leaving it ("must stay in the EU")
    # ("leave" by its idiom, factcli.synonyms: "18 months left" is what remains)
    (frozenset({"stay", "remain"}), frozenset({"quit", "exit", "withdraw"})),
    (
        frozenset({"accept", "approve", "welcome", "agree"}),
        frozenset(
            {
                "reject",
                "refuse",
                "veto",
                "defeat",  # a measure voted down ("voters defeated an amendment")
                "defeated",
                "disapprove",
                "resist",
                "resisting",
                "resisted",
                "rebuff",
                "rebuffed",
                "spurn",
                "spurned",
                "snub",
                "snubbed",
                "criticize",
                "criticise",
                "criticized",
                "criticised",
            }
        ),
    ),
    # coming back to a place against going away from it ("returned to Harare", "left Harare":
    # both read by their idioms, factcli.synonyms; "return the favour" is no coming back)
    (frozenset({"comeback"}), frozenset({"exit", "depart", "departed"})),
    (
        frozenset({"rely", "reliance", "depend", "dependence", "dependent"}),
        frozenset({"independent", "independence", "self-sufficient"}),
    ),
    (frozenset({"success", "successful", "succeed"}), frozenset({"fail", "failure", "failed"})),
    # plain antonyms of direction and kind ("move the clock forward" against "backward")
    (frozenset({"forward", "forwards"}), frozenset({"backward", "backwards"})),
    (frozenset({"objective", "objectively"}), frozenset({"subjective", "subjectively"})),
    (frozenset({"internal", "internally"}), frozenset({"external", "externally"})),
    (frozenset({"maximum"}), frozenset({"minimum"})),
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
    # What an act is meant to do to people: "to reassure tourists" is not "to frighten" them.
    (
        frozenset({"reassure", "reassured", "calm", "calmed", "comfort", "soothe", "encourage"}),
        frozenset(
            {
                "frighten",
                "frightened",
                "scare",
                "scared",
                "terrify",
                "terrified",
                "intimidate",
                "alarm",
                "alarmed",
                "deter",
                "deterred",
            }
        ),
    ),
    # An attitude to a change: "Moscow welcomes Beijing's clout" against "fears a loss of it".
    (
        frozenset({"welcome", "welcomed", "welcomes", "welcoming", "embrace", "embraced"}),
        frozenset(
            {
                "fear",
                "fears",
                "feared",
                "dread",
                "dreads",
                "resent",
                "resents",
                "concerned",
                "worried",
                "alarmed",
                "troubled",
                "dismayed",
            }
        ),
    ),
    # A company's or a budget's result: "a net loss" is not "a net profit".
    (frozenset({"profit", "profitable", "surplus"}), frozenset({"loss", "deficit", "shortfall"})),
    # A forecast or a price kept as it was is neither raised nor lowered: "maintained its
    # outlook" against "raised" it (two pairs, so that "raised" never agrees with "cut").
    (
        frozenset(
            {"maintain", "maintained", "keep", "kept", "unchanged", "reaffirm", "reiterate", "flat"}
        ),
        frozenset(
            {
                "raise",
                "hike",
                "lift",
                "boost",
                "increase",
                "rise",
                "rose",
                "risen",
                "jump",
                "surge",
                "soar",
            }
        ),
    ),
    (
        frozenset(
            {"maintain", "maintained", "keep", "kept", "unchanged", "reaffirm", "reiterate", "flat"}
        ),
        frozenset({"lower", "cut", "trim", "reduce"}),
    ),
    # A result against the estimates: "topped estimates" is not "missed" them.
    (
        frozenset({"beat", "top", "exceed", "surpass", "outperform"}),
        frozenset({"miss", "missed", "trail", "underperform"}),
    ),
    # A result "in line with" the estimates (an idiom, see `factcli.synonyms`) neither beat
    # nor missed them: it came in neither above nor below them (two pairs, so that "beat"
    # never agrees with "missed").
    (
        frozenset({"in-line"}),
        frozenset({"above", "beat", "top", "exceed", "surpass", "outperform"}),
    ),
    (frozenset({"in-line"}), frozenset({"below", "miss", "missed", "trail", "underperform"})),
    # A level that stays high is not one that cooled: "remain very elevated" against "cooled".
    (
        frozenset({"elevated", "heated", "overheated"}),
        frozenset({"cool", "cooled", "cooling", "subside", "subsided", "abate", "abated"}),
    ),
    # The pace of a change: "slowed the transformation" is not "accelerated" it.
    (
        frozenset({"accelerate", "accelerated", "hasten", "hastened", "quicken", "quickened"}),
        frozenset({"slow", "slowed", "decelerate", "decelerated"}),
    ),
    # A bill signed into law against one vetoed ("pledged to sign" against "vowed to veto").
    (frozenset({"sign", "signed", "enact", "enacted"}), frozenset({"veto", "vetoed"})),
    # Talks or work under way: "progressing smoothly" is not "stalling".
    (
        frozenset({"progress", "progressing", "proceed", "proceeding"}),
        frozenset({"stall", "stalled", "stalling", "stagnate", "deadlock", "deadlocked"}),
    ),
    # A verdict: "acquitted" is not "found guilty" or "convicted".
    (
        frozenset({"guilty"}),
        frozenset({"acquit", "acquitted", "acquittal", "innocent", "exonerated", "cleared"}),
    ),
    # A test's result: "tested negative" is not "positive".
    (frozenset({"positive"}), frozenset({"negative"})),
)


# The pairs whose two sides one report may state together ("killed 2 and wounded 5"): a
# claim that uses both sets its words side by side, and the fact's word opposes neither.
BOTH_SIDES_TOGETHER = frozenset({"kill", "surviv"})


def together(group: int) -> bool:
    """May a text state both sides of this pair at once?"""
    return bool(stem_set(POLAR_OPPOSITES[group][0]) & BOTH_SIDES_TOGETHER)


@lru_cache(maxsize=1)
def polar_stems() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """POLAR_OPPOSITES as stems."""
    return tuple((stem_set(a), stem_set(b)) for a, b in POLAR_OPPOSITES)


# Negative prefixes that make an adjective its opposite ("consistent", "inconsistent";
# "likely", "unlikely"). "un" takes any base of four letters or more; "in" and its forms only
# an adjective's ending, so that "inform", "income" or "impress" are never read as opposites.
UN_PREFIX = "un"
IN_PREFIXES = ("in", "im", "il", "ir")
ADJECTIVE_ENDINGS = ("ent", "ant", "ible", "able", "al", "ive", "ate", "ar", "ete", "ious")
MIN_NEGATED_BASE = 4
# Words that open with such a prefix without negating their base.
NOT_NEGATED_BY_PREFIX = frozenset(
    {"unionist", "universal", "interval", "internal", "infernal", "invaluable", "inflammable",
     "impotent", "important", "immanent", "imminent", "inherent", "innate", "intimate",
     "illustrate", "irate", "incarnate", "insular", "instant", "inhabitant", "incumbent",
     "indent", "invent", "intent", "instate", "inflate", "innovate", "illuminate"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def negated_base(word: str) -> str | None:
    """The word a negative prefix turns around ("inconsistent": "consistent"), or None.
    Kept: every fact a claim is compared with asks again of each of its words."""
    if word in NOT_NEGATED_BY_PREFIX:
        return None
    if word.startswith(UN_PREFIX) and len(word) - len(UN_PREFIX) >= MIN_NEGATED_BASE:
        return word[len(UN_PREFIX) :]
    for prefix in IN_PREFIXES:
        base = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(base) >= MIN_NEGATED_BASE
            and base.endswith(ADJECTIVE_ENDINGS)
        ):
            return base
    return None
