"""A pronoun under a court's finding (`the court found that it had shelled the village`)
stands for the party judged, never the court: the named subject of an earlier finding in
the sentence, else no one. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations


def test_a_finding_pronoun_is_the_party_judged(events):
    found = events(
        "The tribunal did not find that Ostravia had breached the truce, but found that it "
        "had shelled the village."
    )
    assault = [e for e in found if e.type == "assault"]
    assert assault
    assert all(a[1] != "tribunal" for e in assault for a in e.actors)
    assert [a[1] for a in assault[0].actors] in ([], ["Ostravia"])


def test_a_finding_pronoun_with_no_party_names_no_one(events):
    found = events("The court found that it had shelled the village.")
    assert all(a[1] != "court" for e in found for a in e.actors)


def test_a_speaker_pronoun_is_still_the_speaker(events):
    found = events("Ostravia said it had shelled the village.")
    assault = [e for e in found if e.type == "assault"]
    assert [a[1] for a in assault[0].actors] == ["Ostravia"]
