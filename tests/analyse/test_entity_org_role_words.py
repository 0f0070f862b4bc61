"""Session 13: entities.

- a role or title word that opens an organisation's name stays in it (`Judge Business School`,
  NER's ORG `Business School`);
- linking one article at a time re-keys what an earlier article stored when a later one shows
  the batch rule's answer: an ORG of a place's very words joins the place (`place name`), and a
  LOC key joins the GPE key of the same place and country, whichever came first.
"""

from __future__ import annotations

import pytest
from test_entities_review12 import _ent, _stored

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.linking import link_entities


def _found(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in extract_entities(nlp(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Judge Orvell School said on Monday it would double its fees.",
            "Judge Orvell School",
            id="judge-school-opens-sentence",
        ),
        pytest.param(
            "Students at Judge Business School said on Monday the fees were too high.",
            "Judge Business School",
            id="judge-business-school",
        ),
        pytest.param(
            "Prime Healthcare Services said on Monday it would close two clinics in Dorrin.",
            "Prime Healthcare Services",
            id="prime-services",
        ),
        pytest.param(
            "Captain Tarrow Memorial Hospital said on Monday it would shut its ward.",
            "Captain Tarrow Memorial Hospital",
            id="person-tagged-hospital",
        ),
    ],
)
def test_a_role_word_opening_an_organisation_stays_in_its_name(nlp, text, name) -> None:
    found = _found(nlp, text)
    assert (name, "ORG") in found
    cut = name.split(" ", 1)[1]
    assert all(n != cut for n, _ in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Judge Orla Fennick said on Monday the bank must pay.", "Orla Fennick"),
        ("Prosecutor Dagny Holte told the Kessel District Court the case was over.", "Dagny Holte"),
    ],
)
def test_a_role_before_a_persons_name_is_still_cut(nlp, text, person) -> None:
    assert (person, "PERSON") in _found(nlp, text)


ARTICLES = {
    "loc-gpe": [
        ("b1", [_ent("Ostrava Vale", "LOC", "CZE")]),
        ("b2", [_ent("Ostrava Vale", "GPE", "CZE")]),
    ],
    "org-place": [
        ("c1", [_ent("Pellmoor", "ORG")]),
        ("c2", [_ent("Pellmoor", "ORG")]),
        ("c3", [_ent("Pellmoor", "GPE", "IRL")]),
    ],
}


@pytest.mark.parametrize("case", sorted(ARTICLES))
@pytest.mark.parametrize("reverse", [False, True], ids=["forward", "reverse"])
def test_incremental_keys_equal_batch_keys(case: str, reverse: bool) -> None:
    articles = ARTICLES[case]
    batch, _ = link_entities(articles)
    order = articles[::-1] if reverse else articles
    assert _stored(order) == batch


def test_an_acronym_is_no_place_mislabel() -> None:
    """`PEL` tagged ORG stays an organisation when a place `Pel` arrives later."""
    stored = _stored([("d1", [_ent("PEL", "ORG")]), ("d2", [_ent("Pel", "GPE", "EST")])])
    assert stored[("d1", 0)] == "org:pel"


def _mentions(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.link for m in e.mentions]) for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Bank of Sarvanistan raised its key rate on Thursday, the bank said.", "Sarvanistan"),
        ("Lecturers at the University of Lyon went on strike on Tuesday.", "Lyon"),
        ("The Bank of France kept its rates on hold on Thursday.", "France"),
    ],
)
def test_a_place_an_organisation_is_named_after_is_found(nlp, text: str, place: str) -> None:
    found = _mentions(nlp, text)
    assert found[place] == ("GPE", ["nested"])
    assert any(name.endswith(f"of {place}") and typ == "ORG" for name, (typ, _) in found.items())


def test_a_nested_place_joins_its_demonym(nlp) -> None:
    text = "Officials at the Bank of Sarvania raised rates. Sarvanian exporters complained."
    assert _mentions(nlp, text)["Sarvania"] == ("GPE", ["nested", "name"])


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Justice and the Court of Appeal said nothing on Monday.",
        "The Council of Ministers met on Monday.",
        "The University of Anna Rell opened on Monday. Anna Rell spoke.",
    ],
)
def test_a_common_word_or_a_person_after_of_is_no_place(nlp, text: str) -> None:
    assert all(typ in ("ORG", "PERSON") for typ, _ in _mentions(nlp, text).values())
