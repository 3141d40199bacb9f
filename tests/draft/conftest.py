"""An invented news report of another field (a company's results) for the drafter's tests:
tests/draft/data/harbor-foods.txt, with a byline, navigation, a caption and a "Read more"."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE_PATH = Path(__file__).parent / "data" / "harbor-foods.txt"


@pytest.fixture
def article() -> str:
    return ARTICLE_PATH.read_text(encoding="utf-8")
