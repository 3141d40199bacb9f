"""The `quiz`, `stats` and `export anki` commands, registered on the main app.

Only typer is imported here: the quiz modules (and SQLite, fsrs and Rich with them) load
inside the commands, so that `factcli check` starts as fast as before.
"""

# No `from __future__ import annotations` here: typer reads these signatures, and string
# annotations would make it evaluate every one of them on every run (~6 ms, measured).

import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcli.cli.app import (
    AppState,
    app,
    at_least,
    command_group,
    examples,
    exit_statuses,
    fail,
    load_store_of,
    note,
    percentage,
    state_of,
    warn_user,
)
from factcli.errors import ExitStatus

if TYPE_CHECKING:
    from factcli.cli.quiz_session import Answered, Outcome
    from factcli.model import Store
    from factcli.quiz.generate import QuestionBank
    from factcli.quiz.history import History
    from factcli.quiz.questions import Quiz

QUIZ_HELP = (
    "Type q, quit or :q at a prompt to end the quiz with its summary (exit status 0); the "
    "answers given so far are kept.\n\n"
    + exit_statuses("0 done (or passed, or quit)", "1 below --pass-mark")
)

export_app = command_group(
    "Export the store for other tools.", examples("factcli export anki xi-russia.txt")
)
app.add_typer(export_app, name="export")


SEED_MIN, SEED_MAX = -(2**63), 2**63 - 1  # what the history stores (SQLite's INTEGER)


def _seed(value: int | None) -> int | None:
    """A callback that accepts signed 64-bit seeds (click's ranges print "<=x<=")."""
    if value is not None and not SEED_MIN <= value <= SEED_MAX:
        raise typer.BadParameter(f"{value} is not a signed 64-bit integer.")
    return value


class QuizKind(str, Enum):
    """Which questions to ask."""

    mc = "mc"
    tf = "tf"
    short = "short"
    mixed = "mixed"


class QuizFormat(str, Enum):
    """Output formats of `quiz`."""

    text = "text"
    json = "json"
    jsonl = "jsonl"


class StatsFormat(str, Enum):
    """Output formats of `stats`."""

    text = "text"
    json = "json"


