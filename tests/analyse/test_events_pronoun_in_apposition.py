"""A `he`/`she` after a sentence whose last named person sits inside an apposition to another
name (`Tarsen, an editor at the weekly Harbour Lantern, was detained. He denied ...`) means the
name the apposition describes, not the nested one; when NER did not tag that name a person,
no one rather than the nested name. Sentences written for these tests (invented names)."""

from __future__ import annotations


def _denials(found):
    return [[a[1] for a in e.actors] for e in found if e.type == "reject"]


def test_pronoun_means_the_described_person(events):
    found = events(
        "Police arrested Ilse Brandt, a cousin of Dario Menk, on Friday. She denied the charges."
    )
    assert _denials(found) == [["Ilse Brandt"]]


def test_nested_name_is_not_the_pronoun(events):
    found = events(
        "Tarsen, 41, an editor at the weekly Harbour Lantern, was detained in Moskel in May. "
        "He has always denied the charges."
    )
    assert ["Harbour Lantern"] not in _denials(found)


def test_plain_last_person_still_taken(events):
    found = events("Dario Menk met Ilse Brandt on Friday. She denied the charges.")
    assert _denials(found) == [["Ilse Brandt"]]
