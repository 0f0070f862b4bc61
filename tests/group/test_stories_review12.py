"""Session 12: the full regrouping does not depend on the order the input lists articles in."""

from __future__ import annotations

from newsgraph.group.stories import StoryDoc, rebuild

_QUAKE = (
    "A magnitude 6.8 earthquake struck Dovral on Monday, killing {n} people, officials said. "
    "Rescue teams searched the rubble in Dovral as aftershocks shook Ulmen province."
)
_MERGER = (
    "Brannock Dairies agreed to buy Quillmoor Foods for 2.4 billion crowns, the boards said. "
    "The Quillmoor deal would cut {n} jobs, the Brannock union warned on Monday."
)


def _docs() -> list[StoryDoc]:
    out = []
    for i, n in enumerate((12, 40, 73)):
        day = "2031-03-10T09:00:00+00:00"  # one instant: the order among them is the ids'
        out.append(StoryDoc(f"q{i}", "Dovral earthquake", _QUAKE.format(n=n), day))
        out.append(StoryDoc(f"m{i}", "Brannock buys Quillmoor", _MERGER.format(n=800 + i), day))
    out.append(StoryDoc("u1", "Dovral earthquake toll", _QUAKE.format(n=90), None))
    out.append(StoryDoc("u2", "Quillmoor deal", _MERGER.format(n=900), None))
    return out


def _grouping(docs: list[StoryDoc]) -> dict[str, list[str]]:
    return {sid: sorted(m) for sid, m in sorted(rebuild(docs).stories().items())}


def test_rebuild_independent_of_input_order() -> None:
    docs = _docs()
    assert _grouping(docs) == _grouping(docs[::-1])


def test_rebuild_keeps_the_two_stories_apart() -> None:
    members = sorted(sorted(m) for m in _grouping(_docs()).values())
    assert ["m0", "m1", "m2", "u2"] in members and ["q0", "q1", "q2", "u1"] in members


def test_a_state_saved_with_the_removed_bridge_parameter_loads() -> None:
    """`Params.bridge` is gone (session 12, docs/stories.md); a stored grouping state that
    still names it is read, not refused."""
    from newsgraph.group.stories import StoryIndex

    state = rebuild(_docs()).to_json()
    state["params"]["bridge"] = 0.0
    again = StoryIndex.from_json(state)
    assert again.stories() == rebuild(_docs()).stories()
