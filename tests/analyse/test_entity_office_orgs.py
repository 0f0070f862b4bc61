"""An office that speaks for a place is an organisation of its own, in either form the text
uses (`Morvay's customs service said`, `the Morvay customs service said`), with the place
beside it; in two articles the two forms are one key."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.linking import link_entities
from newsgraph.records import Entity

TEXT = (
    "Crossing reopens\n\n"
    "Morvay's customs service said on Monday that 210 lorries had crossed the bridge.\n\n"
    "By evening the queue was shorter, the Morvay customs service said."
)


def test_a_place_s_office_is_one_organisation_in_both_forms(nlp):
    entities = extract_entities(nlp(TEXT))
    orgs = [e for e in entities if e.type == "ORG" and "customs service" in e.name]
    assert len(orgs) == 1
    starts = {m.start for m in orgs[0].mentions}
    assert {TEXT.index("Morvay's customs"), TEXT.index("Morvay customs")} <= starts
    assert {e.type for e in entities if e.name == "Morvay"} <= {"GPE", "LOC"}  # the place
    assert {e.type for e in entities if e.name == "Morvay"} and not any(
        e.type == "PERSON" for e in entities
    )


def test_without_an_office_word_the_place_s_noun_is_no_organisation(nlp):
    text = "Talks resume\n\nThe Morvay government said on Monday that talks would resume."
    names = {e.name for e in extract_entities(nlp(text)) if e.type == "ORG"}
    assert not any("government" in n for n in names)


def test_the_two_forms_in_two_articles_are_one_key():
    keys, _ = link_entities(
        [
            ("a1", [Entity("Morvay's customs service", "ORG")]),
            ("a2", [Entity("Morvay customs service", "ORG")]),
        ]
    )
    assert keys[("a1", 0)] == keys[("a2", 0)] == "org:morvay-customs-service"
