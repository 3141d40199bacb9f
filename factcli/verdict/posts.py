"""The posts comparator: a person's post is a role with one filler.

The post a claim gives a person ("X is Y", "Y X", "X, Y of Z", read by factcli.posts) is
compared with the post the fact's `post` slot gives the same person. A shorter post covers
a longer one ("economist" for "chief Asia economist"), but not one that a changing
qualifier makes another post: a vice foreign minister is no foreign minister.
"""

from __future__ import annotations

import re

from factcli.gazetteer import post_vocabulary
from factcli.lazy_re import lazy_compile
from factcli.lexicon import words
from factcli.parse import ParsedText
from factcli.posts import Post, changing_qualifiers, earlier_post, post_words
from factcli.values import Mention
from factcli.verdict.facts import FactView
from factcli.verdict.findings import Element, Finding, Kind, Scope, Status


def findings(claim: ParsedText, view: FactView, scope: Scope) -> list[Finding]:
    """A finding for each post the claim gives the person whose post the fact fixes."""
    titles = [e.name for e in view.fact.entities if e.role == "post"]
    holder = post_holder(view)
    if not titles or holder is None:
        return []
    title = view.entities.canonical(titles[0]).lower()
    found = []
    for post in claim.posts:
        if post.holder != holder:
            continue
        element = Element.named(Kind.POST, holder)
        if _earlier_post(post.title, title) and (
            _said_of_them(post, view) or not _same_head(post.title, title)
        ):  # "a former ambassador": an earlier post beside the fact's, unless the claim makes
            continue  # the fact's post one held no more ("former foreign minister")
        if _ONCE.search(claim.text, 0, post.start) and same_post(post.title, title):
            found.append(Finding(element, Status.CONFLICT, f"the claim says {holder} is no "
                                 f"longer {post.text}; the source says {title}"))  # fmt: skip
            continue
        if same_post(_without_bodies(post.title, view), title):
            found.append(
                Finding(element, Status.MATCH, f"{post.text} matches the source's {title}")
            )
        elif store_descriptor(post.title, holder, view):
            found.append(Finding(element, Status.MATCH, f"the source calls {holder} {post.text}"))
        elif _SERVED_AS.search(claim.text, 0, post.start):
            continue  # "served as special envoy": a post held once, beside the fact's
        else:
            found.append(
                Finding(
                    element,
                    Status.CONFLICT,
                    f"the claim makes {holder} {post.text}; the source says {title}",
                )
            )
    return found


# "used to be IHS's chief economist": a post the claim says is held no longer
_ONCE = lazy_compile(
    r"\b(?:used\s+to\s+be|was\s+once|once\s+was|was\s+formerly|is\s+no\s+longer)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w.-]+['\u2019]s\s+)?\Z",
    re.IGNORECASE,
)
# "served as special envoy", "served as Denmark's climate minister"
_SERVED_AS = lazy_compile(
    r"\b(?:served|worked)\s+as\s+(?:the\s+|an?\s+)?(?:[\w.-]+['\u2019]s\s+)?\Z", re.IGNORECASE
)


def _earlier_post(claim: str, fact: str) -> bool:
    """Is the claim's post one held before, other than the fact's post ("former president"
    against "president" is that post, said to be over)?"""
    if not earlier_post(claim) or earlier_post(fact):
        return False
    return not same_post(" ".join(w for w in claim.split() if not earlier_post(w)), fact)


def _same_head(claim: str, fact: str) -> bool:
    """Do the two posts name the same kind of post ("former foreign minister", "vice
    foreign minister")?"""
    return words(claim)[-1:] == words(fact)[-1:]


def _said_of_them(post: Post, view: FactView) -> bool:
    """Does the fact's quote give the claim's earlier post, in its words ("executive vice
    president of the Brookings Institution and a former U.S. ambassador to Israel")?"""
    quote = words(view.fact.quote.lower())
    return any(earlier_post(w) for w in quote) and all(
        w in quote for w in words(post.title.lower()) if not earlier_post(w)
    )


def post_matches(post: Post, view: FactView) -> bool:
    """Is the post the one the fact gives its holder, or a word the store calls them?"""
    titles = [e.name for e in view.fact.entities if e.role == "post"]
    if not titles or post.holder != post_holder(view):
        return False
    title = view.entities.canonical(titles[0]).lower()
    return same_post(_without_bodies(post.title, view), title) or store_descriptor(
        post.title, post.holder, view
    )


def covered_post(claim: ParsedText, mention: Mention, view: FactView) -> bool:
    """A shorter title covers a longer one ("chief economist" for "chief Asia economist"),
    and a word the store calls the person covers their post ("Analyst Andrew Small")."""
    if mention.kind != "post":
        return False
    wanted = post_words(mention.name)
    posts = [f.name for f in view.fillers if f.kind == "post" or f.role == "post"]
    posts += [m.name for m in view.statement.mentions if m.kind == "post"]
    if any(wanted <= post_words(post) for post in posts):
        return True
    post = posted(claim, mention.start, mention.end)
    return post is not None and store_descriptor(post.title, post.holder, view)


