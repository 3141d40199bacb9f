"""Patterns compiled on first use behave as compiled patterns, and every declared one compiles."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import factcli
from factcli.lazy_re import lazy_compile

SOURCE = r"(?P<day>\d{1,2}) (?P<month>May|June)"
TEXT = "From 8 May to 10 June, then 3 may."


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_every_method_answers_as_the_compiled_pattern(flags: int) -> None:
    compiled = re.compile(SOURCE, flags)
    calls = [
        ("match", ("8 May",)),
        ("fullmatch", ("10 June",)),
        ("search", (TEXT,)),
        ("findall", (TEXT,)),
        ("split", (TEXT,)),
        ("sub", (r"\g<month> \g<day>", TEXT)),
        ("subn", (lambda m: m["month"].upper(), TEXT)),
    ]
    for name, args in calls:
        lazy = lazy_compile(SOURCE, flags)  # each method may be the first one called
        expected = getattr(compiled, name)(*args)
        found = getattr(lazy, name)(*args)
        again = getattr(lazy, name)(*args)
        if isinstance(expected, re.Match):
            assert found is not None
            assert again is not None
            assert (found.span(), found.groupdict()) == (expected.span(), expected.groupdict())
            assert again.span() == expected.span()
        else:
            assert found == expected == again
    lazy = lazy_compile(SOURCE, flags)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert (lazy.pattern, lazy.flags) == (SOURCE, flags)


def test_a_pattern_compiles_at_its_first_use_not_where_it_is_declared() -> None:
    broken = lazy_compile(r"(unclosed")  # declaring compiles nothing, so nothing fails yet
    with pytest.raises(re.error):
        broken.search("text")


def test_after_the_first_call_the_methods_are_the_compiled_patterns_own() -> None:
    lazy = lazy_compile(r"\d+")
    assert lazy.findall("1 and 22") == ["1", "22"]
    for method in (lazy.match, lazy.search, lazy.sub, lazy.finditer):
        assert isinstance(getattr(method, "__self__", None), re.Pattern)


def test_every_module_level_pattern_of_factcli_compiles() -> None:
    """A pattern is only compiled when first used: a broken one must not wait for an input."""
    lazy_type = type(lazy_compile(""))
    checked = 0
    for module in pkgutil.walk_packages(factcli.__path__, "factcli."):
        if module.name.endswith("__main__"):
            continue
        namespace = vars(importlib.import_module(module.name))
        for value in namespace.values():
            if isinstance(value, lazy_type):
                value.search("")  # compiles it, or raises re.error
                checked += 1
    assert checked > 100
