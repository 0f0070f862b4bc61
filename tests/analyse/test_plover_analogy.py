"""Session 13: a verb-object pair the lexicon lacks, lent by a verb that reads the same objects
the same way (`plover.analogous_cue`)."""

from __future__ import annotations

from newsgraph.analyse.plover import Cue, analogous_cue

DEAL = Cue("agree", "057")
TROOPS = Cue("mobilize", "154")
FOOD = Cue("aid", "073")


def _table() -> dict[tuple[str, str], Cue]:
    nouns = ("accord", "pact", "treaty", "truce")
    table = {("sign", n): DEAL for n in nouns}
    table |= {("seal", n): DEAL for n in nouns[:3]}
    table |= {("send", n): TROOPS for n in ("soldier", "troop", "unit")}
    table |= {("send", "food"): FOOD}
    table |= {("station", n): TROOPS for n in ("soldier", "troop", "unit")}
    return table


def test_a_verb_lends_a_pair_within_a_reading_both_share():
    assert analogous_cue(_table(), "seal", "truce") == DEAL
    assert analogous_cue(_table(), "station", "food") is None  # troops shared, not food
    assert analogous_cue(_table(), "sign", "truce") is None  # the table's own pair: no loan
    assert analogous_cue(_table(), "ratify", "truce") is None  # a verb with no pairs


def test_too_few_shared_objects_lend_nothing():
    table = _table()
    del table[("seal", "pact")]
    assert analogous_cue(table, "seal", "truce") is None


def test_lent_pairs_type_events(events):
    # session 13 (final): a loan needs the borrower to take most of the lender's reading
    # (`ANALOGY_MIN_SHARE`), so `redeploy` no longer borrows `amass`'s militiamen, nor
    # `clinch` `accept`'s settlements; `clinch` still borrows the agreement `sign` takes
    found = events("Norvik and Vellmar clinched an agreement on Monday.")
    assert [e.type for e in found] == ["agree"]
