"""Who won and who lost, from the words of contests: a match, an election, a case, a bid.

"Canada beat the United States", "the United States lost to Canada", "Canada's win over the
United States" and "the United States were beaten by Canada" give one result: Canada is the
winner and the United States the loser. The sides are read from word order, as the other
roles are; coordinated names ("Granollers and Lopez defeated ...") share a side.
"""

import re
from functools import cache
from typing import NamedTuple

from factcli.lazy_re import lazy_compile
from factcli.numbers import word_set
from factcli.values import Mention, RoleAssignment

WINNER = "winner"
LOSER = "loser"
# The word that stands for a result in a drafted fact's keys: its synonyms (the lexicon's
# group of winning and losing) cover "swept", "edged", "lost to", "victory".
CONTEST_KEY = "beat"

# Verbs whose subject wins and whose object loses: "Spain beat Russia", "X edged out Y".
WINNER_VERBS = (
    "beat", "beats", "beating", "beaten", "defeat", "defeats", "defeated", "defeating",
    "edges", "edged", "edging", "edged out", "edges out", "sweep", "sweeps", "swept",
    "sweeping", "tops", "topped", "topping", "overcome", "overcomes", "overcame",
    "overcoming", "outlast", "outlasts", "outlasted", "outplayed", "outscored", "outpolled",
    "routs", "routed", "thrashed", "thrashes", "crushed", "ousted", "ousts", "unseated",
    "unseats", "knocked out", "knocks out", "trounced", "trounce", "whipped", "bested",
    "edging out", "got past", "gets past", "get past", "getting past", "cruised past",
    "cruises past", "eased past", "eases past", "rallied past", "rallies past", "swept past",
    "sweeps past", "powered past", "slipped past", "squeezed past", "won against",
    "wins against", "win against", "prevailed over", "prevails over", "prevailed against",
    "triumphed over",
    # ("top", "edge", "upset", "downed", "eliminated" are left out: "Russia's top diplomat",
    # "a competitive edge", "upset by the ruling", "downed a drone", "eliminated tariffs")
)  # fmt: skip
# Verbs whose subject loses to the object: "Russia lost to Spain", "Colombia fell to Belgium".
LOSER_VERBS = (
    "lost to", "lose to", "loses to", "losing to", "fell to", "falls to", "fall to",
    "falling to", "bowed to", "bows to", "succumbed to", "succumbs to", "went down to",
    "goes down to", "were beaten by", "was beaten by", "been beaten by", "were defeated by",
    "was defeated by", "been defeated by", "is beaten by", "are beaten by",
)  # fmt: skip
# Nouns of a result: "a win over Russia" (Russia lost), "Canada's victory over the U.S.".
WIN_NOUNS = (
    "win over", "wins over", "victory over", "victories over", "triumph over", "defeat of",
    "rout of", "upset of", "sweep of", "win against", "victory against",
)  # fmt: skip
# "Russia's loss to Spain", "Colombia's defeat to Belgium": the owner lost.
LOSS_NOUNS = ("loss to", "losses to", "defeat to", "defeat by", "defeats to", "loss against",
              "defeat against")  # fmt: skip

# A decision for or against a party, by a court, a jury, a panel: "the court sided with
# Apple", "ruled against the city". The one who decides is no party.
FOR_OBJECT = ("sided with", "sides with", "ruled in favor of", "ruled in favour of",
              "rules in favor of", "found in favor of", "decided in favor of")  # fmt: skip
AGAINST_OBJECT = ("ruled against", "rules against", "found against", "decided against")

# A result told from one side, with no opponent: "Spain won", "the U.S. lost its first tie".
# Past forms only: "win" and "wins" are as often nouns ("its first Davis Cup win").
BARE_WINS = ("won",)
BARE_LOSSES = ("lost",)

# A result given to someone: "giving France a 2-1 victory", "handed Labour a narrow win".
GIFT_NOUNS = ("win", "victory", "triumph", "lead", "majority")

# Kinds of names that can take part in a contest (a team is often a country's name).
_PARTY_KINDS = frozenset({"country", "organization", "person", "city", "group", "unknown"})
# Words that end the phrase a contest's subject stands in: "after X beat Y", "with X beating".
_BREAK_WORDS = frozenset(
    """
    after before when while as because then with but though although since until where which
    who whom that if whereas behind including
    """.split()
)
_BREAK_CHARACTERS = frozenset(',;:()\u2014"')
_COORDINATION = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?", re.IGNORECASE)
# What may stand between a contest word and its object: "the", a possessive, and a short
# description ("defeated incumbent mayor John Smith", "beat its rival Chile").
_OBJECT_GAP = lazy_compile(
    r"\s*(?:(?:the|its|their|his|her)\s+)?(?:(?!(?:in|at|on|by|for|to|with|from|after|"
    r"before|and|or|but|them|him|her|it)\b)[a-z][\w-]*\s+){0,2}"
)


