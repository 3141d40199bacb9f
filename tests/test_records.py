"""Records behave as frozen dataclasses: fields, defaults, equality, hashing, immutability."""

from __future__ import annotations

import copy
import pickle
from functools import cached_property

import pytest

from factcli.records import FrozenRecordError, frozen, replace


@frozen
class Point:
    """A record with required and default fields."""

    x: int
    y: int
    label: str = ""
    tags: tuple[str, ...] = ()


@frozen
class OtherPoint:
    """A record with the same fields as Point, of another type."""

    x: int
    y: int
    label: str = ""
    tags: tuple[str, ...] = ()


@frozen
class Single:
    """A record of one field."""

    value: float


@frozen
class Empty:
    """A record without fields."""


@frozen
class Area:
    """A record with a cached property, computed once per instance."""

    width: int
    height: int

    @cached_property
    def size(self) -> int:
        return self.width * self.height


def test_fields_are_positional_or_keyword_with_defaults() -> None:
    assert Point(1, 2) == Point(x=1, y=2, label="", tags=())
    assert Point(1, 2, "a").label == "a"
    assert Point.__match_args__ == ("x", "y", "label", "tags")
    with pytest.raises(TypeError):
        Point(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1, 2, colour="red")  # type: ignore[call-arg]


def test_equality_needs_the_same_type_and_fields() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != OtherPoint(1, 2)
    assert Point(1, 2) != (1, 2, "", ())
    assert Single(1.0) == Single(1.0)
    assert Single(1.0) != Single(2.0)
    assert Empty() == Empty()


def test_equal_records_hash_alike_and_work_as_keys() -> None:
    assert hash(Point(1, 2, "a")) == hash(Point(1, 2, "a"))
    assert hash(Single(0.5)) == hash(Single(0.5))
    assert len({Point(1, 2), Point(1, 2), Point(2, 1)}) == 2
    assert {Empty(): 1}[Empty()] == 1


def test_repr_names_every_field() -> None:
    assert repr(Point(1, 2, "a")) == "Point(x=1, y=2, label='a', tags=())"
    assert repr(Empty()) == "Empty()"


def test_fields_cannot_be_assigned_or_deleted() -> None:
    point = Point(1, 2)
    with pytest.raises(FrozenRecordError, match="'x'"):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    with pytest.raises(AttributeError):
        point.extra = 1  # type: ignore[attr-defined]
    assert point == Point(1, 2)


def test_replace_changes_only_the_named_fields() -> None:
    point = Point(1, 2, "a", ("t",))
    moved = replace(point, y=5)
    assert moved == Point(1, 5, "a", ("t",))
    assert point == Point(1, 2, "a", ("t",))
    with pytest.raises(TypeError):
        replace(point, z=1)


def test_records_survive_pickle_and_copy() -> None:
    point = Point(1, 2, "a", ("t",))
    assert pickle.loads(pickle.dumps(point)) == point
    assert copy.copy(point) == point
    assert copy.deepcopy(point) == point


def test_cached_properties_work_on_records() -> None:
    area = Area(2, 3)
    assert area.size == 6
    assert area.size == 6
    assert area == Area(2, 3)


def test_mutable_defaults_are_refused() -> None:
    with pytest.raises(TypeError, match="mutable"):

        @frozen
        class Bad:
            items: list[int] = []  # noqa: RUF012


def test_a_required_field_after_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="follows"):

        @frozen
        class Bad:
            first: int = 0
            second: int  # type: ignore[misc]
