"""A name set off by commas after an object (`jailed the owner of the quarry, Ulric Danner, for
four years`) that the parser hangs on the verb, or makes the subject of a later verb: it is the
object's apposition, the one the act is done to, and no actor of the later verb. Text written for
these tests (invented people and places); published 2031-03-13."""

from __future__ import annotations


def _rows(found):
    return sorted((e.type, [a[1] for a in e.actors], [t[1] for t in e.targets]) for e in found)


def test_jailing_an_owner_named_in_apposition_targets_the_name(events):
    found = events("The court jailed the owner of the quarry, Ulric Danner, for four years.")
    assert _rows(found) == [("coerce", ["court"], ["Ulric Danner"])]


def test_apposed_name_is_no_actor_of_a_later_clause(events):
    found = events(
        "In 2019 the judge jailed the owner of the quarry, Ulric Danner, for four years after "
        "a blast there killed two workers."
    )
    rows = _rows(found)
    assert ("coerce", ["judge"], ["Ulric Danner"]) in rows
    assert not any("Ulric Danner" in actors for _, actors, _ in rows)


def test_speaker_after_an_object_is_no_apposition(events):
    # positive control: `Ilse Marr said` is who tells it, not whom the police detained
    found = events("Police detained the protesters, Ilse Marr said.")
    assert [t[1] for e in found for t in e.targets] == ["protesters"]
