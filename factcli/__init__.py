"""factcli: check claims against a curated fact store, scan drafts, and quiz yourself."""

from __future__ import annotations

__version__ = "0.1.0"
