"""Write benchmark claims for a store: statements with one slot perturbed, paraphrases,
statements as they stand, and unrelated sentences, one claim per line.

    python benchmarks/make_claims.py 100000 /tmp/claims.txt                   # bundled store
    python benchmarks/make_claims.py 100000 /tmp/claims.txt --store big.jsonl

The mix: 40% one slot perturbed (a number, a year or a name), 30% paraphrased, 10% as
stated, 20% unrelated. The same seed and store always give the same claims.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

PARAPHRASES = [
    (r"\bwill supply\b", "is set to supply"),
    (r"\bwill deliver\b", "is to deliver"),
    (r"\bwill\b", "is going to"),
    (r"\bsigned\b", "inked"),
    (r"\breached\b", "hit"),
    (r"\bvisits\b", "travels to"),
    (r"\bbecame\b", "was named"),
    (r"\bis building\b", "is constructing"),
    (r"\brose\b", "climbed"),
    (r"\bfell\b", "declined"),
    (r"\bdrew\b", "attracted"),
    (r"\bagreement\b", "deal"),
    (r"\bcontract\b", "deal"),
    (r"\bincrease\b", "rise"),
    (r"\bsays\b", "said"),
]
PREFIXES = ["", "", "Reports say ", "According to officials, ", "It is claimed that "]
UNRELATED = [
    "The {team} won the {year} championship by {n} points.",
    "It rained for {n} days in a row in {city} last {month}.",
    "The new {thing} costs {n} dollars and ships in {month}.",
    "{person} ran the marathon in {n} minutes in {year}.",
    "A {thing} was found in the attic of a house in {city}.",
    "The museum in {city} will reopen on {month} {day} after a {n}-month renovation.",
]
TEAMS = ["Hawks", "Rovers", "United", "Falcons", "Lions", "Wanderers", "Tigers"]
THINGS = ["phone", "bicycle", "painting", "violin", "telescope", "laptop", "guitar"]
CITIES = ["Lyon", "Austin", "Porto", "Kyoto", "Leeds", "Graz", "Bergen", "Cork", "Adelaide"]
PEOPLE = ["Maria Lopez", "John Carter", "Aiko Mori", "Sam Reed", "Olu Bello", "Ewa Nowak"]
MONTHS = ["January", "March", "April", "June", "August", "October", "December"]
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")
YEAR = re.compile(r"\b(19|20)\d\d\b")


def read_statements(store: Path | None) -> tuple[list[str], list[str]]:
    """The store's statements and the entity names they use (bundled store by default)."""
    if store is not None and store.suffix == ".jsonl":
        statements: list[str] = []
        names: set[str] = set()
        with store.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                if "statement" in record:
                    statements.append(record["statement"])
                    names.update(e["name"] for e in record.get("entities", ()))
        return statements, sorted(names)
    from factcli.store import load_store

    loaded = load_store([store] if store else None)
    names = {e.name for fact in loaded.facts for e in fact.entities}
    return [f.statement for f in loaded.facts], sorted(names)


def perturb(statement: str, names: list[str], rng: random.Random) -> str:
    """The statement with one slot changed: a year, another number, or a name."""
    choices = []
    if YEAR.search(statement):
        choices.append("year")
    if NUMBER.search(statement):
        choices.append("number")
    present = [n for n in names if n in statement]
    if present and len(names) > 1:
        choices.append("name")
    if not choices:
        return "It is not true that " + statement[0].lower() + statement[1:]
    kind = rng.choice(choices)
    if kind == "year":
        match = rng.choice(list(YEAR.finditer(statement)))
        year = int(match.group(0)) + rng.choice([-3, -2, -1, 1, 2, 3])
        return statement[: match.start()] + str(year) + statement[match.end() :]
    if kind == "number":
        numbers = [m for m in NUMBER.finditer(statement) if not YEAR.fullmatch(m.group(0))]
        match = rng.choice(numbers or list(NUMBER.finditer(statement)))
        value = float(match.group(0)) * rng.choice([0.5, 0.8, 1.25, 2, 3])
        text = str(round(value)) if value >= 10 else f"{value:.1f}"
        return statement[: match.start()] + text + statement[match.end() :]
    old = rng.choice(present)
    new = rng.choice([n for n in names if n != old])
    return statement.replace(old, new, 1)


def paraphrase(statement: str, rng: random.Random) -> str:
    """The statement reworded: a reporting prefix and a synonym or two."""
    text = statement
    for pattern, replacement in rng.sample(PARAPHRASES, len(PARAPHRASES)):
        if re.search(pattern, text):
            text = re.sub(pattern, replacement, text, count=1)
            if rng.random() < 0.5:
                break
    return rng.choice(PREFIXES) + text


def unrelated(rng: random.Random) -> str:
    """A sentence no fact store of news statements is about."""
    return rng.choice(UNRELATED).format(
        team=rng.choice(TEAMS),
        year=rng.randint(1950, 2030),
        n=rng.randint(2, 400),
        city=rng.choice(CITIES),
        month=rng.choice(MONTHS),
        day=rng.randint(1, 28),
        thing=rng.choice(THINGS),
        person=rng.choice(PEOPLE),
    )


def make_claims(statements: list[str], names: list[str], count: int, seed: int = 11) -> list[str]:
    """`count` claims in the benchmark mix."""
    rng = random.Random(seed)
    claims = []
    for _ in range(count):
        draw = rng.random()
        statement = rng.choice(statements)
        if draw < 0.4:
            claims.append(perturb(statement, names, rng))
        elif draw < 0.7:
            claims.append(paraphrase(statement, rng))
        elif draw < 0.8:
            claims.append(statement)
        else:
            claims.append(unrelated(rng))
    return [" ".join(claim.split()) for claim in claims]


def write_claims(count: int, path: Path, store: Path | None = None, seed: int = 11) -> Path:
    """Write `count` claims for `store` to `path`; return the path."""
    statements, names = read_statements(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(make_claims(statements, names, count, seed)) + "\n", "utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Write the claims file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--store", type=Path, help="a store file (default: the bundled store)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    write_claims(args.count, args.path, args.store, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
