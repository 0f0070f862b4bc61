"""A change `by` a percentage is keyed by the noun before `by` (`devalued the crown by 12%`),
but an adverb after a verb (`fell sharply by 5%`) is no thing changed: two different things
that both changed `sharply` do not conflict. Invented text."""

from __future__ import annotations

from dossier_support import number_values


def test_two_things_that_changed_sharply_do_not_conflict():
    assert (
        number_values(
            "Exports fell sharply by 5% in March, the statistics office said.",
            "Imports rose sharply by 8% in March, the statistics office said.",
        )
        == []
    )


def test_only_slightly_is_an_adverb_too():
    got = number_values(
        "Exports rose only slightly by 2% in March, the statistics office said.",
        "Imports rose only slightly by 3% in March, the statistics office said.",
    )
    assert got == []


def test_a_noun_in_ly_after_its_article_is_still_the_thing():
    got = number_values(
        "The cartel cut the supply by 10% on Monday.",
        "The cartel cut the supply by 20% on Monday.",
    )
    assert [about for about, _ in got] == ["percent supp"]
