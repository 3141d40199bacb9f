"""Play a quiz: interactively (panels, prompts and feedback on one console) or scripted
(one answer per line). Both grade with the same Grader, so a seed and a set of answers get
the same grades either way.

All input and output go through what the caller injects (a line reader, Rich consoles, a
clock, an answer callback), so sessions are testable without a terminal.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from factcli.cli.terminal import printable
from factcli.model import Store
from factcli.quiz.history import AnswerRecord, utc_now
from factcli.quiz.questions import LETTERS, Question, Quiz, chosen_letter

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from factcli.quiz.grade import Grade

QUIT_WORDS = frozenset({"q", "quit", ":q"})  # typed at a prompt, end the quiz with its summary


@dataclass(frozen=True, slots=True)
class Answered:
    """A question with the answer given, its grade, when and how fast."""

    question: Question
    grade: Grade
    when: datetime
    seconds: float

    def record(self) -> AnswerRecord:
        """The answer as the history stores it."""
        q = self.question
        return AnswerRecord(
            q.fact_id, q.id, q.kind, self.grade.given, q.answer, self.grade.correct,
            self.when, round(self.seconds, 3),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a session went: the answers given, and whether it ran to the end."""

    quiz: Quiz
    answered: tuple[Answered, ...]
    seconds: float
    interrupted: bool = False  # Ctrl-C
    finished: bool = True  # False when the quiz ended before the last question
    quit: bool = False  # the learner typed q, quit or :q

    @property
    def correct(self) -> int:
        return sum(a.grade.correct for a in self.answered)

    @property
    def unanswered(self) -> int:
        return len(self.quiz.questions) - len(self.answered)

    @property
    def percent(self) -> float:
        """The score over the questions answered: a quiz ended early is not failed for the
        questions it never asked."""
        asked = len(self.answered)
        return 100.0 * self.correct / asked if asked else 0.0

    @property
    def overall_percent(self) -> float:
        """The score over every question of the quiz, unanswered ones counted wrong: what
        --pass-mark holds a learner to."""
        total = len(self.quiz.questions)
        return 100.0 * self.correct / total if total else 0.0

    def results(self) -> Iterator[dict[str, object]]:
        """One JSON Lines object per question of the quiz: the --answers contract."""
        given = {a.question.id: a for a in self.answered}
        for question in self.quiz.questions:
            answer = given.get(question.id)
            yield {
                "id": question.id,
                "fact_id": question.fact_id,
                "given": answer.grade.given if answer else None,
                "expected": question.answer,
                "correct": bool(answer and answer.grade.correct),
            }


class Session:
    """Runs one quiz and reports each answer to `on_answer` as soon as it is graded."""

    def __init__(
        self,
        quiz: Quiz,
        store: Store,
        grade: Callable[[Question, str], Grade],  # QuestionBank.grade
        on_answer: Callable[[Answered], None] = lambda _: None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = utc_now,
        due: frozenset[str] | None = None,  # in review mode, the facts due for review
    ) -> None:
        self.quiz = quiz
        self.due = due
        self.store = store
        self.grade = grade
        self.on_answer = on_answer
        self.clock = clock
        self.now = now
        self._answered: list[Answered] = []

    def _grade(self, question: Question, given: str, started: float) -> Answered:
        answered = Answered(
            question, self.grade(question, given), self.now(), self.clock() - started
        )
        self._answered.append(answered)
        self.on_answer(answered)
        return answered

    def script(self, lines: Iterable[str]) -> Outcome:
        """Grade one answer per line, in question order; stop when the lines run out.
        Ctrl-C while waiting for a line ends the quiz with the answers graded so far."""
        start = self.clock()
        answers = iter(lines)
        try:
            for question in self.quiz.questions:
                line = next(answers, None)
                if line is None:
                    return self._outcome(start, finished=False)
                self._grade(question, line.rstrip("\r\n"), self.clock())
        except KeyboardInterrupt:
            return self._outcome(start, finished=False, interrupted=True)
        return self._outcome(start)

    def play(self, console: Console, read_line: Callable[[], str | None]) -> Outcome:
        """Ask each question on `console`, read answers with `read_line` (None at end of
        input) and give feedback at once. Ctrl-C and end of input end the quiz politely."""
        start = self.clock()
        total = len(self.quiz.questions)
        try:
            for number, question in enumerate(self.quiz.questions, start=1):
                console.print(_panel(question, number, total, self._review_label(question)))
                asked = self.clock()
                given = _ask(console, question, read_line)
                if given is None:
                    console.print()
                    return self._outcome(start, finished=False)
                if given.lower() in QUIT_WORDS:
                    return self._outcome(start, finished=False, quit=True)
                answered = self._grade(question, given, asked)
                console.print(_feedback(answered, self.store))
        except KeyboardInterrupt:
            console.print()
            return self._outcome(start, finished=False, interrupted=True)
        return self._outcome(start)

    def _review_label(self, question: Question) -> str:
        """In review mode, whether the question's fact is due or only fills the set."""
        if self.due is None:
            return ""
        return "due for review" if question.fact_id in self.due else "extra: not due"

    def _outcome(
        self, start: float, finished: bool = True, interrupted: bool = False, quit: bool = False
    ) -> Outcome:
        return Outcome(
            self.quiz, tuple(self._answered), self.clock() - start, interrupted, finished, quit
        )


