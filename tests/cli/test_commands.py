"""The command line through typer's CliRunner: facts commands, global options, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli import __version__
from factcli.__main__ import main
from factcli.cli.main import app


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factcli {__version__}"


def test_main_version_fast_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"factcli {__version__}"


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output


def test_facts_list_json_has_the_whole_store(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "list", "--format", "json"])
    assert result.exit_code == 0
    facts = json.loads(result.stdout)
    assert len(facts) >= 40
    assert {"id", "statement", "quote", "attribution", "modality", "source"} <= set(facts[0])


def test_facts_list_jsonl_one_object_per_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "list", "--format", "jsonl"])
    lines = result.stdout.splitlines()
    assert len(lines) >= 40
    assert all(json.loads(line)["id"] for line in lines)


def test_facts_list_csv(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "list", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) >= 40
    assert rows[0]["id"]


def test_facts_list_topic_filters(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "list", "--topic", "trade", "--format", "json"])
    facts = json.loads(result.stdout)
    assert facts
    assert all("trade" in fact["topics"] for fact in facts)


def test_facts_list_unknown_topic_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "list", "--topic", "no-such-topic"])
    assert result.exit_code == 2
    assert "no facts with topic" in result.stderr


def test_facts_list_table_off_a_terminal_is_plain(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "list"])
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert not any(ch in result.stdout for ch in "┃━─│")
    assert "east-route-gas-supply" in result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "modality", "statement"]
    assert all(line == line.rstrip() for line in lines)  # no padding to a table's width
    assert lines[1].index("reported") == lines[0].index("modality")  # still aligned


def test_facts_show(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "show", "trade-2014"])
    assert result.exit_code == 0
    assert "$95 billion" in result.stdout
    assert "DW" in result.stdout


def test_facts_show_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "show", "trade-2014", "--format", "json"])
    assert json.loads(result.stdout)["id"] == "trade-2014"


def test_facts_show_unknown_id_suggests_the_nearest(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "show", "trade-2041"])
    assert result.exit_code == 2
    assert "no fact 'trade-2041'; did you mean 'trade-2014'" in result.stderr
    assert "Traceback" not in result.output


def test_facts_search_ranks_the_gas_fact_first(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "search", "gas pipeline 38 billion cubic meters"])
    assert result.exit_code == 0
    assert "east-route-gas-supply" in result.stdout.splitlines()[0]


def test_facts_search_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "search", "trade 2020", "--format", "json"])
    hits = json.loads(result.stdout)
    assert hits
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_facts_validate_bundled_store_is_clean(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "store is valid\n"  # a result: `> report.txt` keeps it
    assert result.stderr == ""


def test_facts_validate_reports_problems_with_exit_1(
    runner: CliRunner, write_store: object, tmp_path: Path
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('format = 1\n[source]\ntitle = "t"\n[[facts]]\nid = "Bad Id"\n')
    result = runner.invoke(app, ["facts", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:5: fact 'Bad Id': field 'statement': missing required field" in result.stdout
    assert result.stdout.endswith("problem(s) found\n")


def test_facts_validate_flags_a_photo_credit_in_a_quote(
    runner: CliRunner, mini_store_path: Path
) -> None:
    text = mini_store_path.read_text(encoding="utf-8")
    mini_store_path.write_text(
        text.replace("runs from March 3 to 5.", "runs from March 3 to 5.Photo: AFP/G. Baker"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["facts", "validate", str(mini_store_path)])
    assert result.exit_code == 1
    assert "fact 'summit-date': field 'quote': quote contains a photo credit" in result.stdout


def test_facts_validate_checks_quotes_against_a_source(
    runner: CliRunner, mini_store_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source.txt"
    source.write_text("Atlantis ships 12 million tonnes of fish a year to Lemuria.\n")
    result = runner.invoke(
        app, ["facts", "validate", str(mini_store_path), "--source", str(source)]
    )
    assert result.exit_code == 1
    assert "fact 'summit-date': field 'quote': quote does not appear verbatim" in result.stdout
    assert "fish-exports" not in result.stdout


def test_store_option_replaces_the_bundled_store(runner: CliRunner, mini_store_path: Path) -> None:
    result = runner.invoke(app, ["--store", str(mini_store_path), "facts", "list", "-f", "json"])
    assert [f["id"] for f in json.loads(result.stdout)] == ["fish-exports", "summit-date"]


def test_store_environment_variable_takes_several_paths(
    runner: CliRunner, mini_store_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.jsonl"
    other.write_text(
        json.dumps(
            {
                "id": "z",
                "statement": "S.",
                "quote": "Q.",
                "attribution": "article",
                "modality": "reported",
            }
        )
        + "\n"
    )
    value = f"{mini_store_path}{__import__('os').pathsep}{other}"
    result = runner.invoke(app, ["facts", "list", "-f", "json"], env={"FACTCLI_STORE": value})
    assert {f["id"] for f in json.loads(result.stdout)} == {"fish-exports", "summit-date", "z"}


def test_broken_store_is_one_message_and_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('format = 1\n[source]\ntitle = "t"\n[[facts]]\nid = \n')
    result = runner.invoke(app, ["--store", str(path), "facts", "list"])
    assert result.exit_code == 2
    assert f"{path}:5" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_mistyped_command_gets_a_suggestion_and_is_not_run(runner: CliRunner) -> None:
    result = runner.invoke(app, ["facts", "lsit"])
    assert result.exit_code == 2
    assert "Did you mean 'list'?" in result.output


# --- check -----------------------------------------------------------------------------

CHECK_JSON_FIELDS = {
    "claim", "verdict", "confidence", "fact_id", "statement", "quote", "attribution",
    "modality", "reasons", "source",
}  # fmt: skip


def test_check_jsonl_from_stdin_one_line_per_claim(runner: CliRunner) -> None:
    claims = "Bilateral trade stood at $95bn in 2014.\n\nXi will not meet war veterans.\n"
    result = runner.invoke(app, ["check", "-", "--format", "jsonl"], input=claims)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in records] == ["supported", "refuted"]
    assert set(records[0]) == CHECK_JSON_FIELDS
    assert records[0]["source"]["publisher"] == "DW"
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (["Bilateral trade stood at $95bn in 2014."], 0),
        (["Bilateral trade stood at $95bn in 2014.", "Xi will not meet war veterans."], 1),
        (["Bilateral trade stood at $95bn in 2014.", "Putin met Modi in Moscow."], 3),
    ],
)
def test_check_exit_status(runner: CliRunner, claims: list[str], status: int) -> None:
    assert runner.invoke(app, ["check", *claims]).exit_code == status


def test_check_exit_zero(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--exit-zero", "Xi will not meet war veterans."])
    assert result.exit_code == 0
    assert "REFUTED" in result.stdout


def test_check_usage_error_is_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(app, ["check", "--format", "yaml", "x"]).exit_code == 2


def test_check_without_claims_is_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-"], input="\n  \n")
    assert result.exit_code == 2
    assert "no claims" in result.stderr


@pytest.mark.parametrize("claims", [[""], ["   "], ["Xi visited Moscow.", "\t"]])
def test_a_blank_claim_argument_is_a_usage_error(runner: CliRunner, claims: list[str]) -> None:
    result = runner.invoke(app, ["check", *claims])
    assert result.exit_code == 2
    assert f"argument {len(claims)}: the claim is empty" in result.stderr


def test_check_text_view_shows_reason_quote_and_source(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "Russia will deliver 48 bcm of gas to China each year"])
    assert result.stdout.startswith("REFUTED")
    assert "the claim says 48 bcm" in result.stdout
    assert "38 billion cubic meters of natural gas annually from 2018" in result.stdout
    assert 'DW, "Xi heads to Russia", 2015-05-07' in result.stdout
    assert "\x1b[" not in result.stdout


def test_check_text_treats_markup_as_text(runner: CliRunner) -> None:
    claim = "[bold red]Trade[/] was $95bn in 2014 [link=http://x]y[/link] [/]"
    result = runner.invoke(app, ["check", claim])
    assert claim in result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_check_top_shows_runners_up(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "--top", "2", "Bilateral trade stood at $95bn in 2014."])
    assert result.stdout.count("also weighed:") == 2


def test_check_json_is_one_array(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-f", "json", "Xi will meet war veterans.", "x y z"])
    assert [r["verdict"] for r in json.loads(result.stdout)] == ["supported", "not_enough_info"]


def test_check_tsv(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-f", "tsv", "Xi will meet war veterans."])
    header, row = result.stdout.splitlines()
    assert header.split("\t")[:2] == ["claim", "verdict"]
    assert row.split("\t")[1] == "supported"


def test_check_claimreview(runner: CliRunner) -> None:
    result = runner.invoke(app, ["check", "-f", "claimreview", "Xi will not meet war veterans."])
    (review,) = json.loads(result.stdout)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Xi will not meet war veterans."
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (1, "False")
    assert (rating["bestRating"], rating["worstRating"]) == (3, 1)
    assert review["itemReviewed"]["@type"] == "Claim"


def test_check_file_option(runner: CliRunner, tmp_path: Path) -> None:
    claims = tmp_path / "claims.txt"
    claims.write_text("Xi will meet war veterans.\nXi will not meet war veterans.\n")
    result = runner.invoke(app, ["check", "--file", str(claims), "-f", "jsonl"])
    assert len(result.stdout.splitlines()) == 2


def test_check_missing_file_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--file", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_check_invalid_utf8_is_replaced_with_a_warning(runner: CliRunner) -> None:
    data = b"Xi will meet war veterans.\n\xff\xfe trade\n"
    result = runner.invoke(app, ["check", "-", "-f", "jsonl"], input=data)
    assert len(result.stdout.splitlines()) == 2
    assert "invalid UTF-8" in result.stderr


# --- scan ------------------------------------------------------------------------------


def test_scan_jsonl_offsets(runner: CliRunner, tmp_path: Path) -> None:
    text = "Xi will not meet war veterans. Bilateral trade stood at $95bn in 2014.\n"
    draft = tmp_path / "draft.txt"
    draft.write_text(text)
    result = runner.invoke(app, ["scan", str(draft), "--format", "jsonl"])
    spans = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["verdict"] for s in spans] == ["refuted", "supported"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)
    assert {"start", "end", "line", "column", "text"} | CHECK_JSON_FIELDS == set(spans[0])
    assert result.exit_code == 1


def test_scan_stdin_and_text_view(runner: CliRunner) -> None:
    result = runner.invoke(app, ["scan", "-"], input="Bilateral trade stood at $95bn in 2014.\n")
    assert result.exit_code == 0
    assert "Bilateral trade stood at $95bn in 2014.[1]" in result.stdout
    assert "1 checked: 0 refuted, 1 supported" in result.stdout


def test_scan_github_format(runner: CliRunner, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("Intro.\nXi will not meet war veterans.\n")
    result = runner.invoke(app, ["scan", str(draft), "-f", "github"])
    assert result.stdout.startswith(f"::error file={draft},line=2,col=1,")


def test_scan_github_format_names_piped_text_with_filename(runner: CliRunner) -> None:
    text = "Intro.\nXi will not meet war veterans.\n"
    result = runner.invoke(
        app, ["scan", "-", "-f", "github", "--filename", "docs/draft.md"], input=text
    )
    assert result.stdout.startswith("::error file=docs/draft.md,line=2,col=1,")
    unnamed = runner.invoke(app, ["scan", "-", "-f", "github"], input=text)
    assert unnamed.stdout.startswith("::error file=-,line=2,")


def test_scan_missing_file_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["scan", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr
