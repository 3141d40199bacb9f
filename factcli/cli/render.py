"""Render library results for people (Rich, on a terminal or plain) and for scripts (JSON, CSV).

User and store text is always a rich.text.Text: never read as markup.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from factcli.cli.serialize import date_dict, fact_dict
from factcli.cli.terminal import Terminal, make_console, printable
from factcli.model import Fact

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

    from factcli.checker import CheckResult
    from factcli.quiz.stats import Stats
    from factcli.scan import ScanReport
    from factcli.search import SearchHit


def write_json(data: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_json_line(data: Any) -> None:
    """One JSON Lines record, flushed so that a pipeline sees it at once."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def fact_list(facts: Sequence[Fact], output: str, terminal: Terminal) -> None:
    """`facts list` in the chosen format."""
    if output == "json":
        write_json([fact_dict(fact) for fact in facts])
    elif output == "jsonl":
        for fact in facts:
            write_json_line(fact_dict(fact))
    elif output == "csv":
        _write_csv(facts)
    else:
        _fact_table(facts, terminal)


def _write_csv(facts: Iterable[Fact]) -> None:
    import csv  # only `facts list --format csv` needs it

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["id", "statement", "quote", "attribution", "modality", "topics", "source"])
    for fact in facts:
        fields = [
            fact.id,
            fact.statement,
            fact.quote,
            str(fact.attribution),
            fact.modality.value,
            ";".join(fact.topics),
            fact.source.title,
        ]  # control characters escaped; line breaks stay, quoted as CSV allows
        writer.writerow([printable(field) for field in fields])


def _fact_table(facts: Sequence[Fact], terminal: Terminal) -> None:
    """A table on a terminal; off one, aligned plain lines with no trailing spaces."""
    if not terminal.stdout_isatty:
        rows = [("id", "modality", "statement")]
        rows += [(printable(f.id), f.modality.value, printable(f.statement)) for f in facts]
        widths = [max(len(row[column]) for row in rows) for column in (0, 1)]
        for ident, modality, statement in rows:
            sys.stdout.write(f"{ident:<{widths[0]}}  {modality:<{widths[1]}}  {statement}\n")
        return
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = make_console(terminal)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("modality", no_wrap=True)
    table.add_column("statement")
    for fact in facts:
        table.add_row(
            Text(printable(fact.id)), Text(fact.modality.value), Text(printable(fact.statement))
        )
    console.print(table)
    console.print(Text(f"{len(facts)} facts", style="dim"))


def fact_detail(fact: Fact, output: str, terminal: Terminal) -> None:
    """`facts show`: one fact with its slots and source."""
    if output == "json":
        write_json(fact_dict(fact))
        return
    from rich.text import Text

    console = make_console(terminal)
    rows: list[tuple[str, str]] = [
        ("id", fact.id),
        ("statement", fact.statement),
        ("quote", f"\u201c{fact.quote}\u201d"),
        ("attribution", str(fact.attribution)),
        ("modality", fact.modality.value),
        ("topics", ", ".join(fact.topics)),
        ("keys", ", ".join(fact.keys)),
    ]
    rows += [(f"entity {e.role}", e.name) for e in fact.entities]
    rows += [
        (f"quantity {q.slot}", _quantity_text(q.quantity.text, q.quantity.unit))
        for q in fact.quantities
    ]
    rows += [(f"date {d.slot}", _date_text(date_dict(d.date))) for d in fact.dates]
    rows += [(f"rank {r.slot}", f"{r.rank.value} ({r.rank.kind})") for r in fact.ranks]
    rows.append(("source", fact.source.citation()))
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        line = Text(printable(f"{label:<{width}}  "), style="bold")
        line.append(printable(value))
        console.print(line)


def _quantity_text(text: str, unit: str) -> str:
    return f"{text} [{unit}]" if unit else text


def _date_text(fields: dict[str, Any]) -> str:
    text = (
        fields["start"]
        if fields["start"] == fields["end"]
        else f"{fields['start']}/{fields['end']}"
    )
    extras = [fields[key] for key in ("part", "weekday") if fields[key]]
    return " ".join([*extras, text]).strip()


def search_hits(hits: Sequence[SearchHit], output: str, terminal: Terminal) -> None:
    """`facts search`: ranked facts with their scores."""
    if output == "json":
        write_json([{"score": round(hit.score, 1), **fact_dict(hit.fact)} for hit in hits])
        return
    from rich.text import Text

    console = make_console(terminal)
    for hit in hits:
        line = Text(f"{hit.score:5.1f}  ", style="dim")
        line.append(printable(hit.fact.id), style="cyan")
        line.append(f"  {printable(hit.fact.statement)}")
        console.print(line)
    if not hits:
        make_console(terminal, stderr=True).print(Text("no matching facts"))


_BADGES = {
    "supported": ("SUPPORTED", "bold white on green"),
    "refuted": ("REFUTED", "bold white on red"),
    "not_enough_info": ("NOT ENOUGH INFO", "bold black on yellow"),
}


def check_result(result: CheckResult, console: Console, terminal: Terminal, top: int = 0) -> None:
    """One verdict for people: badge, claim (deciding words highlighted), reasons, evidence."""
    from rich.text import Text

    tty = terminal.stdout_isatty
    label, style = _BADGES[result.verdict.value]
    line = Text()
    line.append(f" {label} " if tty else label, style=style if tty else "")
    line.append("  ")
    line.append_text(_highlighted(result.claim, result.decisive, tty))
    console.print(line)
    for reason in result.reasons:
        _indented(console, Text(f"- {printable(reason)}"), 2)
    fact = result.fact
    if fact is not None and result.verdict.value != "not_enough_info":
        quote = Text(f"\u201c{printable(fact.quote)}\u201d", style="italic" if tty else "")
        _indented(console, quote, 2)
        cite = Text(printable(f"{fact.attribution} \u00b7 {fact.source.citation()} \u00b7 "))
        cite.append(printable(f"{fact.modality.value} [{fact.id}]"))
        cite.stylize("dim")
        _indented(console, cite, 4)
    for runner in result.runners_up[1 : top + 1] if top else ():
        weighed = printable(
            f"also weighed: {runner.fact.id} ({runner.score:.0f}) {runner.fact.statement}"
        )
        _indented(console, Text(weighed, style="dim"), 4)


