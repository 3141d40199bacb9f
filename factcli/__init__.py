"""factcli: check claims against a curated fact store, scan drafts, and quiz yourself.

The public API is importable from here; each name loads its module on first use so that
`import factcli` stays cheap for the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.checker import Checker, CheckResult, Verdict, check
    from factcli.model import Fact, Store
    from factcli.store import load_store

__all__ = ["CheckResult", "Checker", "Fact", "Store", "Verdict", "check", "load_store"]

_LAZY = {
    "Checker": "factcli.checker",
    "CheckResult": "factcli.checker",
    "Verdict": "factcli.checker",
    "check": "factcli.checker",
    "Fact": "factcli.model",
    "Store": "factcli.model",
    "load_store": "factcli.store",
}


def _lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports each exported name's module on first use."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        import importlib

        return getattr(importlib.import_module(module), name)

    return __getattr__


__getattr__ = _lazy_exports(__name__, _LAZY)