_CUE_PHRASES = (
    *LOSER_VERBS, *WIN_NOUNS, *LOSS_NOUNS, *WINNER_VERBS, *BARE_WINS, *BARE_LOSSES,
    *GIFT_NOUNS, *FOR_OBJECT, *AGAINST_OBJECT,
)  # fmt: skip
# Every cue holds one of these words (its longest), set apart by spaces or punctuation: a
# text without any tells no result, found without compiling the cue pattern (~3 ms).
_CUE_WORDS = frozenset(max(phrase.split(), key=len) for phrase in _CUE_PHRASES)


@cache
def _cues() -> re.Pattern[str]:
    def alternatives(phrases: tuple[str, ...]) -> str:
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len)[::-1])

    return re.compile(
        rf"\b(?:(?P<loser_verb>{alternatives(LOSER_VERBS)})"
        rf"|(?P<win_noun>{alternatives(WIN_NOUNS)})"
        rf"|(?P<loss_noun>{alternatives(LOSS_NOUNS)})"
        rf"|(?P<winner_verb>{alternatives(WINNER_VERBS)})"
        rf"|(?P<bare_win>{alternatives(BARE_WINS)})"
        rf"|(?P<bare_loss>{alternatives(BARE_LOSSES)})"
        rf"|(?P<gift>{alternatives(GIFT_NOUNS)})"
        rf"|(?P<for_object>{alternatives(FOR_OBJECT)})"
        rf"|(?P<against_object>{alternatives(AGAINST_OBJECT)}))\b",
        re.IGNORECASE,
    )


class Contest(NamedTuple):
    """One result: who won and who lost it (canonical names), as one sentence tells it, and
    the span of the words that tell it."""

    winners: tuple[str, ...]
    losers: tuple[str, ...]
    start: int = 0
    end: int = 0


def contest_roles(text: str, mentions: tuple[Mention, ...] | list[Mention]) -> list[RoleAssignment]:
    """The winners and losers the text names, each once, in the order read."""
    roles: list[RoleAssignment] = []
    for contest, _ in _contests(text, mentions):
        for side, group in contest:
            for mention in group:
                role = RoleAssignment(side, mention.name, mention.kind)
                if role not in roles:
                    roles.append(role)
    return roles


def find_contests(text: str, mentions: tuple[Mention, ...] | list[Mention]) -> list[Contest]:
    """Each result the text tells, with its own winners and losers: "Pella beat Jarry and
    Schwartzman defeated Garin" is two results, not one of two winners and two losers."""
    found = []
    for contest, (cue_start, cue_end) in _contests(text, mentions):
        sides = {side: tuple(m.name for m in group) for side, group in contest}
        names = [m for _, group in contest for m in group]
        start = min([cue_start, *(m.start for m in names)])
        end = max([cue_end, *(m.end for m in names)])
        found.append(Contest(sides.get(WINNER, ()), sides.get(LOSER, ()), start, end))
    return found


SCORE_REACH = 40  # characters between a result's words and a scoreline that belongs to it


def contest_at(contests: list[Contest], start: int, end: int) -> Contest | None:
    """The result a scoreline at [start, end) belongs to: the nearest one within reach
    ("Kyrgios' 6-4, 6-4 win over Gonzalez": his; "got past Chile 3-0": Argentina's)."""

    def distance(contest: Contest) -> int:
        return max(0, contest.start - end, start - contest.end)

    near = [c for c in contests if distance(c) <= SCORE_REACH]
    # A scoreline follows its result ("defeated Khachanov 6-3 to level the series 1-1 after
    # Rublev ...": Nadal's): one after it is taken only when none comes before.
    before = [c for c in near if c.start <= start]
    return min(before or near, key=distance) if near else None


_Sides = tuple[tuple[str, list[Mention]], tuple[str, list[Mention]]]


