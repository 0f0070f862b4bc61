"""A court's finding is a verdict only when it finds a party at fault: a ruling that a party
did not break the law clears it, prosecutors concluding is no judgment, and a law found to
violate a constitution is no party found liable. Text written for these tests; published
Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled on Tuesday that the ministry had not violated the law.",
        "The tribunal found that Marlo Shipping never breached the contract.",
        "Prosecutors concluded on Tuesday that Varrow Freight had breached the sanctions.",
        "The court found on Tuesday that the 2019 law violated the constitution.",
    ],
)
def test_no_verdict_without_a_party_found_at_fault(events, text):
    assert [e for e in events(text) if e.type == "accuse"] == []


def test_a_finding_of_a_breach_is_still_a_verdict(events):
    found = events("The court ruled on Tuesday that Varrow Freight had breached the contract.")
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("accuse", ["Varrow Freight"])]
