"""A crowd counted from a place (`Hundreds of Tarsby's dockers`, NER's MONEY `Hundreds of
Tarsby`) leaves the place as a place of its own, not lost inside the count nor made the
crowd's name."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities

TEXT = (
    "Port strike\n\n"
    "Hundreds of Tarsby's dockers walked out on Monday over pay. "
    "The dockers said they would stay out until Friday."
)


def test_the_place_a_counted_crowd_comes_from_is_a_place(nlp):
    doc = nlp(TEXT)
    entities = extract_entities(doc)
    found = {(e.name, e.type): e for e in entities}
    assert ("Tarsby", "GPE") in found
    assert {m.start for m in found[("Tarsby", "GPE")].mentions} == {TEXT.index("Tarsby")}
    assert not any("Hundreds" in e.name or "dockers" in e.name for e in entities)


def test_a_count_without_a_crowd_word_keeps_no_owner(nlp):
    text = "Court hearing\n\nThree of Lunn's lawyers asked for more time on Monday."
    names = {(e.name, e.type) for e in extract_entities(nlp(text))}
    assert ("Lunn", "GPE") not in names
