"""Issue 17, findings 11 and 15: an empty store path, a seed beyond 64 bits and a nan pass
mark are usage errors (status 2, one message), never silently something else."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli.main import app
from factcli.quiz.history import FILENAME
from tests.conftest import MINI_STORE

CLAIM = "Atlantis exports 12 million tonnes of fish to Lemuria a year."


def _factcli(
    argv: list[str], cwd: Path, env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """A real process: the fast path of `check` reads FACTCLI_STORE itself."""
    return subprocess.run(
        [sys.executable, "-m", "factcli", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **env, "NO_COLOR": "1"},
        timeout=120,
    )


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A directory holding a store file, as the current directory: what an empty store
    path would silently load."""
    (tmp_path / "here.toml").write_text(MINI_STORE, encoding="utf-8")
    return tmp_path


class TestFinding11EmptyStorePaths:
    @pytest.mark.parametrize("listed", ["here.toml" + os.pathsep, os.pathsep, "::x.toml"])
    @pytest.mark.parametrize("command", [["check", CLAIM], ["facts", "list"]], ids=" ".join)
    def test_an_empty_element_in_factcli_store_is_rejected(
        self, store_dir: Path, listed: str, command: list[str]
    ) -> None:
        listed = listed.replace(":", os.pathsep)
        result = _factcli(command, store_dir, {"FACTCLI_STORE": listed})
        assert result.returncode == 2, result.stdout
        assert result.stdout == ""
        assert "FACTCLI_STORE" in result.stderr
        assert "an empty element" in result.stderr
        assert "Traceback" not in result.stderr

    @pytest.mark.parametrize("option", [["--store", ""], ["--store="], ["--store", "  "]])
    @pytest.mark.parametrize("command", [["check", CLAIM], ["facts", "list"]], ids=" ".join)
    def test_an_empty_store_option_is_rejected(
        self, store_dir: Path, option: list[str], command: list[str]
    ) -> None:
        result = _factcli([*option, *command], store_dir, {})
        assert result.returncode == 2, result.stdout
        assert result.stdout == ""
        assert "Invalid value for '--store': an empty path names no store" in result.stderr

    def test_an_empty_factcli_store_means_the_bundled_store(self, store_dir: Path) -> None:
        result = _factcli(["facts", "list", "--format", "jsonl"], store_dir, {"FACTCLI_STORE": ""})
        assert result.returncode == 0, result.stderr
        assert "fish-exports" not in result.stdout


class TestFinding15OptionRanges:
    @pytest.mark.parametrize("seed", [str(2**63), str(-(2**63) - 1), "9" * 30])
    def test_a_seed_beyond_64_bits_is_a_usage_error(self, runner: CliRunner, seed: str) -> None:
        argv = ["quiz", "--seed", seed, "--count", "1", "--format", "jsonl", "--answers", "-"]
        result = runner.invoke(app, argv, input="x\n")
        assert result.exit_code == 2
        assert "Invalid value for '--seed'" in result.stderr
        assert result.stdout == ""

    @pytest.mark.parametrize("seed", [2**63 - 1, -(2**63)])
    def test_the_extreme_64_bit_seeds_are_saved(
        self, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
    ) -> None:
        monkeypatch.setenv("FACTCLI_HOME", str(tmp_path))
        argv = ["quiz", "--seed", str(seed), "--count", "1", "--format", "jsonl", "--answers", "-"]
        result = runner.invoke(app, argv, input="x\n")
        assert result.exit_code == 0, result.stderr
        db = sqlite3.connect(tmp_path / FILENAME)
        try:
            assert db.execute("SELECT seed FROM sessions").fetchall() == [(seed,)]
        finally:
            db.close()

    @pytest.mark.parametrize("mark", ["nan", "NaN", "-nan"])
    def test_a_nan_pass_mark_is_a_usage_error(self, runner: CliRunner, mark: str) -> None:
        argv = ["quiz", "--seed", "1", "--count", "1", "--pass-mark", mark, "--answers", "-"]
        result = runner.invoke(app, argv, input="x\n")
        assert result.exit_code == 2
        assert "Invalid value for '--pass-mark'" in result.stderr
