"""The parts of a quotation split by its cue (`"A," he said. "B."`) are one utterance."""

from __future__ import annotations

from ledger_support import quote

from newsgraph.compare.quotes import group_quotes


def _groups(*records: dict) -> list[dict]:
    return group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})


def _linked(groups: list[dict]) -> list[set[str]]:
    return [set(g["quotes"]) for g in groups if len(g["quotes"]) > 1]


FIRST = quote("a1", "a", "We will rebuild the depot by spring")
SECOND = quote("a2", "a", "and every driver keeps a job.", continues="a1")


def test_a_quote_across_the_split_joins_both_parts() -> None:
    # Neither part alone carries enough of the other outlet's words; the quotation does.
    across = quote("b1", "b", "the depot by spring, and every driver keeps", speaker=None)
    groups = _groups(FIRST, SECOND, across)
    assert _linked(groups) == [{"a1", "a2", "b1"}]
    (group,) = [g for g in groups if len(g["quotes"]) > 1]
    assert all(m["relation"] != "same" for m in group["members"][1:])


def test_without_continues_the_parts_stay_apart() -> None:
    across = quote("b1", "b", "the depot by spring, and every driver keeps", speaker=None)
    alone = quote("a2", "a", "and every driver keeps a job.")
    assert _linked(_groups(FIRST, alone, across)) == []


def test_an_unsplit_quotation_is_the_reference_and_the_parts_its_cuts() -> None:
    whole = quote("b1", "b", "We will rebuild the depot by spring, and every driver keeps a job.")
    third = quote("c1", "c", "We will rebuild the depot by spring")
    groups = _groups(FIRST, SECOND, whole, third)
    (group,) = [g for g in groups if len(g["quotes"]) > 1]
    assert set(group["quotes"]) == {"a1", "a2", "b1", "c1"}
    assert group["members"][0]["quote"] == "b1"
    assert {m["relation"] for m in group["members"][1:]} == {"variant"}


def test_two_outlets_split_at_the_same_place_keep_two_groups() -> None:
    # Each part is matched to its counterpart; the quotations are not welded part to part.
    other_first = quote("b1", "b", "We will rebuild the depot by spring")
    other_second = quote("b2", "b", "and every driver keeps a job.", continues="b1")
    linked = _linked(_groups(FIRST, SECOND, other_first, other_second))
    assert sorted(map(sorted, linked)) == [["a1", "b1"], ["a2", "b2"]]


def test_a_part_with_no_words_joins_nothing() -> None:
    across = quote("b1", "b", "the depot by spring, and every driver keeps", speaker=None)
    stop = quote("a3", "a", ".", continues="a2")
    linked = _linked(_groups(FIRST, SECOND, stop, across))
    assert linked == [{"a1", "a2", "b1"}]


def test_a_name_phrase_links_nothing() -> None:
    # Reported speech whose whole text is a name says nothing of its own.
    mixed = quote(
        "a1",
        "a",
        'what they call a "lasting" partnership to balance the weight of the European Union',
        kind="mixed",
    )
    name = quote("b1", "b", "the European Union", kind="indirect")
    assert _linked(_groups(mixed, name)) == []
    # A statement that names the same body still links.
    said = quote("c1", "c", "a lasting partnership to balance the weight of the European Union")
    assert _linked(_groups(mixed, said)) == [{"a1", "c1"}]


def test_a_quotation_over_two_paragraphs_is_compared_whole_with_one_printed_in_one():
    # Outlet a runs the quotation over two paragraphs (the second reopened: `continues`), outlet
    # b prints it in one: the same words, not a cut, and its second sentence no condition cut off.
    first = quote("a1", "a", "We will rebuild the depot by spring.")
    second = quote(
        "a2", "a", "Unless the council pays, the night buses stop in May.", continues="a1"
    )
    whole = quote(
        "b1",
        "b",
        "We will rebuild the depot by spring. Unless the council pays, the night buses stop "
        "in May.",
    )
    (group,) = _groups(first, second, whole)
    assert group["members"][0]["quote"] == "b1"
    assert [(m["relation"], m["flags"]) for m in group["members"][1:]] == [("same", [])] * 2


def test_a_quotation_over_two_paragraphs_keeps_a_real_cut_flagged():
    first = quote("a1", "a", "We will rebuild the depot by spring.")
    second = quote(
        "a2", "a", "Unless the council pays, the night buses stop in May.", continues="a1"
    )
    cut = quote(
        "b1",
        "b",
        "We will rebuild the depot by spring. Unless the council pays, the night buses stop in May "
        "and the ferry in June.",
    )
    (group,) = _groups(first, second, cut)
    rows = group["members"][1:]
    assert [m["relation"] for m in rows] == ["variant", "variant"]
    assert rows[0]["diff"] and rows[1]["diff"] == []  # the joined diff, on the first part