def _contests(
    text: str, mentions: tuple[Mention, ...] | list[Mention]
) -> list[tuple[_Sides, tuple[int, int]]]:
    """Each contest word with the names on its two sides, (side, names) twice, and the
    contest word's span."""
    parties = [m for m in mentions if m.kind in _PARTY_KINDS]
    if not parties or _CUE_WORDS.isdisjoint(word_set(text)):
        return []
    contests: list[tuple[_Sides, tuple[int, int]]] = []
    for cue in _cues().finditer(text):
        kind = cue.lastgroup
        if kind == "winner_verb" and _passive(text, cue.start(), cue.end()):
            kind = "loser_verb"  # "Spain, beaten by Russia": by whom is the winner
            objects = _objects(text, parties, _after_by(text, cue.end()))
        elif kind in ("bare_win", "bare_loss", "gift"):
            objects = []  # "won the title", "lost $2 billion": no opponent named
        else:
            objects = _objects(text, parties, cue.end())
            if kind == "loser_verb" and not objects:
                continue  # "shares fell to $10", "lost to inflation": no opponent, no contest
            if kind == "winner_verb" and not objects and _THING_AFTER.match(text, cue.end()):
                continue  # "an overpass crushed a car": a thing, no opponent
        if kind in ("for_object", "against_object"):
            subjects = []  # the court that decides takes no side
        elif kind == "gift":
            given = _given(text, parties, cue.start())
            subjects = [given] if given is not None else []
        elif kind in ("win_noun", "loss_noun"):
            subjects = _owners(text, parties, cue.start())
        else:
            subjects = _subjects(text, parties, cue.start())
        if kind in ("bare_win", "bare_loss"):
            subjects = [m for m in subjects if _next_to(text, m.end, cue.start())]
        losing = kind in ("loser_verb", "loss_noun", "bare_loss", "for_object")
        first, second = (LOSER, WINNER) if losing else (WINNER, LOSER)
        if subjects or objects:
            contests.append((((first, subjects), (second, objects)), cue.span()))
    return contests


def contest_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's contest words stand: "got past" there is no getting."""
    spans = []
    for cue in _cues().finditer(text):
        start = cue.start()
        if cue.lastgroup == "gift":  # "giving France a win": no gift of goods
            opening = _GIVEN.search(text, max(0, start - 60), start) or _GIVE_VERB.search(
                text, max(0, start - 60), start
            )
            start = opening.start() if opening is not None else start
        spans.append((start, cue.end()))
    return spans


_THING_AFTER = lazy_compile(r"\s+an?\s+[a-z]")
_PASSIVE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$")


def _passive(text: str, start: int, end: int) -> bool:
    """ "was beaten by", "beaten by Russia": the subject lost."""
    if re.match(r"\s+by\b", text[end:]):
        return True
    return _PASSIVE_BEFORE.search(text, max(0, start - 24), start) is not None


def _after_by(text: str, end: int) -> int:
    found = re.match(r"\s+by\b", text[end:])
    return end + found.end() if found else end


def _subjects(text: str, parties: list[Mention], start: int) -> list[Mention]:
    """The names the contest word's clause opens with: the nearest name before it, with
    the names coordinated with it ("Herbert and Mahut rallied to defeat ...")."""
    before = [m for m in parties if m.end <= start]
    if _BY_GERUND.search(text, max(0, start - 4), start) and before:
        before = _clause_opening(text, before)  # "X clinched it for Spain by beating Y": X
    while before and _inside_apposition(text, before[-1], start):
        before.pop()  # "France, last year's Davis Cup runner-up, beat Japan"
    if not before:
        return []
    apposed = _APPOSITION.match(text, before[-1].end)
    end_of_name = (
        apposed.end() if apposed is not None and apposed.end() <= start else before[-1].end
    )
    if not _same_phrase(text, end_of_name, start):
        return []
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        if not _COORDINATION.fullmatch(text, mention.end, group[0].start):
            break
        if _object_of_a_cue(text, mention):
            break  # "Diaz edged Ortiz and Reyes defeated Vega": Ortiz lost to Diaz
        group.insert(0, mention)
    return group


_AUXILIARY_GAP = lazy_compile(r"\s+(?:(?:had|has|have|also|then|just|only|\w+ly)\s+){0,2}")


def _next_to(text: str, end: int, start: int) -> bool:
    """The subject right before a bare "won" or "lost", at most an auxiliary or an adverb
    between ("the U.S. had won"): not a name inside a phrase ("a Davis Cup win")."""
    return _AUXILIARY_GAP.fullmatch(text, end, start) is not None


# An apposition after a name: ", last year's runner-up,", ", the defending champion,".
_APPOSITION = lazy_compile(r",[^,;:()\"\u2014]{1,80},")


