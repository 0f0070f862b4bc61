"""A figure with no noun that another source gives (`… put the figure at more than 220`)
counts what a plain count earlier in its own sentence counts (`150 lorries had been cleared,
while … put the figure at …`), not the count of the sentence before (`waited up to 12
hours`). Invented text."""

from __future__ import annotations

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble

TEXT = (
    "OSK - Drivers waited up to 12 hours on Friday as the Osk ferry crossing reopened after "
    "the storm.\n\n"
    "The customs office said 150 lorries had been cleared on Friday, while the harbour's own "
    "officials put the figure at more than 220.\n\n"
    "The ferry company said it would add a second boat next week."
)


def test_a_figure_told_back_counts_the_plain_count_of_its_own_sentence():
    art = _art("a", "Osk Courier", TEXT)
    story = {"id": "s-1", "title": "t", "articles": ["a"], "wire_copies": []}
    got = [c for c in assemble(StoryBundle(story, [art], []))["conflicts"] if c["kind"] == "number"]
    assert [(c["about"], sorted(v["value"] for v in c["values"])) for c in got] == [
        ("lorry", ["150", "220"])
    ]
