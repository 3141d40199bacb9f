"""Write distinct, realistic benchmark claims: the labelled claim sets and another article's
sentences, with their numbers, years and names perturbed so that no claim repeats.

    python benchmarks/make_realistic_claims.py 5000 /tmp/realistic.txt

The bases are every claim of the labelled sets (tests/data, eval2 and ../shared/eval, when
present) and every sentence of the other articles under ../shared/eval/articles: mostly
sentences from other outlets, many over 25 words. Each variant changes one or two numbers
(by a small step), a year, or swaps a capitalised name for another one seen in the bases.
The same seed always gives the same claims; every line is distinct.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.]\d)")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?\b")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘A-Z])")
MIN_WORDS = 6


def claim_files() -> list[Path]:
    """The labelled claim sets this checkout can see."""
    files = sorted((ROOT / "tests" / "data").glob("*claims*.jsonl"))
    files += sorted((ROOT / "eval2").glob("*.jsonl"))
    if SHARED_EVAL.is_dir():
        files += sorted(SHARED_EVAL.glob("*claims*.jsonl"))
        files += sorted(SHARED_EVAL.glob("articles/*/claims.jsonl"))
    return files


def article_sentences() -> Iterator[str]:
    """The sentences of the other articles (their own text and doctored drafts)."""
    if not SHARED_EVAL.is_dir():
        return
    for path in sorted(SHARED_EVAL.glob("articles/*/*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            for sentence in SENTENCE_END.split(paragraph.strip()):
                if len(sentence.split()) >= MIN_WORDS:
                    yield sentence


def bases() -> list[str]:
    """Every base claim, each once, in a stable order."""
    found: list[str] = []
    for path in claim_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                claim = json.loads(line).get("claim", "")
                if len(claim.split()) >= 3:
                    found.append(claim)
    found.extend(article_sentences())
    return list(dict.fromkeys(found))


def _shift_number(text: str, rng: random.Random) -> str:
    matches = list(NUMBER.finditer(text))
    if not matches:
        return text
    match = rng.choice(matches)
    value = match.group()
    if YEAR.fullmatch(value):
        new = str(int(value) + rng.choice((-3, -2, -1, 1, 2, 3)))
    elif "." in value:
        new = f"{float(value) + rng.choice((-1.5, -0.5, 0.5, 1.5)):.1f}"
    else:
        new = str(max(0, int(value) + rng.randint(-9, 9)) or 1)
    return text[: match.start()] + new + text[match.end() :]


def _swap_name(text: str, names: list[str], rng: random.Random) -> str:
    matches = [m for m in NAME.finditer(text) if m.start() > 0]
    if not matches:
        return text
    match = rng.choice(matches)
    return text[: match.start()] + rng.choice(names) + text[match.end() :]


def variant(text: str, names: list[str], rng: random.Random) -> str:
    """One perturbation of `text`: a number or two shifted, or a name swapped."""
    roll = rng.random()
    if roll < 0.5:
        return _shift_number(text, rng)
    if roll < 0.75:
        return _shift_number(_shift_number(text, rng), rng)
    return _swap_name(text, names, rng)


def make_claims(count: int, seed: int = 18) -> list[str]:
    """`count` distinct claims: every base once, then perturbed variants of the bases."""
    rng = random.Random(seed)
    base = bases()
    if not base:
        raise SystemExit("no labelled claim sets found")
    names = sorted({m.group() for text in base for m in NAME.finditer(text)})
    claims = dict.fromkeys(base[:count])
    attempts = 0
    while len(claims) < count:
        attempts += 1
        if attempts > count * 50:
            raise SystemExit(f"only {len(claims)} distinct claims could be made")
        text = rng.choice(base)
        for _ in range(rng.randint(1, 3)):
            text = variant(text, names, rng)
        claims.setdefault(text)
    return list(claims)


def write_claims(count: int, path: Path, seed: int = 18) -> Path:
    """Write `count` distinct realistic claims to `path`, one per line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{claim}\n" for claim in make_claims(count, seed)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args(argv)
    write_claims(args.count, args.path, args.seed)
    print(f"wrote {args.count:,} claims to {args.path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
