"""A court's ruling is PLOVER accuse (CAMEO 116, "find guilty or liable") only when it finds
guilt: an acquittal (`a verdict of not guilty`, `an acquittal`) accuses no one and is typed as
the CAMEO dictionary types the verb `acquit` (081, PLOVER concede), whichever verb the court
gives it with (`plover.ruling_cue`). Text written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.analyse.plover import ACQUITTAL, VERB_OBJECT, ruling_cue


def _told(text: str) -> list[frozenset[str]]:
    """Words as the tables read them (form and lemma; the lemma is the form here)."""
    return [frozenset((w,)) for w in text.lower().replace("-", " - ").split()]


GUILT = VERB_OBJECT[("return", "verdict")]


@pytest.mark.parametrize(
    "words",
    [
        "a verdict of not guilty",
        "a not-guilty verdict",
        "an innocent verdict",
        "a verdict clearing the firm of negligence",
        "verdicts of not liable on all counts",
    ],
)
def test_a_ruling_that_clears_is_an_acquittal(words):
    assert GUILT.type == "accuse"
    assert ruling_cue(GUILT, _told(words)) == ACQUITTAL


@pytest.mark.parametrize(
    "words",
    [
        "its verdict",
        "a guilty verdict",
        "a clear verdict",
        "a verdict of guilty on two counts and not guilty on a third",
    ],
)
def test_a_ruling_that_finds_guilt_or_says_nothing_stays_accuse(words):
    assert ruling_cue(GUILT, _told(words)) == GUILT


@pytest.mark.parametrize("verb", ["hand", "deliver", "return", "announce", "pronounce", "issue"])
def test_every_verb_of_a_ruling_gives_an_acquittal_its_type(verb):
    assert VERB_OBJECT[(verb, "acquittal")] == ACQUITTAL
    assert VERB_OBJECT[(verb, "verdict")].type == "accuse"


@pytest.mark.parametrize(
    "text",
    [
        "A jury in Varnholt returned a verdict of not guilty on Monday, clearing the ferry "
        "operator Ludo Kasparek of fraud.",
        "The Varnholt court delivered a not-guilty verdict in the fraud case against the ferry "
        "operator Ludo Kasparek on Monday.",
        "The tribunal handed down a verdict of not guilty for the Varnholt Port Authority.",
        "The court delivered an acquittal in the fraud case against Ludo Kasparek on Monday.",
        "The judge handed down an acquittal to the ferry operator on Monday.",
        "The jury returned an innocent verdict in the Kasparek case on Monday.",
        "The jury found the ferry operator Ludo Kasparek not guilty of fraud on Monday.",
        "The jury returned a verdict that cleared the ferry operator of fraud on Monday.",
    ],
)
def test_an_acquittal_is_no_accusation(events, text):
    found = [(e.type, e.cameo) for e in events(text)]
    assert found == [("concede", "081")], found


@pytest.mark.parametrize(
    "text",
    [
        "The jury returned a guilty verdict against the Varnholt Port Authority on Monday.",
        "The court delivered a verdict of guilty against the shipping firm Tessaly Lines.",
        "The court handed down a conviction against Tessaly Lines on Monday.",
        "The jury found Tessaly Lines guilty of fraud on Monday.",
    ],
)
def test_a_finding_of_guilt_stays_accuse(events, text):
    assert [(e.type, e.cameo) for e in events(text)] == [("accuse", "116")]


def test_an_acquittal_not_by_a_court_is_no_event(events):
    assert events("Critics delivered an acquittal of the new Varnholt opera on Friday.") == []


def test_a_clause_about_something_else_does_not_clear(events):
    """Words of a relative clause with its own subject tell of that subject, not the ruling."""
    found = events(
        "The jury returned a verdict that the families of the innocent victims welcomed."
    )
    assert ("accuse", "116") in [(e.type, e.cameo) for e in found]
    assert "concede" not in [e.type for e in found]
