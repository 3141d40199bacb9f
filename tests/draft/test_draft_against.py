"""`facts draft` and `--against` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli.main import app
from factcli.draft import build


def test_facts_draft_writes_a_file_and_validates(
    runner: CliRunner, article: str, tmp_path: Path
) -> None:
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    out = tmp_path / "draft.toml"
    assert runner.invoke(app, ["facts", "draft", str(source), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["facts", "validate", str(out), "--source", str(source)])
    assert result.exit_code == 0, result.output


def test_facts_draft_reads_stdin_and_writes_jsonl(runner: CliRunner, article: str) -> None:
    result = runner.invoke(app, ["facts", "draft", "-", "--format", "jsonl"], input=article)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["source"]["publisher"] == "Lakeside Tribune"
    assert all("statement" in line for line in lines[1:])


def test_check_against_an_article_drafts_once_and_names_the_source(
    runner: CliRunner, article: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    calls = []
    original = build.draft_article

    def counting(text: str, overrides: build.Overrides | None = None) -> build.Draft:
        calls.append(text)
        return original(text, overrides)

    monkeypatch.setattr("factcli.draft.against.draft_article", counting)
    claims = ["Harbor Foods reported a net profit of 52 million euros", "Ingrid Berg is CEO"]
    for _ in range(2):
        result = runner.invoke(
            app, ["check", *claims, "--against", str(source), "--format", "jsonl"]
        )
        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert records[0]["verdict"] == "refuted"
        assert records[0]["source"]["title"].startswith("Harbor Foods doubles")
    assert len(calls) == 1


def test_scan_against_an_article(runner: CliRunner, article: str, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Harbor Foods is Norway's fifth-largest seafood exporter.\n", encoding="utf-8")
    result = runner.invoke(app, ["scan", str(draft), "--against", str(source), "--format", "jsonl"])
    assert '"refuted"' in result.stdout


def _verdicts_against(runner: CliRunner, tmp_path: Path, article: str, *claims: str) -> list[str]:
    """The verdicts on the claims, checked against the article drafted in memory."""
    source = tmp_path / "article.txt"
    source.write_text(article, encoding="utf-8")
    result = runner.invoke(app, ["check", *claims, "--against", str(source), "--format", "jsonl"])
    return [json.loads(line)["verdict"] for line in result.stdout.splitlines()]


def test_a_post_of_another_country_is_refuted(runner: CliRunner, tmp_path: Path) -> None:
    article = ("Talks in Moscow\n\nWhile in Russia, Xi will hold talks with Putin, said Chinese "
               "vice foreign minister Cheng Guoping.\n")  # fmt: skip
    claims = ["Cheng Guoping is Russia's vice foreign minister.",
              "Cheng Guoping is China's vice foreign minister."]  # fmt: skip
    assert _verdicts_against(runner, tmp_path, article, *claims) == ["refuted", "supported"]


def test_a_speaker_s_title_is_compared_with_the_post_the_article_gives(
    runner: CliRunner, tmp_path: Path
) -> None:
    article = ("Summit\n\nLee and Xi plan to discuss trade, National Security Adviser Wi "
               "Sung-lac said Friday.\n")  # fmt: skip
    claims = ["Foreign Minister Wi Sung-lac said Lee and Xi plan to discuss trade.",
              "Wi Sung-lac is the national security adviser."]  # fmt: skip
    assert _verdicts_against(runner, tmp_path, article, *claims) == ["refuted", "supported"]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The article was published by Reuters.", "supported"),
        ("The story was published by AFP.", "refuted"),
        # a sporting title is no article's title: the byline says nothing of it
        ("Lopez had never won a title on clay before.", "not_enough_info"),
    ],
)
def test_the_byline_speaks_only_of_the_article(
    runner: CliRunner, tmp_path: Path, claim: str, verdict: str
) -> None:
    article = ("Lopez wins in Paris\n\nBy Jane Doe | Reuters | June 4, 2016\n\n"
               "Ana Lopez arrived in Paris on Saturday.\n")  # fmt: skip
    assert _verdicts_against(runner, tmp_path, article, claim) == [verdict]


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Lee will pay a state visit to China.", "supported"),
        ("Lee will pay a state visit to Mongolia.", "refuted"),
        # the other trip the sentence reports, in its subordinate clause
        ("Lee may travel to Japan later this month.", "supported"),
    ],
)
def test_a_trip_in_a_subordinate_clause_is_no_other_destination(
    runner: CliRunner, tmp_path: Path, claim: str, verdict: str
) -> None:
    article = ("Lee to visit China\n\nBy Jo Roe | Yonhap | January 2, 2026\n\nLee is scheduled "
               "to pay a four-day state visit to China beginning Sunday amid media reports "
               "that he may visit Japan later this month.\n")  # fmt: skip
    assert _verdicts_against(runner, tmp_path, article, claim) == [verdict]


ELECTION = """Lopez unseats Smith in Riverton mayoral race

By Jane Doe | Valley Herald | November 6, 2024

RIVERTON — Maria Lopez defeated incumbent mayor John Smith 5,210-4,870 on Tuesday, ending his
12-year tenure.

The city council later voted 5-4 to keep the budget, and Smith said he would not contest the result.
"""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("John Smith lost to Maria Lopez.", "supported"),
        ("Maria Lopez lost to John Smith.", "refuted"),
        ("The council voted 5-4 to keep the budget.", "supported"),
        ("The council voted 6-3 to keep the budget.", "refuted"),
        ("Maria Lopez beat Tom Reed.", "not_enough_info"),  # another race
    ],
)
def test_a_result_and_a_tally_in_another_field(
    runner: CliRunner, tmp_path: Path, claim: str, verdict: str
) -> None:
    source = tmp_path / "election.txt"
    source.write_text(ELECTION, encoding="utf-8")
    result = runner.invoke(app, ["check", claim, "--against", str(source), "--format", "jsonl"])
    assert json.loads(result.stdout)["verdict"] == verdict, result.stdout


def test_values_another_party_holds_are_not_said_of_a_rival_the_article_lists(
    tmp_path: Path,
) -> None:
    from factcli.checker import Checker
    from factcli.draft import draft_article
    from factcli.draft.writer import to_toml
    from factcli.store import load_store

    article = (Path(__file__).parent / "data" / "seattletimes-halibut-2019.txt").read_text()
    path = tmp_path / "draft.toml"
    path.write_text(to_toml(draft_article(article)), encoding="utf-8")
    checker = Checker(load_store([path]))
    # Prime's members, not those of a rival the article lists
    assert checker.check("Walmart has surpassed 100 million members.").verdict.value == (
        "not_enough_info"
    )
    assert checker.check("Prime has surpassed 100 million members.").verdict.value == "supported"


_REPO = Path(__file__).resolve().parents[2]
KIT_ARTICLES = sorted(
    [
        *_REPO.glob("eval*/articles/*/article.txt"),
        *_REPO.glob("../shared/eval/articles/*/article.txt"),
    ]
)


@pytest.mark.parametrize("source", KIT_ARTICLES, ids=lambda p: p.parent.name)
def test_every_kit_article_drafts_a_store_that_validates(
    runner: CliRunner, tmp_path: Path, source: Path
) -> None:
    out = tmp_path / "draft.toml"
    assert runner.invoke(app, ["facts", "draft", str(source), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["facts", "validate", str(out), "--source", str(source)])
    assert result.exit_code == 0, result.output
