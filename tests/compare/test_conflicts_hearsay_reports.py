"""Hearsay in stance conflicts: `reports that` tells talk only as a noun (`amid reports that`,
`there were unconfirmed reports that`); as a verb (`State television reports that`) it is a
source's own claim, and confirmed (`confirmed reports that`) no longer talk. Invented text."""

from __future__ import annotations

import pytest

from newsgraph.compare.conflicts import _stance_facts

PLAIN = ("pay", ["taldmark"], ["crew", "wage"], False)


def _facts(text: str) -> list[tuple]:
    return [
        (f.act, sorted(f.actor), sorted(f.obj), f.refused)
        for f in _stance_facts("a", text, 0, frozenset(), frozenset())
    ]


@pytest.mark.parametrize(
    "text",
    [
        "State television reports that Taldmark has agreed to pay the crew's wages.",
        "The ministry confirmed reports that Taldmark has agreed to pay the crew's wages.",
        "Officials verified the reports that Taldmark has agreed to pay the crew's wages.",
        "The harbour office reports that Taldmark has agreed to pay the crew's wages.",
    ],
)
def test_reports_as_a_verb_or_confirmed_tells_the_stance(text):
    assert _facts(text) == [PLAIN]


@pytest.mark.parametrize(
    "text",
    [
        "There were unconfirmed reports that Taldmark has agreed to pay the crew's wages.",
        "Shares rose amid media reports that Taldmark has agreed to pay the crew's wages.",
        "Reports that Taldmark has agreed to pay the crew's wages spread on Monday.",
        "Despite a report that Taldmark has agreed to pay the crew's wages, the strike went on.",
        "Shares rose amid growing reports that Taldmark has agreed to pay the crew's wages.",
        "The union, citing reports that Taldmark has agreed to pay the crew's wages, waited.",
        "Asked about Tuesday's reports that Taldmark has agreed to pay the crew's wages, he sat.",
        "According to unconfirmed reports, Taldmark has agreed to pay the crew's wages.",
        "It was reported that Taldmark has agreed to pay the crew's wages.",
    ],
)
def test_reports_as_a_noun_or_unattributed_is_hearsay(text):
    assert _facts(text) == []


def test_a_source_that_reported_it_tells_the_stance():
    assert _facts("Local radio reported that Taldmark has agreed to pay the crew's wages.") == [
        PLAIN
    ]
