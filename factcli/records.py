"""Frozen record types: what `@dataclass(frozen=True)` gives, at a fraction of the start-up cost.

The dataclasses module imports inspect (about 7 ms) and compiles six methods for every class
(about 0.5 ms each); over factcli's value types that was a fifth of a `check` run. A record
compiles only its `__init__`; equality, hashing, repr and immutability are shared methods
that read the class's field names. Type checkers see records as frozen dataclasses.
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # it only informs type checkers; typing has it from Python 3.11, not 3.10
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Any:
        return lambda decorated: decorated


RecordType = TypeVar("RecordType")

_UNSHAREABLE_DEFAULTS = (list, dict, set, bytearray)


class FrozenRecordError(AttributeError):
    """Raised on an attempt to assign to or delete a field of a record."""


@dataclass_transform(frozen_default=True, eq_default=True)
def frozen(cls: type[RecordType]) -> type[RecordType]:
    """Make `cls` a frozen record whose fields are its annotated attributes, in order.

    A field with a class-level value has that value as its default; defaults are shared
    between instances, so they must be immutable.
    """
    names = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063 - inspect is slow to import
    defaults = [cls.__dict__[name] for name in names if name in cls.__dict__]
    required = len(names) - len(defaults)
    if any(name in cls.__dict__ for name in names[:required]):
        raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
    if any(isinstance(value, _UNSHAREABLE_DEFAULTS) for value in defaults):
        raise TypeError(f"{cls.__name__}: a field's default is mutable; use a tuple or frozenset")
    cls.__init__ = _init_method(cls, names, tuple(defaults))  # type: ignore[method-assign]
    key = attrgetter(*names) if names else _no_fields
    for name, method in _shared_methods(cls.__qualname__, names, key).items():
        setattr(cls, name, method)
    return cls


def replace(value: RecordType, **changes: Any) -> RecordType:
    """A copy of the record `value` with the given fields changed."""
    fields: tuple[str, ...] = type(value).__match_args__  # type: ignore[attr-defined]
    current = {name: getattr(value, name) for name in fields}
    return type(value)(**(current | changes))


def _no_fields(_: object) -> tuple[()]:
    return ()


def _init_method(cls: type, names: tuple[str, ...], defaults: tuple[object, ...]) -> Any:
    """Compile `__init__(self, field, ...)`, the one method whose speed matters per instance."""
    lines = [f"def __init__(self{''.join(', ' + name for name in names)}):"]
    lines += [f"    _set(self, {name!r}, {name})" for name in names] or ["    pass"]
    namespace: dict[str, Any] = {"_set": object.__setattr__}
    exec("\n".join(lines), namespace)
    init = namespace["__init__"]
    init.__defaults__ = defaults or None
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


def _shared_methods(qualname: str, names: tuple[str, ...], key: Any) -> dict[str, Any]:
    """Equality, hashing, repr and immutability, the same for every record type."""

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(key(self) == key(other))

    def __hash__(self: object) -> int:
        return hash(key(self))

    def __repr__(self: object) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{qualname}({shown})"

    def __setattr__(self: object, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self: object, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    return {
        "__eq__": __eq__,
        "__hash__": __hash__,
        "__repr__": __repr__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__match_args__": names,
    }