def _inside_apposition(text: str, mention: Mention, start: int) -> bool:
    """Is the name inside an apposition that ends before `start` ("France, last year's
    Davis Cup runner-up, beat")? It describes the subject, it is none."""
    opening = text.rfind(",", 0, mention.start)
    if opening == -1:
        return False
    apposed = _APPOSITION.match(text, opening)
    return (
        apposed is not None
        and mention.end < apposed.end() <= start
        and bool(text[:opening].strip())
    )


_BY_GERUND = lazy_compile(r"\bby\s+$")


def _clause_opening(text: str, before: list[Mention]) -> list[Mention]:
    """The names that open the clause (its subject), for a verb whose subject is the
    clause's: "... by beating Y". They end where the first name's phrase stops."""
    group = [before[0]]
    for mention in before[1:]:
        if not _COORDINATION.fullmatch(text, group[-1].end, mention.start):
            break
        group.append(mention)
    return group


def _object_of_a_cue(text: str, mention: Mention) -> bool:
    window = text[max(0, mention.start - 40) : mention.start]
    return any(
        _OBJECT_GAP.fullmatch(window, cue.end()) is not None for cue in _cues().finditer(window)
    )


def _same_phrase(text: str, start: int, end: int) -> bool:
    between = text[start:end]
    if any(ch in _BREAK_CHARACTERS for ch in between.replace("'s", "").replace("\u2019s", "")):
        return False
    return not any(w.lower() in _BREAK_WORDS for w in re.findall(r"[A-Za-z]+", between))


def _objects(text: str, parties: list[Mention], end: int) -> list[Mention]:
    """The names right after the contest word, with those coordinated with them, up to a
    name that opens a contest of its own ("X beat Y and Z defeated W")."""
    after = [m for m in parties if m.start >= end]
    if not after or _OBJECT_GAP.fullmatch(text, end, after[0].start) is None:
        return []
    group = [after[0]]
    for mention in after[1:]:
        if _OF_SIDE.fullmatch(text, group[-1].end, mention.start):
            group.append(mention)  # "McLachlan and Uchiyama of Japan": Japan's side
            continue
        if not _COORDINATION.fullmatch(text, group[-1].end, mention.start):
            break
        if _cues().match(text, _skip_space(text, mention.end)) is not None:
            break  # "... and Shapovalov defeated Fritz": a subject of its own
        group.append(mention)
    return group


_OF_SIDE = lazy_compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t":
        offset += 1
    return offset


def _owners(text: str, parties: list[Mention], start: int) -> list[Mention]:
    """Whose win or loss: "Nick Kyrgios' 6-4, 6-4 win over ...", "Canada's first victory
    over": a possessive name, then at most a scoreline and a few lower-case words."""
    given = _given(text, parties, start)
    if given is not None:
        return [given]
    before = [m for m in parties if m.end <= start and m.possessive]
    if not before:
        return []
    owner = before[-1]
    between = text[owner.end : start]
    if _OWNER_GAP.fullmatch(between) is None:
        return []
    if any(w.lower() in _BREAK_WORDS for w in re.findall(r"[A-Za-z]+", between)):
        return []
    return [owner]


_GIVEN = lazy_compile(
    r"\b(?:give|gives|gave|giving|given|hand|hands|handed|handing)\s+(?:[a-z]+-[a-z]+\s+)?$",
    re.IGNORECASE,
)
_GIVE_VERB = lazy_compile(r"\b(?:give|gives|gave|giving|given|hand|hands|handed|handing)\b[^,;]*$")
_GIFT_GAP = lazy_compile(r"\s+(?:a|an|the|its|their)(?:\s+(?:[\d(),-]+|[a-z][a-z-]*)){0,4}\s+")


def _given(text: str, parties: list[Mention], start: int) -> Mention | None:
    """ "giving top-ranked France a 2-1 victory", "handed Labour a narrow win": who is
    given the win won it."""
    before = [m for m in parties if m.end <= start]
    if not before:
        return None
    mention = before[-1]
    if _GIFT_GAP.fullmatch(text, mention.end, start) is None:
        return None
    opening = _GIVEN.search(text, max(0, mention.start - 30), mention.start)
    return mention if opening is not None else None


_OWNER_GAP = lazy_compile(r"(?:'s?|\u2019s?)?(?:\s+(?:[\d(),-]+|[a-z][a-z-]*)){0,8}\s*")
