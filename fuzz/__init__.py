"""A time-bounded fuzz harness for the claim parser/checker and the store loader.

Run it as `python -m fuzz --seconds 600 [--target parser|store|all]`. Inputs come from
hypothesis strategies (generation only, no shrinking, no example database), mixed from
arbitrary unicode, the store's own vocabulary (digits, number words, month names,
currency signs, hyphens), numbers in other notations (e-notation, powers of ten, signs,
inf and nan, numeric dates) and mutations of the bundled store's TOML and JSON Lines.

A finding is an input that raises anything but the documented error (StoreError for a
store), or that takes longer than the per-input time bound. Each finding is printed as a
Python literal, ready to paste into tests/robustness/test_fuzz_regressions.py, and the
run ends with the number of inputs tried.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TARGETS = ("parser", "store")
_SGR = re.compile(r"\x1b\[[0-9;]*m")  # Rich's own colours: the only escapes allowed out
SLOW_SECONDS = {"parser": 5.0, "store": 10.0}  # one input taking longer is a finding
BATCH = 200  # hypothesis examples per batch; the clock is checked between and within batches

# --- input strategies -------------------------------------------------------------------

VOCABULARY = (
    "zero one two three four five six seven eight nine ten eleven twelve twenty thirty "
    "hundred thousand million billion trillion a half quarter dozen first second third "
    "tenth largest biggest second-largest percent per cent bcm cubic meters metres tonnes "
    "barrels dollars euros yuan rubles km miles days years months weeks a year annually "
    "January February March April May June July August September October November "
    "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Friday weekend "
    "early mid late 1990s 2015 2014-2015 from to until between and or not never no "
    "Russia China Xi Putin Moscow Beijing gas pipeline trade visit will would rank"
).split()
PUNCTUATION = [*"$€£¥%-–—/.,:;()[]'\"+~<>=#&*!?", "\u2212", "\u00bd", "\u2153"]
UNICODE_BITS = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u202e", "\u202d", "\u2066", "\u2069",
    "\u0301", "\u0308", "\u20dd", "\uff13\uff18", "\uff05", "\u00a0", "\u2009", "\u3000",
    "\x00", "\x1b[31m", "\x1b]8;;http://x\x07", "\r", "\n", "\t", "\U0001f525",
    "\U0001f1f7\U0001f1fa", "\u0661\u0662", "\u0969", "\u2460", "\u2167", "\ufffd",
    "[bold red]", "[/]", "[link=http://x]", "{0}", "%s", "$(rm -rf /)", "__import__('os')",
    "\udcff", "\udc80\udcfe",  # undecodable argv or terminal bytes, as Python escapes them
    "\x9b2J", "\x1b[2J", "\x1b]0;title\x07", "\u202a", "\u2067",
]  # fmt: skip

_SUPERSCRIPTS = str.maketrans(
    "-0123456789", "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)
_mantissas = st.one_of(
    st.integers(min_value=-999, max_value=999).map(str),
    st.from_regex(r"-?[0-9]{1,3}\.[0-9]{1,4}", fullmatch=True),
)
_exponents = st.integers(min_value=-2000, max_value=2000)


@st.composite
def notations(draw: st.DrawFn) -> str:
    """Numbers in other notations: "4.8e10", "3.8 x 10^10", "10¹⁰", "-20", "inf", and
    numeric dates in either order, with any separator, possible or not ("31/02/2015")."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        e = draw(st.sampled_from(["e", "E", "e+", "E-", "e-"]))
        return f"{draw(_mantissas)}{e}{abs(draw(_exponents))}"
    if kind == 1:
        times = draw(st.sampled_from([" x ", "x", " × ", "×", "*", " · "]))
        prefix = draw(_mantissas) + times if draw(st.booleans()) else ""
        power = draw(_exponents)
        raised = str(power).translate(_SUPERSCRIPTS) if draw(st.booleans()) else f"^{power}"
        return f"{prefix}10{raised}"
    if kind == 2:
        return draw(st.sampled_from(["inf", "-inf", "+inf", "Infinity", "NaN", "nan", "-nan"]))
    if kind == 3:
        sign = draw(st.sampled_from(["-", "\u2212", "- ", "+"]))
        return sign + draw(st.from_regex(r"[0-9]{1,6}([.,][0-9]{1,3})?", fullmatch=True))
    day, month = draw(st.integers(0, 40)), draw(st.integers(0, 40))
    year = draw(st.integers(900, 3100))
    sep = draw(st.sampled_from(["/", ".", "-"]))
    pad = draw(st.booleans())
    d, m = (f"{day:02d}", f"{month:02d}") if pad else (str(day), str(month))
    return f"{d}{sep}{m}{sep}{year}" if kind == 4 else f"{year}{sep}{m}{sep}{d}"