_BODY_KINDS = frozenset({"organization", "country"})


def _without_bodies(title: str, view: FactView) -> str:
    """The post without the body, country or level it is held at ("ihs economist", "state
    health officer"): the employer is compared as a name, the post as a post."""
    return " ".join(
        w
        for w in title.split()
        if not {view.entities.kind(w), view.entities.kind(w.upper())} & _BODY_KINDS
        and w.lower() not in _LEVELS
    )  # an acronym in a post is the body's, in whatever case: "ihs economist"


# The level of government a post is held at ("state health officer"): where, not which post.
_LEVELS = frozenset("state federal national city county municipal regional provincial".split())


def store_descriptor(title: str, holder: str, view: FactView) -> bool:
    """Does the store call the person so ("analyst Small", an alias of Andrew Small, a
    fellow), or the fact's own sentence, before the name ("school board President Steve
    Zimmer") or in an apposition after it? A word the source itself uses of them is no
    other post."""
    surname = holder.split()[-1]
    if view.entities.canonical(f"{title} {surname}") == holder:
        return True
    quote = view.fact.quote.lower()
    said = f"{title} {holder}".lower()
    at = quote.find(said)
    if at >= 0 and (at == 0 or not (quote[at - 1].isalnum() or quote[at - 1] == "-")):
        before = quote[:at].split()[-1:]
        return not changing_qualifiers(" ".join(before))  # not "deputy foreign minister"
    return _apposed_to_holder(title, holder, view)


# Where the phrases after a name stop describing it: a clause's end, or its verb.
_APPOSITION_END = lazy_compile(r"[.;:]|\s+(?:said|says|told|and)\s+")


def _apposed_to_holder(title: str, holder: str, view: FactView) -> bool:
    """Does an apposition after the holder's name in the fact's sentence give the title
    ("Zhao Leji, chairman of the Standing Committee ..., China's top legislator"), with no
    other person named between them?"""
    quote = view.fact.quote
    start = quote.lower().find(holder.lower())
    if start < 0:
        return False
    chain = _APPOSITION_END.split(quote[start + len(holder) :])[0]
    at = chain.lower().find(f" {title}".lower())
    if at < 0 or not chain.lstrip().startswith(","):
        return False
    if chain.lower()[at - 1 : at] != "," and chain.lower()[at - 2 : at] not in ("'s", "\u2019s"):
        return False  # ", chairman", ", China's top legislator": the title opens a phrase
    others = [m for m in view.entities.find(chain[:at]) if m.kind == "person" and m.name != holder]
    return not others


def post_holder(view: FactView) -> str | None:
    """The person whose post the fact fixes: the first person among its keys (or name of
    two words or more that no table knows, which reads as one, as in factcli.posts)."""
    for group in view.key_groups:
        for name in group:
            kind = view.entities.kind(name)
            if kind == "person" or (kind == "unknown" and " " in name):
                return name
    return None


def same_post(claim: str, fact: str) -> bool:
    """Is the claim's post the fact's, or a shorter name for it? A compound no post has
    ("under-pressure head coach" against "under-fire head coach") describes the holder."""
    described = post_words(
        " ".join(w for w in words(claim) if "-" in w and w not in post_vocabulary())
    )
    said, stated = post_words(claim) - described, post_words(fact)
    if not changing_qualifiers(fact) <= changing_qualifiers(claim):
        return False
    return said <= stated or _same_lead(claim, fact, said, stated)


# A post's generic head, as news writes it ("climate chief", "commission chief"), and the
# heads of the leading posts it may stand for ("climate commissioner", "commission president").
_GENERIC_HEADS = "chief head boss leader czar tsar"
_LEADING_HEADS = (
    "president commissioner minister secretary director chairman chairwoman chair ceo governor "
    "commander"
)


def _same_lead(claim: str, fact: str, said: frozenset[str], stated: frozenset[str]) -> bool:
    """Does a generic head stand for the other post's leading head, over the same portfolio
    ("climate chief" for "climate commissioner")?"""
    heads = (_head(claim), _head(fact))
    generic = post_words(_GENERIC_HEADS)
    if not (set(heads) & generic and set(heads) <= generic | post_words(_LEADING_HEADS)):
        return False
    portfolio = said - {heads[0]}
    return bool(portfolio) and portfolio <= stated - {heads[1]}


def _head(title: str) -> str:
    """The stem of a post's last word: its head."""
    found = words(title)
    return next(iter(post_words(found[-1]))) if found else ""


def posted(claim: ParsedText, start: int, end: int) -> Post | None:
    """The post of the claim that a span lies in, if any."""
    return next((p for p in claim.posts if p.start <= start and end <= p.end), None)
