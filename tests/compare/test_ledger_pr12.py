"""Quote ledger, product review 12: a mixed quote that only names its speaker around the
speaker's exact words is an excerpt, not a paraphrase; a count of the dead is compared whatever
word carries it (`the toll rose to 40` / `38 people have been killed`)."""

from __future__ import annotations

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

TOLL = "The death toll from the landslide that buried the lower village rose to 40 on Tuesday"
GUST = "the storm had a peak gust of 148 kilometres an hour and passed the cape before dawn"
FULL = "The harbour master broke the promise made to every family who fished from that pier"


def _group_of(*records: dict) -> dict:
    recs = [*records, *OTHERS]
    groups = group_quotes(recs, {r["article"]: r["article"] for r in recs}, {})
    (g,) = [g for g in groups if "1" in g["quotes"]]
    return g


def _member(g: dict, qid: str) -> dict:
    (m,) = [m for m in g["members"] if m["quote"] == qid]
    return m


def test_a_mixed_quote_of_a_stretch_of_the_words_is_a_cut_not_a_paraphrase():
    direct = quote("1", "a", FULL)
    mixed = quote(
        "2",
        "b",
        'Orlen had "broke the promise made to every family who fished from that pier"',
        "mixed",
    )
    g = _group_of(direct, mixed)
    assert set(g["quotes"]) >= {"1", "2"}
    assert _member(g, "2")["relation"] == "variant"
    assert _member(g, "2")["flags"] == []


def test_a_mixed_quote_of_all_the_words_is_the_same():
    direct = quote("1", "a", "We broke the promise made to every family who fished from that pier")
    mixed = quote(
        "2",
        "b",
        'that "we broke the promise made to every family who fished from that pier"',
        "mixed",
    )
    assert _member(_group_of(direct, mixed), "2")["relation"] == "same"


def test_a_mixed_quote_whose_frame_says_more_stays_a_paraphrase():
    direct = quote("1", "a", FULL)
    mixed = quote(
        "2",
        "b",
        'the inquiry found the harbour master "broke the promise made to every family who fished'
        ' from that pier"',
        "mixed",
    )
    g = _group_of(direct, mixed)
    assert _member(g, "2")["relation"] == "paraphrase"


def test_a_death_toll_and_a_count_of_the_killed_are_compared():
    toll = quote("1", "a", TOLL, "indirect")
    killed = quote(
        "2",
        "b",
        "at least 38 people have been killed in the landslide that buried the lower village",
        "indirect",
    )
    g = _group_of(toll, killed)
    assert set(g["quotes"]) >= {"1", "2"}
    (flag,) = [f for m in g["members"] for f in m["flags"]]
    assert flag.startswith("number changed:") and "40" in flag and "38" in flag


def test_the_same_toll_in_other_words_is_not_flagged():
    toll = quote("1", "a", TOLL, "indirect")
    killed = quote(
        "2",
        "b",
        "forty people have been killed in the landslide that buried the lower village",
        "indirect",
    )
    g = _group_of(toll, killed)
    assert set(g["quotes"]) >= {"1", "2"}
    assert not g["flagged"]


GOVERNOR = "Unemployment has fallen, but not far enough and not fast enough for our families"


def test_a_report_retelling_the_opening_clause_in_other_words_is_a_paraphrase():
    direct = quote("1", "a", GOVERNOR, speaker="Ann Lee")
    told = quote("2", "b", "unemployment had eased but remained too high", "indirect", "Ann Lee")
    g = _group_of(direct, told)
    assert set(g["quotes"]) >= {"1", "2"}
    assert _member(g, "2")["relation"] == "paraphrase"


def test_another_verb_or_another_speaker_retells_nothing():
    direct = quote("1", "a", GOVERNOR, speaker="Ann Lee")
    rose = quote("2", "b", "unemployment had risen but remained too high", "indirect", "Ann Lee")
    assert "2" not in _group_of(direct, rose)["quotes"]
    other = quote("2", "b", "unemployment had eased but remained too high", "indirect", "Bo Sand")
    assert "2" not in _group_of(direct, other)["quotes"]


def test_one_speaker_giving_one_measured_figure_twice_is_one_finding():
    first = quote("1", "a", GUST, "indirect", "Weather Office")
    again = quote(
        "2",
        "b",
        "the 148 kilometre gust was the strongest recorded on the coast since 1987",
        "indirect",
        "Weather Office",
    )
    assert set(_group_of(first, again)["quotes"]) >= {"1", "2"}


def test_another_figure_or_a_shared_year_is_no_finding():
    first = quote("1", "a", GUST, "indirect", "Weather Office")
    other = quote(
        "2",
        "b",
        "the 131 kilometre gust was the strongest recorded on the coast since 1987",
        "indirect",
        "Weather Office",
    )
    assert "2" not in _group_of(first, other)["quotes"]
