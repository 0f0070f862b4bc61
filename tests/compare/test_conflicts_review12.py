"""Code and product review 11 on conflicts: number facts read once per sentence, one clause
splitter, `since` as a cause, a part of a toll, and tolls dated `yesterday`."""

from __future__ import annotations

from dossier_support import article as _art
from test_conflicts import _conflicts  # the story of these articles' conflicts

from newsgraph.compare import conflicts as conflicts_mod
from newsgraph.compare.claims import Sentence


def _sent(text: str, start: int = 0) -> Sentence:
    return Sentence("a", "r", start, start + len(text), text, [])


def _two(a_text: str, b_text: str, pa: str = "2025-06-02", pb: str = "2025-06-02") -> list:
    a = {**_art("a", "Orsa Courier", a_text), "published": pa}
    b = {**_art("b", "Kelmor Daily", b_text), "published": pb}
    return [a, b]


def test_number_facts_are_read_once_per_text_for_claims_and_conflicts(monkeypatch):
    """The dossier asks for each sentence's number facts for claims (`differs`) and for
    conflicts: the scan runs once per sentence text and offset."""
    calls: list[str] = []
    real = conflicts_mod._compound_numbers

    def counting(ws, text, base):
        calls.append(text)
        return real(ws, text, base)

    monkeypatch.setattr(conflicts_mod, "_compound_numbers", counting)
    pair = _two(
        "Wardens counted 314 nesting terns on the Velk islets this spring, the trust said.",
        "The trust said 287 nesting terns were counted on the Velk islets this spring.",
    )
    assert _conflicts(pair)
    assert len(calls) == len(set(calls))


def test_a_spaced_thousands_group_is_one_clause_for_both_splitters():
    """`2, 500` is one number to every reader of clauses: the scope after it (`so far`) is
    in the clause of its first digits, and the parsed clauses agree."""
    text = "About 2, 500 people have been held so far."
    lo, hi = conflicts_mod._bounds(text, text.index("2,"))
    assert (lo, hi) == (0, len(text))
    assert conflicts_mod._segments(_sent(text))[2] == []


def test_a_list_comma_before_a_figure_ends_a_clause_for_both_splitters():
    text = "Officers held 40 people in Harl, 120 in Tarsk."
    comma = text.index(",")
    assert conflicts_mod._bounds(text, 0) == (0, comma)
    assert conflicts_mod._segments(_sent(text, 10))[2] == [comma + 10]


def test_since_a_subject_refused_is_a_cause_not_a_running_total():
    for text in (
        "Police arrested 40 people since the crowd refused to leave.",
        "Police arrested 40 people since the marchers would not disperse.",
    ):
        keys = [f[1] for f in conflicts_mod.number_facts(_sent(text))]
        assert keys == ["people arrested"], text
    started = "Police have arrested 40 people since the protests began."
    assert [f[1] for f in conflicts_mod.number_facts(_sent(started))] == ["people arrested|total"]


def test_a_cause_since_is_compared_with_a_plain_count():
    pair = _two(
        "Police in Varn arrested 40 people on Monday since the crowd refused to leave the square.",
        "Police in Varn arrested 55 people on Monday after a crowd stayed in the square.",
    )
    assert [c[:2] for c in _conflicts(pair)] == [("number", "people arrested")]


def test_a_toll_in_one_building_is_a_part_not_the_whole_toll():
    pair = _two(
        "The floods in Marrow killed 40 people on Sunday, officials said.",
        "Six children died in one school when the floods hit Marrow on Sunday, officials said.",
    )
    assert _conflicts(pair) == []
    whole = _two(
        "The floods in Marrow killed 40 people on Sunday, officials said.",
        "The floods in Marrow killed 46 people on Sunday, officials said.",
    )
    assert [c[:2] for c in _conflicts(whole)] == [("number", "people killed")]


def test_yesterday_s_toll_in_a_live_blog_is_the_day_before_s_figure():
    """Published Wednesday, `Yesterday the toll stood at 40` is Tuesday's toll: no conflict
    with Tuesday's 40, and a conflict with Wednesday's own `today` only when the days match."""
    tuesday = "The toll from the Marrow floods stood at 40 on Tuesday, officials said."
    blog = "Yesterday the toll from the Marrow floods stood at 40, officials said."
    pair = _two(tuesday, blog, "2025-06-03", "2025-06-04")
    assert _conflicts(pair) == []
    other = _two(
        "The toll from the Marrow floods stood at 40 on Wednesday, officials said.",
        "Yesterday the toll from the Marrow floods stood at 33, officials said.",
        "2025-06-04",
        "2025-06-05",
    )
    assert [c[:2] for c in _conflicts(other)] == [("number", "people killed")]
