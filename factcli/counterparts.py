"""Counterparts: "Xi met his Russian counterpart, Dmitry Medvedev" gives Medvedev the post
Xi holds, in Russia. The store's alias table says which post that is: Xi goes by "Chinese
president", so his Russian counterpart is whoever goes by "Russian president" (Putin). A
counterpart the table gives to another person is a title given to the wrong one, as
"Russian President Dmitry Medvedev" is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcli.gazetteer import lookup
from factcli.lazy_re import lazy_compile
from factcli.values import Mention

if TYPE_CHECKING:
    from factcli.entities import EntityIndex

_COUNTERPART = lazy_compile(r"\bcounterparts?\b")
_NAME_REACH = 3  # characters from "counterpart" to the name: ", Dmitry Medvedev"


def counterpart_titles(
    text: str, mentions: tuple[Mention, ...], index: EntityIndex
) -> list[tuple[str, str, str]]:
    """Titles the text gives by calling a person another's counterpart in a country, where
    the alias table gives that title to someone else: (title, its holder, who is named)."""
    if "counterpart" not in text:
        return []
    titles = []
    for found in _COUNTERPART.finditer(text):
        country = next(
            (m for m in mentions if m.kind == "country" and 0 <= found.start() - m.end <= 1),
            None,
        )
        named = next(
            (
                m
                for m in mentions
                if m.kind == "person" and 0 < m.start - found.end() <= _NAME_REACH
            ),
            None,
        )
        owner = [m for m in mentions if m.kind == "person" and m.end <= found.start()][-1:]
        if country is None or named is None or not owner:
            continue
        post = _national_post(index, owner[0].name)
        holder = _holder(index, country.name, post) if post else None
        if holder is not None and holder != named.name:
            titles.append((f"{text[country.start : country.end]} {post}", holder, named.name))
    return titles


def _national_post(index: EntityIndex, person: str) -> str | None:
    """The post the alias table names a person by with a country's adjective ("Chinese
    president"): "president"."""
    for form in index.forms(person):
        country, _, post = form.partition(" ")
        entry = lookup(country)
        if post and entry is not None and entry.kind == "country":
            return post
    return None


def _holder(index: EntityIndex, country: str, post: str) -> str | None:
    """Who the alias table names by that post in that country ("Russian president")."""
    for form, (name, kind) in index.forms_by_name():
        adjective, _, rest = form.partition(" ")
        entry = lookup(adjective)
        if kind == "person" and rest == post and entry is not None and entry.canonical == country:
            return name
    return None
