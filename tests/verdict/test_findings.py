"""Elements of a claim are typed values: equal when they name the same thing."""

from __future__ import annotations

from factcli.verdict.findings import (
    NEGATION,
    STRUCTURAL_KINDS,
    VALUE_KINDS,
    Element,
    Finding,
    Kind,
    Status,
)


def test_elements_are_equal_by_kind_and_index_or_name() -> None:
    assert Element.value(Kind.QUANTITY, 1) == Element(Kind.QUANTITY, 1)
    assert Element.value(Kind.QUANTITY, 1) != Element.value(Kind.DATE, 1)
    assert Element.value(Kind.QUANTITY, 0) != Element.value(Kind.QUANTITY, 1)
    assert Element.named(Kind.ENTITY, "Atlantis") == Element(Kind.ENTITY, 0, "Atlantis")
    assert Element.named(Kind.ENTITY, "Atlantis") != Element.named(Kind.TITLE, "Atlantis")
    assert Element(Kind.NEGATION) == NEGATION
    keyed = {Element.named(Kind.POLAR, "plunged"): 1}
    assert keyed[Element.named(Kind.POLAR, "plunged")] == 1


def test_kinds_fall_into_values_and_structure() -> None:
    assert {Kind.QUANTITY, Kind.DATE, Kind.RANK} == VALUE_KINDS
    assert {Kind.ENTITY, Kind.ROLE, Kind.POST} == STRUCTURAL_KINDS
    assert not VALUE_KINDS & STRUCTURAL_KINDS


def test_a_finding_carries_its_reason() -> None:
    finding = Finding(Element.value(Kind.RANK, 0), Status.CONFLICT, "fifth, not ninth")
    assert finding.element.kind is Kind.RANK
    assert finding.status.value == "conflict"
    assert finding.reason == "fifth, not ninth"
