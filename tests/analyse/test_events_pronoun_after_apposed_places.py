"""A `he`/`she` after a sentence whose last named person acts in a clause of an apposition to
a place or a paper (`Kelvar, a town run by mayor Ilse Brandt, was shelled. She ...`) means
that person: a town or a weekly is never `she`. Only a name nested without a clause of its own
(`Tarsen, an editor at the weekly Harbour Lantern`) gives way to the described name.
Sentences written for these tests (invented names); published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


def _actors(found, kind):
    return [[a[1] for a in e.actors] for e in found if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kelvar, a town run by mayor Ilse Brandt, was shelled on Friday. "
            "She condemned the attack.",
            "accuse",
        ),
        (
            "The Harbour Lantern, a weekly paper founded by Ilse Brandt, was closed by the "
            "ministry on Friday. She denied the charges.",
            "reject",
        ),
    ],
)
def test_pronoun_means_the_person_acting_in_the_apposition(events, text, kind):
    assert _actors(events(text), kind) == [["Ilse Brandt"]]
