"""A table's column and row labels are no names (`| Candidate | Votes | Change |` over its
`|---|` line, `EPS (crowns)` opening a row); the `of` objects of a plural kind of place are
places (`the districts of Tarvo and Melk`); a count or share after a name is no part of it
(`the Farmers' League nine`, `Dremmel 41.6%`). Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity

_TABLES = """Preliminary results were published on Tuesday.

| Candidate | Party | Votes | Change |
|---|---|---|---|
| Matei Varro | Unity Party | 2,231,417 | +6 |
| Ilsa Dremmel | Renewal Alliance | 1,712,620 | -3 |

| Quarter | Q3 2026 | Q3 2025 |
|---|---|---|
| EPS (crowns) | 2.01 | 2.07 |
| FY revenue growth guidance | 6-7% | 5-6% |

Varro thanked his voters on Monday."""


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


def test_table_labels_are_no_names(nlp) -> None:
    found = _by_name(nlp, _TABLES)
    for label in ("Candidate", "Party", "Votes", "Change", "Quarter", "EPS", "FY"):
        assert label not in found, found
    assert "Party" not in found["Unity Party"].aliases, found["Unity Party"]
    assert found["Matei Varro"].type == "PERSON" and found["Ilsa Dremmel"].type == "PERSON"
    assert found["Unity Party"].type == "ORG", found


def test_names_of_a_plural_kind_of_place_are_places(nlp) -> None:
    found = _by_name(nlp, "Voters in the districts of Tarvo and Melk queued for hours.")
    assert found.get("Tarvo") is not None and found["Tarvo"].type == "GPE", found
    assert found.get("Melk") is not None and found["Melk"].type == "GPE", found


def test_a_count_after_a_name_is_no_part_of_it(nlp) -> None:
    text = "The Civic Renewal Alliance won 54 seats and the Farmers' League nine."
    found = _by_name(nlp, text)
    assert "Farmers' League" in found and "Farmers' League nine" not in found, found


def test_a_share_after_a_name_is_no_part_of_it(nlp) -> None:
    text = (
        "- Vorlan won 54.2% and Dravescu 41.6%, the commission said.\n\n"
        "Ilinca Dravescu said on Monday she would appeal. Dravescu called for calm."
    )
    found = _by_name(nlp, text)
    assert not any(any(c.isdigit() for c in name) for name in found), found
    assert len(found["Ilinca Dravescu"].mentions) == 3, found