def _indented(console: Console, text: Text, spaces: int) -> None:
    """Print text indented, its wrapped lines too (on a terminal; elsewhere nothing wraps)."""
    from rich.padding import Padding

    console.print(Padding(text, (0, 0, 0, spaces), expand=False))


def _highlighted(claim: str, words: Sequence[str], tty: bool) -> Text:
    from rich.text import Text

    text = Text(printable(claim))
    if tty:
        for word in words:
            if word:
                text.highlight_words(
                    [printable(word)], style="bold underline", case_sensitive=False
                )
    return text


_SPAN_STYLES = {
    "supported": "underline green",
    "refuted": "bold underline red",
    "not_enough_info": "dim",
}


def scan_report(report: ScanReport, output: str, path: str, terminal: Terminal) -> None:
    """`scan` in the chosen format."""
    from factcli.cli.serialize import scan_span_dict

    if output == "jsonl":
        for span in report.spans:
            write_json_line(scan_span_dict(span))
    elif output == "json":
        write_json([scan_span_dict(span) for span in report.spans])
    elif output == "github":
        from factcli.scan import github_annotations

        for line in github_annotations(report, path):
            print(line)
    else:
        _scan_view(report, terminal)


def _scan_view(report: ScanReport, terminal: Terminal) -> None:
    """The text with checked spans styled and numbered, then footnotes and a summary."""
    from rich.text import Text

    console = make_console(terminal)
    tty = terminal.stdout_isatty
    body = Text()
    cursor = 0
    for number, span in enumerate(report.spans, 1):
        body.append(printable(report.text[cursor : span.start]))
        verdict = span.result.verdict.value
        body.append(
            printable(report.text[span.start : span.end]),
            style=_SPAN_STYLES[verdict] if tty else "",
        )
        body.append(f"[{number}]", style="bold" if tty else "")
        cursor = span.end
    body.append(printable(report.text[cursor:]))
    console.print(body)
    console.print()
    for number, span in enumerate(report.spans, 1):
        label, style = _BADGES[span.result.verdict.value]
        line = Text(f"[{number}] ")
        line.append(label, style=style if tty else "")
        line.append(f"  line {span.line}, column {span.column}")
        console.print(line)
        for reason in span.result.reasons:
            console.print(Text(f"    - {printable(reason)}"))
        fact = span.result.fact
        if fact is not None and span.result.verdict.value != "not_enough_info":
            quote = f"    \u201c{printable(fact.quote)}\u201d"
            console.print(Text(quote, style="italic" if tty else ""))
            cite = printable(f"      {fact.attribution} \u00b7 {fact.source.citation()}")
            console.print(Text(cite, style="dim"))
    from factcli.checker import Verdict

    summary = (
        f"{len(report.spans)} checked: {report.count(Verdict.REFUTED)} refuted, "
        f"{report.count(Verdict.SUPPORTED)} supported, "
        f"{report.count(Verdict.NOT_ENOUGH_INFO)} unverifiable; "
        f"{len(report.unchecked)} not checked"
    )
    console.print()
    console.print(Text(summary, style="bold" if tty else ""))


_BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"


def sparkline(values: Iterable[float]) -> str:
    """Accuracies (0-1) as one line of block characters, scaled to the data: the lowest
    draws the shortest bar and the highest the tallest, so that 50% and 62.5% differ.
    Equal values keep their height on the 0-1 scale."""
    shown = [min(max(v, 0.0), 1.0) for v in values]
    if not shown:
        return ""
    low, high = min(shown), max(shown)
    top = len(_BARS) - 1
    if high == low:
        return _BARS[round(low * top)] * len(shown)
    return "".join(_BARS[round((v - low) / (high - low) * top)] for v in shown)


def quiz_stats(stats: Stats, boxed: bool = True) -> RenderableType:
    """Stats for people: totals, a chart of accuracy per session, the weakest facts. Off a
    terminal (`boxed` False) the tables have no box art."""
    from rich import box
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    frame = box.HEAVY_HEAD if boxed else None

    totals = Table(title="Quiz history", show_header=False, title_justify="left", box=frame)
    totals.add_column(style="bold")
    totals.add_column()
    totals.add_row("Sessions", str(len(stats.sessions)))
    accuracy = "-" if stats.accuracy is None else f"{stats.accuracy:.0%}"
    totals.add_row("Answers", f"{stats.answers} ({accuracy} right)")
    totals.add_row("Due for review", f"{stats.due} of {stats.scheduled} scheduled facts")
    if stats.sessions:
        chart = Text(sparkline(s.accuracy for s in stats.sessions), style="cyan")
        chart.append(f"  {stats.sessions[-1].accuracy:.0%} last", style="dim")
        totals.add_row("Accuracy per session", chart)
    parts: list[RenderableType] = [totals]
    if stats.weakest:
        weak = Table(title="Weakest facts", title_justify="left", box=frame)
        weak.add_column("fact")
        weak.add_column("right", justify="right")
        weak.add_column("answers", justify="right")
        for fact in stats.weakest:
            weak.add_row(Text(printable(fact.fact_id)), str(fact.correct), str(fact.answers))
        parts.append(weak)
    return Group(*parts)
