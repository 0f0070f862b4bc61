"""Session 13: an object that denies the act (`will sign nothing`) negates it as `not` does."""

from __future__ import annotations

import pytest


def _types(found) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        '"We will sign nothing," the minister said.',
        "The Norvik delegation will agree to nothing, its leader said.",
        "Vellmar will offer no concessions to the strikers, the mayor said.",
    ],
)
def test_planned_act_done_to_nothing_is_a_refusal(events, text):
    """A cooperative act promised on nothing is a refusal, as `will not sign` is; saying so
    is the refusal, done (not planned)."""
    assert _types(events(text)) == [("reject", "happened")]


def test_past_act_done_to_nothing_is_no_event(events):
    assert events("The Norvik envoy signed nothing at the summit in Vellmar.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Norvik signed nothing but a letter of intent on Tuesday.",
        "Norvik will sign the treaty on Friday, the minister said.",
    ],
)
def test_limits_and_plain_objects_keep_the_act(events, text):
    """`nothing but X` names what was signed; a plain object is no denial."""
    assert [e.type for e in events(text)] == ["agree"]


def test_neither_subject_denies_the_act(events):
    """`Neither side` did it: no one did, as with `no side`."""
    assert events("Neither side made concessions at the Vellmar talks on Monday.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Norvik government offered an apology to Vellmar on Monday.", "support"),
        ("The Norvik foreign minister offered sharp criticism of Vellmar.", "accuse"),
        ("The Norvik government offered aid to Vellmar on Monday.", "agree"),
    ],
)
def test_offering_a_spoken_act_is_that_act(events, text, kind):
    """Offering an apology is apologising; an offer of aid stays an intent (agree)."""
    assert [e.type for e in events(text)] == [kind]
