"""A finding denied (`did not find that X had breached the ceasefire`) says the act was not
shown: its inner clause tells no act. A finding made still accuses. Text written for these
tests; published Thursday 2031-03-13."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal did not find that Velmar had breached the ceasefire.",
        "The court did not find that the ministry had violated the ceasefire, but it criticised "
        "the army.",
    ],
)
def test_a_denied_finding_tells_no_assault(events, text):
    assert [e for e in events(text) if e.type == "assault"] == []


def test_a_finding_made_still_accuses(events):
    found = events("The tribunal found that Velmar had breached the ceasefire.")
    assert [(e.type, [t[1] for t in e.targets]) for e in found] == [("accuse", ["Velmar"])]
