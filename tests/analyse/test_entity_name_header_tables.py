"""A table whose header row holds people's names (`| Candidate | Ana Ruiz | Tom Vale |` over
its `|---|` line) keeps them people: only a header cell of label words (`Candidate`, `Votes`)
is a column's label, no name. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


def test_names_beside_a_label_cell_in_a_header_are_people(nlp) -> None:
    text = (
        "| Candidate | Ana Ruiz | Tom Vale |\n|---|---|---|\n| Votes | 12,400 | 9,800 |\n\n"
        "Ruiz thanked voters on Monday and Vale conceded."
    )
    found = _by_name(nlp, text)
    assert "Candidate" not in found, found
    assert found.get("Ana Ruiz") is not None and found["Ana Ruiz"].type == "PERSON", found
    assert found.get("Tom Vale") is not None and found["Tom Vale"].type == "PERSON", found
    assert "Vale" not in found, found


def test_a_header_of_names_only_keeps_them_people(nlp) -> None:
    text = (
        "Turnout rose in every district.\n\n| Ana Ruiz | Tom Vale | Ivo Sand |\n|---|---|---|\n"
        "| 12,400 | 9,800 | 4,100 |"
    )
    found = _by_name(nlp, text)
    for name in ("Ana Ruiz", "Tom Vale", "Ivo Sand"):
        assert found.get(name) is not None and found[name].type == "PERSON", found


def test_no_title_runs_across_a_header_s_cells(nlp) -> None:
    text = (
        "Results by candidate:\n\n| Candidate | Ana Ruiz | Tom Vale |\n|---|---|---|\n"
        "| Votes | 12,400 | 9,800 |"
    )
    found = _by_name(nlp, text)
    for name in ("Ana Ruiz", "Tom Vale"):
        assert found.get(name) is not None, found
        assert not any("|" in m.text for m in found[name].mentions), found[name]
