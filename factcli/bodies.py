"""Names of bodies that the alias table's names run into: another branch of a known body
("Carnegie's Beijing Centre" where the store knows the Carnegie Moscow Center), and a
company's legal form after its name ("Humana Inc.")."""

from __future__ import annotations

from factcli.lazy_re import lazy_compile
from factcli.values import PLACE_KINDS, Mention

# Between a body's short name and a place: "Carnegie's", "Carnegie Endowment's".
_BRANCH_GAP = lazy_compile(r"(?:['\u2019]s)?(?:\s+[A-Za-z][a-z]+(?:['\u2019]s)?)?\s+")
_HEAD_SPELLINGS = {"center": ("center", "centre"), "centre": ("center", "centre")}


def branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Carnegie's Beijing Centre" where "Carnegie" is the Carnegie Moscow Center: a body's
    short name, another place and the body's head word name another branch of the body,
    not the body the store knows."""
    found: list[Mention] = []
    skip_to = -1
    for index, mention in enumerate(mentions):
        if mention.start < skip_to:
            continue  # inside a branch just named ("Endowment", "Center")
        branch = _branch(text, mention, mentions[index + 1 : index + 3])
        if branch is not None:
            skip_to = branch.end
            mention = branch
        found.append(mention)
    return found


def _branch(text: str, body: Mention, following: list[Mention]) -> Mention | None:
    """The branch a body's short name and a place after it name, or None."""
    surface = text[body.start : body.end]
    if body.kind != "organization" or " " not in body.name or " " in surface:
        return None
    if surface.lower() == body.name.lower():
        return None  # not a short name
    place = next((m for m in following if m.kind in PLACE_KINDS), None)
    if place is None or place.name in body.name:
        return None
    if _BRANCH_GAP.fullmatch(text, body.end, place.start) is None:
        return None
    head = body.name.split()[-1].lower()
    after = text[place.end :].lower()
    spelled = next((s for s in _HEAD_SPELLINGS.get(head, (head,)) if after.startswith(f" {s}")), "")
    if not spelled:
        return None
    end = place.end + 1 + len(spelled)
    return Mention(body.start, end, text[body.start : end], "organization", known=False)


# A company's legal form after its name: "Humana Inc.", "Gazprom PJSC", "BP plc".
_LEGAL_FORM = lazy_compile(r",?\s+(?:Inc|Corp|Ltd|LLC|plc|PLC|PJSC|AG|SA|NV|SE)\b\.?")


def with_legal_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each body's name with the legal form after it ("Humana Inc." is Humana), which is
    no name of its own."""
    found: list[Mention] = []
    for mention in mentions:
        if found and mention.start < found[-1].end:
            continue  # the legal form just joined to the name before
        if mention.kind in _BODY_KINDS:
            form = _LEGAL_FORM.match(text, mention.end)
            if form is not None:
                mention = mention._replace(end=form.end())
        found.append(mention)
    return found


_BODY_KINDS = frozenset({"organization", "unknown"})


# The head of a body's name next to a place's: "New York University", "Paris Institute",
# "University of Texas".
_INSTITUTION_HEADS = frozenset(
    {"University", "College", "Institute", "Hospital", "Museum", "Zoo", "Polytechnic"}
)
_INSTITUTION_OF = tuple(f"{head} of{the} " for head in _INSTITUTION_HEADS for the in ("", " the"))


def named_for_place(text: str, start: int, end: int) -> bool:
    """Does the place at text[start:end] only name a body ("New York University", "Moscow
    State University", "the University of Texas")?"""
    if text.endswith(_INSTITUTION_OF, 0, start):
        return True
    if text[end : end + 1] != " ":
        return False
    following = text[end : end + 30].split()[:2]
    if following[:1] == ["State"]:
        following = following[1:]
    return bool(following) and following[0].rstrip(".,;:") in _INSTITUTION_HEADS
