"""Regular expressions declared at module level but compiled on first use.

Compiling the parsers' patterns costs tens of milliseconds, and a typical `check` uses only
some of them: `lazy_compile` keeps the source and compiles it when the pattern is first used.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _LazyPattern:
    """Stands for `re.compile(source, flags)`: the first attribute read compiles the pattern
    and copies its public attributes (bound methods included) onto this object, so that
    later reads are plain attribute lookups, as cheap as on the compiled pattern itself."""

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.source_flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self.source, self.source_flags)
        for attribute in dir(compiled):
            if not attribute.startswith("_"):
                setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.source!r}, {self.source_flags!r})"


def lazy_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, deferred until the pattern's first use. The result has
    the attributes and methods of a compiled pattern; it is not an `re.Pattern` instance,
    so pass it to no `re` function (call its methods instead)."""
    return cast("re.Pattern[str]", _LazyPattern(source, flags))
