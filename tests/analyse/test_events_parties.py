"""Parties named by a common noun still act: the rule that a thing does not agree or concede
(`inflation had eased`) must not drop `the two sides agreed to meet again`. Text written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Velorian envoy Marta Quill met Ivo Brenn in Portavel. "
            "The two sides agreed to meet again.",
            "agree",
        ),
        ("The committee agreed on Monday to delay the vote.", "agree"),
        ("The harbour board cooperated with the inquiry on Monday.", "cooperate"),
    ],
)
def test_parties_named_by_a_noun_still_act(events, text, kind):
    assert kind in [e.type for e in events(text)]


@pytest.mark.parametrize(
    "text",
    ["Tensions eased on Monday.", "Governor Ansel Vorr said inflation had eased."],
)
def test_things_still_do_not_act(events, text):
    assert [e for e in events(text) if e.type in ("concede", "agree")] == []
