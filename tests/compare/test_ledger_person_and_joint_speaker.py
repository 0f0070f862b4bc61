"""A named person's statement and a joint statement of several named parties the person is not
among are two statements when they count one thing differently (`Osterland will provide 20
million crowns …`, its minister / `45 million crowns in emergency aid`, the ministers of three
other states): no group, no `number changed`. The same figures from one person stay one
statement with the changed number flagged."""

from __future__ import annotations

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

VENN = "Osterland will provide 20 million crowns in humanitarian aid to Velm, starting next week"
JOINT = "they would provide 45 million crowns in humanitarian aid to Velm, starting next week"


def _groups(second_speaker: str, entity: str | None) -> list[dict]:
    one = quote("1", "a", VENN, "indirect", "Orla Venn")
    one["speaker"]["entity"] = "person:orla-venn"
    two = quote("2", "b", JOINT, "indirect", second_speaker)
    two["speaker"]["entity"] = entity
    recs = [one, two, *OTHERS]
    return group_quotes(recs, {r["article"]: r["article"] for r in recs}, {})


def _together(groups: list[dict]) -> bool:
    return any({"1", "2"} <= set(g["quotes"]) for g in groups)


def test_a_person_and_a_joint_speaker_with_other_figures_are_two_statements():
    assert not _together(_groups("foreign ministers of Arvia, Dulm and Kesk", None))


def test_one_person_with_a_changed_figure_stays_one_statement():
    groups = _groups("Orla Venn", "person:orla-venn")
    assert _together(groups)
    (g,) = [g for g in groups if "1" in g["quotes"]]
    assert any(f.startswith("number changed:") for m in g["members"] for f in m["flags"])
