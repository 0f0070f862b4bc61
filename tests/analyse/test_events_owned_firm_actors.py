"""A firm named with its country's possessive (`Aldmark's Vendral rejected ...`) is the actor,
not the country; a role noun owned by a country (`France's president`) still gives the
country. Text written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations


def test_the_owned_firm_acts(events):
    found = events(
        "Aldmark's Vendral on Tuesday rejected a takeover approach from Belmora's Varrow "
        "Industries."
    )
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("reject", ["Vendral"])]


def test_a_country_owning_a_role_still_acts(events):
    found = events("France's president met the Pope on Monday.")
    assert [a[2] for e in found for a in e.actors] == ["FRA"]