@app.command(
    epilog=examples(
        "factcli quiz --count 5 --topic trade",
        "factcli quiz --seed 7 --count 3 --answers answers.txt --format jsonl",
        before=QUIZ_HELP,
    )
)
def quiz(
    ctx: typer.Context,
    count: Annotated[
        int,
        typer.Option(
            "--count",
            "-n",
            metavar="N",
            callback=at_least(1),
            help="Questions to ask (one per fact; fewer if the store has fewer).",
        ),
    ] = 10,
    kind: Annotated[QuizKind, typer.Option("--kind", help="Question kind.")] = QuizKind.mixed,
    topic: Annotated[
        str | None,
        typer.Option("--topic", "-t", metavar="TOPIC", help="Only facts with this topic tag."),
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            metavar="N",
            callback=_seed,
            help="The same seed gives the same quiz (a signed 64-bit integer).",
        ),
    ] = None,
    output: Annotated[
        QuizFormat,
        typer.Option(
            "--format",
            "-f",
            help="json prints the quiz with its answer key and exits; jsonl grades --answers "
            "with one object per question; text plays or summarises.",
        ),
    ] = QuizFormat.text,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            metavar="FILE",
            help="Grade one answer per line from FILE ('-' for stdin), without prompts. "
            "Implied when stdin is not a terminal.",
            show_default=False,
        ),
    ] = None,
    pass_mark: Annotated[
        float | None,
        typer.Option(
            "--pass-mark",
            metavar="PERCENT",
            callback=percentage,
            help="Exit 1 below this score, 0 to 100, over the whole quiz (unanswered "
            "questions count as wrong).",
        ),
    ] = None,
    review: Annotated[
        bool,
        typer.Option(
            "--review",
            help="Ask the facts due for review first (FSRS); says how many are due.",
        ),
    ] = False,
    cram: Annotated[
        bool,
        typer.Option(
            "--cram",
            help="Practise without changing the review schedule (not with --review).",
        ),
    ] = False,
    no_save: Annotated[bool, typer.Option("--no-save", help="Do not store the answers.")] = False,
) -> None:
    """Quiz yourself on the store's facts, with feedback from the source."""
    from factcli.quiz.generate import QuestionBank
    from factcli.store import store_files

    if review and cram:
        fail(
            "--review and --cram do not go together: --review asks the facts due and "
            "schedules them again, --cram leaves the schedule alone",
            ExitStatus.USAGE,
        )
    state = state_of(ctx)
    store = load_store_of(ctx)
    if topic is not None and topic not in store.topics:
        fail(f"no facts with topic '{topic}' (topics: {', '.join(store.topics)})", ExitStatus.USAGE)
    history = None if no_save and not review else _open_history()
    try:
        first = _due(history, store) if review and history is not None else []
        bank = QuestionBank.for_store(store, store_files(state.store_paths or None))
        the_quiz = bank.build(count, kind.value, topic, seed, first)
        if not the_quiz.questions:
            fail(f"no {kind.value} questions for this store and topic", ExitStatus.USAGE)
        if len(the_quiz.questions) < count:
            note(
                f"--count {count}: this store has {len(the_quiz.questions)} {kind.value} "
                f"questions{' on ' + topic if topic else ''}; asking all of them"
            )
        due = frozenset(first) & {q.fact_id for q in the_quiz.questions}
        if review:
            note(_review_note(len(due), len(the_quiz.questions)))
        if output is QuizFormat.json:
            from factcli.cli.render import write_json

            write_json(the_quiz.to_dict())
            return
        scripted = answers is not None or not state.terminal.stdin_isatty
        if output is QuizFormat.jsonl and not scripted:
            fail("--format jsonl grades --answers; give --answers FILE|-", ExitStatus.USAGE)
        outcome = _run(
            the_quiz,
            store,
            bank,
            history if not no_save else None,
            cram,
            answers,
            state,
            due if review else None,
        )
    finally:
        if history is not None:
            history.close()
    _report(outcome, store, output, state, pass_mark)


def _review_note(due: int, total: int) -> str:
    """Which questions of a review are due, and which only fill the set."""
    if not due:
        return f"nothing is due for review yet: all {total} questions are extra practice"
    if due == total:
        return f"all {total} questions are due for review"
    return f"{due} of {total} questions are due for review; the other {total - due} fill the set"


def _open_history(write: bool = True) -> "History":
    from factcli.quiz.history import History

    return History.open(warn=warn_user, write=write)


def _due(history: "History", store: "Store") -> list[str]:
    from factcli.quiz.history import utc_now
    from factcli.quiz.schedule import due_facts

    return due_facts(history.cards(), utc_now(), store.by_id)


def _run(
    the_quiz: "Quiz",
    store: "Store",
    bank: "QuestionBank",
    history: "History | None",
    cram: bool,
    answers: str | None,
    state: AppState,
    due: frozenset[str] | None,
) -> "Outcome":
    """Play or script the quiz, saving each answer as it comes."""
    from factcli.cli.quiz_session import Session
    from factcli.cli.terminal import make_console
    from factcli.quiz.history import utc_now
    from factcli.quiz.schedule import Memory, Schedule

    session = Session(the_quiz, store, bank.grade, due=due)
    if history is not None and history.saving:
        memory = Memory(history, None if cram else Schedule())
        history.start_session(the_quiz.seed, "cram" if cram else "quiz", None, utc_now())

        def remember(answered: "Answered") -> None:
            memory.remember(answered.record())

        session.on_answer = remember
    if answers is not None or not state.terminal.stdin_isatty:
        outcome = session.script(_answer_lines(answers))
    else:
        outcome = session.play(make_console(state.terminal, stderr=True), _read_line)
    if history is not None and (outcome.finished or outcome.quit):
        history.finish_session(utc_now())
    return outcome


