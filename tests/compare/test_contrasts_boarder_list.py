"""`boarded` takes a vessel only after a force, and the forces are one list: contrasts.tsv's
`boarded<@BOARDERS` reads `newsgraph.wordlists.BOARDERS` (which the event stage reads too), in
the singular and the plural, instead of a copy of it that could drift apart."""

import pytest
from dossier_support import article as _art
from test_contrasts import _contrasts

from newsgraph import wordlists
from newsgraph.compare import contrasts

SEIZED = "Kessan forces seized the bulk carrier Orla Venn off Darrow Point on Tuesday."


def _boarded(subject: str) -> str:
    return f"{subject} boarded the bulk carrier Orla Venn off Darrow Point on Tuesday."


@pytest.mark.parametrize("noun", sorted(wordlists.BOARDERS))
def test_every_boarder_of_the_word_list_takes_a_vessel(noun):
    taking = _boarded(f"Then the Kessan {noun} had")
    got = dict(_contrasts(_art("a", "Lune Post", SEIZED), _art("b", "Harl Wire", taking)))
    assert "vessel-taking" in got, noun


@pytest.mark.parametrize(
    "subject",
    ["marines", "paratroopers", "navies", "gunmen", "masked men", "coastguards", "police"],
)
def test_boarders_in_the_plural_take_a_vessel(subject):
    taking = _boarded(f"Kessan {subject} then")
    got = dict(_contrasts(_art("a", "Lune Post", SEIZED), _art("b", "Harl Wire", taking)))
    assert "vessel-taking" in got, subject


def test_a_word_added_to_the_list_is_read_by_the_contrasts(monkeypatch):
    monkeypatch.setattr(wordlists, "BOARDERS", wordlists.BOARDERS | {"boatswain"})
    contrasts.families.cache_clear()
    try:
        taking = _boarded("Kessan boatswains")
        got = dict(_contrasts(_art("a", "Lune Post", SEIZED), _art("b", "Harl Wire", taking)))
    finally:
        contrasts.families.cache_clear()
    assert "vessel-taking" in got


def test_an_unknown_list_is_a_one_line_error():
    with pytest.raises(ValueError, match="no word list 'NO_SUCH' in newsgraph.wordlists"):
        contrasts._subjects("@NO_SUCH")
