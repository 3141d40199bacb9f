"""How long `factcli facts draft` takes on a 1,500-word article (target: <= 1 s).

The article is the Bardo report followed by the DW report (about 2,000 words together),
cut at the first paragraph end after 1,500 words. Prints the word count, the median,
min and max of in-process drafting over several runs, and the median of whole
`factcli facts draft` processes (start-up included).

    python benchmarks/draft_speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
BARDO = SHARED / "eval" / "articles" / "bardo-2015" / "article.txt"
SOURCES = (BARDO, *sorted((SHARED / "source").glob("*.txt")))
WORDS = 1500


def article() -> str:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in SOURCES)
    paragraphs, count = [], 0
    for paragraph in text.split("\n\n"):
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        if count >= WORDS:
            break
    return "\n\n".join(paragraphs) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    from factcli.draft import draft_article
    from factcli.draft.writer import to_toml

    text = article()
    draft_article(text)  # imports and the gazetteer, once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        to_toml(draft_article(text))
        times.append(time.perf_counter() - start)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text)
    whole = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcli", "facts", "draft", handle.name],
                       check=True, capture_output=True)  # fmt: skip
        whole.append(time.perf_counter() - start)
    Path(handle.name).unlink()
    print(f"words={len(text.split())} facts={len(draft_article(text).facts)}")
    print(f"in-process: median={statistics.median(times):.3f}s min={min(times):.3f}s "
          f"max={max(times):.3f}s")  # fmt: skip
    print(f"whole process: median={statistics.median(whole):.3f}s")
    return 0 if statistics.median(whole) <= 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