def _prompt(question: Question) -> str:
    if question.kind == "mc":
        return "Your answer (letter or text; q to quit): "
    if question.kind == "tf":
        return "True or false? (t/f; q to quit): "
    return "Your answer (q to quit): "


def _ask(console: Console, question: Question, read_line: Callable[[], str | None]) -> str | None:
    """Read a non-empty answer; None at end of input. A letter that names no option is
    asked again, as an empty line is. Rich's own prompts would loop forever on end of
    input, so the reading is done here."""
    while True:
        console.print(_prompt(question), end="")
        line = read_line()
        if line is None:
            return None
        answer = line.strip()
        if not answer:
            continue
        letter = chosen_letter(answer) if question.kind == "mc" and question.choices else None
        if letter is not None and question.choices and letter >= len(question.choices):
            last = LETTERS[len(question.choices) - 1]
            console.print(f"{answer} is not an option: answer A to {last}, or with text.")
            continue
        return answer


def _panel(question: Question, number: int, total: int, review: str = "") -> RenderableType:
    from rich.panel import Panel
    from rich.text import Text

    label = {"mc": "multiple choice", "tf": "true or false", "short": "short answer"}
    body = Text(printable(question.prompt))
    for letter, choice in zip(LETTERS, question.choices or (), strict=False):
        body.append(f"\n  {letter}) ", style="bold")
        body.append(printable(choice))
    return Panel(
        body,
        title=f"Question {number} of {total}" + (f" ({review})" if review else ""),
        subtitle=label.get(question.kind, question.kind),
        title_align="left",
        subtitle_align="right",
    )


def _feedback(answered: Answered, store: Store) -> RenderableType:
    """Right or wrong, the correct answer, and the source's words with who says them."""
    from rich.text import Text

    question = answered.question
    fact = store.by_id[question.fact_id]
    text = Text()
    if answered.grade.correct and answered.grade.misspelt:
        text.append("Correct", style="bold green")
        text.append(" (spelt ")
        text.append(printable(_key(question)), style="bold")
        text.append(").")
    elif answered.grade.correct:
        text.append("Correct.", style="bold green")
    else:
        text.append("Wrong.", style="bold red")
        text.append(" The answer is ")
        text.append(printable(_key(question)), style="bold")
        text.append(".")
    if question.kind == "tf" and question.answer == "false":
        text.append("\nThe fact: ")
        text.append(printable(fact.statement))
    text.append("\n")
    text.append(f"\u201c{printable(fact.quote)}\u201d", style="italic")
    text.append(printable(f"\n  \u2014 {fact.attribution}; {fact.source.citation()}"), style="dim")
    text.append("\n")
    return text


def _key(question: Question) -> str:
    if question.kind == "mc" and question.choices:
        letter = LETTERS[question.choices.index(question.answer)]
        return f"{letter}) {question.answer}"
    return question.answer


def summary(outcome: Outcome, store: Store, boxed: bool = True) -> RenderableType:
    """The final table: score, time, results per topic, and the facts missed. Off a
    terminal (`boxed` False) the tables have no box art."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    frame = box.HEAVY_HEAD if boxed else None

    total = len(outcome.quiz.questions)
    status = "complete"
    if outcome.interrupted:
        status = "interrupted: partial results"
    elif outcome.quit:
        status = "quit: partial results"
    elif not outcome.finished:
        status = "input ended: partial results"
    score = Table(title="Quiz results", show_header=False, title_justify="left", box=frame)
    score.add_column(style="bold", no_wrap=True)
    score.add_column()
    score.add_row("Status", status)
    if outcome.finished:
        score.add_row("Score", f"{outcome.correct} of {total} ({outcome.percent:.0f}%)")
    else:
        asked = len(outcome.answered)
        score.add_row("Score", f"{outcome.correct} of {asked} answered ({outcome.percent:.0f}%)")
        score.add_row("Unanswered", f"{outcome.unanswered} of {total}")
    score.add_row("Time", _duration(outcome.seconds))
    topics: dict[str, list[bool]] = defaultdict(list)
    for answered in outcome.answered:
        topics[answered.question.topic or "-"].append(answered.grade.correct)
    per_topic = Table(title="By topic", title_justify="left", box=frame)
    per_topic.add_column("topic")
    per_topic.add_column("right", justify="right")
    per_topic.add_column("asked", justify="right")
    for topic, results in sorted(topics.items()):
        per_topic.add_row(Text(printable(topic)), str(sum(results)), str(len(results)))
    parts: list[RenderableType] = [score, per_topic]
    missed = [a for a in outcome.answered if not a.grade.correct]
    if missed:
        table = Table(title="Missed facts", title_justify="left", box=frame)
        table.add_column("fact")
        table.add_column("statement")
        for answered in missed:
            fact = store.by_id[answered.question.fact_id]
            table.add_row(Text(printable(fact.id)), Text(printable(fact.statement)))
        parts.append(table)
    return Group(*parts)


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m {rest:02d}s" if minutes else f"{rest}s"
