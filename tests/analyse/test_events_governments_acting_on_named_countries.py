"""A country under the act's verb, in its object or a preposition at any depth (`sanctions
on Iran`, `diplomats from Russia`, `troops to Mali`), is a party of the act, never the
country of a bare `the Government` doing it: the Government then stays as written. Text
written for these tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, kind, target",
    [
        ("The Government imposed sanctions on Iran on Monday.", "sanction", "Iran"),
        (
            "The Government expelled two diplomats from Russia on Monday.",
            "sanction",
            "Russia",
        ),
        ("The Government will send 200 troops to Mali next month.", "threaten", "Mali"),
    ],
)
def test_the_country_acted_on_is_no_government_of_its_own(events, text, kind, target):
    found = [e for e in events(text) if e.type == kind]
    assert [[a[1] for a in e.actors] for e in found] == [["Government"]]
    assert all(target not in [a[1] for a in e.actors] for e in events(text))


def test_a_country_beside_the_act_still_names_the_government(events):
    found = events(
        "Dravnia's foreign minister said on Wednesday that the Government would provide 4 "
        "million euro in aid to Tavessa."
    )
    assert [[a[1] for a in e.actors] for e in found if e.type == "agree"] == [["Dravnia"]]
