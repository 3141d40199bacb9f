"""Lenient grading: an answer is right when it fixes the same values as the key.

Answers are read by the parser `check` uses and compared by the same rules: quantities by
`consistent_quantities` (equivalent units and number words are fine, other digits are not),
dates by the same date logic, entities through the alias table, and words with rapidfuzz
typo tolerance; two swapped letters are a typo in a word of any length ("frist", "Chnia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcli.entities import EntityIndex
from factcli.lazy_re import lazy_compile
from factcli.lexicon import words
from factcli.model import Store
from factcli.parse import ParsedText, parse_text
from factcli.quiz.questions import Question, chosen_letter
from factcli.values import Mention, Quantity
from factcli.verdict.compare import consistent_quantities, date_relation

TYPO_RATIO = 85  # rapidfuzz ratio (0-100) at which a misspelt word or name still counts
_MIN_FUZZY_LENGTH = 5  # shorter names must be exact: "US" is not "UK"
_TRUE = frozenset({"true", "t", "yes", "y", "right", "correct"})
_FALSE = frozenset({"false", "f", "no", "n", "wrong", "incorrect"})
_PARENTHETICAL = lazy_compile(r"\s*\([^)]*\)")
_ALPHABETIC = lazy_compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Grade:
    """The verdict on one answer."""

    correct: bool
    given: str
    expected: str
    misspelt: bool = False  # right, but with a typo: the feedback shows the spelling


class Grader:
    """Grades answers against keys with one store's alias table."""

    def __init__(self, store: Store, entities: EntityIndex | None = None) -> None:
        self.entities = entities or EntityIndex(store.aliases)
        self._variants: dict[str, tuple[str, ...]] = {
            alias.name: (alias.name, *alias.aliases) for alias in store.aliases
        }

    def grade(self, question: Question, given: str) -> Grade:
        """Grade one answer to one question: mc by letter or text, tf, or short."""
        given = given.strip()
        if question.kind == "tf":
            truth = _truth(given)
            return Grade(truth is not None and truth == question.answer, given, question.answer)
        if question.kind == "mc" and question.choices is not None:
            correct = self._choice(question.choices, given) == question.answer
        else:
            correct = self.equivalent(question.answer, given)
        misspelt = correct and _misspelt(question.answer, given)
        return Grade(correct, given, question.answer, misspelt)

    def _choice(self, choices: tuple[str, ...], given: str) -> str | None:
        """The one choice an answer picks, by letter or by text; None if not exactly one."""
        index = chosen_letter(given)
        if index is not None:
            return choices[index] if index < len(choices) else None
        exact = [c for c in choices if _plain(c) == _plain(given)]
        if exact:
            return exact[0]
        picked = [c for c in choices if self.equivalent(c, given)]
        return picked[0] if len(picked) == 1 else None

    def equivalent(self, expected: str, given: str) -> bool:
        """Whether `given` fixes exactly the values `expected` fixes (a parenthesis in the
        key explains it and is not required)."""
        key = parse_text(_PARENTHETICAL.sub("", expected), self.entities)
        answer = parse_text(_respelt(given, key.text), self.entities)
        if not _elements(key):
            return _similar(_plain(key.text), _plain(answer.text))
        return self._covers(key, answer) and not self._hedges(key, answer)

    def _covers(self, key: ParsedText, answer: ParsedText) -> bool:
        """Every value of the key is in the answer."""
        for quantity in key.quantities:
            shown = _shown(quantity)
            if not (
                any(consistent_quantities(q, quantity) for q in answer.quantities)
                or any(_bare(q) and q.value == shown for q in answer.quantities)
                or (_ordinal_shown(quantity) and any(r.value == shown for r in answer.ranks))
                or (_bare(quantity) and _shows(answer, quantity.value))
            ):
                return False
        for date in key.dates:
            if not any(date_relation(d, date) == "same" for d in answer.dates):
                return False
        for rank in key.ranks:
            if not (
                any(r.value == rank.value for r in answer.ranks)
                or any(_bare(q) and q.value == rank.value for q in answer.quantities)
            ):
                return False
        return all(self._names(answer, mention.name) for mention in _known(key))

    def _names(self, answer: ParsedText, name: str) -> bool:
        """Whether the answer names an entity: by any alias, or by a near spelling of one."""
        if name in answer.names:
            return True
        tokens = answer.text.split()
        for variant in self._variants.get(name, (name,)):
            size = len(variant.split())
            if len(variant) < _MIN_FUZZY_LENGTH:
                continue
            windows = (" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))
            if any(_similar(variant.lower(), w.strip(".,;:!?").lower()) for w in windows):
                return True
        return False

    def _hedges(self, key: ParsedText, answer: ParsedText) -> bool:
        """An answer that adds another value of a kind the key has ("38 or 48 bcm",
        "Belarus or Ukraine") names a wrong one too."""
        for quantity in answer.quantities:
            same = [q for q in key.quantities if q.dimension == quantity.dimension]
            if same and not any(consistent_quantities(quantity, q) for q in same):
                return True
        if key.dates and any(
            all(date_relation(d, k) != "same" for k in key.dates) for d in answer.dates
        ):
            return True
        if key.ranks and any(r.value not in {k.value for k in key.ranks} for r in answer.ranks):
            return True
        kinds = {m.kind for m in _known(key)}
        return any(m.kind in kinds and m.name not in key.names for m in _known(answer))


def _elements(parsed: ParsedText) -> bool:
    return bool(parsed.quantities or parsed.dates or parsed.ranks or _known(parsed))


def _known(parsed: ParsedText) -> list[Mention]:
    return [m for m in parsed.mentions if m.known]


def _bare(quantity: Quantity) -> bool:
    """A number with no unit: "38", "five"."""
    return quantity.dimension == "count" and not quantity.unit


def _shown(quantity: Quantity) -> float | None:
    """The number as the text writes it: 38 for "38 billion cubic meters"."""
    token = number_token(quantity.text)
    return token.value if token is not None else None


def _ordinal_shown(quantity: Quantity) -> bool:
    token = number_token(quantity.text)
    return token is not None and token.family in ("ordinal", "word_ordinal")


def _shows(answer: ParsedText, value: float) -> bool:
    """Whether the answer writes `value` as its number, whatever the unit ("5 years")."""
    return any(_shown(q) == value for q in answer.quantities) or any(
        r.value == value for r in answer.ranks
    )


def _truth(given: str) -> str | None:
    word = given.strip().lower().rstrip(".!")
    if word in _TRUE:
        return "true"
    if word in _FALSE:
        return "false"
    return None


def _plain(text: str) -> str:
    """Lower-case words without articles and punctuation, for comparing wordings."""
    return " ".join(w for w in words(text) if w not in ("a", "an", "the"))


def _similar(expected: str, given: str) -> bool:
    from rapidfuzz import fuzz

    if not expected or not given:
        return False
    if expected == given or _transposed(expected, given):
        return True
    return len(expected) >= _MIN_FUZZY_LENGTH and fuzz.ratio(expected, given) >= TYPO_RATIO


def _transposed(expected: str, given: str) -> bool:
    """Whether `given` is `expected` with two adjacent letters swapped ("frist" for
    "first"): a typo at any length. Digits never count: "83" is not "38"."""
    if len(expected) != len(given) or expected == given:
        return False
    apart = [i for i, (a, b) in enumerate(zip(expected, given, strict=True)) if a != b]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and expected[apart[0]] == given[apart[1]]
        and expected[apart[1]] == given[apart[0]]
        and expected[apart[0]].isalpha()
        and expected[apart[1]].isalpha()
    )


