"""No entity runs over a table's cell bar, and a table's header cells are no names, with or
without the `|---|` line under them (`| Constituency | Turnout | Swing |`); the first column
under a kind of place lists places (`| Belvar North | 61.2% |`); a row's party name ending
in `Party` is a body, not a person cut at `Party`; a body named for its members (`the
Farmers' Bloc`) is not cut at the possessive; a corps or branch abbreviated after a rank
(`Col. Inf.`) is no person. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


_TURNOUT = """Turnout rose in most districts, the commission's figures show.

| Constituency | Turnout | Swing |
|---|---|---|
| Belvar North | 61.2% | +3.1 |
| Tessel Vale | 58.9% | -1.4 |

Officials in Belvar North counted through the night."""


def test_no_entity_holds_a_cell_bar(nlp) -> None:
    found = _by_name(nlp, _TURNOUT)
    assert not any("|" in name for name in found), found
    for label in ("Constituency", "Turnout", "Swing"):
        assert label not in found, found


def test_a_header_row_without_its_rule_line(nlp) -> None:
    text = "| Constituency | Turnout | Swing |\n| Belvar North | 61.2% | +3.1 |\n"
    text += "| Ormund East | 58.9% | -1.4 |"
    found = _by_name(nlp, text)
    assert not any("|" in name for name in found), found
    for label in ("Constituency", "Turnout", "Swing"):
        assert label not in found, found


def test_the_first_column_under_a_kind_of_place_lists_places(nlp) -> None:
    found = _by_name(nlp, _TURNOUT)
    for place in ("Belvar North", "Tessel Vale"):
        assert place not in found or found[place].type in ("GPE", "LOC"), found
    assert found["Tessel Vale"].type == "GPE", found


def test_a_party_in_a_table_row_is_a_body(nlp) -> None:
    text = """President Ivo Marlen has won a second term, taking 52.1 per cent of the vote \
against 44.0 per cent for his rival Sanda Ruvel, the electoral board said.

Election results (board, 98% of stations counted)

| Candidate | Party | Votes | Share |

|---|---|---|---|

| Ivo Marlen | Orvish Unity Party | 1,231,417 | 52.1% |

| Sanda Ruvel | People's Front | 1,012,620 | 44.0% |

Mr Marlen's Orvish Unity Party also kept its majority. "The people have chosen," Mr Marlen \
told supporters at the party's headquarters. Ms Ruvel said her party would appeal."""
    found = _by_name(nlp, text)
    assert "Orvish Unity" not in found, found
    assert found["Orvish Unity Party"].type == "ORG", found
    assert len(found["Orvish Unity Party"].mentions) == 2, found


def test_a_body_named_for_its_members_keeps_its_name(nlp) -> None:
    text = "The Unity Party won 88 seats, the Civic Alliance 54 and the Farmers' Bloc nine."
    found = _by_name(nlp, text)
    assert "Farmers" not in found, found
    assert found["Farmers' Bloc"].type == "ORG", found


def test_a_branch_after_a_rank_is_no_person(nlp) -> None:
    text = (
        "Col. Inf. Irham Sudarso, the district commander, said troops had been sent. "
        "Sudarso said the roads were open."
    )
    found = _by_name(nlp, text)
    assert "Inf" not in found, found
    assert found["Irham Sudarso"].type == "PERSON", found


def test_abbreviated_ranks_before_a_branch_are_no_names(nlp) -> None:
    found = _by_name(nlp, "Lt. Col. Cav. Marko Dendel said the unit was ready.")
    assert set(found) == {"Marko Dendel"}, found
    assert found["Marko Dendel"].type == "PERSON", found


def test_a_surname_ending_a_sentence_after_a_rank_stays_a_name(nlp) -> None:
    text = (
        'Matthias Koll was pardoned. "You are right that I forgave General Koll. You are '
        'wrong that I forgot," she wrote.'
    )
    found = _by_name(nlp, text)
    assert len(found["Matthias Koll"].mentions) >= 3, found
