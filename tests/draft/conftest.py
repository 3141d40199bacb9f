"""An invented news report of another field (a company's results) for the drafter's tests."""

from __future__ import annotations

import pytest

ARTICLE = """\
1. Skip to content
2. Skip to main menu

Harbor Foods doubles its profit as exports to Japan climb

By Maria Lopez | Lakeside Tribune | April 14, 2021

OSLO — Harbor Foods reported a net profit of 42 million euros on Tuesday, up from 21 million euros a year earlier, as exports to Japan rose by 15 percent.

Image: Harbor Foods/press office

The company sold 120,000 tonnes of salmon last year, said Ingrid Berg, chief executive of Harbor Foods. She said the firm would open a new plant in Bergen next year.

Although sales in Europe were flat, the company expects revenue to reach 500 million euros by 2023. Harbor Foods is Norway's third-largest seafood exporter.

The Norwegian government did not comment on the results.

Read more: Fish prices in 2021
"""


@pytest.fixture
def article() -> str:
    return ARTICLE
