"""The documentation against the program: the CLI reference, help texts and examples, the
version, the README's two commands, every console example of the README and docs/, and the
JSON field tables of docs/pipelines.md."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from factcli import __version__
from factcli.__main__ import main
from factcli.cli.main import app

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PIPELINES = ROOT / "docs" / "pipelines.md"
DOCUMENTS = [README, *sorted((ROOT / "docs").glob("*.md"))]


def _generator() -> ModuleType:
    """docs/generate_cli_reference.py, imported by path (docs/ is not a package)."""
    path = ROOT / "docs" / "generate_cli_reference.py"
    spec = importlib.util.spec_from_file_location("generate_cli_reference", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()
COMMANDS: list[tuple[tuple[str, ...], Any]] = list(GENERATOR.commands())


def _name(path: tuple[str, ...]) -> str:
    return " ".join(("factcli", *path))


# --- The CLI reference ---------------------------------------------------------------------


def test_cli_reference_is_up_to_date() -> None:
    expected = GENERATOR.reference()
    current = GENERATOR.REFERENCE.read_text(encoding="utf-8")
    assert current == expected, "docs/cli.md is out of date: python docs/generate_cli_reference.py"


def test_cli_reference_covers_every_command() -> None:
    names = {_name(path) for path, _ in COMMANDS}
    assert {"factcli check", "factcli scan", "factcli quiz", "factcli stats"} <= names
    assert {"factcli facts list", "factcli facts validate", "factcli export anki"} <= names
    text = GENERATOR.REFERENCE.read_text(encoding="utf-8")
    for name in names:
        assert f"## `{name}`" in text


# --- Help texts and examples ---------------------------------------------------------------


@pytest.mark.parametrize("command", [c for _, c in COMMANDS], ids=[_name(p) for p, _ in COMMANDS])
def test_every_command_and_option_has_help(command: Any) -> None:
    missing = []
    if not (command.help or "").strip():
        missing.append("the command itself")
    for param in command.params:
        if not (getattr(param, "help", None) or "").strip():
            missing.append(param.opts[0] if param.opts else param.name)
    assert not missing, f"no help text for: {', '.join(missing)}"


def trailing_examples(help_text: str) -> list[str]:
    """The example lines that end a help text: everything after its last "Examples:" line.

    Empty when the help does not end with an Examples section.
    """
    lines = [line.strip() for line in help_text.splitlines()]
    if "Examples:" not in lines:
        return []
    last = len(lines) - 1 - lines[::-1].index("Examples:")
    return [line for line in lines[last + 1 :] if line]


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=[_name(p) for p, _ in COMMANDS])
def test_every_help_ends_with_one_or_two_examples(path: tuple[str, ...]) -> None:
    """What `--help` prints last is an "Examples:" section of one or two `factcli` lines."""
    name = _name(path)
    examples = trailing_examples(GENERATOR.help_text(path))
    assert examples, f"'{name} --help' has no Examples: section"
    others = [line for line in examples if not line.startswith("factcli ")]
    assert not others, (
        f"'{name} --help' does not end with its examples: after the last Examples: line come "
        f"{others} (examples must be the last thing printed, e.g. in the epilog)"
    )
    assert len(examples) <= 2, f"'{name} --help' ends with {len(examples)} examples: {examples}"


def test_trailing_examples_reads_only_the_last_section() -> None:
    text = "Usage: x\n\n  Examples:\n\n    factcli a\n\nOptions:\n  --b  B.\n"
    assert trailing_examples(text) == ["factcli a", "Options:", "--b  B."]
    assert trailing_examples("Examples:\n\n  factcli a\n\n  factcli b\n") == [
        "factcli a",
        "factcli b",
    ]
    assert trailing_examples("Usage: x\n") == []


# --- One version everywhere ----------------------------------------------------------------


def test_version_agrees_with_pyproject_and_changelog(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    printed = capsys.readouterr().out.strip()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    version = pyproject["project"]["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d[^\]]*)\]", changelog, flags=re.MULTILINE)
    assert releases, "CHANGELOG.md has no release entry"
    assert printed == f"factcli {version}"
    assert __version__ == version
    assert releases[0] == version, "the top release of CHANGELOG.md is not pyproject's version"


def _sh_blocks(text: str) -> list[str]:
    return re.findall(r"^```sh\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)


def test_readme_first_commands_need_only_python3() -> None:
    """Install and test commands that work where pip is missing or refuses the system Python."""
    install, test = (block.strip() for block in _sh_blocks(README.read_text(encoding="utf-8"))[:2])
    assert install.startswith("python3 -m venv .venv && .venv/bin/pip install . && ")
    assert install.endswith('.venv/bin/factcli check "Xi Jinping visited Moscow from May 8 to 10"')
    assert test == 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/pytest'


def test_ci_runs_the_readme_test_command_and_what_the_readme_says() -> None:
    readme = README.read_text(encoding="utf-8")
    test = _sh_blocks(readme)[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.split(" || ")[0] for line in ci.splitlines() if line.startswith(("python", "."))
    ]
    assert commands[0] == test, ".ci/run does not run the README's test command"
    for tool in ("ruff check .", "ruff format --check .", "mypy"):
        assert f".venv/bin/{tool}" in commands, f".ci/run does not run {tool}"
        assert f"`{tool}`" in readme, f"the README does not say that CI runs {tool}"


# --- Links between the pages ------------------------------------------------------------


def _prose(page: Path) -> str:
    """A page without its fenced code blocks."""
    return re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.M | re.S)


def _anchors(page: Path) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, "-" for spaces."""
    headings = re.findall(r"^#+ (.*)$", _prose(page), flags=re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize(
    "document", DOCUMENTS, ids=[p.relative_to(ROOT).as_posix() for p in DOCUMENTS]
)
def test_links_lead_to_pages_and_headings_that_exist(document: Path) -> None:
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", _prose(document)):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, fragment = target.partition("#")
        page = (document.parent / path).resolve() if path else document
        if not page.exists() or (fragment and fragment not in _anchors(page)):
            broken.append(target)
    assert not broken, f"{document.name} links to what does not exist: {broken}"


# --- Every console example of the README and docs/ ------------------------------------------

# In an example's output, this stands for text that varies from run to run (a time).
ANY = "…"


@dataclass(frozen=True, slots=True)
class Example:
    """One `$ command` of a console block, the output shown under it, and where it is."""

    command: str
    output: str
    line: int


def console_examples(text: str) -> list[Example]:
    """The commands of every ```console block, in order, with the output shown for each.

    A command starts with "$ "; a here-document (<<'EOF' ... EOF) belongs to its command.
    """
    examples: list[Example] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        if lines[index].strip() != "```console":
            index += 1
            continue
        index += 1
        while index < len(lines) and lines[index].strip() != "```":
            start = index
            command = [lines[index].removeprefix("$ ")]
            assert lines[index].startswith("$ "), f"line {index + 1}: output before any command"
            heredoc = re.search(r"<<-?'?(\w+)'?", command[0])
            index += 1
            if heredoc:
                while lines[index] != heredoc.group(1):
                    command.append(lines[index])
                    index += 1
                command.append(lines[index])
                index += 1
            output = []
            while index < len(lines) and not lines[index].startswith("$ "):
                if lines[index].strip() == "```":
                    break
                output.append(lines[index])
                index += 1
            examples.append(Example("\n".join(command), "\n".join(output), start + 1))
        index += 1
    return examples


def _matches_shown(shown: str, printed: str) -> bool:
    """Whether printed output is what the example shows, trailing spaces and ANY aside."""
    shown_lines = [line.rstrip() for line in shown.rstrip("\n").splitlines()]
    printed_lines = [line.rstrip() for line in printed.rstrip("\n").splitlines()]
    if len(shown_lines) != len(printed_lines):
        return False
    for want, got in zip(shown_lines, printed_lines, strict=True):
        pattern = ".*".join(re.escape(part) for part in want.split(ANY))
        if not re.fullmatch(pattern, got):
            return False
    return True


EXAMPLES = [p for p in DOCUMENTS if console_examples(p.read_text(encoding="utf-8"))]


def test_the_readme_and_pipelines_have_examples() -> None:
    assert {README, PIPELINES} <= set(EXAMPLES)


def test_console_examples_are_read_with_their_outputs() -> None:
    text = (
        "```console\n$ cat > a.txt <<'EOF'\n$ not a command\nEOF\n$ echo hi\nhi\n"
        "$ false\n```\n\n```console\n$ echo $?\n1\n```\n"
    )
    assert console_examples(text) == [
        Example("cat > a.txt <<'EOF'\n$ not a command\nEOF", "", 2),
        Example("echo hi", "hi", 5),
        Example("false", "", 7),
        Example("echo $?", "1", 11),
    ]
    assert _matches_shown(" Time   …\nx", " Time   12s  \nx\n")
    assert not _matches_shown("a\nb", "a\n")
    assert not _matches_shown("Time …s", "Time 3m")


@pytest.mark.parametrize(
    "document", DOCUMENTS, ids=[p.relative_to(ROOT).as_posix() for p in DOCUMENTS]
)
def test_console_examples_print_what_they_show(document: Path, tmp_path: Path) -> None:
    """Each document's examples run in order in one empty directory, with a new quiz history,
    through the installed factcli with its output to a pipe: the plain form."""
    examples = console_examples(document.read_text(encoding="utf-8"))
    if any(re.search(r"\bjq\b", e.command) for e in examples) and shutil.which("jq") is None:
        pytest.skip(f"{document.name}'s examples pipe into jq, which is not installed here")
    env = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "FACTCLI_HOME": str(tmp_path / "home"),
    }
    for name in ("FACTCLI_STORE", "NO_COLOR", "COLUMNS"):
        env.pop(name, None)
    status = 0
    wrong = []
    for example in examples:
        result = subprocess.run(
            ["bash", "-c", f"(exit {status}); {example.command}"],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
        )
        status = result.returncode
        if not _matches_shown(example.output, result.stdout):
            wrong.append(
                f"{document.name}:{example.line}: $ {example.command}\n"
                f"--- shown\n{example.output}\n--- printed\n{result.stdout}"
            )
    assert not wrong, "\n\n".join(wrong)


