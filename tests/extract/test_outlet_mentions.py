"""One rule for an outlet's name inside a longer name (`outlets.inside_longer_name`), used by
every reader of `outlets.mention_pattern`. Invented names."""

from __future__ import annotations

from newsgraph.extract.outlets import mention_pattern


def test_an_institution_name_around_an_outlet_is_no_mention() -> None:
    pat = mention_pattern()
    assert pat.search("The Foreign Affairs Committee of Veloria met on Monday") is None
    assert pat.search("Ministry of Foreign Affairs of Velmora") is None
    assert pat.search("Photo courtesy of Foreign Affairs") is None


def test_a_bare_outlet_name_is_a_mention() -> None:
    pat = mention_pattern()
    assert pat.search("the minister told Foreign Affairs.")
    assert [m.group() for m in pat.finditer("Foreign Affairs | Subscribe")] == ["Foreign Affairs"]


def test_inside_longer_name_reads_both_sides() -> None:
    from newsgraph.extract.outlets import inside_longer_name

    text = "a Velorian Foreign Affairs Committee hearing"
    start = text.index("Foreign")
    assert inside_longer_name(text, start, start + len("Foreign Affairs"))
    text = "as Foreign Affairs reported"
    assert not inside_longer_name(text, 3, 3 + len("Foreign Affairs"))
