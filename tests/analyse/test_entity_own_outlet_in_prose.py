"""The article's own outlet named in its prose (`Kestwire could not reach the union` in a
`Kestwire News` report) is an organisation, never a person; its dateline credit stays no
entity. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities

TEXT = (
    "PORT ALDEN, Nov 25 (Kestwire) - The port reopened on Tuesday after a week-long strike, "
    "officials said. Kestwire could not reach the union."
)


def test_the_own_outlet_in_prose_is_an_organisation(nlp) -> None:
    entities = extract_entities(nlp(TEXT), outlet="Kestwire News")
    found = {e.name: e for e in entities}
    assert found.get("Kestwire") is not None and found["Kestwire"].type == "ORG", found
    assert len(found["Kestwire"].mentions) == 1, found["Kestwire"]  # the dateline is a credit


def test_a_place_the_outlet_is_named_after_stays_a_place(nlp) -> None:
    text = (
        "Teodor Valen died on Monday at his home in Morvask. He studied law at Morvask "
        "University. In 1981 he was elected mayor of Morvask."
    )
    found = {e.name: e for e in extract_entities(nlp(text), outlet="Morvask Chronicle")}
    assert found.get("Morvask") is not None and found["Morvask"].type == "GPE", found
