"""A pronoun subject of a verb coordinated with a court's finding (`found that X had ...,
and it ordered ...`) is the court, doing its own act; only a pronoun inside the finding
stands for the party judged. Text written for these tests; published Thursday
2031-03-13."""

from __future__ import annotations


def test_the_court_orders_what_it_ordered(events):
    found = events(
        "The tribunal found that Velmar had breached the truce, and it ordered the arrest of "
        "two generals on Monday."
    )
    assert [[a[1] for a in e.actors] for e in found if e.type == "coerce"] == [["tribunal"]]


def test_a_pronoun_inside_the_finding_is_still_the_party_judged(events):
    found = events(
        "The court did not find that Velmar had breached the ceasefire, but found that it had "
        "shelled the village of Orsk on Monday."
    )
    assert all("court" not in [a[1] for a in e.actors] for e in found if e.type == "assault")
