"""Issue 17, findings 13 and 16: `export anki` replaces its file only when the whole deck is
written (and writes to stdout for '-'); tsv, csv and anki outputs carry no raw control
characters from stores or claims."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli.main import app
from tests.robustness.test_hostile_input import HOSTILE_STORE

# What terminal.printable escapes: C0 controls but tab and line breaks, DEL, C1 controls,
# bidi embeddings, overrides and isolates.
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.toml"
    path.write_text(HOSTILE_STORE.replace("\x1b", "\\u001b").replace("\x07", "\\u0007"))
    return path


class TestFinding13AnkiExportIsAtomic:
    def test_a_failed_export_leaves_the_old_deck_whole(self, tmp_path: Path) -> None:
        deck = tmp_path / "deck.txt"
        deck.write_text("the old deck\n")
        # A disk that fills part way through, without root or a tmpfs: a file size limit
        # (RLIMIT_FSIZE) makes the write fail with EFBIG after 4 KiB.
        script = (
            "import resource, signal, sys\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
            "from factcli.__main__ import main\n"
            "sys.exit(main(sys.argv[1:]))\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script, "export", "anki", str(deck)],
            capture_output=True,
            text=True,
            env={**os.environ, "FACTCLI_HOME": str(tmp_path)},
            timeout=120,
        )
        assert result.returncode == 2, result.stderr
        assert result.stderr.splitlines()[-1] == f"factcli: cannot write {deck}: File too large"
        assert deck.read_text() == "the old deck\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.txt"]

    def test_a_new_deck_gets_the_usual_file_mode(self, tmp_path: Path, runner: CliRunner) -> None:
        deck = tmp_path / "deck.txt"
        result = runner.invoke(app, ["export", "anki", str(deck)])
        assert result.exit_code == 0, result.stderr
        mask = os.umask(0)
        os.umask(mask)
        assert deck.stat().st_mode & 0o777 == 0o666 & ~mask

    def test_dash_writes_the_deck_to_stdout(self, runner: CliRunner, tmp_path: Path) -> None:
        deck = tmp_path / "deck.txt"
        assert runner.invoke(app, ["export", "anki", str(deck)]).exit_code == 0
        result = runner.invoke(app, ["export", "anki", "-"])
        assert result.exit_code == 0, result.stderr
        assert result.stdout == deck.read_text(encoding="utf-8")
        assert not Path("-").exists()


class TestFinding16NoRawControlCharactersInFiles:
    def test_check_tsv(self, runner: CliRunner, hostile: Path) -> None:
        claim = "Atlantis ships 13 million tonnes of fish \x1b]0;title\x07 \x1b[2J\x9b31m"
        argv = ["--store", str(hostile), "check", claim, "--format", "tsv"]
        result = runner.invoke(app, argv)
        assert result.exit_code in (1, 3), result.stderr
        assert not RAW_CONTROL.search(result.stdout)
        assert "\\x1b]0;title\\x07" in result.stdout  # escaped, as the text output shows it
        assert all(line.count("\t") == 5 for line in result.stdout.splitlines())

    def test_facts_list_csv(self, runner: CliRunner, hostile: Path) -> None:
        result = runner.invoke(app, ["--store", str(hostile), "facts", "list", "--format", "csv"])
        assert result.exit_code == 0, result.stderr
        assert not RAW_CONTROL.search(result.stdout)
        assert "\\x1b[31m" in result.stdout

    def test_export_anki(self, runner: CliRunner, hostile: Path, tmp_path: Path) -> None:
        deck = tmp_path / "deck.txt"
        for target in (str(deck), "-"):
            result = runner.invoke(app, ["--store", str(hostile), "export", "anki", target])
            assert result.exit_code == 0, result.stderr
        written = deck.read_text(encoding="utf-8")
        assert written == result.stdout
        assert not RAW_CONTROL.search(written)
        assert "\\x1b[31m" in written