def _answer_lines(answers: str | None) -> Iterator[str]:
    """One answer per line, read as they come (each is graded and saved before the next is
    read); invalid UTF-8 is replaced with U+FFFD after one warning."""
    from factcli.errors import InputError
    from factcli.inputs import decode_lines

    if answers is None or answers == "-":
        yield from decode_lines(sys.stdin.buffer, warn_user)
        return
    try:
        stream = Path(answers).open("rb")  # noqa: SIM115 (closed by the with below)
    except OSError as error:
        raise InputError(f"cannot read answers from {answers}: {error.strerror or error}") from None
    with stream:
        yield from decode_lines(stream, warn_user, answers)


def _read_line() -> str | None:
    from factcli.inputs import scrub

    try:
        return scrub(input())
    except EOFError:
        return None


def _report(
    outcome: "Outcome", store: "Store", output: QuizFormat, state: AppState, pass_mark: float | None
) -> None:
    """Print the results on stdout and exit with the quiz's status."""
    if output is QuizFormat.jsonl:
        from factcli.cli.render import write_json_line

        for result in outcome.results():
            write_json_line(result)
    else:
        from factcli.cli.quiz_session import summary
        from factcli.cli.terminal import show

        show(state.terminal, summary(outcome, store, state.terminal.stdout_isatty))
    if outcome.interrupted:
        fail("interrupted", ExitStatus.INTERRUPTED)
    if pass_mark is not None and outcome.overall_percent < pass_mark:
        raise typer.Exit(ExitStatus.FAILURE)


@app.command(
    epilog=examples(
        "factcli stats",
        "factcli stats --format json | jq .accuracy",
        before=exit_statuses("0 shown"),
    )
)
def stats(
    ctx: typer.Context,
    output: Annotated[
        StatsFormat, typer.Option("--format", "-f", help="Output format.")
    ] = StatsFormat.text,
) -> None:
    """Show your quiz history and the reviews due.

    Sessions, accuracy over time, the weakest facts, and how many facts are due for review.
    """
    from factcli.cli.render import quiz_stats
    from factcli.quiz.history import utc_now
    from factcli.quiz.stats import compute

    store = load_store_of(ctx)
    with _open_history(write=False) as history:
        result = compute(history, utc_now(), store.by_id)
    if output is StatsFormat.json:
        from factcli.cli.render import write_json

        write_json(result.to_dict())
    else:
        from factcli.cli.terminal import show

        terminal = state_of(ctx).terminal
        show(terminal, quiz_stats(result, terminal.stdout_isatty))


@export_app.command(
    "anki",
    epilog=examples(
        "factcli export anki xi-russia.txt",
        "factcli export anki - > deck.txt",
        before=exit_statuses("0 written"),
    ),
)
def export_anki(
    ctx: typer.Context,
    file: Annotated[
        str, typer.Argument(metavar="FILE", help="The .txt file to write; '-' for stdout.")
    ],
) -> None:
    """Write the store as an Anki deck to import.

    A tab-separated text file that Anki imports with File > Import.
    """
    from factcli.atomic import replace_with
    from factcli.cli.terminal import printable
    from factcli.errors import InputError
    from factcli.quiz import anki

    def clean(text: str) -> str:  # no control characters from the store reach the deck
        return printable(text, one_line=True)

    store = load_store_of(ctx)
    if file == "-":
        written = anki.write(store, sys.stdout, clean)
        print(f"wrote {written} notes to stdout", file=sys.stderr)
        return
    if Path(file).is_dir():
        raise InputError(f"cannot write {file}: it is a directory")
    try:
        with replace_with(Path(file), private=False) as out:  # the old deck stays whole
            written = anki.write(store, out, clean)
    except OSError as error:
        raise InputError(f"cannot write {file}: {error.strerror or error}") from None
    print(f"wrote {written} notes to {file}", file=sys.stderr)
