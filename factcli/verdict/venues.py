"""Where an event is held: one place. "COP30 will take place in Rio de Janeiro" against
"COP30 will be held in ... Belem" names another venue for the same event, a conflict, where
another place named in passing would only make the claim about something else."""

from __future__ import annotations

import re

from factcli.lazy_re import lazy_compile
from factcli.parse import ParsedText
from factcli.values import PLACE_KINDS, Mention

# A verb of holding an event, then up to eight words ending in "in" (and what the place is
# called: "in the Amazonian city of"), right before the place.
_VENUE_BEFORE = lazy_compile(
    r"\b(?:held|hold|holds|holding|host|hosts|hosted|hosting|staged|stage|stages|convene|"
    r"convenes|convened|(?:take|takes|took|taken|taking)\s+place)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+in\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
_CUES = ("held", "hold", "host", "stage", "convene", "place")


def is_venue(text: ParsedText, mention: Mention) -> bool:
    """Is the place named as where an event is held?"""
    if mention.kind not in PLACE_KINDS:
        return False
    before = text.text[max(0, mention.start - 100) : mention.start]
    lower = before.lower()
    return any(cue in lower for cue in _CUES) and _VENUE_BEFORE.search(before) is not None


def venue_conflict(claim: ParsedText, mention: Mention, fact: ParsedText) -> str | None:
    """The fact's venue that the claim's venue replaces, or None."""
    if not is_venue(claim, mention):
        return None
    rival = next((m for m in fact.mentions if m.name != mention.name and is_venue(fact, m)), None)
    return None if rival is None else rival.name
