"""Letters that are a legal form or a post-nominal elsewhere: `AG` after a place and before a
person's name is the place's attorney general, no company (`Nevada AG Lena Ortt`); `QC` after
a place is its province, no lawyer's rank (`Montreal, QC`). Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


def test_an_attorney_general_after_a_place_is_no_company(nlp) -> None:
    text = (
        "Nevada AG Lena Ortt sued the firm on Monday. Ortt said Nevada would seek damages. "
        "Residents of Nevada welcomed the case."
    )
    found = _by_name(nlp, text)
    assert "Nevada AG" not in found, found
    assert found.get("Nevada") is not None and found["Nevada"].type == "GPE", found
    assert len(found["Nevada"].mentions) == 3, found["Nevada"]
    assert found.get("Lena Ortt") is not None and found["Lena Ortt"].type == "PERSON", found


def test_a_company_closed_by_ag_stays_a_company(nlp) -> None:
    found = _by_name(nlp, "Tarsk Industries AG said on Monday that its profit rose by a third.")
    assert found.get("Tarsk Industries AG") is not None, found
    assert found["Tarsk Industries AG"].type == "ORG", found


def test_a_province_after_a_city_is_no_post_nominal(nlp) -> None:
    text = "Corvane Ltd moved its head office from Montreal, QC, to Toronto on Monday."
    found = _by_name(nlp, text)
    assert found.get("QC") is not None and found["QC"].type == "GPE", found


def test_a_post_nominal_after_a_name_is_still_cut(nlp) -> None:
    found = _by_name(nlp, "Ade Bello, SAN, told the court on Monday that the ruling was wrong.")
    assert "SAN" not in found and "Ade Bello" in found, found
