"""Shared fixtures: a tiny store written on the fly, the bundled store, and the CLI runner."""

from __future__ import annotations

import signal
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.model import Store
from factcli.store import load_store

SOURCE_DIR = Path(__file__).resolve().parents[2] / "shared" / "source"
EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"

MINI_STORE = """\
format = 1

[source]
title = "Mini report"
publisher = "Test Wire"
date = "2020-01-02"

[[aliases]]
name = "Atlantis"
kind = "country"
aliases = ["Atlantean", "Poseidonia"]

[[aliases]]
name = "Lemuria"
kind = "country"
aliases = ["Lemurian"]

[[facts]]
id = "fish-exports"
statement = "Atlantis exports 12 million tonnes of fish to Lemuria a year."
quote = "Atlantis ships 12 million tonnes of fish a year to Lemuria."
attribution = "article"
modality = "reported"
topics = ["trade"]
keys = ["fish"]
entities = [{ name = "Atlantis", role = "supplier" }, { name = "Lemuria", role = "recipient" }]
quantities = [{ slot = "volume", value = 12, scale = "million", unit = "tonnes", period = "year" }]

[[facts]]
id = "summit-date"
statement = "The Atlantis-Lemuria summit takes place from March 3 to 5, 2020."
quote = "The summit runs from March 3 to 5."
attribution = { name = "Ana Diaz", role = "spokeswoman" }
modality = "planned"
topics = ["diplomacy"]
keys = ["summit"]
dates = [{ slot = "when", date = "2020-03-03", end = "2020-03-05" }]
"""


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the tests' cache and quiz history out of the user's own directories."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCLI_CACHE", str(tmp_path_factory.mktemp("cache")))
        patch.setenv("FACTCLI_HOME", str(tmp_path_factory.mktemp("home")))
        yield


@pytest.fixture(scope="session", autouse=True)
def interruptible_children() -> None:
    """A shell starts a background job with Ctrl-C ignored, and every process it starts
    inherits that, so factcli would never see the SIGINT that the tests send it. A handler,
    unlike "ignore", is reset by exec: the processes the tests start take Ctrl-C again."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write_store(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write a store file with the given text and return its path."""

    def write(text: str, name: str = "store.toml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture
def mini_store_path(write_store: Callable[[str, str], Path]) -> Path:
    return write_store(MINI_STORE, "mini.toml")


@pytest.fixture(scope="session")
def bundled_store() -> Store:
    return load_store()
