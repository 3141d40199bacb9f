"""Names that end in a number: "Indonesia AirAsia Flight 8501", "Air France's Flight 447",
"Boeing 777". The proper-name rule stops before the number; the alias table gives the
whole name, with its shorter forms ("Flight 8501", "AirAsia Flight 8501") and a code that
ends in the same number ("QZ8501"), so that a claim naming any of them names the thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcli.dates import MONTHS, WEEKDAYS
from factcli.lexicon import STOP_WORDS
from factcli.model import Alias

# Capitalised words, the head word, then its number: "Malaysia Airlines Flight 370".
_DESIGNATION = re.compile(
    r"(?P<owner>(?:[A-Z][\w&-]*\s+){0,3}?(?:[A-Z][\w&-]*['\u2019]s\s+)?)"
    r"(?P<head>[A-Z][a-z]+)\s+(?P<number>[A-Z]{0,2}\d{1,5})\b(?![.,]\d|-)"
)
_CODE = re.compile(r"\b(?P<code>[A-Z]{2}(?P<digits>\d{2,5}))\b")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_NOT_HEADS = frozenset(MONTHS) | frozenset(WEEKDAYS) | STOP_WORDS | {"no", "number", "page"}
KIND = "product"


def designations(text: str) -> list[Alias]:
    """One record per thing the article names with a number, its longest form first."""
    forms: dict[tuple[str, str], list[str]] = {}
    for found in _DESIGNATION.finditer(text):
        head, number = found.group("head"), found.group("number")
        if head.lower() in _NOT_HEADS or _YEAR.fullmatch(number):
            continue
        owner = _owner(found.group("owner"))
        short = f"{head} {number}"
        digits = number.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        named = forms.setdefault((head, digits), [])
        named.append(short)
        if owner:
            named += [f"{owner} {short}", *_shorter_owners(owner, short, text)]
    records = []
    for (head, digits), named in sorted(forms.items()):
        unique = list(dict.fromkeys(named))
        name = max(unique, key=len)
        codes = sorted(
            {m.group("code") for m in _CODE.finditer(text) if m.group("digits") == digits}
        )
        aliases = [f for f in unique if f != name]
        aliases += [form for code in codes for form in (code, f"{head} {code}")]
        records.append(Alias(name, KIND, tuple(a for a in dict.fromkeys(aliases) if a != name)))
    return records


def _owner(words: str) -> str:
    """The name before the head word, without a sentence's first function word or its
    possessive ("Air France's": "Air France")."""
    parts = words.split()
    while parts and parts[0].lower() in STOP_WORDS:
        parts = parts[1:]
    if any(re.search(r"-[a-z]", part) for part in parts):
        return ""  # "the Singapore-bound Airbus A320": a description, no owner
    owner = " ".join(parts)
    return re.sub(r"['\u2019]s$", "", owner)


def _shorter_owners(owner: str, short: str, text: str) -> list[str]:
    """ "Indonesia AirAsia": "AirAsia Flight 8501" too, when the article names the owner's
    last word alone ("AirAsia", not the "Airlines" of "Malaysia Airlines")."""
    parts = owner.split()
    if len(parts) < 2:
        return []
    alone = re.search(rf"(?<!{re.escape(parts[-2])} ){re.escape(parts[-1])}\b", text)
    return [f"{parts[-1]} {short}"] if alone else []


def with_designations(aliases: Iterable[Alias], text: str) -> list[Alias]:
    """The alias table with the article's numbered names, less the names the proper-name
    rule cut from them ("Indonesia AirAsia Flight", "Airlines Flight"), and less the
    forms another record already holds."""
    table = list(aliases)
    found = designations(text)
    if not found:
        return table
    taken = {n.lower() for a in table for n in (a.name, *a.aliases)}
    added = []
    for record in found:
        kept = tuple(a for a in record.aliases if a.lower() not in taken)
        if record.name.lower() in taken:
            continue
        taken |= {record.name.lower(), *(a.lower() for a in kept)}
        added.append(record._replace(aliases=kept) if kept != record.aliases else record)
    full = [f" {n} " for r in added for n in (r.name, *r.aliases)]
    heads = {r.name.split()[-2] for r in added if len(r.name.split()) > 1}
    cut = [
        a
        for a in table
        if a.kind not in ("person", "country")
        and a.name.split()[-1] in heads
        and any(f" {a.name} " in form for form in full)
        and not a.aliases
    ]  # "Indonesia AirAsia Flight", "Airlines Flight": a name's start, cut at its number
    return [a for a in table if a not in cut] + added