_atoms = st.one_of(
    notations(),
    st.sampled_from(VOCABULARY),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(UNICODE_BITS),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.from_regex(r"[0-9]{1,40}([.,][0-9]{1,12})*", fullmatch=True),
    st.text(max_size=8),
)
_separators = st.sampled_from([" ", " ", " ", "", "-", ", ", ". ", "\n", "/", " to "])


@st.composite
def claim_texts(draw: st.DrawFn) -> str:
    """Claims: arbitrary unicode, or sequences of the parser's own vocabulary."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(max_size=300))
    atoms = draw(st.lists(st.tuples(_atoms, _separators), max_size=60))
    return "".join(atom + sep for atom, sep in atoms)


def _bundled_texts() -> tuple[str, str]:
    """The bundled store as TOML text and as JSON Lines text."""
    from factcli.store import bundled_store_path

    toml_files = sorted(bundled_store_path().glob("*.toml"))
    toml_text = toml_files[0].read_text(encoding="utf-8")
    raw = tomllib.loads(toml_text)
    header = {"format": raw.get("format", 1), "source": raw["source"]}
    if "aliases" in raw:
        header["aliases"] = raw["aliases"]
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(fact, ensure_ascii=False) for fact in raw.get("facts", [])]
    return toml_text, "\n".join(lines) + "\n"


def _toml_seeds(toml_text: str) -> list[str]:
    """The whole TOML store, and small stores of its header plus one to three facts."""
    head, _, body = toml_text.partition("\n[[facts]]")
    blocks = ["[[facts]]" + block for block in body.split("\n[[facts]]")]
    head = head.split("\n[[aliases]]")[0]  # keep small seeds small
    small = [head + "\n" + "\n".join(blocks[i : i + n]) for n in (1, 3) for i in (0, 7, 20)]
    return [toml_text, *small]


_FIELD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(),
    st.text(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@st.composite
def mutated_text(draw: st.DrawFn, seeds: list[str]) -> str:
    """A seed with a few line- and character-level mutations."""
    lines = draw(st.sampled_from(seeds)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            lines = [""]
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.integers(0, 9))
        if action == 0:
            del lines[where]
        elif action == 1:
            lines.insert(where, lines[draw(st.integers(0, len(lines) - 1))])
        elif action == 2:
            lines.insert(where, draw(claim_texts()))
        elif action == 3:  # change a value after '=' or ':'
            line = lines[where]
            cut = max(line.find("="), line.find(":"))
            if cut >= 0:
                value = draw(_FIELD_VALUES)
                rendered = json.dumps(value) if draw(st.booleans()) else str(value)
                lines[where] = line[: cut + 1] + " " + rendered
        elif action == 4:  # cut a line short
            line = lines[where]
            lines[where] = line[: draw(st.integers(0, max(len(line), 0)))]
        elif action == 5:  # a character swapped for a hostile one
            line = lines[where]
            at = draw(st.integers(0, len(line)))
            bit = draw(st.one_of(st.sampled_from(PUNCTUATION + UNICODE_BITS), st.characters()))
            lines[where] = line[:at] + bit + line[at + 1 :]
        elif action == 6:
            lines[where] = draw(st.sampled_from(['"', "[", "[[facts]]", "{", "}", "'''"]))
        elif action == 7:  # a value nested deep: [[[...]]] or {"a": {"a": ...}}
            line = lines[where]
            cut = max(line.find("="), line.find(":"))
            depth = draw(st.integers(50, 3000))
            opener, closer = draw(st.sampled_from([("[", "]"), ('{"a": ', "}"), ("{a = ", "}")]))
            lines[where] = line[: cut + 1] + " " + opener * depth + "1" + closer * depth
        elif action == 8:  # a number past floats, past Python's digit limit, or no number
            line = lines[where]
            cut = max(line.find("="), line.find(":"))
            digits = "9" * draw(st.integers(300, 6000))
            number = draw(st.sampled_from([digits, "-" + digits, "1e999", "inf", "-inf", "nan"]))
            lines[where] = line[: cut + 1] + " " + number + line[cut + 1 :].lstrip(" -0123456789")
        else:
            lines = lines[: where + 1]
    return "\n".join(lines)


# --- targets ----------------------------------------------------------------------------


class FuzzTarget:
    """Feeds one input to the code under test; raises on a crash."""

    name = ""

    def strategy(self) -> st.SearchStrategy[Any]:
        raise NotImplementedError

    def run(self, value: Any) -> None:
        raise NotImplementedError


class ParserTarget(FuzzTarget):
    """The text as every command meets it: parse_text and Checker.check (also with itself as
    context), `facts search`, a quiz answer graded and saved to a history, and the check
    result rendered on a colour terminal, where no control character of the text may land."""

    name = "parser"

    def __init__(self, workdir: Path) -> None:
        from factcli.checker import Checker
        from factcli.quiz.generate import QuestionBank
        from factcli.quiz.history import History
        from factcli.store import load_store

        self.store = load_store()
        self.checker = Checker(self.store)
        self.bank = QuestionBank(self.store)
        self.questions = self.bank.build(6, "mixed", None, 1, []).questions
        self.history = History.open(workdir / "history.sqlite3", self._no_warning)
        self.history.start_session(1, "quiz", None, _now())

    @staticmethod
    def _no_warning(message: str) -> None:
        raise AssertionError(f"history warned: {message}")

    def strategy(self) -> st.SearchStrategy[str]:
        return claim_texts()

    def run(self, value: str) -> None:
        import io

        from factcli.cli import render
        from factcli.cli.quiz_session import Answered
        from factcli.cli.terminal import Terminal, make_console
        from factcli.inputs import scrub
        from factcli.parse import parse_text
        from factcli.search import search_facts

        parse_text(value, self.checker.entities)
        result = self.checker.check(value)
        assert result.verdict.value in ("supported", "refuted", "not_enough_info")
        self.checker.check(value, context=value)
        search_facts(self.store, value, limit=3)
        question = self.questions[len(value) % len(self.questions)]
        given = scrub(value)  # what the CLI hands over from argv, stdin or a terminal
        grade = self.bank.grader.grade(question, given)
        self.history.record(Answered(question, grade, _now(), 0.1).record())
        tty = Terminal(stdin_isatty=True, stdout_isatty=True, stderr_isatty=True, color=True)
        buffer = io.StringIO()
        saved = sys.stdout
        sys.stdout = buffer
        try:
            render.check_result(result, make_console(tty), tty, top=1)
        finally:
            sys.stdout = saved
        shown = _SGR.sub("", buffer.getvalue())
        leaked = [c for c in ("\x1b", "\x07", "\x9b", "\u202e") if c in shown]
        assert not leaked, f"control characters reached the terminal: {leaked}"


class StoreTarget(FuzzTarget):
    """The store loader on mutated TOML and JSON Lines: a Store or a StoreError, nothing else."""

    name = "store"

    def __init__(self, workdir: Path) -> None:
        toml_text, jsonl_text = _bundled_texts()
        self.toml_seeds = _toml_seeds(toml_text)
        self.jsonl_seeds = [jsonl_text, "\n".join(jsonl_text.split("\n")[:4]) + "\n"]
        self.workdir = workdir

    def strategy(self) -> st.SearchStrategy[tuple[str, str]]:
        return st.one_of(
            st.tuples(st.just(".toml"), mutated_text(self.toml_seeds)),
            st.tuples(st.just(".jsonl"), mutated_text(self.jsonl_seeds)),
        )

    def run(self, value: tuple[str, str]) -> None:
        from factcli.cli.terminal import printable
        from factcli.errors import StoreError
        from factcli.store import load_store, read_store_problems

        suffix, text = value
        path = self.workdir / f"fuzzed{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        problems = read_store_problems([path])
        message = None
        try:
            load_store([path])
        except StoreError as error:
            message = str(error)
        if message is None:
            assert not problems, "load_store passed where validate found problems"
            return
        assert problems, "load_store failed where validate found nothing"
        assert str(path) in message, "the message does not name the file"
        shown = printable(message, one_line=True)  # as the CLI prints it
        assert "\n" not in shown, "the message is not one line"
        assert "\x1b" not in shown, "the message carries an escape sequence"


def _now() -> Any:
    from factcli.quiz.history import utc_now

    return utc_now()


# --- the loop ---------------------------------------------------------------------------


@dataclass
class Finding:
    """One crashing or slow input."""

    target: str
    value: Any
    kind: str  # "crash" or "slow"
    detail: str

    def signature(self) -> str:
        return f"{self.target}:{self.kind}:{self.detail.splitlines()[-1][:120]}"


@dataclass
class Report:
    """What a run tried and found."""

    tried: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    slowest: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.tried.values())


def _crash_site(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "factcli" in f.filename] or frames
    last = ours[-1] if ours else None
    where = f"{Path(last.filename).name}:{last.lineno} in {last.name}" if last else "?"
    return f"{type(error).__name__} at {where}: {str(error)[:200]}"


def fuzz_target(
    target: FuzzTarget,
    seconds: float,
    report: Report,
    emit: Callable[[str], None],
) -> None:
    """Feed generated inputs to `target` until `seconds` have passed."""
    deadline = time.monotonic() + seconds
    seen: set[str] = set()
    report.tried.setdefault(target.name, 0)
    report.slowest.setdefault(target.name, 0.0)

    @settings(
        max_examples=BATCH,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        derandomize=False,
    )
    @given(target.strategy())
    def one(value: Any) -> None:
        if time.monotonic() > deadline:
            return
        report.tried[target.name] += 1
        started = time.perf_counter()
        finding = None
        try:
            target.run(value)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as error:  # every escape is a finding
            finding = Finding(target.name, value, "crash", _crash_site(error))
        elapsed = time.perf_counter() - started
        report.slowest[target.name] = max(report.slowest[target.name], elapsed)
        if finding is None and elapsed > SLOW_SECONDS[target.name]:
            finding = Finding(target.name, value, "slow", f"took {elapsed:.1f} s")
        if finding is not None and finding.signature() not in seen:
            seen.add(finding.signature())
            report.findings.append(finding)
            emit(f"FINDING {finding.signature()}\n  input: {finding.value!r}"[:20000])

    while time.monotonic() < deadline:
        one()


def _targets(names: Iterator[str] | list[str], workdir: Path) -> list[FuzzTarget]:
    made: list[FuzzTarget] = []
    for name in names:
        made.append(ParserTarget(workdir) if name == "parser" else StoreTarget(workdir))
    return made


def run(seconds: float, target: str = "all", emit: Callable[[str], None] = print) -> Report:
    """Fuzz `target` ("parser", "store" or "all", which splits the time) for `seconds`."""
    names = list(TARGETS) if target == "all" else [target]
    report = Report()
    with tempfile.TemporaryDirectory(prefix="factcli-fuzz-") as tmp:
        os.environ["FACTCLI_CACHE"] = str(Path(tmp) / "cache")  # never the user's cache
        share = seconds / len(names)
        for fuzz in _targets(names, Path(tmp)):
            before = report.total
            fuzz_target(fuzz, share, report, emit)
            emit(
                f"{fuzz.name}: {report.tried[fuzz.name]} inputs in {share:.0f} s "
                f"(slowest {report.slowest[fuzz.name]:.2f} s), "
                f"{sum(f.target == fuzz.name for f in report.findings)} findings"
                + ("" if report.total > before else " (nothing ran)")
            )
    emit(f"total: {report.total} inputs, {len(report.findings)} findings")
    return report
