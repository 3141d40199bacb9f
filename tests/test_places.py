"""The cache and data directories: the XDG rule on Linux, as platformdirs computes it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from factcli import places


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
@pytest.mark.parametrize("value", [None, "", "  ", "relative/dir", "/srv/place", "/srv/place/"])
@pytest.mark.parametrize(
    ("variable", "ours", "theirs"),
    [
        ("XDG_CACHE_HOME", places.user_cache_dir, platformdirs.user_cache_dir),
        ("XDG_DATA_HOME", places.user_data_dir, platformdirs.user_data_dir),
    ],
    ids=["cache", "data"],
)
def test_the_directories_are_where_platformdirs_puts_them(
    monkeypatch: pytest.MonkeyPatch,
    value: str | None,
    variable: str,
    ours: Callable[[], Path],
    theirs: Callable[[str], str],
) -> None:
    if value is None:
        monkeypatch.delenv(variable, raising=False)
    else:
        monkeypatch.setenv(variable, value)
    assert ours() == Path(theirs("factcli"))


def test_other_platforms_ask_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places.sys, "platform", "darwin")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda name: f"/Library/Caches/{name}")
    assert places.user_cache_dir() == Path("/Library/Caches/factcli")