def _respelt(given: str, key: str) -> str:
    """The answer with each word that swaps two letters of a key's word spelt as in the key,
    so that the parser reads "frist" as the rank "first"."""
    spellings = {word.lower(): word for word in _ALPHABETIC.findall(key)}

    def respell(match: re.Match[str]) -> str:
        word = match.group().lower()
        if word in spellings:
            return match.group()
        fixed = [k for k in spellings if _transposed(k, word)]
        return spellings[fixed[0]] if len(fixed) == 1 else match.group()

    return _ALPHABETIC.sub(respell, given)


def _misspelt(expected: str, given: str) -> bool:
    """Whether a right answer has a word that is a typo of one of the key's words."""
    key = set(words(expected))
    return any(word not in key and any(_similar(k, word) for k in key) for word in words(given))


# --- numbers in words and digits ------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
MULTIPLIERS = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


def spell(number: int) -> str:
    """A whole number below 100 in words: 38 -> "thirty-eight"."""
    if number < 20:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    return _TENS[tens] + (f"-{_UNITS[units]}" if units else "")


def spell_ordinal(number: int) -> str:
    """An ordinal below 100 in words: 9 -> "ninth", 21 -> "twenty-first"."""
    if number < 20:
        return _ORDINAL_UNITS[number]
    tens, units = divmod(number, 10)
    if not units:
        return _ORDINAL_TENS.split()[tens]
    return f"{_TENS[tens]}-{_ORDINAL_UNITS[units]}"


def digit_ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


_WORD_NUMBERS = {spell(n): n for n in range(1, 100)}
_WORD_ORDINALS = {spell_ordinal(n): n for n in range(1, 100)}
_NUMBER_TOKEN = lazy_compile(
    r"(?P<ordinal>\d+(?:st|nd|rd|th))\b|(?P<digits>\d+(?:\.\d+)?)|(?P<word>[A-Za-z]+)"
)
_SECOND_WORD = lazy_compile(r"-([a-z]+)")


@dataclass(frozen=True, slots=True)
class NumberToken:
    """The number inside a value's text, and how it is written."""

    start: int
    end: int
    value: float
    family: str  # "digits", "ordinal", "word", "word_ordinal", "multiplier"
    capital: bool


def number_token(text: str) -> NumberToken | None:
    """The first number in a value's text ("$95 billion" -> 95, "fifth" -> 5)."""
    for match in _NUMBER_TOKEN.finditer(text):
        start, end = match.span()
        if match.group("ordinal"):
            return NumberToken(start, end, float(match.group()[:-2]), "ordinal", False)
        if match.group("digits"):
            return NumberToken(start, end, float(match.group()), "digits", False)
        capital = match.group()[0].isupper()
        second = _SECOND_WORD.match(text, end)
        words = [(match.group().lower(), end)]
        if second is not None:  # "thirty-eight", "twenty-first"
            words.insert(0, (f"{words[0][0]}-{second.group(1)}", second.end()))
        for word, word_end in words:
            for table, family in (
                (_WORD_NUMBERS, "word"),
                (_WORD_ORDINALS, "word_ordinal"),
                (MULTIPLIERS, "multiplier"),
            ):
                if word in table:
                    return NumberToken(start, word_end, float(table[word]), family, capital)
    return None
