"""Regular expressions declared at module level but compiled on first use.

Compiling the parsers' patterns costs tens of milliseconds, and a typical `check` uses only
some of them: `lazy_compile` keeps the source and compiles it when the pattern is first used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, cast

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """Stands for `re.compile(source, flags)`. The first call of a method compiles the
    pattern and stores the compiled pattern's bound methods on this object, where they
    shadow the methods below: later calls cost what a compiled pattern's calls cost."""

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self.flags = flags

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def match(self, *args: Any) -> re.Match[str] | None:
        return self._compile().match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self._compile().fullmatch(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        return self._compile().search(*args)

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        return self._compile().finditer(*args)

    def findall(self, *args: Any) -> list[Any]:
        return self._compile().findall(*args)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], *args: Any) -> str:
        return self._compile().sub(replacement, *args)

    def subn(
        self, replacement: str | Callable[[re.Match[str]], str], *args: Any
    ) -> tuple[str, int]:
        return self._compile().subn(replacement, *args)

    def split(self, *args: Any) -> list[str | Any]:
        return self._compile().split(*args)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.flags!r})"


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, deferred until the pattern's first use. The result has
    a compiled pattern's methods (match, search, sub, ...) and its `pattern` and `flags`
    (as given); it is not an `re.Pattern`, so pass it to no `re` function."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))
