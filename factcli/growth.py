"""A percentage that states a relative change ("grew by 50%", "a 40 percent increase", "up
12%") read as the multiplier it stands for (x1.5, x1.4, x1.12), and a multiplier ("more than
doubled") as the percentage of its change, so that the two ways of stating a change compare.
"""

from __future__ import annotations

from factcli.opposites import MOVEMENT_GROUP, polar_stems
from factcli.parse import ParsedText
from factcli.values import Quantity

# Words of a change that the movement pair leaves out ("growth" is no verb's stem, "lift"
# a rise only of an amount).
_RISE_NOUNS = frozenset({"growth", "increase", "rise", "gain", "jump", "hike", "lift"})
_FALL_NOUNS = frozenset({"decline", "decrease", "drop", "fall", "cut", "reduction", "loss"})
_DIRECTIONS = {"up": 1, "down": -1}
# Verbs that "up" completes rather than a rise: "make up 70%", "took up 40% of the budget".
_PHRASAL_WITH_UP = frozenset({"make", "take", "add", "sum", "end", "pick", "open"})  # stems
_SOFTENERS = frozenset({"only", "just", "some", "another", "a", "an", "further"})
_REACH_BACK = 8  # words back to a change's verb: "to grow its fish exports to Lemuria by"


def _direction(word: str, stem: str) -> int:
    """+1 for a word of a rise, -1 for one of a fall, 0 for neither."""
    rises, falls = polar_stems()[MOVEMENT_GROUP]
    if word in _RISE_NOUNS or stem in rises:
        return 1
    if word in _FALL_NOUNS or stem in falls:
        return -1
    return 0


def change_direction(text: ParsedText, quantity: Quantity) -> int:
    """Does the percentage state a rise (+1) or a fall (-1) of something, or neither (0)?
    "grew by 50%", "a 50% increase", "growth of 50%" and "up 50%" do; "50% of the vote" or
    "a 50% stake" do not."""
    if quantity.unit != "percent":
        return 0
    after = text.words_after(quantity.end, 1)
    if after and _direction(after[0].lower, after[0].stem):
        return _direction(after[0].lower, after[0].stem)  # "a 50% increase"
    before = text.words_before(quantity.start, _REACH_BACK)
    while before and before[-1].lower in _SOFTENERS:
        before.pop()
    if not before:
        return 0
    last = before.pop()
    if last.lower in _DIRECTIONS:  # "up 50%", not "make up 70%"
        phrasal = bool(before) and before[-1].stem in _PHRASAL_WITH_UP
        return 0 if phrasal else _DIRECTIONS[last.lower]
    if _direction(last.lower, last.stem):  # "fell 30%"
        return _direction(last.lower, last.stem)
    if last.lower not in ("by", "of"):
        return 0
    # "trade to grow by 50%", "trade up by 50%", "growth with Russia of 50%": the nearest
    # word of a change before it
    for word in reversed(before):
        direction = _DIRECTIONS.get(word.lower) or _direction(word.lower, word.stem)
        if direction:
            return direction
    return 0


def multiplier_of(text: ParsedText, quantity: Quantity) -> Quantity | None:
    """The percentage of a relative change as the multiplier it stands for ("grew by 50%":
    x1.5, "fell 30%": x0.7), or None when it states no change."""
    direction = change_direction(text, quantity)
    if not direction:
        return None
    return quantity._replace(
        value=1 + direction * quantity.value / 100,
        unit="times",
        dimension="multiplier",
        precision=quantity.precision / 100,
    )


def percentage_of(multiplier: Quantity) -> Quantity:
    """A multiplier as the percentage of the change it makes ("doubled": 100%, "halved":
    50%); the direction of the change is the text's words' ("rose", "fell")."""
    return multiplier._replace(
        value=abs(multiplier.value - 1) * 100, unit="percent", dimension="percent", precision=1.0
    )