# --- The JSON field tables of docs/pipelines.md -------------------------------------------

TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "list of strings": (list,),
    "list of objects": (list,),
    "null": (type(None),),
}


def documented_fields(table: str) -> dict[str, list[str]]:
    """The rows of the table under `<!-- fields: TABLE -->` of docs/pipelines.md: field path ->
    types."""
    text = PIPELINES.read_text(encoding="utf-8")
    marker = f"<!-- fields: {table} -->"
    assert marker in text, f"docs/pipelines.md has no field table {marker}"
    rows: dict[str, list[str]] = {}
    for line in text.split(marker, 1)[1].lstrip("\n").splitlines():
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        name = cells[0].strip("`")
        if name in ("field", "") or set(name) <= set("-: "):
            continue
        types = [t.strip().strip("`") for t in cells[1].split(" or ")]
        unknown = [t for t in types if t not in TYPES]
        assert not unknown, f"{table}: field {name} has unknown types {unknown}"
        rows[name] = types
    assert rows, f"docs/pipelines.md's {table} table is empty"
    return rows


def emitted_fields(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every field path of a JSON value and its value: `a.b` in objects, `a[].b` in lists."""
    for key, item in value.items():
        path = prefix + key
        yield path, item
        if isinstance(item, dict):
            yield from emitted_fields(item, path + ".")
        elif isinstance(item, list):
            for element in item:
                if isinstance(element, dict):
                    yield from emitted_fields(element, path + "[].")


def _matches(value: Any, types: list[str]) -> bool:
    for name in types:
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if name == "list of strings" and isinstance(value, list):
            return all(isinstance(v, str) for v in value)
        if name == "list of objects" and isinstance(value, list):
            return all(isinstance(v, dict) for v in value)
        if isinstance(value, TYPES[name]):
            return True
    return False


def assert_documented(table: str, records: list[dict[str, Any]]) -> None:
    documented = documented_fields(table)
    seen: dict[str, list[Any]] = {}
    for record in records:
        for path, value in emitted_fields(record):
            seen.setdefault(path, []).append(value)
    assert sorted(seen) == sorted(documented), (
        f"{table}: undocumented {sorted(set(seen) - set(documented))}, "
        f"documented but not emitted {sorted(set(documented) - set(seen))}"
    )
    for path, values in seen.items():
        wrong = [v for v in values if not _matches(v, documented[path])]
        assert not wrong, f"{table}: {path} is documented as {documented[path]}, got {wrong[:3]}"


CLAIMS = (
    "Xi Jinping visited Moscow from May 8 to 10\n"
    "Russia will deliver 48 bcm of gas to China each year\n"
    "Xi Jinping will visit Washington in June\n"
)
DRAFT = (
    "Xi Jinping is on a three-day visit to Russia.\n"
    "Trade between the two countries reached $95 billion in 2014.\n"
    "Russia ranks only fifth among China's trade partners.\n"
    "Brazil's trade with China grew by 20 percent last year.\n"
)
ANSWERS = "b\ntrue\n38 bcm\n"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private FACTCLI_HOME, so that no test touches the user's history."""
    monkeypatch.setenv("FACTCLI_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _run(args: list[str], stdin: str = "") -> str:
    result = CliRunner().invoke(app, args, input=stdin)
    assert result.exit_code in (0, 1, 3), result.output
    return result.stdout


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_pipelines_documents_check_jsonl(home: Path) -> None:
    records = _lines(_run(["check", "-", "--format", "jsonl"], CLAIMS))
    assert {r["verdict"] for r in records} == {"supported", "refuted", "not_enough_info"}
    assert_documented("check-jsonl", records)


def test_pipelines_documents_scan_jsonl(home: Path) -> None:
    records = _lines(_run(["scan", "-", "--format", "jsonl"], DRAFT))
    assert records
    assert_documented("scan-jsonl", records)


def test_pipelines_documents_quiz_json(home: Path) -> None:
    quiz = json.loads(_run(["quiz", "--seed", "7", "--count", "9", "--format", "json"]))
    assert {q["kind"] for q in quiz["questions"]} == {"mc", "tf", "short"}
    assert_documented("quiz-json", [quiz])


def test_pipelines_documents_quiz_answers_jsonl(home: Path) -> None:
    args = ["quiz", "--seed", "7", "--count", "3", "--answers", "-", "--format", "jsonl"]
    records = _lines(_run([*args, "--no-save"], ANSWERS))
    assert len(records) == 3
    assert_documented("quiz-answers-jsonl", records)


def test_pipelines_documents_stats_json(home: Path) -> None:
    _run(["quiz", "--seed", "7", "--count", "3", "--answers", "-"], ANSWERS)
    stats = json.loads(_run(["stats", "--format", "json"]))
    assert stats["answers"] == 3
    assert_documented("stats-json", [stats])


def test_pipelines_documents_facts_list_json(home: Path) -> None:
    facts = json.loads(_run(["facts", "list", "--format", "json"]))
    assert_documented("facts-list-json", facts)


def test_the_readme_quiz_transcript_shows_the_quiz_its_seed_gives(runner: CliRunner) -> None:
    """The terminal transcript is not run (it needs a terminal), so its first question and
    choices are compared with the same quiz printed as JSON."""
    transcript = re.search(r"```text\n(╭─ Question 1 of 3.*?)```", README.read_text(), re.S)
    assert transcript is not None
    result = runner.invoke(app, ["quiz", "--seed", "7", "--count", "3", "--format", "json"])
    first = json.loads(result.stdout)["questions"][0]
    boxed = [line.strip("│ ") for line in transcript.group(1).splitlines()]
    assert first["prompt"] in boxed
    letters = "ABCD"
    assert [f"{letters[i]}) {choice}" for i, choice in enumerate(first["choices"])] == [
        line for line in boxed if re.match(r"[A-D]\) ", line)
    ]
