"""A count of two kinds of party (`fifteen companies and individuals`) counts entities, and a
conflict's label is a word, not a stem. A figure two reports tell in quite other words
(`power was out for 19 hours` / `the blackout lasted nearly 16 hours`) is NOT compared: a rule
that compared each report's one count of a noun in sentences sharing a name was tried in
session 18 and dropped (on ECB+ odd it added 16 conflicts, nearly all false: players' points,
distances, games); the guards below pin what it must never compare."""

from __future__ import annotations

from dossier_support import number_values

from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import number_facts


def _keys(text: str) -> list[tuple[float, str]]:
    return [(f[0], f[1]) for f in number_facts(Sentence("", "", 0, len(text), text, []))]


def test_a_count_of_two_kinds_of_party_counts_entities():
    assert _keys("Officials froze the assets of fifteen companies and individuals.") == [
        (15.0, "entiti")
    ]
    assert _keys("It named nine individuals or entities on Friday.") == [(9.0, "entiti")]


def test_entities_and_companies_and_individuals_are_one_count_labelled_by_a_word():
    told = (
        "Orsenna on Tuesday imposed sanctions on 12 entities linked to the gem trade.",
        "Orsenna on Tuesday imposed sanctions on fifteen companies and individuals linked to "
        "the gem trade.",
    )
    assert number_values(*told) == [("entity", ["12", "15"])]


def test_counts_far_apart_in_other_words_count_other_things():
    told = (
        "Three barges sank off Tarlow on Sunday after the storm broke, the coast guard said.",
        "About 300 barges use the canal authority's locks each week, its director said.",
    )
    assert number_values(*told) == []


def test_a_report_counting_a_noun_twice_has_no_sole_count_to_compare():
    told = (
        "Twelve barges were delayed at the locks and 40 barges were turned back, engineers said.",
        "The blackout lasted into Monday, and 14 barges were held outside Tarlow.",
    )
    assert number_values(*told) == []


def test_sole_counts_in_sentences_that_share_no_name_are_not_compared():
    told = (
        "Engineers said power was out for 19 hours across the district on Sunday.",
        "He said he had waited nearly 16 hours for a doctor at the clinic.",
    )
    assert number_values(*told) == []
